BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:seed = Join-Path (Get-SharedSamplesPath) '000_fda654c1a4379181.txt'
    $script:seedText = Get-Content -Raw -LiteralPath $seed

    function New-Page([string] $Path, [string] $Text, [System.Text.Encoding] $Encoding = [System.Text.UTF8Encoding]::new($false)) {
        $null = New-Item -ItemType Directory -Force -Path (Split-Path $Path)
        [System.IO.File]::WriteAllBytes($Path, $Encoding.GetBytes($Text))
        $Path
    }

    $script:smallPage = "## 第一条新闻`n`n■本报记者 张 三`n`n**本报讯** 昨日，市里召开会议。`n`n## 第二条新闻`n`n本报讯 今天上午，会议继续。`n"
}

Describe 'Import-Issue: where a page belongs' {
    It 'takes newspaper, date and page from front matter' {
        $db = New-TestArchive 'fm'
        $file = New-Page (Join-Path $TestDrive 'fm/anything.txt') ("---`nnewspaper: 江城日报`ndate: 2021-05-18`npage: 3`n---`n" + $smallPage)
        $result = Import-Issue -Path $file -Database $db
        $result.Newspaper | Should -Be '江城日报'
        $result.Date | Should -Be ([datetime]'2021-05-18')
        $result.Page | Should -Be 3
        $result.Articles | Should -Be 2
    }

    It 'takes the date from the path (<Name>) and the page from the trailing number' -ForEach @(
        @{ Name = 'folder 2020-03-13'; Relative = 'p1/2020-03-13/page_02.txt'; Page = 2 }
        @{ Name = 'file 20200313'; Relative = 'p2/江城日报_20200313_07.txt'; Page = 7 }
        @{ Name = 'folders 2020/03/13'; Relative = 'p3/2020/03/13/x_11.txt'; Page = 11 }
    ) {
        $db = New-TestArchive "path-$Page"
        $file = New-Page (Join-Path $TestDrive $Relative) $smallPage
        $result = Import-Issue -LiteralPath $file -Newspaper 江城日报 -Database $db
        $result.Date | Should -Be ([datetime]'2020-03-13')
        $result.Page | Should -Be $Page
    }

    It 'lets parameters override front matter' {
        $db = New-TestArchive 'override'
        $file = New-Page (Join-Path $TestDrive 'ov/a.txt') ("---`nnewspaper: 江城日报`ndate: 2021-05-18`npage: 3`n---`n" + $smallPage)
        $result = Import-Issue -Path $file -Newspaper 衡阳日报 -Date 2021-06-01 -Page 4 -Database $db
        "$($result.Newspaper) $($result.Date.ToString('yyyy-MM-dd')) $($result.Page)" | Should -Be '衡阳日报 2021-06-01 4'
    }

    It 'resolves 昨日 against the issue date from front matter' {
        $db = New-TestArchive 'rel'
        $file = New-Page (Join-Path $TestDrive 'rel/a.txt') ("---`nnewspaper: 江城日报`ndate: 2021-05-18`npage: 1`n---`n" + $smallPage)
        $null = Import-Issue -Path $file -Database $db
        (Get-Article -Database $db).EventDate | ForEach-Object { $_.ToString('yyyy-MM-dd') } | Should -Be @('2021-05-17', '2021-05-18')
    }

    It 'fails with an error that says how to give the newspaper when it cannot be known' {
        $db = New-TestArchive 'unknown'
        $file = New-Page (Join-Path $TestDrive 'unk/2020-03-13/a_01.txt') $smallPage
        Import-Issue -Path $file -Database $db -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NewsArchive.Import.UnknownNewspaper*'
        $err[0].TargetObject | Should -Be $file
        $err[0].Exception.Message | Should -BeLike '*-Newspaper*'
    }

    It 'fails with UnknownDate when neither parameter, front matter nor path gives a date' {
        $db = New-TestArchive 'nodate'
        $file = New-Page (Join-Path $TestDrive 'nodate/page_01.txt') $smallPage
        Import-Issue -Path $file -Newspaper 江城日报 -Database $db -ErrorVariable err -ErrorAction SilentlyContinue
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NewsArchive.Import.UnknownDate*'
        $err[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
    }
}

Describe 'Import-Issue: idempotence and replacement' {
    BeforeAll {
        $script:db = New-TestArchive 'idem'
        $script:file = New-Page (Join-Path $TestDrive 'idem/江城日报_2021-05-18_01.txt') $smallPage
        $script:first = Import-Issue -Path $file -Database $db
    }

    It 'imports a new page as Imported' { $first.Status | Should -Be 'Imported' }

    It 'reports the same content again as Unchanged and writes nothing' {
        $before = (Get-Article -Database $db).Id
        (Import-Issue -Path $file -Database $db).Status | Should -Be 'Unchanged'
        (Get-Article -Database $db).Id | Should -Be $before
    }

    It 'refuses other content for the same page without -Force, keeping what is stored' {
        $changed = New-Page (Join-Path $TestDrive 'idem2/江城日报_2021-05-18_01.txt') ($smallPage + "`n## 第三条新闻`n`n正文。`n")
        Import-Issue -Path $changed -Database $db -ErrorVariable err -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NewsArchive.Import.PageConflict*'
        $err[0].CategoryInfo.Category | Should -Be 'ResourceExists'
        @(Get-Article -Database $db).Count | Should -Be 2
    }

    It 'replaces the page atomically with -Force' {
        $changed = Join-Path $TestDrive 'idem2/江城日报_2021-05-18_01.txt'
        $result = Import-Issue -Path $changed -Database $db -Force
        $result.Status | Should -Be 'Replaced'
        $result.Articles | Should -Be 3
        (Get-Article -Database $db).Title | Should -Be @('第一条新闻', '第二条新闻', '第三条新闻')
    }
}

Describe 'Import-Issue: batches, errors and -WhatIf' {
    It 'imports the good files of a batch and reports each bad one with its own error' {
        $db = New-TestArchive 'batch'
        $folder = Join-Path $TestDrive 'batch/2020-03-13'
        $good1 = New-Page (Join-Path $folder 'a_01.txt') $smallPage
        $empty = New-Page (Join-Path $folder 'b_02.txt') ''
        $noHeadline = New-Page (Join-Path $folder 'c_03.txt') "只有正文，没有标题。`n"
        $binary = Join-Path $folder 'd_04.txt'; [System.IO.File]::WriteAllBytes($binary, [byte[]](0, 1, 2, 3, 255, 0, 7))
        $good2 = New-Page (Join-Path $folder 'e_05.txt') $smallPage
        $results = Get-ChildItem $folder -Filter *.txt | Import-Issue -Newspaper 江城日报 -Database $db -ErrorVariable err -ErrorAction SilentlyContinue
        $results.Path | Should -Be @($good1, $good2)
        $err.Count | Should -Be 3
        ($err | ForEach-Object { $_.FullyQualifiedErrorId.Split(',')[0] }) | Should -Be @(
            'NewsArchive.Import.EmptyFile', 'NewsArchive.Import.NoHeadline', 'NewsArchive.Import.BinaryFile')
        ($err | ForEach-Object { $_.CategoryInfo.Category }) | Should -Be @('InvalidData', 'InvalidData', 'InvalidData')
        $err.TargetObject | Should -Be @($empty, $noHeadline, $binary)
        @(Get-Article -Database $db).Count | Should -Be 4
    }

    It 'reports results and errors of a long batch in the order of its files, though it analyses ahead' {
        $db = New-TestArchive 'order'
        $folder = Join-Path $TestDrive 'order/2020-03-13'
        $files = foreach ($page in 1..12) {
            New-Page (Join-Path $folder ('p_{0:00}.txt' -f $page)) $(if ($page % 4 -eq 2) { '' } else { $smallPage })
        }
        # Errors merged into the output stream show where each one fell between the results.
        $stream = $files | Import-Issue -Newspaper 江城日报 -Database $db -ErrorAction Continue 2>&1
        $seen = foreach ($item in $stream) { if ($item -is [System.Management.Automation.ErrorRecord]) { $item.TargetObject } else { $item.Path } }
        $seen | Should -Be $files
        ($stream | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] }).FullyQualifiedErrorId.ForEach({ $_.Split(',')[0] }) |
            Sort-Object -Unique | Should -Be 'NewsArchive.Import.EmptyFile'
        @(Get-Article -Database $db).Count | Should -Be 18
    }

    It 'decides a page named twice in one batch after the first is stored, as one page at a time would (-Force: <Force>)' -ForEach @(
        @{ Force = $false }, @{ Force = $true }
    ) {
        $db = New-TestArchive 'twice'
        $folder = Join-Path $TestDrive "twice-$Force/2020-03-13"
        $longer = $smallPage + "`n## 第三条新闻`n`n正文。`n"
        $files = @(
            New-Page (Join-Path $folder 'a_01.txt') $smallPage
            New-Page (Join-Path $folder 'b_02.txt') $smallPage
            New-Page (Join-Path $folder 'c_01.txt') $longer
            New-Page (Join-Path $folder 'd_03.txt') $smallPage
        )
        $stream = $files | Import-Issue -Newspaper 江城日报 -Database $db -Force:$Force -ErrorAction Continue 2>&1
        $seen = foreach ($item in $stream) { if ($item -is [System.Management.Automation.ErrorRecord]) { "error $($item.TargetObject)" } else { "$($item.Status) $($item.Path)" } }
        $third = if ($Force) { "Replaced $($files[2])" } else { "error $($files[2])" }
        $seen | Should -Be @("Imported $($files[0])", "Imported $($files[1])", $third, "Imported $($files[3])")
        @(Get-Article -Database $db -Page 1).Count | Should -Be $(if ($Force) { 3 } else { 2 })
    }

    It 'reports a path that does not exist as ObjectNotFound and goes on' {
        $db = New-TestArchive 'missing'
        $good = New-Page (Join-Path $TestDrive 'missing/2020-03-13/a_01.txt') $smallPage
        $results = Import-Issue -LiteralPath (Join-Path $TestDrive 'nope_01.txt'), $good -Newspaper 江城日报 -Database $db -ErrorVariable err -ErrorAction SilentlyContinue
        $results.Status | Should -Be 'Imported'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
    }

    It 'writes nothing with -WhatIf' {
        $db = New-TestArchive 'whatif'
        $file = New-Page (Join-Path $TestDrive 'whatif/2020-03-13/a_01.txt') $smallPage
        Import-Issue -Path $file -Newspaper 江城日报 -Database $db -WhatIf | Should -BeNullOrEmpty
        Test-Path $db | Should -BeFalse -Because '-WhatIf creates no archive either'
    }
}

Describe 'Import-Issue: encodings and line endings' {
    It 'reads GB18030 text, detected without -Encoding' {
        $db = New-TestArchive 'gb'
        [System.Text.Encoding]::RegisterProvider([System.Text.CodePagesEncodingProvider]::Instance)
        $gb = [System.Text.Encoding]::GetEncoding('GB18030')
        $file = New-Page (Join-Path $TestDrive 'gb/2020-03-13/gb_01.txt') $seedText $gb
        $result = Import-Issue -Path $file -Newspaper 衡阳日报 -Database $db
        $result.Articles | Should -Be 5
        (Get-Article -Database $db -First 1).Title | Should -Be '奋力夺取脱贫攻坚全面胜利'
    }

    It 'reads CRLF line endings and a BOM the same as LF' {
        $db = New-TestArchive 'crlf'
        $file = New-Page (Join-Path $TestDrive 'crlf/2020-03-13/c_01.txt') ($seedText -replace "`r?`n", "`r`n") ([System.Text.UTF8Encoding]::new($true))
        $null = Import-Issue -Path $file -Newspaper 衡阳日报 -Database $db
        $articles = @(Get-Article -Database $db)
        $articles.Count | Should -Be 5
        $articles[4].Subtitle | Should -BeExactly '全市共产党员积极捐款 支持疫情防控'
        $articles[0].Paragraphs.Count | Should -Be 7
    }

    It 'reads a file as GB18030 when told with -Encoding' {
        $db = New-TestArchive 'forced'
        $gb = [System.Text.Encoding]::GetEncoding('GB18030')
        $file = New-Page (Join-Path $TestDrive 'forced/2020-03-13/f_01.txt') $smallPage $gb
        (Import-Issue -Path $file -Newspaper 江城日报 -Encoding gbk -Database $db).Articles | Should -Be 2
    }
}
