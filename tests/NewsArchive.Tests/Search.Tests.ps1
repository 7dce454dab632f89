BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:db = New-TestArchive 'search'
    $script:seed = Join-Path (Get-SharedSamplesPath) '000_fda654c1a4379181.txt'
    $null = Import-Issue -LiteralPath $seed -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $db
    $script:other = Join-Path $TestDrive '2020-03-14/江城日报_20200314_02.txt'
    $null = New-Item -ItemType Directory -Force (Split-Path $other)
    Set-Content -LiteralPath $other -Encoding utf8 -Value "## 江城扶贫新闻`n`n■记者 罗文鹏`n`n本报讯 今天，江城召开COVID-19防控会议，朱健出席。"
    $null = Import-Issue -Path $other -Database $db
}

Describe 'Get-Article -Text' {
    It 'finds the seed page articles that contain a two-character name, and only those' {
        $found = @(Get-Article -Text 朱健 -Newspaper 衡阳日报 -Database $db)
        ($found.Sequence | Sort-Object) | Should -Be @(1, 2, 3)
        @(Get-Article -Text 脱贫攻坚 -Database $db).Sequence | Should -Be @(1)
    }

    It 'finds single characters, and Latin words and numbers without regard to case' {
        @(Get-Article -Text 健 -Database $db).Count | Should -BeGreaterOrEqual @(Get-Article -Text 朱健 -Database $db).Count
        @(Get-Article -Text 健 -Database $db).Count | Should -BeGreaterThan 0
        @(Get-Article -Text covid -Database $db).Title | Should -Be '江城扶贫新闻'
        @(Get-Article -Text 'COVID-19' -Database $db).Title | Should -Be '江城扶贫新闻'
    }

    It 'needs every term, and understands OR, -term, NOT and quoted phrases' {
        @(Get-Article -Text '朱健 江城' -Database $db).Title | Should -Be '江城扶贫新闻'
        @(Get-Article -Text '朱健 -江城' -Database $db).Count | Should -Be 3
        @(Get-Article -Text '朱健 NOT 江城' -Database $db).Count | Should -Be 3
        @(Get-Article -Text '脱贫攻坚 OR 江城' -Database $db).Count | Should -Be 2
        @(Get-Article -Text '"今天，江城"' -Database $db).Count | Should -Be 1
    }

    It 'ranks title hits first' {
        (Get-Article -Text 扶贫 -Database $db -First 1).Title | Should -Be '江城扶贫新闻'
    }

    It 'marks the hits in a Snippet of the body' {
        $article = Get-Article -Text 脱贫攻坚 -Database $db
        $article.Snippet | Should -Match '【脱贫攻坚】'
        (Get-Article -Database $db -First 1).Snippet | Should -BeNullOrEmpty
    }

    It 'has a Search table view with the snippet' {
        $text = Get-Article -Text 脱贫攻坚 -Database $db | Format-Table -View Search | Out-String -Width 200
        $text | Should -Match 'Date\s+Newspaper\s+Page\s+Title\s+Snippet'
        $text | Should -Match '【脱贫攻坚】'
    }

    It 'pages with -First and -Skip in rank order' {
        $all = @(Get-Article -Text 朱健 -Database $db)
        $all.Count | Should -Be 4
        (Get-Article -Text 朱健 -Database $db -First 2 -Skip 1).Id | Should -Be $all[1..2].Id
        # Fewer matches than the ranking window: both rankings give the full order.
        (Get-Article -Text 朱健 -Database $db -First 2 -Skip 1 -Rank Full).Id | Should -Be $all[1..2].Id
    }

    It 'combines with the other filters' {
        @(Get-Article -Text 朱健 -Newspaper 江城日报 -Database $db).Count | Should -Be 1
        @(Get-Article -Text 朱健 -From 2020-03-14 -Database $db).Count | Should -Be 1
        @(Get-Article -Text 朱健 -Page 1 -Reporter 陈润 -Database $db).Sequence | Should -Be @(1)
    }

    It 'fails clearly on bad syntax, naming the query and where it went wrong' -ForEach @(
        @{ Query = '"朱健' }, @{ Query = '(朱健' }, @{ Query = '朱健 OR' }, @{ Query = '-朱健' }, @{ Query = '，。' }
    ) {
        $failure = { Get-Article -Text $Query -Database $db -ErrorAction Stop } | Should -Throw -PassThru -ErrorId 'NewsArchive.Search.InvalidQuery*'
        $failure.CategoryInfo.Category | Should -Be 'InvalidArgument'
        $failure.TargetObject | Should -Be $Query
        $failure.Exception.Message | Should -Match 'character \d+'
    }

    It 'keeps the index right when a page is replaced with -Force' {
        $page = Join-Path $TestDrive '2020-03-15/江城日报_20200315_01.txt'
        $null = New-Item -ItemType Directory -Force (Split-Path $page)
        Set-Content -LiteralPath $page -Encoding utf8 -Value "## 旧的标题`n`n本报讯 旧闻旧事。"
        $null = Import-Issue -Path $page -Database $db
        @(Get-Article -Text 旧闻 -Database $db).Count | Should -Be 1

        Set-Content -LiteralPath $page -Encoding utf8 -Value "## 新的标题`n`n本报讯 新闻新事。"
        (Import-Issue -Path $page -Force -Database $db).Status | Should -Be 'Replaced'
        @(Get-Article -Text 旧闻 -Database $db).Count | Should -Be 0
        @(Get-Article -Text 新闻新事 -Database $db).Title | Should -Be '新的标题'
    }
}
