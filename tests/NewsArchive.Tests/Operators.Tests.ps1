# The operator cmdlets: what is in the archive, taking an issue out, a backup while others write, a health check.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
}

Describe 'Get-Issue' {
    BeforeAll {
        $script:db = New-TestArchive 'issues'
        $script:files = @(
            New-PageFiles -Folder (Join-Path $TestDrive 'a') -Newspaper 江城日报 -Date 2021-01-01 -Count 3
            New-PageFiles -Folder (Join-Path $TestDrive 'b') -Newspaper 江城日报 -Date 2021-01-02 -Count 2 -Articles 4
            New-PageFiles -Folder (Join-Path $TestDrive 'c') -Newspaper 衡阳日报 -Date 2021-01-02 -Count 1
        )
        $null = Import-Issue -LiteralPath $files -Database $db
    }

    It 'lists each issue once, oldest first, with its pages, articles, sources and import time' {
        $issues = @(Get-Issue -Database $db)
        $issues | ForEach-Object { "$_" } | Should -Be @('江城日报 2021-01-01', '江城日报 2021-01-02', '衡阳日报 2021-01-02')
        $issues[0].Pages | Should -Be @(1, 2, 3)
        $issues[0].Articles | Should -Be 9
        $issues[1].Articles | Should -Be 8
        $issues[0].SourcePaths | Should -Be $files[0..2]
        $issues[0].ImportedAt | Should -BeGreaterThan ([datetime]::UtcNow.AddMinutes(-10))
        $issues[0].ImportedAt.Kind | Should -Be 'Utc'
    }

    It 'filters by newspaper (wildcards), date and range' {
        (Get-Issue -Database $db -Newspaper 衡阳*).Newspaper | Should -Be '衡阳日报'
        @(Get-Issue -Database $db -Date 2021-01-02).Count | Should -Be 2
        @(Get-Issue -Database $db -From 2021-01-02 -To 2021-01-31 -Newspaper 江城日报).Pages | Should -Be @(1, 2)
        { Get-Issue -Database $db -From 2021-02-01 -To 2021-01-01 } | Should -Throw -ErrorId 'NewsArchive.GetIssue.InvalidRange*'
    }

    It 'pipes into Get-Article by newspaper and date' {
        $articles = @(Get-Issue -Database $db -Newspaper 江城日报 -Date 2021-01-02 | Get-Article -Database $db)
        $articles.Count | Should -Be 8
        $articles | ForEach-Object { "$($_.Newspaper) $($_.Date.ToString('yyyy-MM-dd'))" } | Sort-Object -Unique | Should -Be '江城日报 2021-01-02'
    }

    It 'shows a table with the date, newspaper, pages and articles' {
        $table = Get-Issue -Database $db -Date 2021-01-01 | Out-String
        $table | Should -Match '2021-01-01\s+江城日报\s+1,2,3\s+9'
    }

    It 'does not create an archive that does not exist' {
        $missing = New-TestArchive 'missing'
        { Get-Issue -Database $missing } | Should -Throw -ErrorId 'NewsArchive.Database.NotFound*'
        if ((Get-TestEngine) -eq 'Sqlite') { Test-Path $missing | Should -BeFalse }
        else { Invoke-TestPostgresSql "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'" -Database ($missing -split '/')[-1] | Should -Be 0 }
    }
}

Describe 'Remove-Issue' {
    BeforeEach {
        $script:db = New-TestArchive "remove-$([guid]::NewGuid())"
        $null = Import-Issue -Database $db -LiteralPath @(
            New-PageFiles -Folder (Join-Path $TestDrive 'r1') -Date 2021-05-01 -Count 3
            New-PageFiles -Folder (Join-Path $TestDrive 'r2') -Date 2021-05-02 -Count 2)
    }

    It 'removes a whole issue with its articles and leaves the others and a healthy archive' {
        Remove-Issue -Database $db -Newspaper 江城日报 -Date 2021-05-01 -Confirm:$false
        (Get-Issue -Database $db).Date | Should -Be ([datetime]'2021-05-02')
        @(Get-Article -Database $db -Date 2021-05-01).Count | Should -Be 0
        @(Get-Article -Database $db).Count | Should -Be 6
        (Test-Archive -Database $db).Healthy | Should -BeTrue
    }

    It 'removes only the pages named by -Page, and returns what it removed with -PassThru' {
        $removed = Remove-Issue -Database $db 江城日报 2021-05-01 -Page 2 -PassThru -Confirm:$false
        $removed.Pages | Should -Be @(2)
        $removed.Articles | Should -Be 3
        (Get-Issue -Database $db -Date 2021-05-01).Pages | Should -Be @(1, 3)
    }

    It 'takes issues from Get-Issue on the pipeline' {
        Get-Issue -Database $db | Remove-Issue -Database $db -Confirm:$false
        Get-Issue -Database $db | Should -BeNullOrEmpty
        (Test-Archive -Database $db).Articles | Should -Be 0
    }

    It 'removes nothing with -WhatIf, and declares a high confirm impact' {
        Remove-Issue -Database $db 江城日报 2021-05-01 -WhatIf
        @(Get-Issue -Database $db).Count | Should -Be 2
        (Get-Command Remove-Issue).ImplementingType.GetCustomAttributes([System.Management.Automation.CmdletAttribute], $false).ConfirmImpact | Should -Be 'High'
    }

    It 'reports an issue that is not there as ObjectNotFound, and takes no wildcard' {
        Remove-Issue -Database $db -Newspaper '江城*' -Date 2021-05-01 -Confirm:$false -ErrorVariable failure -ErrorAction SilentlyContinue
        $failure[0].FullyQualifiedErrorId | Should -BeLike 'NewsArchive.Remove.IssueNotFound*'
        $failure[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        @(Get-Issue -Database $db).Count | Should -Be 2
    }

    It 'removes a whole issue of 40 pages and 1,200 articles in well under a second' {
        $big = New-TestArchive 'big'
        $null = Import-Issue -Database $big -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'big') -Date 2021-06-01 -Count 40 -Articles 30)
        $elapsed = Measure-Command { Remove-Issue -Database $big 江城日报 2021-06-01 -Confirm:$false }
        Write-Host "Remove-Issue of 40 pages / 1,200 articles: $([int]$elapsed.TotalMilliseconds) ms"
        $elapsed.TotalMilliseconds | Should -BeLessThan 500
        (Test-Archive -Database $big).Pages | Should -Be 0
    }
}

Describe 'Backup-Archive' -Tag SqliteOnly {
    It 'writes a copy that passes Test-Archive while another process imports' {
        $db = New-TestArchive 'live'
        $null = Import-Issue -Database $db -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'live0') -Date 2021-07-01 -Count 5)
        $folder = Join-Path $TestDrive 'live'
        foreach ($day in 2..9) { $null = New-PageFiles -Folder (Join-Path $folder "d$day") -Date ([datetime]'2021-07-01').AddDays($day) -Count 20 -Articles 10 }
        $writer = Start-FreshPwsh -ScriptPath (Join-Path $TestDrive 'live.ps1') -Script "Get-ChildItem '$folder' -Recurse -Filter *.txt | Import-Issue -Database '$db' | ForEach-Object { [Console]::Out.WriteLine(`$_.Status) }"
        while (-not $writer.HasExited -and @(Get-Content (Join-Path $TestDrive 'live.ps1.out') -ErrorAction SilentlyContinue).Count -lt 10) { Start-Sleep -Milliseconds 10 }
        $backups = foreach ($n in 1..3) { Backup-Archive -Database $db -Destination (New-TestArchive "backup$n") }
        $writer.WaitForExit(60000) | Should -BeTrue
        $writer.ExitCode | Should -Be 0
        foreach ($backup in $backups) {
            $health = Test-Archive -Database $backup.FullName
            $health.Healthy | Should -BeTrue
            $health.Pages | Should -BeGreaterOrEqual 5
            $health.Articles | Should -Be (15 + 10 * ($health.Pages - 5)) -Because 'a backup holds whole pages only'
        }
        (Test-Archive -Database $db).Pages | Should -Be 165
    }

    It 'refuses to overwrite without -Force, overwrites with it, and writes nothing with -WhatIf' {
        $db = New-TestArchive 'src'
        $null = Import-Issue -Database $db -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'src') -Count 2)
        $destination = Join-Path $TestDrive 'copies/copy.db'
        Backup-Archive -Database $db -Destination $destination -WhatIf
        Test-Path $destination | Should -BeFalse
        (Backup-Archive -Database $db -Destination $destination).FullName | Should -Be $destination
        { Backup-Archive -Database $db -Destination $destination } | Should -Throw -ErrorId 'NewsArchive.Backup.DestinationExists*'
        $null = Import-Issue -Database $db -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'src2') -Date 2021-02-01 -Count 1)
        $null = Backup-Archive -Database $db -Destination $destination -Force
        (Test-Archive -Database $destination).Pages | Should -Be 3
        Get-ChildItem (Split-Path $destination) | ForEach-Object Name | Should -Be 'copy.db' -Because 'no partial file is left behind'
    }
}

Describe 'Test-Archive' {
    BeforeEach {
        $script:db = New-TestArchive "check-$([guid]::NewGuid())"
        $null = Import-Issue -Database $db -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'check') -Date 2021-08-01 -Count 3)
    }

    It 'reports a healthy archive with the checks it ran' {
        $health = Test-Archive -Database $db
        $health.Healthy | Should -BeTrue
        $health.Problems | Should -BeNullOrEmpty
        # Features that keep their own invariants add checks to ArchiveChecks.Default (SQLite) or PostgresChecks; these
        # are always run (a PostgreSQL server guards its own files: no Integrity check).
        if ((Get-TestEngine) -eq 'Sqlite') { $health.Checks | Should -Be ([NewsArchive.Core.Storage.ArchiveChecks]::Default.Name) }
        $always = if ((Get-TestEngine) -eq 'Sqlite') { 'Integrity', 'ForeignKeys', 'OrphanPeople', 'PageArticles' } else { 'ForeignKeys', 'OrphanPeople', 'PageArticles', 'SearchIndex' }
        foreach ($check in $always) { $health.Checks | Should -Contain $check }
        $health.Pages | Should -Be 3
        $health.Articles | Should -Be 9
    }

    It 'finds a page that lost an article' {
        # Page 3's last article by name, not the newest id: PostgreSQL stores up to three pages at once, so ids need not follow the pages.
        Invoke-TestArchiveSql $db "DELETE FROM articles WHERE id = (SELECT max(a.id) FROM articles a JOIN pages p ON p.id = a.page_id WHERE p.page = 3)"
        $health = Test-Archive -Database $db
        $health.Healthy | Should -BeFalse
        # On SQLite the statistics' summaries still count the article: a page row and a pair no longer match.
        $health.Problems.Check | Should -Be $(if ((Get-TestEngine) -eq 'Sqlite') { 'PageArticles', 'Statistics', 'Statistics' } else { 'PageArticles' })
        ($health.Problems | Where-Object Check -EQ 'PageArticles').Target | Should -Be '江城日报 2021-08-01 page 3'
    }

    It 'finds rows whose page is gone (written with foreign keys off)' -Tag SqliteOnly {
        Invoke-TestArchiveSql $db "PRAGMA foreign_keys = OFF; DELETE FROM pages WHERE page = 1"
        $health = Test-Archive -Database $db
        $health.Healthy | Should -BeFalse
        $health.Problems.Check | Sort-Object -Unique | Should -Be 'ForeignKeys'
        @($health.Problems | Where-Object Target -eq 'articles').Count | Should -Be 3
    }

    It 'finds people no article mentions' {
        Invoke-TestArchiveSql $db "INSERT INTO people (name) VALUES ('无人提及')"
        (Test-Archive -Database $db).Problems.Check | Should -Be 'OrphanPeople'
    }
}

Describe 'Test-Archive on a damaged file' -Tag SqliteOnly {
    It 'reports a file damaged on disk as unhealthy instead of failing' {
        $db = New-TestArchive 'damaged'
        $null = Import-Issue -Database $db -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'damaged') -Count 30 -Articles 10)
        $stream = [System.IO.File]::OpenWrite($db)
        try { $stream.Position = 3 * 4096; $stream.Write([byte[]](1..255) * 16, 0, 4080) } finally { $stream.Dispose() }
        $health = Test-Archive -Database $db -ErrorAction Stop
        $health.Healthy | Should -BeFalse
        $health.Problems | Should -Not -BeNullOrEmpty
    }

    It 'reports a file that is not an archive as unhealthy, with the Open check' {
        $file = New-TestArchive 'notes'
        Set-Content -LiteralPath $file -Value ('not a database ' * 100)
        $health = Test-Archive -Database $file -ErrorAction Stop
        $health.Healthy | Should -BeFalse
        $health.Problems.Check | Should -Be 'Open'
    }
}
