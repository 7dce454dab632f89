#Requires -Version 7.4
<#
.SYNOPSIS
    Imports an inbox folder of newspaper pages into a NewsArchive database, for a scheduled task: quiet when all went
    well, files moved aside once stored or failed, a log that rotates by size, and an exit code a scheduler can act on.
.DESCRIPTION
    Imports every page file under -Path (recursively, *.txt by default) with Import-Issue. Each result and each error is
    appended to the log as it happens, one line each. Nothing is written to standard output when every file imported,
    so cron mails nothing on a good night; each failed file is written to standard error (cron mails it, the systemd
    journal and Task Scheduler's history keep it), and an empty inbox is a warning.

    With -Processed, a file is moved there (keeping its path below -Path) only after its page is stored (Imported,
    Unchanged or Replaced). With -Failed, a file that cannot be imported as it is (empty, binary, no headline, no date,
    a conflicting page…) is moved there, so the same bad file does not fail every night. A file that failed because the
    archive was busy stays in the inbox for the next run. Pages already stored report Unchanged, so running the import
    again after a crash is safe.

    The log is rotated when the run starts: past -LogMaxBytes it becomes <log>.1 (and .1 becomes .2, … up to
    -LogKeep old logs).

    Exit codes: 0 every file imported (or unchanged, or the inbox was empty); 1 at least one file failed (its error is in
    the log and on standard error); 2 the import could not run (a usage mistake such as a missing or unknown parameter,
    no such folder, the module or the archive could not be opened); 130 interrupted by Ctrl+C/SIGINT, 143 by SIGTERM
    (the log's END line says "Interrupted"; pages stored so far stay stored, and the next run imports the rest).
.PARAMETER Path
    The inbox folder holding the page files.
.PARAMETER Database
    The archive file; default $env:NEWSARCHIVE_DB, else the per-user data folder (see about_NewsArchive).
.PARAMETER Processed
    Where stored files are moved, keeping their path below -Path; created when missing. Without it they stay.
.PARAMETER Failed
    Where files that cannot be imported are moved, keeping their path below -Path; created when missing.
.PARAMETER LogPath
    The log file lines are appended to; default NewsArchive-import.log in the folder of the archive.
.PARAMETER LogMaxBytes
    The size past which the log is rotated when a run starts; default 1048576 (1 MiB).
.PARAMETER LogKeep
    How many rotated logs to keep (<log>.1 is the newest); default 5.
.PARAMETER Newspaper
    The newspaper of every page, when neither front matter nor file names say it.
.PARAMETER Filter
    Which files to import; default *.txt.
.EXAMPLE
    pwsh -NoProfile -NonInteractive -File Invoke-NewsArchiveImport.ps1 -Path /srv/scans/incoming -Processed /srv/scans/done -Failed /srv/scans/failed -Database /srv/archive/archive.db
#>
# No [CmdletBinding()] and no typed numbers: PowerShell would reject an unknown parameter or a bad number with exit code
# 1, the code that means "some files failed"; the script checks them itself and exits 2 for a usage mistake.
param(
    [string] $Path,
    [string] $Database,
    [string] $Processed,
    [string] $Failed,
    [string] $LogPath,
    [string] $LogMaxBytes = '1048576',
    [string] $LogKeep = '5',
    [string] $Newspaper,
    [string] $Filter = '*.txt'
)

$ErrorActionPreference = 'Stop'
# Unattended: nothing may wait for an answer, and progress bars only clutter a log.
$ConfirmPreference = 'None'
$ProgressPreference = 'SilentlyContinue'

$LogLineFormat = '{0:yyyy-MM-ddTHH:mm:ssK} {1,-5} {2}'
$ExitAllImported = 0
$ExitSomeFailed = 1
$ExitCannotRun = 2

# Error categories that mean "this file, as it is, cannot be imported": such a file goes to -Failed. Anything else
# (the archive busy or failing) may succeed on the next run, so the file stays in the inbox.
$FileFaultCategories = 'InvalidData', 'InvalidArgument', 'LimitsExceeded', 'ResourceExists', 'ReadError'

function Stop-Usage([string] $Message) {
    [Console]::Error.WriteLine("Invoke-NewsArchiveImport: $Message Run Get-Help $PSCommandPath for the parameters.")
    exit $ExitCannotRun
}

function Resolve-Folder([string] $Folder) { $ExecutionContext.SessionState.Path.GetUnresolvedProviderPathFromPSPath($Folder) }

function Write-Log([string] $Level, [string] $Message) {
    $line = $LogLineFormat -f [DateTimeOffset]::Now, $Level, $Message
    # Appended and flushed line by line, so `tail -f` and a crash both see every step that happened; once the SIGTERM
    # handler is registered, through it, so that no line follows its END line.
    if ($script:TerminationLogRegistered) { [NewsArchive.Commands.Infrastructure.TerminationLog]::Append($script:LogFile, $line); return }
    [System.IO.File]::AppendAllText($script:LogFile, $line + [Environment]::NewLine, [System.Text.UTF8Encoding]::new($false))
}

function Format-Counts { ($counts.GetEnumerator() | ForEach-Object { "$($_.Key) $($_.Value)" }) -join ', ' }

# <log> past the size limit becomes <log>.1; older ones shift up and the oldest past -LogKeep is dropped.
function Step-Log([string] $File, [long] $MaxBytes, [int] $Keep) {
    if (-not (Test-Path -LiteralPath $File) -or (Get-Item -LiteralPath $File).Length -lt $MaxBytes) { return }
    Remove-Item -LiteralPath "$File.$Keep" -ErrorAction SilentlyContinue
    for ($index = $Keep - 1; $index -ge 1; $index--) {
        if (Test-Path -LiteralPath "$File.$index") { Move-Item -LiteralPath "$File.$index" -Destination "$File.$($index + 1)" -Force }
    }
    if ($Keep -ge 1) { Move-Item -LiteralPath $File -Destination "$File.1" -Force } else { Remove-Item -LiteralPath $File }
}

# Moves a file from the inbox to the same place below $Folder; a name already there gets the time appended.
function Move-Aside([string] $File, [string] $Folder) {
    $relative = [System.IO.Path]::GetRelativePath($script:Inbox, $File)
    $destination = Join-Path $Folder $relative
    $null = New-Item -ItemType Directory -Force -Path (Split-Path $destination)
    if (Test-Path -LiteralPath $destination) {
        $stem = [System.IO.Path]::GetFileNameWithoutExtension($destination)
        $destination = Join-Path (Split-Path $destination) ('{0}.{1:yyyyMMddHHmmss}{2}' -f $stem, [DateTime]::Now, [System.IO.Path]::GetExtension($destination))
    }
    Move-Item -LiteralPath $File -Destination $destination
}

# Usage, checked before anything is touched.
if ($args.Count -gt 0) { Stop-Usage "unknown argument '$($args[0])'." }
if (-not $Path) { Stop-Usage '-Path (the inbox folder) is required.' }
$maxBytes = 0L; $keep = 0
if (-not [long]::TryParse($LogMaxBytes, [ref] $maxBytes) -or $maxBytes -lt 1) { Stop-Usage "-LogMaxBytes '$LogMaxBytes' is not a positive number of bytes." }
if (-not [int]::TryParse($LogKeep, [ref] $keep) -or $keep -lt 0) { Stop-Usage "-LogKeep '$LogKeep' is not a number from 0." }

try {
    Import-Module (Join-Path $PSScriptRoot '../NewsArchive.psd1')
    if (-not $Database) { $Database = [NewsArchive.Core.Storage.ArchivePaths]::DefaultDatabasePath() }
    $location = [NewsArchive.Core.Storage.ArchiveLocation]::Parse($Database)
    if ($location.Engine -eq 'Sqlite') { $Database = Resolve-Folder $Database }
    # Beside the archive file; for a PostgreSQL archive, in the per-user data folder.
    $logFolder = if ($location.Engine -eq 'Sqlite') { Split-Path $Database } else { Join-Path ([Environment]::GetFolderPath('LocalApplicationData')) 'NewsArchive' }
    if (-not $LogPath) { $LogPath = Join-Path $logFolder 'NewsArchive-import.log' }
    $script:LogFile = Resolve-Folder $LogPath
    $null = New-Item -ItemType Directory -Force -Path (Split-Path $script:LogFile)
    Step-Log -File $script:LogFile -MaxBytes $maxBytes -Keep $keep
}
catch {
    [Console]::Error.WriteLine("NewsArchive import could not start: $_")
    exit $ExitCannotRun
}

$counts = [ordered]@{ Imported = 0; Unchanged = 0; Replaced = 0; Failed = 0 }
# Interrupted runs end with an END line and a non-zero exit too: Ctrl+C/SIGINT through the finally block below (exit
# 130), SIGTERM (which runs no finally block) through a handler the module registers (exit 143).
[NewsArchive.Commands.Infrastructure.TerminationLog]::Register($script:LogFile, $LogLineFormat, $counts)
$script:TerminationLogRegistered = $true
$finished = $false
try {
    Write-Log 'START' "Importing $Filter under $Path into $($location.DisplayName)"
    if (-not (Test-Path -LiteralPath $Path -PathType Container)) { throw "The inbox folder '$Path' does not exist." }
    $script:Inbox = Resolve-Folder $Path
    $asideFolders = @($Processed, $Failed | Where-Object { $_ } | ForEach-Object { (Resolve-Folder $_).TrimEnd([IO.Path]::DirectorySeparatorChar) + [IO.Path]::DirectorySeparatorChar })
    # Folders for processed and failed files may sit inside the inbox; what is in them was dealt with already.
    $files = @(Get-ChildItem -LiteralPath $script:Inbox -Recurse -File -Filter $Filter |
            Where-Object { $file = $_.FullName; -not ($asideFolders | Where-Object { $file.StartsWith($_) }) } |
            Sort-Object FullName)
    if ($files.Count -eq 0) {
        Write-Log 'WARN' "The inbox $script:Inbox holds no $Filter file."
        Write-Warning "NewsArchive import: the inbox $script:Inbox holds no $Filter file. Check that the scans arrived."
    }

    $import = @{ Database = $Database; ErrorAction = 'Continue' }
    if ($Newspaper) { $import.Newspaper = $Newspaper }
    & { $files | Import-Issue @import } 2>&1 | ForEach-Object {
        if ($_ -is [System.Management.Automation.ErrorRecord]) {
            $counts.Failed++
            $line = '{0} {1}' -f $_.FullyQualifiedErrorId.Split(',')[0], $_.ToString()
            Write-Log 'ERROR' $line
            [Console]::Error.WriteLine($line)
            $file = [string] $_.TargetObject
            if ($Failed -and $_.CategoryInfo.Category.ToString() -in $FileFaultCategories -and (Test-Path -LiteralPath $file -PathType Leaf)) {
                Move-Aside -File $file -Folder (Resolve-Folder $Failed)
            }
        }
        else {
            # Reported only once its page is committed: only now may the file leave the inbox.
            $counts[$_.Status.ToString()]++
            Write-Log 'OK' ('{0} {1} {2:yyyy-MM-dd} page {3} ({4} articles) {5}' -f $_.Status, $_.Newspaper, $_.Date, $_.Page, $_.Articles, $_.Path)
            if ($Processed) { Move-Aside -File $_.Path -Folder (Resolve-Folder $Processed) }
        }
    }
    $finished = $true
}
catch {
    $finished = $true
    [NewsArchive.Commands.Infrastructure.TerminationLog]::Complete()
    $id = if ($_.FullyQualifiedErrorId) { $_.FullyQualifiedErrorId.Split(',')[0] } else { 'Error' }
    Write-Log 'FATAL' "${id}: $_"
    [Console]::Error.WriteLine("NewsArchive import failed: $_")
    exit $ExitCannotRun
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
exit $(if ($counts.Failed -gt 0) { $ExitSomeFailed } else { $ExitAllImported })
