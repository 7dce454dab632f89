# What an administrator does without reading the help first: errors that name the file, folders, missing ids, dates as
# file names write them, Format-List and Export-Csv, and a pipeline of articles into Remove-Issue.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:db = Join-Path $TestDrive 'habits.db'
    $null = Import-SeedPage $db
    $script:samples = Join-Path (Get-RepositoryRoot) 'samples'
}

Describe 'Errors about a file name the file in their message' {
    It 'says which file for <Case>' -ForEach @(
        @{ Case = 'an empty file'; Bytes = [byte[]]@(); Id = 'NewsArchive.Import.EmptyFile' }
        @{ Case = 'NUL bytes'; Bytes = [byte[]](0x23, 0x20, 0, 0, 0x41); Id = 'NewsArchive.Import.BinaryFile' }
        @{ Case = 'an unknown issue date'; Bytes = [System.Text.Encoding]::UTF8.GetBytes("## 标题`n`n正文。`n"); Id = 'NewsArchive.Import.UnknownDate' }
    ) {
        $file = Join-Path $TestDrive "named/江城日报_$($Id.Split('.')[-1]).txt"
        $null = New-Item -ItemType Directory -Force -Path (Split-Path $file)
        [System.IO.File]::WriteAllBytes($file, $Bytes)
        $null = Get-Item -LiteralPath $file | Import-Issue -Database (Join-Path $TestDrive 'named.db') -ErrorVariable err -ErrorAction SilentlyContinue
        $err.Count | Should -Be 1
        $err[0].FullyQualifiedErrorId | Should -BeLike "$Id,*"
        $err[0].TargetObject | Should -Be $file
        # What the console and a log show: the error's text, not only its TargetObject.
        $err[0].ToString() | Should -BeLike "*$file*"
    }

    It 'names the archive file when it is not an archive' {
        $bad = Join-Path $TestDrive 'not-an-archive.db'
        Set-Content -LiteralPath $bad -Value ('x' * 4096)
        $failure = try { Get-Article -Database $bad -ErrorAction Stop } catch { $_ }
        $failure | Should -BeOfType [System.Management.Automation.ErrorRecord]
        $failure.ToString() | Should -BeLike "*$bad*"
    }
}

Describe 'Import-Issue given a folder' {
    BeforeAll {
        $script:folder = Join-Path $TestDrive 'inbox'
        $null = New-PageFiles -Folder $folder -Count 2
        $null = New-PageFiles -Folder (Join-Path $folder 'later') -Date '2021-01-02' -Count 1 -Offset 10
    }

    It 'imports the page files in it, not those in its subfolders' {
        $results = Import-Issue $folder -Database (Join-Path $TestDrive 'folder.db')
        $results.Status | Should -Be @('Imported', 'Imported')
        $results.Path | Should -Be @(Get-ChildItem $folder -File -Filter *.txt | Sort-Object Name | ForEach-Object FullName)
    }

    It 'descends into its subfolders with -Recurse' {
        $results = Import-Issue -LiteralPath $folder -Recurse -Database (Join-Path $TestDrive 'recurse.db')
        @($results).Count | Should -Be 3
    }

    It 'takes each file once when Get-ChildItem -Recurse pipes the folders and their files' {
        $results = Get-ChildItem $folder -Recurse | Import-Issue -Database (Join-Path $TestDrive 'once.db')
        @($results).Count | Should -Be 3
        $results.Status | Sort-Object -Unique | Should -Be 'Imported'
    }

    It 'warns, naming the folder and -Recurse, when the folder holds no page file itself' {
        $outer = Join-Path $TestDrive 'outer'
        $null = New-PageFiles -Folder (Join-Path $outer 'inner') -Count 1
        $results = Import-Issue $outer -Database (Join-Path $TestDrive 'warn.db') -WarningVariable warned -WarningAction SilentlyContinue
        $results | Should -BeNullOrEmpty
        "$warned" | Should -BeLike "*$outer*-Recurse*"
    }

    It 'reports progress while it works, and completes it' {
        $shell = [powershell]::Create()
        try {
            $null = $shell.AddCommand('Import-Module').AddArgument((Get-TestModulePath)).AddStatement()
            $null = $shell.AddCommand('Import-Issue').AddParameter('Path', $folder).AddParameter('Recurse').AddParameter('Database', (Join-Path $TestDrive 'progress.db'))
            $null = $shell.Invoke()
            $shell.Streams.Error | Should -BeNullOrEmpty
            $records = @($shell.Streams.Progress)
            $records.Count | Should -BeGreaterThan 1
            $records[-1].RecordType | Should -Be 'Completed'
        }
        finally { $shell.Dispose() }
    }
}

Describe 'Get-Article -Id of an article the archive does not hold' {
    It 'is an ObjectNotFound error, as Get-Item''s missing path is, and $? is false' {
        $null = Get-Article -Id 99999 -Database $db -ErrorVariable err -ErrorAction SilentlyContinue
        $? | Should -BeFalse
        $err[0].FullyQualifiedErrorId | Should -BeLike 'NewsArchive.Article.NotFound,*'
        $err[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        $err[0].TargetObject | Should -Be 99999
    }

    It 'is no error for the ids that exist' {
        $ids = (Get-Article -Database $db).Id
        @(Get-Article -Id $ids -Database $db -ErrorVariable err).Count | Should -Be $ids.Count
        $err | Should -BeNullOrEmpty
    }
}

Describe 'Dates as file names and people write them' {
    It 'every -Date, -From and -To of <Name> takes 20200313, 2020-03-13 and 2020/03/13' -ForEach @(
        Get-Command -Module NewsArchive -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } }
    ) {
        $command = Get-Command $Name
        foreach ($parameter in $command.Parameters.Values | Where-Object Name -In 'Date', 'From', 'To') {
            $transform = $parameter.Attributes | Where-Object { $_ -is [System.Management.Automation.ArgumentTransformationAttribute] } | Select-Object -First 1
            $transform | Should -Not -BeNullOrEmpty -Because "-$($parameter.Name) of $Name"
            foreach ($text in '20200313', '2020-03-13', '2020/03/13') {
                $transform.Transform($ExecutionContext, $text) | Should -Be ([datetime]'2020-03-13') -Because "-$($parameter.Name) $text"
            }
        }
    }

    It 'finds the page with -Date <Form>' -ForEach @(
        @{ Form = 'unquoted 20200313'; Script = { Get-Article -Date 20200313 -Database $db } }
        @{ Form = "'20200313'"; Script = { Get-Article -Date '20200313' -Database $db } }
        @{ Form = '2020/03/13'; Script = { Get-Article -Date 2020/03/13 -Database $db } }
        @{ Form = '-From 20200313 -To 20200313'; Script = { Get-Article -From 20200313 -To 20200313 -Database $db } }
        @{ Form = 'Get-Issue -Date 20200313'; Script = { Get-Issue -Date 20200313 -Database $db } }
        @{ Form = 'Export-Stats -From 20200313'; Script = { Export-Stats -By Day -From 20200313 -Database $db } }
    ) {
        @(& $Script).Count | Should -BeGreaterThan 0
    }

    It 'says which forms work when a date is not one' {
        { Get-Article -Date 2020-13-45 -Database $db } | Should -Throw -ExpectedMessage '*yyyyMMdd*'
    }
}

Describe 'List views and CSV cells' {
    It 'Format-List of an article shows dates as yyyy-MM-dd and the body once' {
        $article = Get-Article -Database $db -First 1
        $text = $article | Format-List | Out-String -Width 400
        $text | Should -Match 'Date\s+: 2020-03-13\b'
        $text | Should -Not -Match '\d\d/\d\d/\d{4}'
        $first = $article.Paragraphs[0].Substring(0, 20)
        ([regex]::Matches($text, [regex]::Escape($first))).Count | Should -Be 1
    }

    It 'Format-List of <Type> shows no date in the culture''s long form' -ForEach @(
        @{ Type = 'Issue'; Script = { Get-Issue -Database $db } }
        @{ Type = 'Official'; Script = { Find-Official -Database $db | Select-Object -First 3 } }
        @{ Type = 'StatsRow'; Script = { Export-Stats -By Day -Database $db } }
    ) {
        $text = & $Script | Format-List | Out-String -Width 400
        $text | Should -Match '2020-03-13'
        $text | Should -Not -Match '\d\d/\d\d/\d{4}|00:00:00'
    }

    It 'Export-Csv of <Type> writes readable cells: no type names, no System.String[]' -ForEach @(
        @{ Type = 'Article'; Script = { Get-Article -Database $db } }
        @{ Type = 'Official'; Script = { Find-Official -Database $db } }
        @{ Type = 'Issue'; Script = { Get-Issue -Database $db } }
        @{ Type = 'StatsRow'; Script = { Export-Stats -By Reporter -Database $db } }
    ) {
        $csv = Join-Path $TestDrive "$Type.csv"
        & $Script | Export-Csv -LiteralPath $csv
        $text = Get-Content -Raw -LiteralPath $csv
        $text | Should -Not -Match 'System\.|NewsArchive\.Core|\[\]'
    }

    It 'Export-Csv of articles writes bylines, officials and paragraphs as their text' {
        $row = Get-Article -Database $db -First 1 | ConvertTo-Csv | ConvertFrom-Csv
        $row.Bylines | Should -Be '本报记者 陈润'
        $row.Officials | Should -BeLike '*市委书记邓群策*'
        $row.Paragraphs | Should -Be $row.Body
    }
}

Describe 'Remove-Issue from a pipeline of articles' {
    It 'takes each page once: no error for the page''s other articles' {
        $removeDb = Join-Path $TestDrive 'remove.db'
        $null = Get-ChildItem $samples -Filter *.txt | Import-Issue -Database $removeDb
        $articles = @(Get-Article -Database $removeDb -Date 2021-05-18)
        $articles.Count | Should -BeGreaterThan 2
        $removed = $articles | Remove-Issue -Database $removeDb -Confirm:$false -PassThru -ErrorVariable err
        $err | Should -BeNullOrEmpty
        @($removed).Count | Should -Be @($articles.Page | Sort-Object -Unique).Count
        Get-Article -Database $removeDb -Date 2021-05-18 | Should -BeNullOrEmpty
        @(Get-Article -Database $removeDb -Date 2021-05-19).Count | Should -BeGreaterThan 0
    }
}

Describe 'Export-Stats CSV cells that would start a formula' {
    BeforeAll {
        # A newspaper name is whatever the page or -Newspaper said: text from outside, as OCR'd names and titles are.
        $script:formulaDb = Join-Path $TestDrive 'formula.db'
        $script:hostile = '=HYPERLINK("http://example.invalid","x")', '@SUM(A1)', '-2+3'
        $offset = 0
        foreach ($name in $hostile) {
            $offset++
            $file = New-PageFiles -Folder (Join-Path $TestDrive "formula$offset") -Newspaper 江城日报 -Count 1 -Offset (50 + $offset)
            $null = Import-Issue -LiteralPath $file -Newspaper $name -Database $formulaDb
        }
    }

    It 'neutralises them with a leading single quote (OWASP)' {
        $csv = Join-Path $TestDrive 'formula.csv'
        Export-Stats -By Newspaper -Path $csv -Database $formulaDb
        $names = (Import-Csv -LiteralPath $csv).Newspaper
        foreach ($name in $hostile) { $names | Should -Contain "'$name" }
    }

    It 'writes them as they are with -NoFormulaEscape' {
        $csv = Join-Path $TestDrive 'formula-raw.csv'
        Export-Stats -By Newspaper -Path $csv -Database $formulaDb -NoFormulaEscape
        $names = (Import-Csv -LiteralPath $csv).Newspaper
        foreach ($name in $hostile) { $names | Should -Contain $name }
    }
}
