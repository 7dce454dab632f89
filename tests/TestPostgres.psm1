# Throwaway PostgreSQL clusters for the tests and benchmarks: a primary and (on request) a streaming-replication hot
# standby, each on a free 127.0.0.1 port, under one temp folder that Stop-TestPostgres removes. As root the servers run
# as the 'postgres' user (PostgreSQL refuses to run as root); otherwise as the current user.

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# The role the credential tests log in as with a password (every other test uses the trusted superuser).
$PasswordRole = 'archivist'

function Test-IsRoot { $IsLinux -and (& id -u) -eq '0' }

# The folder of initdb/pg_ctl: Debian keeps them out of PATH under /usr/lib/postgresql/<major>/bin.
function Find-PostgresBin {
    $debian = Get-ChildItem /usr/lib/postgresql -Directory -ErrorAction SilentlyContinue |
        Sort-Object { [int]$_.Name } -Descending |
        ForEach-Object { Join-Path $_.FullName 'bin' } |
        Where-Object { Test-Path (Join-Path $_ 'initdb') } |
        Select-Object -First 1
    if ($debian) { return $debian }
    $initdb = Get-Command initdb -ErrorAction SilentlyContinue
    if ($initdb) { return Split-Path $initdb.Source }
    $null
}

# Installs Debian's postgresql when it is missing and this is a root Debian machine (CI); returns why not otherwise.
function Install-TestPostgres {
    if (Find-PostgresBin) { return $null }
    if (-not ((Test-IsRoot) -and (Test-Path /etc/debian_version) -and (Get-Command apt-get -ErrorAction SilentlyContinue))) {
        return 'PostgreSQL is not installed and cannot be installed here (needs root on Debian: apt-get install -y postgresql)'
    }
    Write-Host 'Installing PostgreSQL for the PostgreSQL tests (apt-get install -y postgresql)'
    $env:DEBIAN_FRONTEND = 'noninteractive'
    & apt-get update -qq | Out-Host
    & apt-get install -y -qq postgresql | Out-Host
    if ($LASTEXITCODE -ne 0) { return "apt-get install postgresql failed (exit code $LASTEXITCODE)" }
    if (-not (Find-PostgresBin)) { return 'apt-get installed postgresql but initdb was not found under /usr/lib/postgresql' }
    $null
}

function Get-FreePort {
    $listener = [System.Net.Sockets.TcpListener]::new([System.Net.IPAddress]::Loopback, 0)
    $listener.Start()
    try { $listener.LocalEndpoint.Port } finally { $listener.Stop() }
}

# Runs a PostgreSQL program as the cluster's owner; throws with its output when it fails.
function Invoke-AsOwner {
    param([Parameter(Mandatory)] $Cluster, [Parameter(Mandatory)][string] $Program, [string[]] $ArgumentList = @())
    $path = Join-Path $Cluster.Bin $Program
    $output = if ($Cluster.RunAsPostgres) { & runuser -u postgres -- $path @ArgumentList 2>&1 } else { & $path @ArgumentList 2>&1 }
    if ($LASTEXITCODE -ne 0) { throw "$Program $($ArgumentList -join ' ') failed (exit code $LASTEXITCODE): $($output -join "`n")" }
    $output
}

function Write-ServerSettings([string] $DataFolder, [int] $Port, [string] $SocketFolder, [bool] $Durable, [string] $SynchronousCommit) {
    # Throwaway test clusters: durability off (they die with the test run). Durable (benchmarks): fsync and full page
    # writes on, and synchronous_commit as asked: on (PostgreSQL's default: a commit returns once its WAL is on disk, so
    # a committed page survives any crash) or off (commits are flushed within 0.6 s: a crash of the server or the
    # machine may lose the last ones, never corrupts). Replication on for the standby either way.
    $fsync = if ($Durable) { 'on' } else { 'off' }
    $settings = @(
        "port = $Port"
        "listen_addresses = '127.0.0.1'"
        "unix_socket_directories = '$SocketFolder'"
        "fsync = $fsync"
        "synchronous_commit = $SynchronousCommit"
        "full_page_writes = $fsync"
        'max_connections = 60'
        'shared_buffers = 64MB'
        'wal_level = replica'
        'max_wal_senders = 4'
        'hot_standby = on'
        "log_destination = 'stderr'"
        'logging_collector = off'
    )
    Add-Content -LiteralPath (Join-Path $DataFolder 'postgresql.conf') -Value $settings
}

function Start-Server([Parameter(Mandatory)] $Cluster, [string] $DataFolder) {
    $null = Invoke-AsOwner $Cluster 'pg_ctl' @('-D', $DataFolder, '-l', "$DataFolder.log", '-w', '-t', '60', 'start')
}

function Get-ConnectionString([int] $Port, [string] $User = 'postgres') { "Host=127.0.0.1;Port=$Port;Username=$User" }

<#
.SYNOPSIS
    Starts a throwaway primary (and with -Standby a hot standby made by pg_basebackup -R; with -Durable, settings fit to
    measure with, synchronous_commit as -SynchronousCommit says). Returns the cluster: its
    connection strings (Primary, Standby), the password role's name and password, and the folder; or, when PostgreSQL
    cannot run here, an object whose SkipReason says why.
#>
function Start-TestPostgres {
    param([switch] $Standby, [switch] $Durable, [ValidateSet('on', 'off')][string] $SynchronousCommit = 'off')
    $reason = Install-TestPostgres
    if (-not $reason -and (Test-IsRoot) -and -not (Get-Command runuser -ErrorAction SilentlyContinue)) { $reason = 'running as root without runuser to start PostgreSQL as postgres' }
    if ($reason) { return [pscustomobject]@{ SkipReason = $reason } }

    $folder = Join-Path ([System.IO.Path]::GetTempPath()) ('newsarchive-pg-' + [guid]::NewGuid().ToString('N').Substring(0, 8))
    $null = New-Item -ItemType Directory -Path $folder
    $cluster = [pscustomobject]@{
        SkipReason    = $null
        Folder        = $folder
        Bin           = Find-PostgresBin
        RunAsPostgres = [bool](Test-IsRoot)
        DataFolders   = [System.Collections.Generic.List[string]]::new()
        Primary       = $null
        Standby       = $null
        PasswordRole  = $PasswordRole
        Password      = [guid]::NewGuid().ToString('N')
    }
    try {
        if ($cluster.RunAsPostgres) { & chown postgres $folder; & chmod 700 $folder }
        $primaryData = Join-Path $folder 'primary'
        $primaryPort = Get-FreePort
        $null = Invoke-AsOwner $cluster 'initdb' @('-D', $primaryData, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync')
        Write-ServerSettings $primaryData $primaryPort $folder $Durable.IsPresent $SynchronousCommit
        # The password role authenticates with scram over TCP; the superuser (tests, replication) is trusted.
        Set-Content -LiteralPath (Join-Path $primaryData 'pg_hba.conf') -Value @(
            'local all all trust'
            'host replication postgres 127.0.0.1/32 trust'
            'host all postgres 127.0.0.1/32 trust'
            'host all all 127.0.0.1/32 scram-sha-256'
        )
        $cluster.DataFolders.Add($primaryData)
        Start-Server $cluster $primaryData
        $cluster.Primary = Get-ConnectionString $primaryPort
        $null = Invoke-AsOwner $cluster 'psql' @('-h', '127.0.0.1', '-p', "$primaryPort", '-U', 'postgres', '-d', 'postgres', '-q', '-v', 'ON_ERROR_STOP=1',
            '-c', "CREATE ROLE $PasswordRole LOGIN CREATEDB PASSWORD '$($cluster.Password)'")

        if ($Standby) {
            $standbyData = Join-Path $folder 'standby'
            $standbyPort = Get-FreePort
            $null = Invoke-AsOwner $cluster 'pg_basebackup' @('-h', '127.0.0.1', '-p', "$primaryPort", '-U', 'postgres', '-D', $standbyData, '-R', '-X', 'stream', '--no-sync')
            (Get-Content -LiteralPath (Join-Path $standbyData 'postgresql.conf')) -replace "^port = $primaryPort$", "port = $standbyPort" |
                Set-Content -LiteralPath (Join-Path $standbyData 'postgresql.conf')
            $cluster.DataFolders.Add($standbyData)
            Start-Server $cluster $standbyData
            $cluster.Standby = Get-ConnectionString $standbyPort
        }
        return $cluster
    }
    catch {
        Stop-TestPostgres $cluster
        throw
    }
}

# Stops every server of the cluster (standby first) and removes its folder; safe to call twice or after a failed start.
function Stop-TestPostgres {
    param($Cluster)
    if ($null -eq $Cluster -or $Cluster.SkipReason) { return }
    for ($i = $Cluster.DataFolders.Count - 1; $i -ge 0; $i--) {
        $data = $Cluster.DataFolders[$i]
        if (Test-Path (Join-Path $data 'postmaster.pid')) {
            try { $null = Invoke-AsOwner $Cluster 'pg_ctl' @('-D', $data, '-m', 'immediate', '-w', 'stop') }
            catch { Write-Host "Stopping the PostgreSQL server in ${data} failed: $_" -ForegroundColor Yellow }
        }
    }
    $Cluster.DataFolders.Clear()
    # A cluster holds a database per test, thousands of small files each: rm removes them in a second where Remove-Item
    # takes minutes.
    if (Test-Path $Cluster.Folder) {
        if ($IsWindows) { Remove-Item -LiteralPath $Cluster.Folder -Recurse -Force } else { & rm -rf -- $Cluster.Folder }
    }
}

Export-ModuleMember -Function Start-TestPostgres, Stop-TestPostgres, Find-PostgresBin
