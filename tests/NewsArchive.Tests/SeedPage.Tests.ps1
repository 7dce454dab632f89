# The seed page through the built module must come out exactly as its ground truth says.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $samples = Get-SharedSamplesPath
    $script:expected = Get-Content -Raw -LiteralPath (Join-Path $samples '000_fda654c1a4379181.expected.json') | ConvertFrom-Json
    $script:db = New-TestArchive 'seed'
    $script:import = Import-Issue -LiteralPath (Join-Path $samples '000_fda654c1a4379181.txt') -Newspaper $expected.newspaper `
        -Date $expected.issueDate -Page $expected.page -Database $db
    $script:articles = @(Get-Article -Database $db)
}

Describe 'The seed page imported as 衡阳日报, 2020-03-13, page 1' {
    It 'reports one Imported page with five articles' {
        $import.Status | Should -Be 'Imported'
        $import.Articles | Should -Be $expected.articles.Count
        $articles.Count | Should -Be $expected.articles.Count
    }

    It 'article <Index> has the expected <Field>' -ForEach @(
        foreach ($index in 0..4) {
            foreach ($field in 'kicker', 'title', 'subtitle', 'dateline', 'eventDate', 'paragraphs', 'bylines', 'body') {
                @{ Index = $index; Field = $field }
            }
        }
    ) {
        $want = $expected.articles[$Index]
        $got = $articles[$Index]
        switch ($Field) {
            'kicker' { $got.Kicker | Should -Be $want.kicker }
            'title' { $got.Title | Should -BeExactly $want.title }
            'subtitle' { $got.Subtitle | Should -BeExactly $want.subtitle }
            'dateline' { $got.Dateline | Should -BeExactly $want.dateline }
            'eventDate' { $got.EventDate.ToString('yyyy-MM-dd') | Should -Be $want.eventDate }
            'paragraphs' { $got.Paragraphs.Count | Should -Be $want.paragraphs }
            'bylines' {
                ($got.Bylines | ForEach-Object { "$($_.Role)|$($_.Name)" }) -join ';' |
                    Should -BeExactly (($want.bylines | ForEach-Object { "$($_.role)|$($_.name)" }) -join ';')
            }
            'body' {
                $got.Body.StartsWith($want.bodyStartsWith) | Should -BeTrue
                $got.Body.EndsWith($want.bodyEndsWith) | Should -BeTrue
                foreach ($fragment in $want.bodyContains) { $got.Body | Should -BeLikeExactly "*$fragment*" }
            }
        }
    }

    It 'keeps the page identity on every article' {
        $articles | ForEach-Object {
            $_.Newspaper | Should -Be '衡阳日报'
            $_.Date | Should -Be ([datetime]'2020-03-13')
            $_.Page | Should -Be 1
        }
        ($articles.Sequence -join ',') | Should -Be '1,2,3,4,5'
    }
}
