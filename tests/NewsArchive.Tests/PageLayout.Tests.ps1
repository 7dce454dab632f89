# What Import-Issue and Get-Article make of the lines of a page that are not body text (issue 10): intertitles, author
# lines, captions and credits, continuation notes; and Export-Stats -By Reporter counting the authors they name.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:db = Join-Path $TestDrive 'layout.db'
    $page = Join-Path $TestDrive '江城日报_20210518_02.txt'
    Set-Content -LiteralPath $page -Encoding utf8 -Value @'
（上接第一版）着力构建多层次医疗保障体系。

## 全市重大项目建设推进会召开

王 东

本报江城５月１７日讯　推进会召开。

研究对象的独特把握

今年以来，全市新开工项目一百二十个，总投资超过八百亿元。

图为项目建设现场。（新华社记者 张汉民 摄）

会议要求各级各部门落实责任。

（下转第三版）
'@
    $script:result = Import-Issue -LiteralPath $page -Database $db
}

Describe 'Lines that are not body text' {
    It 'imports the page' {
        $result.Status | Should -Be 'Imported'
        $result.Articles | Should -Be 2
    }

    It 'keeps the intertitle a paragraph of its own, lists it, and keeps captions and notes out of the body' {
        $article = Get-Article -Title 全市重大项目建设推进会召开 -Database $db
        $article.Paragraphs | Should -Be @('推进会召开。', '研究对象的独特把握', '今年以来，全市新开工项目一百二十个，总投资超过八百亿元。', '会议要求各级各部门落实责任。')
        $article.Intertitles | Should -Be @('研究对象的独特把握')
        $article.Captions | Should -Be @('图为项目建设现场。')
        $article.ContinuedOn | Should -Be 3
        $article.EventDate | Should -Be ([datetime]'2021-05-17')
        $article.Body | Should -Not -Match '下转|图为'
    }

    It 'records where the untitled story at the top comes from' {
        $continued = Get-Article -Database $db | Where-Object { -not $_.Title }
        $continued.ContinuedFrom | Should -Be 1
        $continued.Paragraphs | Should -Be @('着力构建多层次医疗保障体系。')
    }

    It 'makes the bare author line and the photo credit bylines that Export-Stats -By Reporter counts' {
        (Get-Article -Title 全市重大项目建设推进会召开 -Database $db).BylineText | Should -Be '作者 王东; 新华社记者 张汉民'
        $reporters = @(Export-Stats -By Reporter -Database $db).Reporter
        $reporters | Should -Contain '王东'
        $reporters | Should -Contain '张汉民'
    }
}
