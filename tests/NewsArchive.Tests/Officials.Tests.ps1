BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:db = New-TestArchive 'officials'
    $script:seedPath = Join-Path (Get-SharedSamplesPath) '000_fda654c1a4379181.txt'
    $script:expected = Get-Content -Raw (Join-Path (Get-SharedSamplesPath) '000_fda654c1a4379181.expected.json') | ConvertFrom-Json
    $null = Import-Issue -LiteralPath $seedPath -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $db
    # A later issue in which 朱健 is 市长 rather than 代理市长.
    $later = Join-Path $TestDrive '衡阳日报_20200420_01.txt'
    Set-Content -LiteralPath $later -Encoding utf8 -Value "## 市政府召开常务会议`n`n■本报记者 罗文鹏`n`n**本报讯** 4月19日，市委副书记、市长朱健主持召开市政府常务会议。朱健强调，要抓好复工复产。"
    $null = Import-Issue -LiteralPath $later -Database $db
}

Describe 'Officials of the seed page' {
    It 'gives each article exactly the officials and titles of the expected page, and no notOfficials' {
        $articles = @(Get-Article -Newspaper 衡阳日报 -Date 2020-03-13 -Database $db)
        $articles.Count | Should -Be @($expected.articles).Count
        for ($i = 0; $i -lt $articles.Count; $i++) {
            $want = @(@($expected.articles)[$i].officials | ForEach-Object { '{0}:{1}' -f $_.name, ($_.titles -join '、') })
            $got = @($articles[$i].Officials | ForEach-Object { '{0}:{1}' -f $_.Name, ($_.Titles -join '、') })
            ($got | Sort-Object) -join ' ' | Should -Be (($want | Sort-Object) -join ' ') -Because "article $($i + 1)"
        }
        $names = $articles.Officials.Name | Sort-Object -Unique
        $names.Count | Should -Be 21
        foreach ($not in $expected.notOfficials) { $names | Should -Not -Contain $not }
    }

    It 'keeps the company vice-president as another person with his title, and reporters as bylines only' {
        $article = Get-Article -Title '积极开拓新的合作领域*' -Database $db
        $article.People.Name | Should -Be '张纾翔'
        $article.People[0].Titles | Should -Be '腾讯公司副总裁'
        $article.People[0].Role | Should -Be 'Other'
        (Get-Article -Database $db).Officials.Name | Should -Not -Contain '罗文鹏'
    }
}

Describe 'Find-Official' {
    It 'returns one object per official with titles latest first, article count and dates' {
        $zhu = Find-Official 朱健 -Database $db
        $zhu | Should -BeOfType ([NewsArchive.Core.Model.Official])
        $zhu.Titles[0] | Should -Be '市长'
        $zhu.LatestTitle | Should -Be '市长'
        $zhu.Titles | Should -Contain '代理市长'
        $zhu.Articles | Should -Be 4
        $zhu.FirstSeen | Should -Be ([datetime]'2020-03-13')
        $zhu.LastSeen | Should -Be ([datetime]'2020-04-20')
    }

    It 'filters by name wildcards, title wildcards and dates' {
        @(Find-Official '杨*' -Database $db).Name | Should -Be @('杨洪峰', '杨龙金')
        @(Find-Official -Title '代理市长' -Database $db).Name | Should -Be '朱健'
        (Find-Official -Title '*市长*' -From 2020-04-01 -Database $db).Titles | Should -Be '市长'
        @(Find-Official -Title 市委书记 -To 2020-03-31 -Database $db).Name | Should -Be '邓群策'
        @(Find-Official -Newspaper 其他日报 -Database $db).Count | Should -Be 0
    }

    It 'fails clearly when -From is after -To' {
        { Find-Official -From 2020-04-01 -To 2020-03-01 -Database $db -ErrorAction Stop } | Should -Throw -ErrorId 'NewsArchive.FindOfficial.InvalidRange*'
    }

    It 'with -Timeline gives one row per official and title with first and last use' {
        $rows = @(Find-Official 朱健 -Timeline -Database $db)
        $rows.Title | Should -Be @('市长', '市委副书记', '代理市长')
        ($rows | Where-Object Title -eq '市委副书记').FirstUsed | Should -Be ([datetime]'2020-03-13')
        ($rows | Where-Object Title -eq '市委副书记').LastUsed | Should -Be ([datetime]'2020-04-20')
        ($rows | Where-Object Title -eq '代理市长').LastUsed | Should -Be ([datetime]'2020-03-13')
    }

    It 'pipes officials into Get-Article, which also takes -Official' {
        @(Find-Official 邓群策 -Database $db | Get-Article -Database $db).Sequence | Should -Be 1
        @(Get-Article -Official 朱健 -Database $db).Count | Should -Be 4
        @(Get-Article -Official '陈*' -Database $db).Sequence | Should -Be @(1, 2)
    }

    It 'shows tables for officials and timelines' {
        Find-Official 朱健 -Database $db | Out-String -Width 200 | Should -Match 'Name\s+LatestTitle\s+Articles\s+FirstSeen\s+LastSeen\s+Titles'
        Find-Official 朱健 -Timeline -Database $db | Out-String -Width 200 | Should -Match '朱健\s+代理市长\s+2020-03-13\s+2020-03-13\s+3'
    }

    It 'completes official names from the archive' {
        $result = TabExpansion2 -inputScript "Find-Official -Database '$db' -Name 杨" -cursorColumn ("Find-Official -Database '$db' -Name 杨").Length
        $result.CompletionMatches.CompletionText | Should -Be @('杨洪峰', '杨龙金')
        $result = TabExpansion2 -inputScript "Get-Article -Database '$db' -Official 邓" -cursorColumn ("Get-Article -Database '$db' -Official 邓").Length
        $result.CompletionMatches.CompletionText | Should -Be '邓群策'
    }
}

Describe 'Update-Issue' {
    BeforeAll {
        $script:old = New-TestArchive 'old'
        $null = Import-Issue -LiteralPath $seedPath -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $old
        # Make the page look as if an older analysis had cut it, without officials.
        # SQLite cascades to mention_titles only with foreign keys on (PostgreSQL always does).
        $foreignKeys = if ((Get-TestEngine) -eq 'Sqlite') { 'PRAGMA foreign_keys = ON; ' } else { '' }
        Invoke-TestArchiveSql $old "${foreignKeys}DELETE FROM mentions; UPDATE pages SET parser_version = 1;"
        Reset-TestStatsSummaries $old
    }

    It 'asks before writing (-WhatIf changes nothing)' {
        Update-Issue -WhatIf -Database $old | Should -BeNullOrEmpty
        @(Find-Official -Database $old).Count | Should -Be 0
    }

    It 're-analyses pages cut by an older analysis from their kept text, and then skips them' {
        $result = @(Update-Issue -Database $old)
        $result.Count | Should -Be 1
        $result[0].PreviousVersion | Should -Be 1
        $result[0].Version | Should -BeGreaterThan 1
        $result[0].Articles | Should -Be 5
        $result[0].Officials | Should -Be 29
        @(Find-Official -Database $old).Count | Should -Be 21
        @(Update-Issue -Database $old).Count | Should -Be 0
        (Test-Archive -Database $old).Healthy | Should -BeTrue
    }

    It 're-analyses every chosen page with -Force, filtered by newspaper and date' {
        @(Update-Issue -Force -Newspaper 衡阳* -From 2020-03-13 -To 2020-03-13 -Database $old).Count | Should -Be 1
        @(Update-Issue -Force -Newspaper 江城日报 -Database $old).Count | Should -Be 0
        @(Find-Official -Database $old).Count | Should -Be 21
    }
}
