# Every example in the cmdlets' help, run as written against the sample archive (the seed page as 衡阳日报 2020-03-13
# page 1, and the pages in samples/), each in a folder of its own with the files the examples name: it must run without
# an error and produce output (objects, text, or the file it writes). An example found by the help itself, so a new one
# is tested without touching this file.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:examples = foreach ($command in Get-Command -Module NewsArchive -CommandType Cmdlet) {
        $number = 0
        foreach ($example in (Get-Help $command.Name -Full).examples.example) {
            $number++
            @{ Name = $command.Name; Number = $number; Code = ($example.code -join "`n").Trim() }
        }
    }
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $samples = Get-ChildItem (Join-Path (Get-RepositoryRoot) 'samples') -Filter *.txt

    # The folder every example starts from: the archive, and the files and folders the examples name.
    $script:fixture = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'fixture')
    $archive = Join-Path $fixture 'archive.db'
    $null = Import-SeedPage $archive
    $null = $samples | Import-Issue -Database $archive
    foreach ($folder in 'samples', 'incoming', 'corrected', 'scans/today', 'incoming/2020-03-13') { $null = New-Item -ItemType Directory -Path (Join-Path $fixture $folder) }
    $samples | Copy-Item -Destination (Join-Path $fixture 'samples')
    $samples | Copy-Item -Destination (Join-Path $fixture 'incoming')
    $samples | Copy-Item -Destination (Join-Path $fixture 'scans/today')
    $seed = Join-Path (Get-SharedSamplesPath) '000_fda654c1a4379181.txt'
    Copy-Item -LiteralPath $seed -Destination (Join-Path $fixture 'incoming/2020-03-13/衡阳日报_20200313_01.txt')
    Copy-Item -LiteralPath $seed -Destination (Join-Path $fixture 'scan [rescan].txt')
    # A corrected page (one more paragraph) for Import-Issue -Force, and a bad scan for the nightly-job example.
    $corrected = Join-Path $fixture "corrected/$($samples[0].Name)"
    [System.IO.File]::WriteAllText($corrected, (Get-Content -Raw -LiteralPath $samples[0].FullName) + "`n本报讯 更正后补充的一段文字。`n")
    [System.IO.File]::WriteAllBytes((Join-Path $fixture 'scans/today/江城日报_2021-05-20_01.txt'), [byte[]]@())

    # A database on the test cluster holding a copy of the sample archive; returns its URI.
    function New-PostgresExampleArchive([string] $Source) {
        $uri = New-TestPostgresDatabase
        $null = Copy-Archive -Source $Source -Destination $uri
        $uri
    }

    # The help's server (dbhost, database news, user archive) becomes the test cluster's; the cluster trusts local users.
    function Resolve-PostgresExample([string] $Code, [string] $Uri, [string] $Source) {
        $parsed = [uri] $Uri
        $connection = "Host=$($parsed.Host);Port=$($parsed.Port);Database=$($parsed.AbsolutePath.TrimStart('/'));Username=postgres"
        $credential = "([pscredential]::new('postgres', (ConvertTo-SecureString 'unused' -AsPlainText -Force)))"
        $Code.Replace('postgresql://archive@dbhost/news', $Uri).Replace('Host=dbhost;Database=news;Username=archive', $connection).
            Replace('(Get-Credential archive)', $credential).Replace('~/archive.db', "'$Source'")
    }

    function New-ExampleFolder([string] $Name) {
        $folder = Join-Path $TestDrive $Name
        Copy-Item -LiteralPath $fixture -Destination $folder -Recurse
        $folder
    }
}

Describe 'Help example <Number> of <Name>' -ForEach $examples {
    It 'runs against the sample archive without an error and produces output' {
        $folder = New-ExampleFolder "$Name-$Number"
        # An example that names a PostgreSQL server (dbhost) runs against a new database on the test cluster, holding a
        # copy of the sample archive; only the server, the user and the source file are put in for the example's own.
        if ($Code -match 'dbhost') {
            $reason = Get-PostgresSkipReason
            if ($reason) { Set-ItResult -Skipped -Because $reason; return }
            $uri = New-PostgresExampleArchive -Source (Join-Path $folder 'archive.db')
            $Code = Resolve-PostgresExample -Code $Code -Uri $uri -Source (Join-Path $folder 'archive.db')
        }
        $before = @(Get-ChildItem -LiteralPath $folder -Recurse -File).Count
        # -WhatIf writes to the host, and exit ends the process: such examples run in a pwsh of their own, whose
        # standard output is their output. The others run here, their every stream captured.
        if ($Code -match '-WhatIf|\bexit\b') {
            $run = Invoke-FreshPwsh -Environment @{ NEWSARCHIVE_DB = (Join-Path $folder 'archive.db') } -Script "Set-Location -LiteralPath '$folder'; $Code"
            $run.ExitCode | Should -Be 0 -Because ($run.Output -join "`n")
            $errors = @($run.Output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
            $output = @($run.Output | Where-Object { "$_".Trim() })
        }
        else {
            $saved = $env:NEWSARCHIVE_DB
            $env:NEWSARCHIVE_DB = Join-Path $folder 'archive.db'
            Push-Location -LiteralPath $folder
            try {
                # Unattended, as in a test: Remove-Issue's confirmation is taken as given, and Invoke-Item opens no browser.
                $output = @(& {
                        $ConfirmPreference = 'None'
                        function Invoke-Item([string] $Path) { "(would open $Path)" }
                        & ([scriptblock]::Create($Code))
                    } *>&1)
            }
            finally {
                Pop-Location
                $env:NEWSARCHIVE_DB = $saved
            }
            $errors = @($output | Where-Object { $_ -is [System.Management.Automation.ErrorRecord] })
        }
        $errors | Should -BeNullOrEmpty -Because "example: $Code"
        $written = @(Get-ChildItem -LiteralPath $folder -Recurse -File).Count -gt $before
        ($output.Count -gt 0 -or $written) | Should -BeTrue -Because "example produced nothing: $Code"
    }
}
