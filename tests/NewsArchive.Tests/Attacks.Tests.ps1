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
