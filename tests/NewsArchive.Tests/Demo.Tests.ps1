# build.ps1 -Task Demo shows the module on an archive of its own in the output folder, never the user's.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

Describe 'build.ps1 -Task Demo' {
    It 'imports the samples into out/demo/archive.db, says so, and leaves the per-user archive alone' {
        $homeFolder = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'home')
        $null = New-Item -ItemType Directory -Path (Join-Path $homeFolder '.local/share')
        $outFolder = Split-Path (Split-Path (Get-TestModulePath))
        $demoArchive = Join-Path $outFolder 'demo/archive.db'
        $build = Join-Path (Get-RepositoryRoot) 'build.ps1'
        $run = Invoke-FreshPwsh -NoImport -Environment @{ HOME = $homeFolder.FullName; XDG_DATA_HOME = (Join-Path $homeFolder '.local/share'); NEWSARCHIVE_DB = $null } `
            -Script "& '$build' -Task Demo -NoBuild *>&1 | Out-String -Width 300"
        $text = $run.Output -join "`n"
        $run.ExitCode | Should -Be 0 -Because $text
        $text | Should -BeLike "*$demoArchive*"
        Test-Path -LiteralPath $demoArchive | Should -BeTrue
        Test-Path -LiteralPath (Join-Path $homeFolder '.local/share/NewsArchive') | Should -BeFalse
        $text | Should -Match 'Imported'
    }
}
