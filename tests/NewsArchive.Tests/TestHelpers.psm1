# Shared by the Pester test files: where the built module and the shared seed page are, and how to run a fresh pwsh.

function Get-TestModulePath {
    if (-not $env:NEWSARCHIVE_TEST_MODULE) { throw 'NEWSARCHIVE_TEST_MODULE is not set: run the tests through build.ps1 -Task Test.' }
    $env:NEWSARCHIVE_TEST_MODULE
}

# ../shared sits beside the clone (in CI too); look upward so worktrees and other checkouts find it as well.
function Get-SharedSamplesPath {
    for ($dir = Get-Item $PSScriptRoot; $null -ne $dir; $dir = $dir.Parent) {
        $candidate = Join-Path $dir.FullName 'shared/samples'
        if ((Test-Path $candidate) -and (Test-Path (Join-Path $dir.FullName 'shared/TOOLCHAIN.md'))) { return $candidate }
    }
    throw "The shared samples folder (../shared/samples) was not found above $PSScriptRoot."
}

# The package build.ps1 -Task Test (and -Task Package) writes beside the built module: out/packages/NewsArchive.<version>.nupkg.
function Get-TestPackagePath {
    $packages = Join-Path (Split-Path (Split-Path (Get-TestModulePath))) 'packages'
    $package = Get-ChildItem -LiteralPath $packages -Filter 'NewsArchive.*.nupkg' -ErrorAction SilentlyContinue | Select-Object -First 1
    if (-not $package) { throw "No NewsArchive package in ${packages}: build.ps1 -Task Test packages the module before the tests run." }
    $package.FullName
}

# Imports the shared seed page as its ground truth places it (衡阳日报, 2020-03-13, page 1) into $Database; returns
# the ImportResult. Needs the module imported.
function Import-SeedPage([Parameter(Mandatory)][string] $Database) {
    Import-Issue -LiteralPath (Join-Path (Get-SharedSamplesPath) '000_fda654c1a4379181.txt') -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $Database
}

function Get-RepositoryRoot { (Resolve-Path (Join-Path $PSScriptRoot '../..')).ProviderPath }

# The pwsh running the tests, as an array: under 'dotnet pwsh' the process is dotnet and pwsh.dll its first argument.
function Get-PwshCommandLine {
    $process = (Get-Process -Id $PID).Path
    if ([System.IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { return , @($process, (Join-Path $PSHOME 'pwsh.dll')) }
    return , @($process)
}

# Starts a new pwsh with these arguments and returns its output (stdout and stderr).
function Invoke-Pwsh {
    param([Parameter(Mandatory)][string[]] $ArgumentList)
    $commandLine = Get-PwshCommandLine
    $rest = @($commandLine | Select-Object -Skip 1) + $ArgumentList
    & $commandLine[0] @rest 2>&1
}

# Sets or (for $null or '') removes an environment variable. PowerShell hands $null to a .NET string parameter as '',
# which would leave the variable set and empty: an empty LC_ALL makes .NET's culture invariant.
function Set-ProcessVariable([string] $Name, [string] $Value) {
    [Environment]::SetEnvironmentVariable($Name, $(if ($Value) { $Value } else { [NullString]::Value }))
}

# Runs a script in a new pwsh that has imported the built module (unless -NoImport); returns its output (objects come
# back as JSON). -Environment sets variables for that pwsh only; a $null or empty value removes one.
function Invoke-FreshPwsh {
    param([Parameter(Mandatory)][string] $Script, [hashtable] $Environment = @{}, [switch] $NoImport)
    $full = if ($NoImport) { $Script } else { "Import-Module '$(Get-TestModulePath)'; $Script" }
    $saved = @{}
    foreach ($key in $Environment.Keys) { $saved[$key] = [Environment]::GetEnvironmentVariable($key); Set-ProcessVariable $key $Environment[$key] }
    try {
        $output = Invoke-Pwsh -ArgumentList '-NoProfile', '-NonInteractive', '-Command', $full
        [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = $output }
    }
    finally {
        foreach ($key in $saved.Keys) { Set-ProcessVariable $key $saved[$key] }
    }
}

# Starts a script file in a new pwsh that has imported the built module, without waiting: returns the process, with its
# standard output and error going to <script>.out and <script>.err beside the script.
function Start-FreshPwsh {
    param([Parameter(Mandatory)][string] $ScriptPath, [string] $Script)
    Set-Content -LiteralPath $ScriptPath -Value "Import-Module '$(Get-TestModulePath)'`n$Script" -Encoding utf8
    $commandLine = Get-PwshCommandLine
    $arguments = @($commandLine | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $ScriptPath)
    Start-Process -FilePath $commandLine[0] -ArgumentList $arguments -PassThru `
        -RedirectStandardOutput "$ScriptPath.out" -RedirectStandardError "$ScriptPath.err"
}

# A small page of <Articles> articles whose text depends on <Number>, so every generated page is distinct.
function New-PageText {
    param([int] $Number, [int] $Articles = 3)
    $builder = [System.Text.StringBuilder]::new()
    for ($a = 1; $a -le $Articles; $a++) {
        $null = $builder.Append("## 第${Number}号文件第${a}条新闻`n`n■本报记者 张 三`n`n**本报讯** 昨日，市里召开第${Number}次会议，研究部署第${a}项工作。`n`n")
        $null = $builder.Append("会议要求，各级各部门要认真落实第${Number}号文件精神，确保各项工作取得实效。`n`n")
    }
    $builder.ToString()
}

# Writes <Count> distinct pages as <Folder>/<Newspaper>_<yyyyMMdd>_<NN>.txt (page numbers from 1) and returns the paths.
function New-PageFiles {
    param([Parameter(Mandatory)][string] $Folder, [string] $Newspaper = '江城日报', [datetime] $Date = '2021-01-01',
        [int] $Count = 1, [int] $Articles = 3, [int] $Offset = 0)
    $null = New-Item -ItemType Directory -Force -Path $Folder
    $utf8 = [System.Text.UTF8Encoding]::new($false)
    for ($page = 1; $page -le $Count; $page++) {
        $path = Join-Path $Folder ('{0}_{1:yyyyMMdd}_{2:d2}.txt' -f $Newspaper, $Date, $page)
        [System.IO.File]::WriteAllText($path, (New-PageText -Number ($Offset + $page) -Articles $Articles), $utf8)
        $path
    }
}

# The engine the suite runs against: build.ps1 runs it once with NEWSARCHIVE_TEST_ENGINE unset (SQLite) and once with
# Postgres, against the throwaway cluster it started (NEWSARCHIVE_TEST_PG); tests tagged SqliteOnly (files, locks,
# VACUUM INTO) run on SQLite only.
function Get-TestEngine { if ($env:NEWSARCHIVE_TEST_ENGINE -eq 'Postgres') { 'Postgres' } else { 'Sqlite' } }

# Why the PostgreSQL tests cannot run here, or $null when they can. A cluster that failed to start is not a reason to
# skip: those tests fail with its error instead.
function Get-PostgresSkipReason {
    if ($env:NEWSARCHIVE_TEST_PG) { return $null }
    if ($env:NEWSARCHIVE_TEST_PG_SKIP) { return $env:NEWSARCHIVE_TEST_PG_SKIP }
    if ($env:NEWSARCHIVE_TEST_PG_ERROR) { throw "The test PostgreSQL did not start: $env:NEWSARCHIVE_TEST_PG_ERROR" }
    'no test PostgreSQL cluster: run the tests through build.ps1 -Task Test'
}

# The test cluster's connection string (Host=…;Port=…;Username=…) as a hashtable.
function Get-TestPostgresSettings([string] $Server = $env:NEWSARCHIVE_TEST_PG) {
    $settings = @{}
    foreach ($pair in $Server -split ';') { $key, $value = $pair -split '=', 2; $settings[$key.Trim()] = $value }
    $settings
}

# Runs SQL on the test cluster as the superuser (database 'postgres' unless named); returns psql's unaligned output.
function Invoke-TestPostgresSql {
    param([Parameter(Mandatory)][string] $Sql, [string] $Database = 'postgres', [string] $Server = $env:NEWSARCHIVE_TEST_PG)
    $settings = Get-TestPostgresSettings $Server
    $output = & psql -h $settings['Host'] -p $settings['Port'] -U $settings['Username'] -d $Database -X -q -A -t -v ON_ERROR_STOP=1 -c $Sql 2>&1
    if ($LASTEXITCODE -ne 0) { throw "psql failed: $output" }
    $output
}

# The URI of a database on the test cluster (for a role other than the superuser, pass -User).
function Get-TestPostgresUri {
    param([Parameter(Mandatory)][string] $Database, [string] $User = 'postgres', [string] $Server = $env:NEWSARCHIVE_TEST_PG)
    $port = [regex]::Match($Server, 'Port=(\d+)').Groups[1].Value
    "postgresql://$User@127.0.0.1:$port/$Database"
}

# A new, empty archive location for a test, on the engine the suite runs against: a file under TestDrive for SQLite,
# a new database on the test cluster for PostgreSQL (the cluster and everything on it go when the run ends).
function New-TestArchive {
    param([string] $Name = 'archive')
    if ((Get-TestEngine) -eq 'Sqlite') { return Join-Path (Get-PSDrive TestDrive).Root "$Name-$([guid]::NewGuid().ToString('N').Substring(0, 8)).db" }
    New-TestPostgresDatabase
}

# A new, empty database on the test cluster; returns its URI.
function New-TestPostgresDatabase {
    $database = 'na_' + [guid]::NewGuid().ToString('N').Substring(0, 12)
    $null = Invoke-TestPostgresSql "CREATE DATABASE $database"
    Get-TestPostgresUri $database
}

# Runs SQL against an archive behind the module's back (to break it on purpose, or to seed rows), on either engine.
# Parameters are written @name in the SQL; on PostgreSQL they become psql variables, quoted as literals.
function Invoke-TestArchiveSql {
    param([Parameter(Mandatory)][string] $Database, [Parameter(Mandatory)][string] $Sql, [hashtable] $Parameters = @{})
    if ((Get-TestEngine) -eq 'Postgres') {
        $name = ($Database -split '/')[-1]
        $variables = foreach ($key in $Parameters.Keys) { '-v'; "$key=$($Parameters[$key])" }
        $script = [regex]::Replace($Sql, '@(\w+)', { param($m) ":'$($m.Groups[1].Value)'" })
        $settings = Get-TestPostgresSettings
        $output = $script | & psql -h $settings['Host'] -p $settings['Port'] -U $settings['Username'] -d $name -X -q -v ON_ERROR_STOP=1 @variables -f - 2>&1
        if ($LASTEXITCODE -ne 0) { throw "psql failed: $output" }
        return
    }
    Invoke-RawSql -Database $Database -Sql $Sql -Parameters $Parameters
}

# The statistics' summary tables (SQLite, schema step 6) are kept by the module as it writes; rows a test writes or
# deletes with plain SQL leave them behind. This makes the archive one of schema 5 again (no summary tables), which the
# next open counts from its rows, as it does for an archive of an older module (only step 6 lies after 5).
function Reset-TestStatsSummaries([Parameter(Mandatory)][string] $Database) {
    if ((Get-TestEngine) -eq 'Postgres') { return }
    Invoke-RawSql -Database $Database -Sql 'DROP TABLE IF EXISTS stats_by_page; DROP TABLE IF EXISTS stats_pairs; DROP TABLE IF EXISTS stats_pairs_pending; PRAGMA user_version = 5'
}

# Runs SQL on an SQLite archive behind the module's back (to damage it, or to lock it), through the module's own SQLite.
function Invoke-RawSql([string] $Database, [string] $Sql, [hashtable] $Parameters = @{}) {
    # The module loads its SQLite library on first use; a test may get here first.
    $null = [System.Reflection.Assembly]::LoadFrom((Join-Path (Split-Path (Get-TestModulePath)) 'Microsoft.Data.Sqlite.dll'))
    $connection = [Microsoft.Data.Sqlite.SqliteConnection]::new("Data Source=$Database;Pooling=False")
    try {
        $connection.Open()
        $command = $connection.CreateCommand()
        $command.CommandText = $Sql
        foreach ($key in $Parameters.Keys) { $null = $command.Parameters.AddWithValue("@$key", $Parameters[$key]) }
        $null = $command.ExecuteNonQuery()
    }
    finally { $connection.Dispose() }
}

Export-ModuleMember -Function Invoke-RawSql, Invoke-TestArchiveSql, Reset-TestStatsSummaries, Get-TestModulePath, Get-TestPackagePath, Import-SeedPage, Get-SharedSamplesPath,
    Get-RepositoryRoot, Get-PwshCommandLine, Invoke-Pwsh, Invoke-FreshPwsh, Start-FreshPwsh, New-PageText, New-PageFiles, Get-TestEngine,
    Get-PostgresSkipReason, Invoke-TestPostgresSql, Get-TestPostgresUri, New-TestArchive, New-TestPostgresDatabase
