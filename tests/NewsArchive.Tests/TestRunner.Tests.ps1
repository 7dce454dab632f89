# The totals CI reads come from tests/Invoke-PesterTests.ps1: it must count failures, including a BeforeAll that throws.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'The Pester runner summary' {
    It 'counts passed tests, failed tests and failed set-up blocks' {
        $tests = Join-Path $TestDrive 'fake'
        $null = New-Item -ItemType Directory -Path $tests
        Set-Content (Join-Path $tests 'Good.Tests.ps1') "Describe 'g' { It 'a' { 1 | Should -Be 1 }; It 'b' { 2 | Should -Be 2 } }"
        Set-Content (Join-Path $tests 'Bad.Tests.ps1') "Describe 'b' { It 'c' { 1 | Should -Be 2 } }"
        Set-Content (Join-Path $tests 'Broken.Tests.ps1') "Describe 'x' { BeforeAll { throw 'set-up failed' }; It 'd' { 1 | Should -Be 1 } }"
        $results = Join-Path $TestDrive 'results'
        $null = New-Item -ItemType Directory -Path $results
        $pester = (Get-Module Pester).Path
        $runner = Join-Path (Get-RepositoryRoot) 'tests/Invoke-PesterTests.ps1'
        $null = Invoke-Pwsh -ArgumentList '-NoProfile', '-NonInteractive', '-File', $runner, '-PesterPath', $pester, '-ModulePath', $TestDrive, '-TestsPath', $tests, '-ResultsPath', $results
        $summary = Get-Content -Raw (Join-Path $results 'pester-summary.json') | ConvertFrom-Json
        $summary.Passed | Should -Be 2
        $summary.Failed | Should -BeGreaterOrEqual 2
    }

    It 'counts a failure whose message holds an ESC character (coloured output quoted by a test), and writes the report' {
        $tests = Join-Path $TestDrive 'escape'
        $null = New-Item -ItemType Directory -Path $tests
        Set-Content (Join-Path $tests 'Escape.Tests.ps1') "Describe 'e' { It 'ok' { 1 | Should -Be 1 }; It 'coloured' { ([char]27 + '[31mred') | Should -BeNullOrEmpty } }"
        $results = Join-Path $TestDrive 'escape-results'
        $null = New-Item -ItemType Directory -Path $results
        $runner = Join-Path (Get-RepositoryRoot) 'tests/Invoke-PesterTests.ps1'
        $null = Invoke-Pwsh -ArgumentList '-NoProfile', '-NonInteractive', '-File', $runner, '-PesterPath', (Get-Module Pester).Path, '-ModulePath', $TestDrive, '-TestsPath', $tests, '-ResultsPath', $results
        $summary = Get-Content -Raw (Join-Path $results 'pester-summary.json') | ConvertFrom-Json
        $summary.Passed | Should -Be 1
        $summary.Failed | Should -Be 1
        Test-Path (Join-Path $results 'pester.xml') | Should -BeTrue
    }
}
