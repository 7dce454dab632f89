BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:db = New-TestArchive 'get'
    $seed = Join-Path (Get-SharedSamplesPath) '000_fda654c1a4379181.txt'
    $script:imported = Import-Issue -LiteralPath $seed -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $db
    $other = Join-Path $TestDrive '2020-03-14/江城日报_20200314_02.txt'
    $null = New-Item -ItemType Directory -Force (Split-Path $other)
    Set-Content -LiteralPath $other -Value "## 江城新闻`n`n■记者 罗文鹏`n`n本报讯 今天，江城召开会议。" -Encoding utf8
    $null = Import-Issue -Path $other -Database $db
}

Describe 'Get-Article' {
    It 'returns every article, oldest first, without filters' {
        $all = @(Get-Article -Database $db)
        $all.Count | Should -Be 6
        $all[-1].Newspaper | Should -Be '江城日报'
    }

    It 'filters by newspaper (wildcards too), date range and page' {
        @(Get-Article -Newspaper 衡阳* -Database $db).Count | Should -Be 5
        @(Get-Article -From 2020-03-14 -Database $db).Title | Should -Be '江城新闻'
        @(Get-Article -To 2020-03-13 -Page 1 -Database $db).Count | Should -Be 5
        @(Get-Article -Page 2 -Database $db).Title | Should -Be '江城新闻'
    }

    It 'filters by title, exact or with wildcards' {
        (Get-Article -Title '奋力夺取脱贫攻坚全面胜利' -Database $db).Sequence | Should -Be 1
        @(Get-Article -Title '*合作*' -Database $db).Sequence | Should -Be 3
        @(Get-Article -Title '奋力' -Database $db).Count | Should -Be 0
    }

    It 'filters by reporter, with or without the padding space' {
        @(Get-Article -Reporter 罗文鹏 -Database $db).Count | Should -Be 3
        @(Get-Article -Reporter '陈 润' -Database $db).Sequence | Should -Be 1
    }

    It 'pages with -First and -Skip' {
        (Get-Article -First 2 -Skip 1 -Database $db).Sequence | Should -Be @(2, 3)
    }

    It 'takes an ImportResult from the pipeline and returns its articles' {
        @($imported | Get-Article -Database $db).Count | Should -Be 5
    }

    It 'takes an article from the pipeline by Id' {
        $one = Get-Article -First 1 -Skip 2 -Database $db
        ($one | Get-Article -Database $db).Id | Should -Be $one.Id
    }

    It 'returns typed articles with bylines as objects and the body as joined paragraphs' {
        $article = Get-Article -First 1 -Database $db
        $article | Should -BeOfType ([NewsArchive.Core.Model.Article])
        $article.Bylines[0].Role | Should -Be '本报记者'
        $article.Bylines[0].Name | Should -Be '陈润'
        $article.Body | Should -Be ($article.Paragraphs -join "`n")
    }

    It 'shows a table by default with date, page, sequence, title and bylines' {
        $text = Get-Article -First 1 -Database $db | Out-String -Width 200
        $text | Should -Match 'Date\s+Newspaper\s+Page\s+#\s+Title\s+Bylines'
        $text | Should -Match '2020-03-13\s+衡阳日报\s+1\s+1\s+奋力夺取脱贫攻坚全面胜利\s+陈润'
    }

    It 'fails clearly when the archive does not exist' {
        { Get-Article -Database (New-TestArchive 'none') -ErrorAction Stop } | Should -Throw -ErrorId 'NewsArchive.Database.NotFound*'
    }
}
