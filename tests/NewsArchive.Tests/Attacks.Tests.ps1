# The attacks of issue 13 (a hostile operator and a failing machine), each as the user would meet it. The number in a
# Describe is the defect's number in the issue; race defects are bounded stress tests, each round checked with Test-Archive.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force

    function Get-ErrorId([System.Management.Automation.ErrorRecord] $Record) { $Record.FullyQualifiedErrorId.Split(',')[0] }

    # Holds the archive's write lock (BEGIN IMMEDIATE) from this process until the returned connection is disposed.
    function Lock-Archive([string] $Database) {
        $holder = [Microsoft.Data.Sqlite.SqliteConnection]::new("Data Source=$Database;Pooling=False")
        $holder.Open()
        $lock = $holder.CreateCommand()
        $lock.CommandText = 'BEGIN IMMEDIATE'
        $null = $lock.ExecuteNonQuery()
        $holder
    }

    # A tmpfs of <Size> mounted in TestDrive (needs root); the caller unmounts it in a finally block.
    function New-SmallDisk([string] $Name, [string] $Size) {
        $mount = Join-Path $TestDrive $Name
        $null = New-Item -ItemType Directory -Path $mount
        mount -t tmpfs -o "size=$Size" tmpfs $mount
        $mount
    }

    # The first error record a script's cmdlet wrote or threw, as the fresh pwsh saw it (id, category, message).
    $script:ReportFirstError = @'
$report = if ($failure) { $failure[0] } else { $null }
if ($report) { [pscustomobject]@{ Id = $report.FullyQualifiedErrorId.Split(',')[0]; Category = "$($report.CategoryInfo.Category)"; Message = "$($report.Exception.Message)" } | ConvertTo-Json -Compress }
else { 'no error' }
'@
}

Describe '#3 Remove-Issue names one newspaper, exactly' {
    It 'removes abc报 and leaves ABC报 (stored as two papers); a backtick is part of a name; a wildcard is a character' {
        $db = Join-Path $TestDrive 'names.db'
        foreach ($name in 'ABC报', 'abc报', 'a`b报', 'AB*报') {
            $file = New-PageFiles -Folder (Join-Path $TestDrive "names/$($name -replace '\W', '_')") -Date 2021-05-01
            $null = Import-Issue -LiteralPath $file -Newspaper $name -Database $db
        }

        Remove-Issue -Database $db -Newspaper 'abc报' -Date 2021-05-01 -Confirm:$false
        (Get-Issue -Database $db).Newspaper | Sort-Object | Should -BeExactly @('a`b报', 'AB*报', 'ABC报' | Sort-Object)

        Remove-Issue -Database $db -Newspaper 'a`b报' -Date 2021-05-01 -Confirm:$false
        Remove-Issue -Database $db -Newspaper 'AB*报' -Date 2021-05-01 -Confirm:$false
        (Get-Issue -Database $db).Newspaper | Should -BeExactly 'ABC报'

        Remove-Issue -Database $db -Newspaper 'abc*' -Date 2021-05-01 -Confirm:$false -ErrorVariable failure -ErrorAction SilentlyContinue
        Get-ErrorId $failure[0] | Should -Be 'NewsArchive.Remove.IssueNotFound'
        (Get-Issue -Database $db).Newspaper | Should -BeExactly 'ABC报'
        (Test-Archive -Database $db).Healthy | Should -BeTrue
    }
}

Describe '#12 Remove-Issue on a busy archive' {
    It 'waits the busy timeout, then reports NewsArchive.Remove.DatabaseBusy as ResourceBusy, like Import-Issue' {
        $db = Join-Path $TestDrive 'busy.db'
        $null = Import-Issue -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'busy') -Date 2021-05-01) -Database $db
        $holder = Lock-Archive $db
        try {
            $run = Invoke-FreshPwsh -Environment @{ NEWSARCHIVE_BUSY_TIMEOUT = '1' } -Script (@"
try { Remove-Issue -Database '$db' -Newspaper 江城日报 -Date 2021-05-01 -Confirm:`$false -ErrorVariable failure -ErrorAction SilentlyContinue }
catch { `$failure = @(`$_) }
"@ + $ReportFirstError)
        }
        finally { $holder.Dispose() }
        $report = $run.Output | Select-Object -Last 1 | ConvertFrom-Json
        $report.Id | Should -Be 'NewsArchive.Remove.DatabaseBusy'
        $report.Category | Should -Be 'ResourceBusy'
        (Get-Issue -Database $db).Pages | Should -Be @(1) -Because 'nothing was removed'
    }
}

Describe '#13 A cmdlet ends cleanly on every path' {
    BeforeAll {
        $script:db = Join-Path $TestDrive 'clean.db'
        $null = Import-Issue -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'clean') -Count 200 -Articles 20) -Database $db
        # How many files of the archive (the database, its -wal and -shm) a process holds open, from /proc.
        $script:CountOpenFiles = "@(Get-ChildItem /proc/`$PID/fd | Where-Object { `"`$(`$_.LinkTarget)`" -like '$db*' }).Count"
    }

    It 'closes the archive when the pipeline ends with a terminating error downstream' -Skip:(-not (Test-Path /proc/self/fd)) {
        $run = Invoke-FreshPwsh -Script @"
try { Get-Issue -Database '$db' | ForEach-Object { throw 'downstream failed' } } catch { }
try { Get-Article -Database '$db' | ForEach-Object { throw 'downstream failed' } } catch { }
try { Update-Issue -Database '$db' -Force | ForEach-Object { throw 'downstream failed' } } catch { }
'open ' + $CountOpenFiles
"@
        $run.Output | Select-Object -Last 1 | Should -Be 'open 0'
    }

    It 'stops at Ctrl+C (PowerShell.Stop) in Update-Issue, Test-Archive and Backup-Archive: stopped, closed, healthy, 3 rounds each' -Skip:(-not (Test-Path /proc/self/fd)) {
        $run = Invoke-FreshPwsh -Script @"
`$module = Get-Module NewsArchive
foreach (`$command in 'Update-Issue', 'Test-Archive', 'Backup-Archive') {
    foreach (`$round in 1..3) {
        `$state = [initialsessionstate]::CreateDefault2()
        `$state.ImportPSModule(`$module.Path)
        `$ps = [powershell]::Create(`$state)
        `$null = `$ps.AddCommand(`$command).AddParameter('Database', '$db')
        if (`$command -eq 'Update-Issue') { `$null = `$ps.AddParameter('Force') }
        if (`$command -eq 'Backup-Archive') { `$null = `$ps.AddParameter('Destination', '$TestDrive/stopped.db').AddParameter('Force') }
        `$null = `$ps.BeginInvoke()
        Start-Sleep -Milliseconds (150 * `$round)
        `$clock = [Diagnostics.Stopwatch]::StartNew()
        `$ps.Stop()
        `$reason = `$ps.InvocationStateInfo.Reason
        "`$command `$round `$(`$ps.InvocationStateInfo.State) `$(if (`$reason -and `$reason -isnot [System.Management.Automation.PipelineStoppedException]) { `$reason.GetType().Name }) errors `$(`$ps.Streams.Error.Count) open `$($CountOpenFiles) stop-ms-under-2000 `$(`$clock.ElapsedMilliseconds -lt 2000) healthy `$((Test-Archive -Database '$db').Healthy)"
        `$ps.Dispose()
    }
}
"@
        $lines = @($run.Output | Where-Object { $_ -match '^(Update-Issue|Test-Archive|Backup-Archive) ' })
        $lines.Count | Should -Be 9
        foreach ($line in $lines) { $line | Should -Match '^\S+ \d (Stopped|Completed)  errors 0 open 0 stop-ms-under-2000 True healthy True$' }
    }
}

Describe '#2 Update-Issue beside Import-Issue -Force' {
    It 'never stores the analysis of a replaced version: 3 rounds, each checked with Test-Archive' {
        $db = Join-Path $TestDrive 'stale.db'
        # One page: replaced by Import-Issue -Force, it gets its row id back, as the attack found.
        $long = New-PageFiles -Folder (Join-Path $TestDrive 'stale-long') -Articles 60
        $short = New-PageFiles -Folder (Join-Path $TestDrive 'stale-short') -Articles 2 -Offset 100
        $null = Import-Issue -LiteralPath $long -Database $db
        foreach ($round in 1..3) {
            $go = Join-Path $TestDrive "stale-go$round"
            $wait = "while (-not (Test-Path '$go')) { Start-Sleep -Milliseconds 10 }"
            $updater = Start-FreshPwsh -ScriptPath (Join-Path $TestDrive "stale-update$round.ps1") -Script @"
$wait
foreach (`$run in 1..20) {
    `$null = Update-Issue -Database '$db' -Force -ErrorVariable failures -ErrorAction SilentlyContinue
    # Another session replacing a page three times during its analysis is reported, not a defect.
    foreach (`$failure in `$failures | Where-Object FullyQualifiedErrorId -notlike 'NewsArchive.Update.PageChanging*') { [Console]::Error.WriteLine("`$(`$failure.FullyQualifiedErrorId): `$failure") }
}
"@
            $importer = Start-FreshPwsh -ScriptPath (Join-Path $TestDrive "stale-import$round.ps1") -Script @"
$wait
foreach (`$run in 1..20) { `$null = Import-Issue -LiteralPath '$short' -Database '$db' -Force; `$null = Import-Issue -LiteralPath '$long' -Database '$db' -Force }
"@
            $null = New-Item -ItemType File -Path $go
            # Every commit is one whole page, so every snapshot Test-Archive reads meanwhile must be healthy too.
            $problems = [System.Collections.Generic.List[string]]::new()
            while (-not ($updater.HasExited -and $importer.HasExited)) {
                (Test-Archive -Database $db).Problems | ForEach-Object { $problems.Add("$_") }
            }
            foreach ($process in $updater, $importer) { $process.WaitForExit(120000) | Should -BeTrue }
            "round $round " + ($problems -join '; ') | Should -Be "round $round "
            $health = Test-Archive -Database $db
            "round $round " + ($health.Problems -join '; ') | Should -Be "round $round "
            $health.Articles | Should -Be 60
            Get-Content -Raw (Join-Path $TestDrive "stale-update$round.ps1.err") | Should -BeNullOrEmpty
            Get-Content -Raw (Join-Path $TestDrive "stale-import$round.ps1.err") | Should -BeNullOrEmpty
        }
    }
}

Describe '#5 Update-Issue beside Remove-Issue' {
    It 'reports each page removed meanwhile as NewsArchive.Update.PageRemoved (ObjectNotFound) and goes on: 3 rounds' {
        $db = Join-Path $TestDrive 'removed.db'
        foreach ($round in 1..3) {
            $date = ([datetime]'2021-07-01').AddDays($round)
            $null = Import-Issue -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive "removed$round") -Date $date -Count 20 -Articles 20) -Database $db
            $go = Join-Path $TestDrive "removed-go$round"
            $wait = "while (-not (Test-Path '$go')) { Start-Sleep -Milliseconds 10 }"
            $updater = Start-FreshPwsh -ScriptPath (Join-Path $TestDrive "removed-update$round.ps1") -Script @"
$wait
try {
    `$null = Update-Issue -Database '$db' -Force -From $($date.ToString('yyyy-MM-dd')) -ErrorVariable failures -ErrorAction SilentlyContinue
    foreach (`$failure in `$failures) { "`$(`$failure.FullyQualifiedErrorId.Split(',')[0]) `$(`$failure.CategoryInfo.Category)" }
    'completed'
}
catch { "terminated `$(`$_.FullyQualifiedErrorId): `$_" }
"@
            # Removes the pages from the last, one at a time, to meet the updater walking from the first.
            $remover = Start-FreshPwsh -ScriptPath (Join-Path $TestDrive "removed-remove$round.ps1") -Script @"
$wait
foreach (`$page in 20..1) { Remove-Issue -Database '$db' -Newspaper 江城日报 -Date $($date.ToString('yyyy-MM-dd')) -Page `$page -Confirm:`$false }
"@
            $null = New-Item -ItemType File -Path $go
            foreach ($process in $updater, $remover) { $process.WaitForExit(120000) | Should -BeTrue }
            Get-Content -Raw (Join-Path $TestDrive "removed-remove$round.ps1.err") | Should -BeNullOrEmpty
            $lines = @(Get-Content (Join-Path $TestDrive "removed-update$round.ps1.out"))
            $lines[-1] | Should -Be 'completed'
            $lines | Select-Object -SkipLast 1 | Where-Object { $_ -ne 'NewsArchive.Update.PageRemoved ObjectNotFound' } | Should -BeNullOrEmpty
            $health = Test-Archive -Database $db
            "round $round " + ($health.Problems -join '; ') | Should -Be "round $round "
            $health.Pages | Should -Be 0
        }
    }
}

Describe '#6 Test-Archive answers, never throws; Get-Issue survives a damaged row' {
    BeforeEach {
        $script:db = Join-Path $TestDrive "health-$([guid]::NewGuid()).db"
        $null = Import-Issue -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'health') -Date 2021-05-01 -Count 3) -Database $db
        $null = Import-Issue -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'health2') -Date 2021-05-02 -Count 1) -Database $db
    }

    It 'reports damaged kept text as a problem of that page' {
        Invoke-RawSql $db "UPDATE pages SET text = X'00FF00FF00FF' WHERE page = 2 AND issue_date = '2021-05-01'"
        $health = Test-Archive -Database $db -ErrorAction Stop
        $health.Healthy | Should -BeFalse
        @($health.Problems | Where-Object Target -eq '江城日报 2021-05-01 page 2').Count | Should -Be 1
    }

    It 'reports an archive of schema version 999 as newer than this module' {
        Invoke-RawSql $db 'PRAGMA user_version = 999'
        $health = Test-Archive -Database $db -ErrorAction Stop
        $health.Healthy | Should -BeFalse
        $health.Problems[0].Message | Should -Match 'newer'
    }

    It 'reports a foreign database with a pages table as not an archive, and leaves it as it was' {
        $foreign = Join-Path $TestDrive 'foreign-pages.db'
        Invoke-RawSql $foreign 'CREATE TABLE pages (id INTEGER PRIMARY KEY, url TEXT); INSERT INTO pages (url) VALUES (''https://example.org'')'
        $before = (Get-FileHash $foreign).Hash
        $health = Test-Archive -Database $foreign -ErrorAction Stop
        $health.Healthy | Should -BeFalse
        $health.Problems[0].Message | Should -Match 'not a NewsArchive archive'
        (Get-FileHash $foreign).Hash | Should -Be $before
    }

    It 'checks an archive in a read-only folder without throwing' {
        if ((id -u) -ne '0') { Set-ItResult -Skipped -Because 'a read-only mount needs root (chmod does not stop root, and CI runs as root)' }
        $mount = New-SmallDisk 'readonly' 8m
        try {
            Copy-Item $db (Join-Path $mount 'archive.db')
            mount -o remount,ro $mount
            $health = Test-Archive -Database (Join-Path $mount 'archive.db') -ErrorAction Stop
            $health.Healthy | Should -BeTrue -Because 'the archive is whole and readable; only writing to it would fail'
            $health.Pages | Should -Be 4
            (Get-Issue -Database (Join-Path $mount 'archive.db') -ErrorAction Stop).Count | Should -Be 2
        }
        finally { umount $mount }
    }

    It 'Get-Issue reports a damaged row as an error and lists the other issues' {
        Invoke-RawSql $db "UPDATE pages SET imported_at = 'not a time' WHERE issue_date = '2021-05-01' AND page = 2"
        $issues = @(Get-Issue -Database $db -ErrorVariable failure -ErrorAction SilentlyContinue)
        $issues.Date | Should -Be @([datetime]'2021-05-01', [datetime]'2021-05-02')
        $issues[0].Pages | Should -Be @(1, 3)
        $failure.Count | Should -Be 1
        Get-ErrorId $failure[0] | Should -Be 'NewsArchive.Issue.DamagedRow'
        "$($failure[0].CategoryInfo.Category)" | Should -Be 'InvalidData'
    }
}

Describe '#7 Reads never write to a file that is not an archive' {
    BeforeAll {
        function Get-FileState([string] $Path) { (Get-ChildItem "$Path*" | ForEach-Object { "$($_.Name) $($_.Length) $((Get-FileHash $_.FullName).Hash)" }) -join '; ' }
    }

    It 'leaves another application''s SQLite file untouched and says it is not an archive: <_>' -ForEach @(
        'Get-Article', 'Get-Issue', 'Find-Official', 'Export-Stats', 'Import-Issue') {
        $foreign = Join-Path $TestDrive "foreign-$_.db"
        Invoke-RawSql $foreign 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes (body) VALUES (''mine'')'
        $before = Get-FileState $foreign
        $arguments = @{ Database = $foreign }
        if ($_ -eq 'Import-Issue') { $arguments.LiteralPath = New-PageFiles -Folder (Join-Path $TestDrive 'foreign-import') }
        if ($_ -eq 'Export-Stats') { $arguments.Path = Join-Path $TestDrive 'stats.csv' }
        { & $_ @arguments -ErrorAction Stop } | Should -Throw -ErrorId 'NewsArchive.Database.NotAnArchive*'
        Get-FileState $foreign | Should -Be $before
    }

    It 'does not turn a 0-byte file into an archive on reading' {
        $empty = Join-Path $TestDrive 'empty.db'
        $null = New-Item -ItemType File -Path $empty
        { Get-Issue -Database $empty -ErrorAction Stop } | Should -Throw -ErrorId 'NewsArchive.Database.NotAnArchive*'
        (Test-Archive -Database $empty).Healthy | Should -BeFalse
        (Get-Item $empty).Length | Should -Be 0
        @(Get-ChildItem "${empty}?*").Count | Should -Be 0 -Because 'no -wal or -shm beside it'
    }

    It 'refuses an archive newer than this module, saying so' {
        $db = Join-Path $TestDrive 'newer.db'
        $null = Import-Issue -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'newer')) -Database $db
        Invoke-RawSql $db 'PRAGMA user_version = 999'
        { Get-Issue -Database $db -ErrorAction Stop } | Should -Throw -ExpectedMessage '*newer*'
        { Import-Issue -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'newer2') -Offset 5) -Database $db -ErrorAction Stop } | Should -Throw -ExpectedMessage '*newer*'
    }

    It 'creates no folder and no database with Import-Issue -WhatIf' {
        $db = Join-Path $TestDrive 'whatif/new/archive.db'
        $files = New-PageFiles -Folder (Join-Path $TestDrive 'whatif-pages') -Count 2
        $run = Invoke-FreshPwsh -Script "Import-Issue -LiteralPath '$($files -join "','")' -Database '$db' -WhatIf"
        ($run.Output | Out-String) | Should -Match 'What if: .*Import 江城日报 2021-01-01 page 1'
        Test-Path (Join-Path $TestDrive 'whatif') | Should -BeFalse
    }
}

Describe '#1 Backup-Archive never lands on the live archive' {
    It 'refuses the archive reached through a symlinked folder or a symlink, while an import writes into it: 3 rounds' -Skip:$IsWindows {
        $real = Join-Path $TestDrive 'real'
        $null = New-Item -ItemType Directory -Path $real
        $db = Join-Path $real 'archive.db'
        $linkedFolder = Join-Path $TestDrive 'linked'
        $null = New-Item -ItemType SymbolicLink -Path $linkedFolder -Target $real
        $linkedFile = Join-Path $TestDrive 'archive-link.db'
        $null = New-Item -ItemType SymbolicLink -Path $linkedFile -Target $db
        $pages = 0
        foreach ($round in 1..3) {
            $folder = Join-Path $TestDrive "live$round"
            $null = New-PageFiles -Folder $folder -Date ([datetime]'2021-08-01').AddDays($round) -Count 40 -Articles 20
            $importer = Start-FreshPwsh -ScriptPath (Join-Path $TestDrive "live$round.ps1") -Script "Get-ChildItem '$folder' -Filter *.txt | Import-Issue -Database '$db' | ForEach-Object { 'stored' }"
            # Wait for the first stored page, not only the file: a file the importer has created but not yet given its
            # schema is refused as NotAnArchive, which a loaded machine showed.
            $stored = Join-Path $TestDrive "live$round.ps1.out"
            while (-not $importer.HasExited -and -not ((Test-Path $stored) -and (Get-Item $stored).Length -gt 0)) { Start-Sleep -Milliseconds 10 }
            foreach ($destination in (Join-Path $linkedFolder 'archive.db'), $linkedFile) {
                { Backup-Archive -Database $db -Destination $destination -Force -ErrorAction Stop } | Should -Throw -ErrorId 'NewsArchive.Backup.DestinationIsArchive*'
            }
            $importer.WaitForExit(120000) | Should -BeTrue
            @(Get-Content (Join-Path $TestDrive "live$round.ps1.out")).Count | Should -Be 40 -Because 'the importer stored every page'
            $pages += 40
            $health = Test-Archive -Database $db
            "round $round " + ($health.Problems -join '; ') | Should -Be "round $round "
            $health.Pages | Should -Be $pages
        }
    }
}

Describe '#9 Backups killed mid-way' {
    BeforeAll { $MaxBackupAttempts = 20 }
    It 'keep the previous backup whole (4 kills), and the next backup removes what they left' {
        $db = Join-Path $TestDrive 'source.db'
        $null = Import-Issue -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'source') -Count 300 -Articles 20) -Database $db
        $folder = Join-Path $TestDrive 'backups'
        $destination = Join-Path $folder 'nightly.db'
        $null = Backup-Archive -Database $db -Destination $destination
        # On an idle machine a backup can finish between two looks for its partial copy: such a run is no kill, and
        # is tried again (a whole backup in its place is fine), until four kills have landed mid-copy.
        $kill = 0
        foreach ($attempt in 1..$MaxBackupAttempts) {
            if ($kill -eq 4) { break }
            $backup = Start-FreshPwsh -ScriptPath (Join-Path $TestDrive "backup$attempt.ps1") -Script "Backup-Archive -Database '$db' -Destination '$destination' -Force"
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while (-not $backup.HasExited -and [DateTime]::UtcNow -lt $deadline -and -not (Test-Path "$destination.partial-*")) { Start-Sleep -Milliseconds 5 }
            if ($backup.HasExited) { continue }
            $kill++
            $backup.Kill()
            $backup.WaitForExit()
            $health = Test-Archive -Database $destination
            "kill $kill " + ($health.Problems -join '; ') | Should -Be "kill $kill "
            $health.Pages | Should -Be 300
        }
        $kill | Should -Be 4 -Because "the backup is killed while it writes its copy (in $MaxBackupAttempts attempts)"

        $null = Backup-Archive -Database $db -Destination $destination -Force
        @(Get-ChildItem $folder).Name | Should -Be 'nightly.db'
        (Test-Archive -Database $destination).Pages | Should -Be 300
    }
}

Describe '#8 Special files among the pages' {
    It 'refuses /dev/zero and a FIFO by their type (NewsArchive.Import.NotAFile), never blocks, and imports the rest' -Skip:$IsWindows {
        $folder = Join-Path $TestDrive 'special'
        $good = New-PageFiles -Folder $folder -Count 2
        $fifo = Join-Path $folder '江城日报_20210101_03.txt'
        mkfifo $fifo
        $zero = Join-Path $folder '江城日报_20210101_04.txt'
        $null = New-Item -ItemType SymbolicLink -Path $zero -Target /dev/zero
        $db = Join-Path $TestDrive 'special.db'
        $run = Start-FreshPwsh -ScriptPath (Join-Path $TestDrive 'special.ps1') -Script @"
Import-Issue -LiteralPath '$($good[0])', /dev/zero, '$fifo', '$zero', '$($good[1])' -Database '$db' -ErrorVariable failures -ErrorAction SilentlyContinue | ForEach-Object { "`$(`$_.Status) `$(`$_.Path)" }
foreach (`$failure in `$failures) { "`$(`$failure.FullyQualifiedErrorId.Split(',')[0]) `$(`$failure.CategoryInfo.Category) `$(`$failure.TargetObject)" }
"@
        $finished = $run.WaitForExit(60000)
        if (-not $finished) { $run.Kill() }
        $finished | Should -BeTrue -Because 'a FIFO must not block the batch'
        Get-Content (Join-Path $TestDrive 'special.ps1.out') | Should -Be @(
            "Imported $($good[0])"
            "Imported $($good[1])"
            'NewsArchive.Import.NotAFile InvalidArgument /dev/zero'
            "NewsArchive.Import.NotAFile InvalidArgument $fifo"
            "NewsArchive.Import.NotAFile InvalidArgument $zero")
    }
}

Describe '#10 The scheduled import script, interrupted' {
    It 'exits non-zero with an END line in its log after SIG<_>, and the archive stays healthy' -ForEach @('INT', 'TERM') -Skip:($IsWindows -or -not (Get-Command python3 -ErrorAction SilentlyContinue)) {
        $signal = $_
        $folder = Join-Path $TestDrive "signal-$signal"
        $null = New-PageFiles -Folder $folder -Count 300 -Articles 10
        $db = Join-Path $TestDrive "signal-$signal.db"
        $log = Join-Path $TestDrive "signal-$signal.log"
        $script = Join-Path (Split-Path (Get-TestModulePath)) 'Scripts/Invoke-NewsArchiveImport.ps1'
        $pwsh = Get-PwshCommandLine
        # A process started in the background may inherit SIGINT ignored (bash does that); cron and a terminal do not.
        # The launcher restores the default, as a run from cron or a terminal has it.
        $launcher = 'import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])'
        $arguments = @('-c', "`"$launcher`"") + $pwsh + @('-NoProfile', '-NonInteractive', '-File', $script, '-Path', $folder, '-Database', $db, '-LogPath', $log)
        $run = Start-Process -FilePath python3 -ArgumentList $arguments -PassThru -RedirectStandardOutput "$log.out" -RedirectStandardError "$log.err"
        $deadline = [DateTime]::UtcNow.AddSeconds(90)
        while (-not $run.HasExited -and [DateTime]::UtcNow -lt $deadline -and @(Get-Content $log -ErrorAction SilentlyContinue | Where-Object { $_ -match ' OK ' }).Count -lt 30) {
            Start-Sleep -Milliseconds 20
        }
        $run.HasExited | Should -BeFalse -Because 'the import is interrupted while it runs'
        kill "-$signal" $run.Id
        $run.WaitForExit(60000) | Should -BeTrue
        $run.ExitCode | Should -Be (@{ INT = 130; TERM = 143 }[$signal]) -Because "128 + the signal's number, as a shell reports it"
        $lines = @(Get-Content $log)
        $lines[-1] | Should -Match ' END +Interrupted .*Imported \d+'
        $stored = @($lines | Where-Object { $_ -match ' OK +Imported ' }).Count
        $stored | Should -BeLessThan 300
        $health = Test-Archive -Database $db
        $health.Healthy | Should -BeTrue
        $health.Pages | Should -BeGreaterOrEqual $stored
    }
}

Describe '#4 A full disk' {
    It 'reports NewsArchive.*.DiskFull for each page that does not fit, keeps the WAL small and the archive readable while full' {
        if ((id -u) -ne '0') { Set-ItResult -Skipped -Because 'a small disk is a tmpfs mounted for the test, which needs root' }
        $mount = New-SmallDisk 'small-disk' 5m
        try {
            $db = Join-Path $mount 'archive.db'
            $files = New-PageFiles -Folder (Join-Path $TestDrive 'many') -Count 400 -Articles 30
            $results = @(Import-Issue -LiteralPath $files -Database $db -ErrorVariable failures -ErrorAction SilentlyContinue)
            $failures.Count | Should -BeGreaterThan 0 -Because '400 pages of 30 articles do not fit in 5 MB'
            foreach ($failure in $failures) {
                "$(Get-ErrorId $failure) $($failure.CategoryInfo.Category) $($failure.Exception.Message)" | Should -Match '^NewsArchive\.\w+\.DiskFull (WriteError|ResourceUnavailable) '
                $failure.Exception.Message | Should -Not -Match 'cannot rollback'
            }
            $wal = Get-Item "$db-wal" -ErrorAction SilentlyContinue
            if ($wal) { $wal.Length | Should -BeLessOrEqual (Get-Item $db).Length -Because 'the WAL is checkpointed before it fills the disk' }

            # Still full: reading works, and a new page is a DiskFull error, not an archive that cannot be opened.
            $issues = @(Get-Issue -Database $db -ErrorAction Stop)
            ($issues | Measure-Object PageCount -Sum).Sum | Should -Be $results.Count
            (Get-Article -Database $db -First 1 -ErrorAction Stop).Title | Should -Not -BeNullOrEmpty
            $health = Test-Archive -Database $db -ErrorAction Stop
            $health.Problems | Should -BeNullOrEmpty
            $health.Pages | Should -Be $results.Count
            $extra = New-PageFiles -Folder (Join-Path $TestDrive 'extra') -Date 2022-01-01 -Articles 30 -Offset 1000
            Import-Issue -LiteralPath $extra -Database $db -ErrorVariable late -ErrorAction SilentlyContinue
            Get-ErrorId $late[0] | Should -BeLike 'NewsArchive.*.DiskFull'
        }
        finally { umount $mount }
    }
}
