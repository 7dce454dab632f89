# Several processes on one archive at once, the way scheduled imports and an editor's searches meet in production.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
}

Describe 'Concurrent imports and searches' {
    It 'imports four folders at once while a fifth process searches: every page stored, no error' {
        $db = New-TestArchive 'shared'
        $go = Join-Path $TestDrive 'go'
        $pagesPerWriter = 40
        $newspapers = '江城日报', '衡阳日报', '湘江晚报', '南岳周报'
        # Every process waits for the same signal after loading the module, so their imports truly overlap; the
        # archive does not exist yet, so they also race to create and migrate it.
        $wait = "while (-not (Test-Path '$go')) { Start-Sleep -Milliseconds 20 }"
        $writers = foreach ($writer in 1..4) {
            $folder = Join-Path $TestDrive "writer$writer"
            $null = New-PageFiles -Folder $folder -Newspaper $newspapers[$writer - 1] -Count $pagesPerWriter -Offset (100 * $writer)
            Start-FreshPwsh -ScriptPath (Join-Path $TestDrive "writer$writer.ps1") -Script @"
$wait
`$results = Get-ChildItem '$folder' -Filter *.txt | Sort-Object Name $order | Import-Issue -Database '$db' -ErrorVariable failures -ErrorAction SilentlyContinue
foreach (`$failure in `$failures) { [Console]::Error.WriteLine("`$(`$failure.FullyQualifiedErrorId) `$(`$failure.TargetObject): `$failure") }
'imported ' + @(`$results | Where-Object Status -eq Imported).Count
exit ([int](`$failures.Count -gt 0))
"@
        }
        # The reader queries once the archive exists (a file, or a database whose schema an importer created).
        $exists = if ((Get-TestEngine) -eq 'Sqlite') { "Test-Path '$db'" } else { "& { try { `$null = Get-Issue -Database '$db'; `$true } catch { `$false } }" }
        $reader = Start-FreshPwsh -ScriptPath (Join-Path $TestDrive 'reader.ps1') -Script @"
$wait
`$ErrorActionPreference = 'Stop'
`$deadline = [DateTime]::UtcNow.AddSeconds(60)
`$queries = 0
while (@(Get-Process -Id $(($writers | ForEach-Object Id) -join ',') -ErrorAction SilentlyContinue).Count -gt 0 -and [DateTime]::UtcNow -lt `$deadline) {
    if ($exists) {
        `$null = Get-Article -Database '$db' -Title '*新闻*' -Reporter 张三 -First 50
        `$null = Get-Article -Database '$db' -Newspaper '*报' -From 2020-12-01 -To 2021-02-01 -Page 1, 2
        `$queries++
    }
}
"queries `$queries"
"@
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $null = New-Item -ItemType File -Path $go
        foreach ($process in @($writers) + $reader) { $process.WaitForExit(90000) | Should -BeTrue }
        Write-Host "4 writers x $pagesPerWriter pages with a searcher: all done $([int]$clock.Elapsed.TotalSeconds) s after the start signal"

        $names = @(1..4 | ForEach-Object { "writer$_" }) + 'reader'
        $processes = @($writers) + $reader
        for ($i = 0; $i -lt $processes.Count; $i++) {
            $errors = Get-Content -Raw (Join-Path $TestDrive "$($names[$i]).ps1.err")
            "$($names[$i]) exited $($processes[$i].ExitCode) $errors".Trim() | Should -Be "$($names[$i]) exited 0"
        }
        foreach ($writer in 1..4) { Get-Content (Join-Path $TestDrive "writer$writer.ps1.out") | Should -Be "imported $pagesPerWriter" }
        [int]((Get-Content (Join-Path $TestDrive 'reader.ps1.out')) -replace 'queries ') | Should -BeGreaterThan 0

        $issues = @(Get-Issue -Database $db)
        ($issues | Measure-Object PageCount -Sum).Sum | Should -Be (4 * $pagesPerWriter)
        ($issues | Measure-Object Articles -Sum).Sum | Should -Be (4 * $pagesPerWriter * 3)
        (Test-Archive -Database $db).Healthy | Should -BeTrue
    }
}

Describe 'Two scheduled imports that overlap' {
    It 'store each page of a folder both import at once exactly once: Imported by one, Unchanged for the other, no error' {
        $db = New-TestArchive 'overlap'
        $go = Join-Path $TestDrive 'overlap-go'
        $folder = Join-Path $TestDrive 'overlap'
        $pages = 60
        $null = New-PageFiles -Folder $folder -Count $pages -Articles 10
        # The tasks meet: one takes the files in name order, the other in reverse, as overlapping runs over a folder may.
        $runs = foreach ($task in 1..2) {
            $order = if ($task -eq 1) { '' } else { '-Descending' }
            Start-FreshPwsh -ScriptPath (Join-Path $TestDrive "task$task.ps1") -Script @"
while (-not (Test-Path '$go')) { Start-Sleep -Milliseconds 20 }
Get-ChildItem '$folder' -Filter *.txt | Sort-Object Name $order | Import-Issue -Database '$db' -ErrorVariable failures -ErrorAction SilentlyContinue | ForEach-Object { "`$(`$_.Status) `$(`$_.Page)" }
foreach (`$failure in `$failures) { [Console]::Error.WriteLine("`$(`$failure.FullyQualifiedErrorId) `$(`$failure.TargetObject): `$failure") }
"@
        }
        $null = New-Item -ItemType File -Path $go
        foreach ($run in $runs) { $run.WaitForExit(90000) | Should -BeTrue }

        $errors = (1..2 | ForEach-Object { Get-Content -Raw (Join-Path $TestDrive "task$_.ps1.err") }) -join ''
        $errors | Should -BeNullOrEmpty
        $lines = 1..2 | ForEach-Object { Get-Content (Join-Path $TestDrive "task$_.ps1.out") }
        @($lines | Where-Object { $_ -like 'Imported *' }).Count | Should -Be $pages
        @($lines | Where-Object { $_ -like 'Unchanged *' }).Count | Should -Be $pages
        $lines | ForEach-Object { ($_ -split ' ')[1] } | Sort-Object -Unique { [int]$_ } | Should -HaveCount $pages
        $health = Test-Archive -Database $db
        $health.Healthy | Should -BeTrue
        $health.Pages | Should -Be $pages
    }
}

Describe 'A database held by another writer' -Tag SqliteOnly {
    It 'waits the busy timeout, then reports NewsArchive.Import.DatabaseBusy as ResourceBusy; the page is imported once free' {
        $db = New-TestArchive 'busy'
        $first, $second = New-PageFiles -Folder (Join-Path $TestDrive 'busy') -Count 2
        $null = Import-Issue -LiteralPath $first -Database $db
        $holder = [Microsoft.Data.Sqlite.SqliteConnection]::new("Data Source=$db;Pooling=False")
        $holder.Open()
        $lock = $holder.CreateCommand()
        $lock.CommandText = 'BEGIN IMMEDIATE'
        $null = $lock.ExecuteNonQuery()
        try {
            $run = Invoke-FreshPwsh -Environment @{ NEWSARCHIVE_BUSY_TIMEOUT = '2' } -Script @"
`$clock = [Diagnostics.Stopwatch]::StartNew()
Import-Issue -LiteralPath '$second' -Database '$db' -ErrorVariable failure -ErrorAction SilentlyContinue
[pscustomobject]@{ Id = `$failure[0].FullyQualifiedErrorId; Category = "`$(`$failure[0].CategoryInfo.Category)"; Target = `$failure[0].TargetObject; Seconds = `$clock.Elapsed.TotalSeconds } | ConvertTo-Json -Compress
"@
        }
        finally {
            $lock.CommandText = 'ROLLBACK'
            $null = $lock.ExecuteNonQuery()
            $holder.Dispose()
        }
        $report = $run.Output | Select-Object -Last 1 | ConvertFrom-Json
        $report.Id | Should -BeLike 'NewsArchive.Import.DatabaseBusy*'
        $report.Category | Should -Be 'ResourceBusy'
        $report.Target | Should -Be $second
        $report.Seconds | Should -BeGreaterOrEqual 2
        $report.Seconds | Should -BeLessThan 15
        (Import-Issue -LiteralPath $second -Database $db).Status | Should -Be 'Imported'
    }
}
