# Export-Stats against the built module: counts on the seed page, the files it writes, and the HTML report in Chromium.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:seed = Join-Path (Get-SharedSamplesPath) '000_fda654c1a4379181.txt'
    $script:db = New-TestArchive 'stats'
    $null = Import-Issue -LiteralPath $seed -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $db

    # Officials are written by the extractor; these tests seed them with plain SQL (the same on both engines) where
    # they need them.

    # An official named, with one title, in every article whose id is a multiple of -Every (unless already recorded).
    function Add-Official([string] $Database, [string] $Name, [string] $Title, [int] $Every = 1) {
        Invoke-TestArchiveSql $Database @'
INSERT INTO people (name) VALUES (@name) ON CONFLICT (name) DO NOTHING;
INSERT INTO mentions (article_id, person_id, position, role)
    SELECT a.id, p.id, 0, 'official' FROM articles a, people p WHERE p.name = @name AND a.id % CAST(@every AS integer) = 0
    ON CONFLICT DO NOTHING;
INSERT INTO mention_titles (article_id, person_id, position, title)
    SELECT m.article_id, m.person_id, 0, @title FROM mentions m JOIN people p ON p.id = m.person_id WHERE p.name = @name
    ON CONFLICT DO NOTHING;
'@ @{ name = $Name; title = $Title; every = $Every }
        Reset-TestStatsSummaries $Database
    }
}

Describe 'Export-Stats on the seed page' {
    It 'by Reporter gives 罗文鹏 2 articles and 陈润, 金明达, 邓灵, 王俊贵 1 each' {
        $rows = @(Export-Stats -By Reporter -Database $db)
        $rows | Should -HaveCount 5
        $rows[0].Reporter | Should -Be '罗文鹏'
        $rows[0].Articles | Should -Be 2
        foreach ($name in '陈润', '金明达', '邓灵', '王俊贵') {
            ($rows | Where-Object Reporter -EQ $name).Articles | Should -Be 1
        }
    }

    It 'by Official gives 朱健 in 3 articles, six officials in 2 and fourteen in 1' {
        $rows = @(Export-Stats -By Official -Database $db)
        ($rows | Where-Object Official -EQ '朱健').Articles | Should -Be 3
        $two = @($rows | Where-Object Articles -EQ 2 | ForEach-Object Official | Sort-Object)
        $two | Should -Be (@('习近平', '廖健', '毛朝晖', '周玉梅', '杨龙金', '陈森') | Sort-Object)
        @($rows | Where-Object Articles -EQ 1) | Should -HaveCount 14
        $rows | Should -HaveCount 21
    }

    It 'writes typed rows with only the keys asked for set, that sort and export like any object' {
        $row = Export-Stats -By Month, Page -Database $db
        $row | Should -BeOfType ([NewsArchive.Core.Reports.StatsRow])
        $row.Month | Should -Be '2020-03'
        $row.Page | Should -Be 1
        $row.Day | Should -BeNullOrEmpty
        $row.Articles | Should -Be 5
        $row.Reporters | Should -Be 5
        $row.Key | Should -Be '2020-03 · 1'
        ($row | Out-String) | Should -Match '2020-03 · 1\s+5'
    }

    It 'counts by ISO week, and filters by newspaper and dates' {
        (Export-Stats -By Week -Database $db).Week | Should -Be '2020-W11'
        @(Export-Stats -By Day -Newspaper 江城* -Database $db) | Should -HaveCount 0
        @(Export-Stats -By Day -From 2020-03-14 -Database $db) | Should -HaveCount 0
        (Export-Stats -By Year -Newspaper 衡阳* -To 2020-03-13 -Database $db).Articles | Should -Be 5
    }

    It 'refuses -From after -To' {
        { Export-Stats -From 2020-03-14 -To 2020-03-13 -Database $db -ErrorAction Stop } |
            Should -Throw -ErrorId 'NewsArchive.ExportStats.InvalidRange,NewsArchive.Commands.ExportStatsCommand'
    }
}

Describe 'Export-Stats -Path' {
    It 'writes CSV as UTF-8 with a BOM that Import-Csv and Excel read as Chinese' {
        $csv = Join-Path $TestDrive 'reporters.csv'
        Export-Stats -By Reporter -Path $csv -Database $db
        $bytes = [System.IO.File]::ReadAllBytes($csv)
        $bytes[0..2] | Should -Be @(0xEF, 0xBB, 0xBF)
        $rows = @(Import-Csv -LiteralPath $csv)
        $rows[0].Reporter | Should -Be '罗文鹏'
        $rows[0].Articles | Should -Be '2'
        (Get-Content -LiteralPath $csv -TotalCount 1) | Should -Be 'Reporter,Articles,Pages,Characters,Reporters,Officials,Mentions,FirstIssue,LastIssue'
    }

    It 'writes CSV in another encoding with -Encoding' {
        $csv = Join-Path $TestDrive 'gb.csv'
        Export-Stats -By Reporter -Path $csv -Encoding gb18030 -Database $db
        [System.Text.Encoding]::RegisterProvider([System.Text.CodePagesEncodingProvider]::Instance)
        $text = [System.Text.Encoding]::GetEncoding('GB18030').GetString([System.IO.File]::ReadAllBytes($csv))
        $text | Should -Match '罗文鹏,2,'
    }

    It 'writes JSON as an array of objects with ISO dates, the format taken from the extension' {
        $json = Join-Path $TestDrive 'days.json'
        Export-Stats -By Day, Reporter -Path $json -Database $db
        $bytes = [System.IO.File]::ReadAllBytes($json)
        $bytes[0] | Should -Be ([byte][char]'[')
        $text = Get-Content -Raw -LiteralPath $json
        $text | Should -Match '"Day": "2020-03-13"'
        $rows = @($text | ConvertFrom-Json -NoEnumerate)[0]
        $rows | Should -HaveCount 5
        $rows[0].PSObject.Properties.Name -join ',' |
            Should -Be 'Day,Reporter,Articles,Pages,Characters,Reporters,Officials,Mentions,FirstIssue,LastIssue'
        $rows[0].Articles | Should -BeOfType ([long])
    }

    It 'writes -Format Json to a file with any extension, and refuses an extension it cannot read' {
        $out = Join-Path $TestDrive 'stats.out'
        Export-Stats -Path $out -Format Json -Database $db
        (Get-Content -Raw $out | ConvertFrom-Json).Month | Should -Be '2020-03'
        { Export-Stats -Path (Join-Path $TestDrive 'stats.txt') -Database $db -ErrorAction Stop } |
            Should -Throw -ErrorId 'NewsArchive.ExportStats.UnknownFormat,NewsArchive.Commands.ExportStatsCommand'
    }

    It 'overwrites by default, keeps the file with -NoClobber, and needs -Force for a read-only file' {
        $csv = Join-Path $TestDrive 'clobber.csv'
        Set-Content -LiteralPath $csv -Value 'old'
        Export-Stats -Path $csv -Database $db
        (Get-Content -LiteralPath $csv -TotalCount 1) | Should -Match '^.?Month,'

        Set-Content -LiteralPath $csv -Value 'old'
        { Export-Stats -Path $csv -NoClobber -Database $db -ErrorAction Stop } |
            Should -Throw -ErrorId 'NewsArchive.ExportStats.FileExists,NewsArchive.Commands.ExportStatsCommand'
        Get-Content -LiteralPath $csv | Should -Be 'old'

        (Get-Item -LiteralPath $csv).IsReadOnly = $true
        { Export-Stats -Path $csv -Database $db -ErrorAction Stop } |
            Should -Throw -ErrorId 'NewsArchive.ExportStats.ReadOnlyFile,NewsArchive.Commands.ExportStatsCommand'
        Export-Stats -Path $csv -Force -Database $db
        (Get-Content -LiteralPath $csv -TotalCount 1) | Should -Match '^.?Month,'
    }

    It 'writes nothing with -WhatIf' {
        $html = Join-Path $TestDrive 'whatif.html'
        Export-Stats -Path $html -WhatIf -Database $db
        Test-Path -LiteralPath $html | Should -BeFalse
        Get-ChildItem $TestDrive -Filter '*.partial' | Should -BeNullOrEmpty
    }
}

Describe 'The HTML report' {
    BeforeAll {
        # Two months of a small daily with eight reporters, and officials seeded by article, so every chart has bars;
        # archive strings that look like markup must come out as text.
        $script:reportDb = New-TestArchive 'report'
        $reporters = '李明远', '王晓燕', '张海峰', '刘思琪', '陈志强', '杨雪', '赵立群', '周文博'
        $pages = Join-Path $TestDrive 'pages'
        $day = [datetime]'2021-03-01'
        for ($i = 0; $i -lt 56; $i++) {
            $date = $day.AddDays($i)
            foreach ($page in 1..(1 + $i % 3)) {
                $articles = foreach ($n in 0..($i % 4 + $page)) {
                    $reporter = $reporters[($i * 3 + $n * 5 + $page) % $reporters.Count]
                    "## 第$($n + 1)条新闻`n`n■本报记者 $reporter`n`n本报讯 今天，江城召开会议，部署工作。"
                }
                $file = Join-Path $pages ('{0:yyyy-MM-dd}/江城日报_{0:yyyyMMdd}_{1:00}.txt' -f $date, $page)
                $null = New-Item -ItemType Directory -Force (Split-Path $file)
                Set-Content -LiteralPath $file -Value ($articles -join "`n`n") -Encoding utf8
            }
        }
        $null = Get-ChildItem $pages -Recurse -Filter *.txt | Import-Issue -Database $reportDb
        $null = Import-Issue -LiteralPath $seed -Newspaper '<b>晚报</b>' -Date 2021-04-20 -Page 2 -Database $reportDb
        $officials = @(
            @('林振华', '市委书记'), @('高建国', '市长'), @('孙立新', '常务副市长'), @('何春梅', '副市长'), @('郑永康', '市政协主席'),
            @('马红霞', '市人大常委会主任'), @('吴国栋', '副市长'), @('<script>alert(1)</script>', '<script>alert(2)</script>'))
        for ($o = 0; $o -lt $officials.Count; $o++) { Add-Official $reportDb $officials[$o][0] $officials[$o][1] -Every ($o + 1) }

        $script:report = Join-Path $TestDrive 'report.html'
        Export-Stats -Path $report -By Week, Page -Database $reportDb
        $script:html = Get-Content -Raw -LiteralPath $report
    }

    It 'is one self-contained file: nothing loaded from elsewhere, and a policy that forbids it' {
        $html | Should -Match "Content-Security-Policy"
        $html | Should -Not -Match '(src|href)\s*=\s*"(https?:)?//'
        $html | Should -Not -Match '<link\b'
        $html | Should -Not -Match '@import|url\('
    }

    It 'escapes every string from the archive' {
        $html | Should -Match '&lt;script&gt;alert\(1\)&lt;/script&gt;'
        $html | Should -Match '&lt;script&gt;alert\(2\)&lt;/script&gt;'
        $html | Should -Match '&lt;b&gt;晚报&lt;/b&gt;'
        $html | Should -Not -Match '<script>alert'
        $html | Should -Not -Match '<b>晚报'
    }

    It 'has a summary, four charts and the sortable tables, with the -By table too' {
        $html | Should -Match 'class="summary"'
        ([regex]::Matches($html, '<svg class="chart')).Count | Should -Be 4
        foreach ($id in 'requested', 'timeline', 'officials', 'titles', 'reporters', 'pages', 'newspapers') {
            $html | Should -Match "id=""table-$id"""
        }
        $html | Should -Match '<th scope="col"><button type="button">Week</button></th><th scope="col" class="num"><button type="button">Page</button>'
    }

    It 'renders in headless Chromium with its charts and tables and no console errors, and leaves a screenshot in out/' {
        $chromium = (Get-Command chromium -ErrorAction SilentlyContinue).Source
        $chromium | Should -Not -BeNullOrEmpty -Because 'build.ps1 -Task Test installs Debian''s chromium (as root); install it to run this test'
        $profileDir = Join-Path $TestDrive 'chromium-profile'
        $common = @('--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
            '--disable-sync', '--no-first-run', "--user-data-dir=$profileDir", '--enable-logging=stderr', '--v=0', '--hide-scrollbars')
        $url = [uri]::new($report, [UriKind]::Absolute).AbsoluteUri
        $errorLog = Join-Path $TestDrive 'chromium.err'
        $dom = & $chromium @common '--dump-dom' $url 2> $errorLog
        $dom = $dom -join "`n"
        $console = @(Get-Content -LiteralPath $errorLog | Where-Object { $_ -match 'CONSOLE|Uncaught|Refused to' })

        $console | Should -BeNullOrEmpty
        $dom | Should -Match 'data-ready="true"'
        $dom | Should -Not -Match 'data-errors="'
        ([regex]::Matches($dom, '<svg class="chart')).Count | Should -Be 4
        foreach ($chart in 'time', 'officials', 'reporters', 'pages') {
            $figure = [regex]::Match($dom, "<figure id=""chart-$chart"".*?</figure>", 'Singleline').Value
            ([regex]::Matches($figure, '<rect class="bar"')).Count | Should -BeGreaterThan 2 -Because "the $chart chart has bars"
        }
        ([regex]::Matches($dom, '<table class="sortable"')).Count | Should -Be 7
        # The hostile strings are text in the DOM: two scripts only (the error recorder and the table sorter).
        ([regex]::Matches($dom, '<script>')).Count | Should -Be 2
        $dom | Should -Match '&lt;script&gt;alert\(1\)&lt;/script&gt;'

        # The tables sort: a link to a sorted view clicks the column's header as a reader would.
        $sorted = (& $chromium @common '--dump-dom' "$url#sort=reporters.Reporter.desc" 2> $null) -join "`n"
        $table = [regex]::Match($sorted, '<section class="panel table" id="table-reporters">.*?</section>', 'Singleline').Value
        $table | Should -Match '<th scope="col" aria-sort="descending"><button type="button">Reporter</button>'
        $names = [regex]::Matches($table, '<tr><td>([^<]+)</td>') | ForEach-Object { $_.Groups[1].Value }
        $names.Count | Should -BeGreaterThan 5
        $names | Should -Be ([string[]]($names | Sort-Object -Descending -Culture zh-CN))
        $byArticles = (& $chromium @common '--dump-dom' "$url#sort=reporters.Articles.asc" 2> $null) -join "`n"
        $table = [regex]::Match($byArticles, '<section class="panel table" id="table-reporters">.*?</section>', 'Singleline').Value
        $counts = [regex]::Matches($table, '<td class="num" data-value="(\d+)">') | ForEach-Object { [int]$_.Groups[1].Value }
        $articles = for ($i = 0; $i -lt $counts.Count; $i += 6) { $counts[$i] }
        $articles | Should -Be ([int[]]($articles | Sort-Object))
        $articles[0] | Should -BeLessThan $articles[-1]

        $png = Join-Path (Get-RepositoryRoot) 'out/report.png'
        if (Test-Path $png) { Remove-Item $png }
        $null = & $chromium @common '--window-size=1400,2200' "--screenshot=$png" $url 2>&1
        Test-Path $png | Should -BeTrue
        (Get-Item $png).Length | Should -BeGreaterThan 20000
    }
}
