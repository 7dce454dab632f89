# The nightly import script as a scheduler runs it: inbox, processed and failed folders, quiet success, a rotating log,
# exit codes 0/1/2, and the README's cron line run as written.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:importScript = Join-Path (Split-Path (Get-TestModulePath)) 'Scripts/Invoke-NewsArchiveImport.ps1'

    function Invoke-ImportScript([string[]] $Arguments) {
        $output = Invoke-Pwsh -ArgumentList (@('-NoProfile', '-NonInteractive', '-File', $importScript) + $Arguments)
        [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = @($output | ForEach-Object { "$_" }) }
    }

    # An inbox of two good pages, one in a subfolder, and one binary file.
    function New-Inbox([string] $Name) {
        $root = Join-Path $TestDrive $Name
        $inbox = Join-Path $root 'incoming'
        $null = New-PageFiles -Folder $inbox -Count 1
        $null = New-PageFiles -Folder (Join-Path $inbox '2021-01-02') -Date '2021-01-02' -Count 1 -Offset 5
        $bad = Join-Path $inbox '江城日报_20210101_09.txt'
        [System.IO.File]::WriteAllBytes($bad, [byte[]](0, 1, 2, 3))
        [pscustomobject]@{ Root = $root; Inbox = $inbox; Processed = (Join-Path $root 'processed'); Failed = (Join-Path $root 'failed')
            Database = (Join-Path $root 'archive.db'); Log = (Join-Path $root 'import.log'); Bad = $bad }
    }
}

Describe 'Invoke-NewsArchiveImport.ps1' {
    It 'moves stored files to -Processed and the bad one to -Failed, keeping their paths, and exits 1' {
        $box = New-Inbox 'moves'
        $run = Invoke-ImportScript '-Path', $box.Inbox, '-Processed', $box.Processed, '-Failed', $box.Failed, '-Database', $box.Database, '-LogPath', $box.Log
        $run.ExitCode | Should -Be 1
        Get-ChildItem $box.Inbox -Recurse -File | Should -BeNullOrEmpty
        (Get-ChildItem $box.Processed -Recurse -File | ForEach-Object { [IO.Path]::GetRelativePath($box.Processed, $_.FullName) } | Sort-Object) |
            Should -Be @((Join-Path '2021-01-02' '江城日报_20210102_01.txt'), '江城日报_20210101_01.txt')
        (Get-ChildItem $box.Failed -File).Name | Should -Be '江城日报_20210101_09.txt'
        @(Get-Content $box.Log | Where-Object { $_ -match ' OK +Imported ' }).Count | Should -Be 2
    }

    It 'moves nothing when the archive cannot be opened, and exits 2' {
        $box = New-Inbox 'noarchive'
        Set-Content -LiteralPath $box.Database -Value ('not an archive' * 500)
        $run = Invoke-ImportScript '-Path', $box.Inbox, '-Processed', $box.Processed, '-Failed', $box.Failed, '-Database', $box.Database, '-LogPath', $box.Log
        $run.ExitCode | Should -Be 2
        @(Get-ChildItem $box.Inbox -Recurse -File).Count | Should -Be 3
        Test-Path $box.Processed | Should -BeFalse
        (Get-Content $box.Log)[-1] | Should -Match 'FATAL'
    }

    It 'is quiet when every file imported, and exits 0' {
        $box = New-Inbox 'quiet'
        Remove-Item -LiteralPath $box.Bad
        $run = Invoke-ImportScript '-Path', $box.Inbox, '-Processed', $box.Processed, '-Database', $box.Database, '-LogPath', $box.Log
        $run.ExitCode | Should -Be 0
        $run.Output | Should -BeNullOrEmpty
        (Get-Content $box.Log)[-1] | Should -Match 'END +Imported 2, Unchanged 0, Replaced 0, Failed 0'
    }

    It 'warns on an empty inbox and exits 0' {
        $box = New-Inbox 'empty'
        Get-ChildItem $box.Inbox -Recurse -File | Remove-Item
        $run = Invoke-ImportScript '-Path', $box.Inbox, '-Database', $box.Database, '-LogPath', $box.Log
        $run.ExitCode | Should -Be 0
        ($run.Output -join "`n") | Should -BeLike "*$($box.Inbox)*holds no*"
        Get-Content $box.Log | Where-Object { $_ -match ' WARN ' } | Should -Not -BeNullOrEmpty
    }

    It 'exits 2 for a usage mistake: <Case>' -ForEach @(
        @{ Case = 'no -Path'; Arguments = @('-Database', 'x.db') }
        @{ Case = 'an unknown parameter'; Arguments = @('-Path', '.', '-Bogus', '1') }
        @{ Case = 'a -LogMaxBytes that is not a number'; Arguments = @('-Path', '.', '-LogMaxBytes', 'lots') }
    ) {
        $run = Invoke-ImportScript $Arguments
        $run.ExitCode | Should -Be 2
        ($run.Output -join "`n") | Should -Not -BeNullOrEmpty
    }

    It 'rotates the log past -LogMaxBytes and keeps -LogKeep old ones' {
        $box = New-Inbox 'rotate'
        Get-ChildItem $box.Inbox -Recurse -File | Remove-Item
        # A full log and two older ones already there: with -LogKeep 2 the oldest goes and each moves one up.
        Set-Content -LiteralPath $box.Log -Value ('current ' * 200)
        Set-Content -LiteralPath "$($box.Log).1" -Value 'previous'
        Set-Content -LiteralPath "$($box.Log).2" -Value 'oldest'
        $run = Invoke-ImportScript '-Path', $box.Inbox, '-Database', $box.Database, '-LogPath', $box.Log, '-LogMaxBytes', '1000', '-LogKeep', '2'
        $run.ExitCode | Should -Be 0
        Get-Content -Raw "$($box.Log).1" | Should -Match 'current'
        Get-Content -Raw "$($box.Log).2" | Should -Match 'previous'
        Test-Path "$($box.Log).3" | Should -BeFalse
        (Get-Content $box.Log)[0] | Should -Match 'START'
    }

    It 'leaves a log under -LogMaxBytes where it is' {
        $box = New-Inbox 'norotate'
        Get-ChildItem $box.Inbox -Recurse -File | Remove-Item
        Set-Content -LiteralPath $box.Log -Value 'small'
        (Invoke-ImportScript '-Path', $box.Inbox, '-Database', $box.Database, '-LogPath', $box.Log).ExitCode | Should -Be 0
        (Get-Content $box.Log)[0] | Should -Be 'small'
        Test-Path "$($box.Log).1" | Should -BeFalse
    }
}

Describe 'The README''s scheduled-import set-ups' {
    BeforeAll {
        $readme = Get-Content -Raw (Join-Path (Get-RepositoryRoot) 'README.md')
        $script:cronLine = ([regex]::Match($readme, '(?m)^30 2 \* \* \* (.+)$')).Groups[1].Value
        $script:execStart = ([regex]::Match($readme, '(?m)^ExecStart=(.+)$')).Groups[1].Value
        $script:environment = ([regex]::Match($readme, '(?m)^Environment=(.+)$')).Groups[1].Value
        $script:pwshCommand = (Get-PwshCommandLine) -join ' '
    }

    It 'runs the cron line as written through /bin/sh, with the module found by name' -Skip:(-not $IsLinux) {
        $cronLine | Should -Not -BeNullOrEmpty
        $box = New-Inbox 'cron'
        $command = $cronLine.Replace('/usr/bin/pwsh', $pwshCommand).Replace('/srv/scans/incoming', $box.Inbox).
            Replace('/srv/scans/processed', $box.Processed).Replace('/srv/scans/failed', $box.Failed).Replace('/srv/archive/archive.db', $box.Database)
        $saved = $env:PSModulePath
        try {
            # As for an AllUsers install: the module folder's parent is on the module path.
            $env:PSModulePath = Split-Path (Split-Path (Get-TestModulePath))
            $output = & /bin/sh -c $command 2>&1
            $exitCode = $LASTEXITCODE
        }
        finally { $env:PSModulePath = $saved }
        $exitCode | Should -Be 1 -Because "one file is bad, and pwsh -Command must pass the script's code on: $output"
        @(Get-ChildItem $box.Processed -Recurse -File).Count | Should -Be 2
        Test-Path (Join-Path $box.Root 'archive.db') | Should -BeTrue
    }

    It 'gives systemd the same command, with $$ for each $' {
        $execStart | Should -Match '^/usr/bin/pwsh -NoProfile -NonInteractive -Command ".+"$'
        $systemdCommand = ([regex]::Match($execStart, '-Command "(.+)"$')).Groups[1].Value.Replace('$$', '$')
        $cronCommand = ([regex]::Match($cronLine, "-Command '(.+)'$")).Groups[1].Value
        $systemdCommand | Should -BeExactly $cronCommand
        $execStart.Replace('$$', '') | Should -Not -Match '\$' -Because 'systemd would expand a lone $'
        # No collector setting in either: the import bounds its own memory (README, "Import memory").
        $environment | Should -BeNullOrEmpty
        $cronLine | Should -Match '^/usr/bin/pwsh '
    }
}
