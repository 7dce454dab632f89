#Requires -Version 5.1
<#
.SYNOPSIS
    Imports a folder of newspaper pages into a NewsArchive database, for a scheduled task: writes a log and exits
    non-zero when any file failed.
.DESCRIPTION
    Imports every page file under -Path (recursively, *.txt by default) with Import-Issue. Each result and each error is
    appended to the log as it happens, one line each, and echoed to standard output (cron mail, the systemd journal and
    Task Scheduler's history all show it). Pages already stored report Unchanged, so running it again after a crash or
    over an old folder is safe.

    Exit codes: 0 every file imported (or unchanged); 1 at least one file failed (its error is in the log);
    2 the import could not run at all (no such folder, the module or the archive could not be opened);
    130 interrupted by Ctrl+C/SIGINT, 143 by SIGTERM (the log's END line says "Interrupted"; pages stored so far stay
    stored, and the next run imports the rest).
.PARAMETER Path
    The folder holding the page files.
.PARAMETER Database
    The archive file; default $env:NEWSARCHIVE_DB, else the per-user data folder (see about_NewsArchive).
.PARAMETER LogPath
    The log file lines are appended to; default NewsArchive-import.log in the folder of the archive.
.PARAMETER Newspaper
    The newspaper of every page, when neither front matter nor file names say it.
.PARAMETER Filter
    Which files to import; default *.txt.
.EXAMPLE
    pwsh -NoProfile -NonInteractive -File Invoke-NewsArchiveImport.ps1 -Path /srv/scans/incoming -Database /srv/archive/archive.db
.EXAMPLE
    # cron, every night at 02:30:
    # 30 2 * * * pwsh -NoProfile -NonInteractive -File /opt/NewsArchive/Scripts/Invoke-NewsArchiveImport.ps1 -Path /srv/scans/incoming -Database /srv/archive/archive.db
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)][string] $Path,
    [string] $Database,
    [string] $LogPath,
    [string] $Newspaper,
    [string] $Filter = '*.txt'
)

$ErrorActionPreference = 'Stop'
# Unattended: nothing may wait for an answer, and progress bars only clutter a log.
$ConfirmPreference = 'None'
$ProgressPreference = 'SilentlyContinue'

$LogLineFormat = '{0:yyyy-MM-ddTHH:mm:ssK} {1,-5} {2}'

function Write-Log([string] $Level, [string] $Message) {
    $line = $LogLineFormat -f [DateTimeOffset]::Now, $Level, $Message
    # Appended and flushed line by line, so `tail -f` and a crash both see every step that happened.
    [System.IO.File]::AppendAllText($script:LogFile, $line + [Environment]::NewLine, [System.Text.UTF8Encoding]::new($false))
    Write-Output $line
}

function Format-Counts { ($counts.GetEnumerator() | ForEach-Object { "$($_.Key) $($_.Value)" }) -join ', ' }

try {
    Import-Module (Join-Path $PSScriptRoot '../NewsArchive.psd1')
    if (-not $Database) { $Database = [NewsArchive.Core.Storage.ArchivePaths]::DefaultDatabasePath() }
    $location = [NewsArchive.Core.Storage.ArchiveLocation]::Parse($Database)
    if ($location.Engine -eq 'Sqlite') { $Database = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Database) }
    # Beside the archive file; for a PostgreSQL archive, in the per-user data folder.
    $logFolder = if ($location.Engine -eq 'Sqlite') { Split-Path $Database } else { Join-Path ([Environment]::GetFolderPath('LocalApplicationData')) 'NewsArchive' }
    if (-not $LogPath) { $LogPath = Join-Path $logFolder 'NewsArchive-import.log' }
    $script:LogFile = $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($LogPath)
    $null = New-Item -ItemType Directory -Force -Path (Split-Path $script:LogFile)
}
catch {
    [Console]::Error.WriteLine("NewsArchive import could not start: $_")
    exit 2
}

$counts = [ordered]@{ Imported = 0; Unchanged = 0; Replaced = 0; Failed = 0 }
# Interrupted runs end with an END line and a non-zero exit too: Ctrl+C/SIGINT through the finally block below (exit
# 130), SIGTERM (which runs no finally block) through a handler the module registers (exit 143).
[NewsArchive.Commands.Infrastructure.TerminationLog]::Register($script:LogFile, $LogLineFormat, $counts)
$finished = $false
try {
    Write-Log 'START' "Importing $Filter under $Path into $($location.DisplayName)"
    if (-not (Test-Path -LiteralPath $Path -PathType Container)) { throw "The folder '$Path' does not exist." }
    $import = @{ Database = $Database; ErrorAction = 'Continue' }
    if ($Newspaper) { $import.Newspaper = $Newspaper }
    & {
        Get-ChildItem -LiteralPath $Path -Recurse -File -Filter $Filter | Sort-Object FullName | Import-Issue @import
    } 2>&1 | ForEach-Object {
        if ($_ -is [System.Management.Automation.ErrorRecord]) {
            $counts.Failed++
            Write-Log 'ERROR' ('{0} {1}: {2}' -f $_.FullyQualifiedErrorId.Split(',')[0], $_.TargetObject, $_.Exception.Message)
        }
        else {
            $counts[$_.Status.ToString()]++
            Write-Log 'OK' ('{0} {1} {2:yyyy-MM-dd} page {3} ({4} articles) {5}' -f $_.Status, $_.Newspaper, $_.Date, $_.Page, $_.Articles, $_.Path)
        }
    }
    $finished = $true
}
catch {
    $finished = $true
    [NewsArchive.Commands.Infrastructure.TerminationLog]::Complete()
    Write-Log 'FATAL' "$($_.FullyQualifiedErrorId.Split(',')[0]): $($_.Exception.Message)"
    exit 2
}
finally {
    if (-not $finished) {
        [NewsArchive.Commands.Infrastructure.TerminationLog]::Complete()
        [System.IO.File]::AppendAllText($script:LogFile, ($LogLineFormat -f [DateTimeOffset]::Now, 'END', "Interrupted (Ctrl+C): $(Format-Counts)") + [Environment]::NewLine)
        # A stopping pipeline ignores `exit` (pwsh then exits 0 or 1): the code must say the run did not finish.
        [Environment]::Exit(130)
    }
}

[NewsArchive.Commands.Infrastructure.TerminationLog]::Complete()
Write-Log 'END' (Format-Counts)
exit ([int]($counts.Failed -gt 0))
