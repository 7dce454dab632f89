# One module folder for every platform: the native SQLite of each, the right one loaded at import, and a package that
# installs by name from a folder repository into a PowerShell that has never seen the module.
BeforeDiscovery {
    # The machine field each shipped engine must carry (ELF e_machine, PE Machine, Mach-O cputype).
    $script:natives = @(
        @{ Rid = 'win-x64'; File = 'e_sqlite3.dll'; Format = 'PE'; Machine = 0x8664 }
        @{ Rid = 'win-arm64'; File = 'e_sqlite3.dll'; Format = 'PE'; Machine = 0xAA64 }
        @{ Rid = 'osx-x64'; File = 'libe_sqlite3.dylib'; Format = 'Mach-O'; Machine = 0x01000007 }
        @{ Rid = 'osx-arm64'; File = 'libe_sqlite3.dylib'; Format = 'Mach-O'; Machine = 0x0100000C }
        @{ Rid = 'linux-x64'; File = 'libe_sqlite3.so'; Format = 'ELF'; Machine = 62 }
        @{ Rid = 'linux-arm64'; File = 'libe_sqlite3.so'; Format = 'ELF'; Machine = 183 }
        @{ Rid = 'linux-musl-x64'; File = 'libe_sqlite3.so'; Format = 'ELF'; Machine = 62 }
    )
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:moduleFolder = Split-Path (Get-TestModulePath)
    $script:seedPage = Join-Path (Get-SharedSamplesPath) '000_fda654c1a4379181.txt'

    # The format and machine of a native binary, read from its header as the loader reads it.
    function Get-BinaryMachine([byte[]] $bytes) {
        if ($bytes[0] -eq 0x7F -and $bytes[1] -eq 0x45 -and $bytes[2] -eq 0x4C -and $bytes[3] -eq 0x46) {
            return [pscustomobject]@{ Format = 'ELF'; Machine = [BitConverter]::ToUInt16($bytes, 18) }
        }
        if ($bytes[0] -eq 0x4D -and $bytes[1] -eq 0x5A) {
            $pe = [BitConverter]::ToInt32($bytes, 0x3C)
            if ([BitConverter]::ToUInt32($bytes, $pe) -ne 0x00004550) { throw 'MZ file without a PE header.' }
            return [pscustomobject]@{ Format = 'PE'; Machine = [BitConverter]::ToUInt16($bytes, $pe + 4) }
        }
        if ([BitConverter]::ToUInt32($bytes, 0) -eq 0xFEEDFACFu) {
            return [pscustomobject]@{ Format = 'Mach-O'; Machine = [BitConverter]::ToInt32($bytes, 4) }
        }
        [pscustomobject]@{ Format = 'unknown'; Machine = -1 }
    }

    # Environment for a pwsh that has a home of its own: its module path, PSResourceGet's repository list and installs
    # all live under $homeFolder, and no PSModulePath is inherited from the test run.
    # .NET answers an empty LocalApplicationData (and PSResourceGet then writes to the working folder) unless it exists.
    function Get-CleanEnvironment([string] $homeFolder) {
        $null = New-Item -ItemType Directory -Force -Path (Join-Path $homeFolder '.local/share'), (Join-Path $homeFolder '.config')
        @{
            HOME = $homeFolder
            XDG_DATA_HOME = Join-Path $homeFolder '.local/share'
            XDG_CONFIG_HOME = Join-Path $homeFolder '.config'
            XDG_CACHE_HOME = Join-Path $homeFolder '.cache'
            PSModulePath = $null
            NEWSARCHIVE_DB = $null
        }
    }
}

Describe 'The native SQLite engine' {
    It 'is loaded on linux-x64 from runtimes/linux-x64/native by the module''s resolver, with none beside the dll' -Skip:(-not ($IsLinux -and [System.Runtime.InteropServices.RuntimeInformation]::OSArchitecture -eq 'X64')) {
        Get-ChildItem -LiteralPath $moduleFolder -File | Where-Object Name -In 'libe_sqlite3.so', 'e_sqlite3.dll', 'libe_sqlite3.dylib' | Should -BeNullOrEmpty -Because 'only the resolver may find the engine'
        $db = Join-Path $TestDrive 'resolver.db'
        $run = Invoke-FreshPwsh -Script "`$null = Import-Issue -LiteralPath '$seedPage' -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database '$db'; (Get-Article -Database '$db').Count; (Get-Content /proc/`$PID/maps | Select-String 'e_sqlite3').Line | Select-Object -First 1"
        $run.ExitCode | Should -Be 0 -Because ($run.Output -join "`n")
        $run.Output[0] | Should -Be 5
        $run.Output[1] | Should -BeLike "*$moduleFolder/runtimes/linux-x64/native/libe_sqlite3.so"
    }

    It 'is not found without the resolver (the runtime alone does not look in runtimes/<rid>/native)' -Skip:(-not $IsLinux) {
        $run = Invoke-FreshPwsh -NoImport -Script "Add-Type -LiteralPath '$moduleFolder/NewsArchive.Core.dll'; try { `$null = [NewsArchive.Core.Storage.ArchiveStore]::Open('$TestDrive/bare.db', `$true); 'opened' } catch { `$_.Exception.GetBaseException().GetType().Name }"
        $run.Output | Select-Object -Last 1 | Should -Be 'DllNotFoundException'
    }
}

Describe 'The package built by build.ps1 -Task Package' {
    BeforeAll {
        Add-Type -AssemblyName System.IO.Compression
        $script:package = Get-TestPackagePath
        $script:zip = [System.IO.Compression.ZipFile]::OpenRead($package)
        function Read-Entry([string] $name) {
            $entry = $zip.GetEntry($name)
            if (-not $entry) { return $null }
            $stream = $entry.Open()
            try { $memory = [System.IO.MemoryStream]::new(); $stream.CopyTo($memory); , $memory.ToArray() } finally { $stream.Dispose() }
        }
    }
    AfterAll { $zip.Dispose() }

    It 'holds the <Format> engine for <Rid>, built for its machine' -ForEach $natives {
        $bytes = Read-Entry "runtimes/$Rid/native/$File"
        # Not piped into Should: that would send the megabytes one byte at a time.
        $null -eq $bytes | Should -BeFalse -Because "runtimes/$Rid/native/$File must ship"
        $header = Get-BinaryMachine $bytes
        $header.Format | Should -Be $Format
        $header.Machine | Should -Be $Machine
        # musl's build links no glibc symbol versions; glibc's does.
        $glibc = [System.Text.Encoding]::ASCII.GetString($bytes).Contains('GLIBC_')
        if ($Rid -like 'linux-musl-*') { $glibc | Should -BeFalse } elseif ($Rid -like 'linux-*') { $glibc | Should -BeTrue }
    }

    It 'holds the manifest, the module dll, its help and messages in both languages, the LICENSE and the nightly script' {
        $names = $zip.Entries.FullName
        foreach ($name in 'NewsArchive.psd1', 'NewsArchive.dll', 'NewsArchive.Core.dll', 'en-US/NewsArchive.dll-Help.xml', 'zh-CN/NewsArchive.dll-Help.xml',
            'zh-CN/NewsArchive.resources.dll', 'LICENSE', 'Scripts/Invoke-NewsArchiveImport.ps1') {
            $names | Should -Contain $name
        }
    }

    It 'claims only the PowerShell edition the tests run (Core), and no placeholder project address' {
        $manifest = Import-PowerShellDataFile (Get-TestModulePath)
        $manifest.CompatiblePSEditions | Should -Be @('Core')
        $manifest.PrivateData.PSData.ProjectUri | Should -Not -BeLike '*.invalid*'
        $manifest.PrivateData.PSData.ReleaseNotes | Should -Not -BeNullOrEmpty
    }

    It 'installs by name from a folder repository and imports by name in a fresh pwsh with a clean PSModulePath' {
        $repository = New-Item -ItemType Directory -Path (Join-Path $TestDrive 'repository')
        Copy-Item -LiteralPath $package -Destination $repository
        $environment = Get-CleanEnvironment (New-Item -ItemType Directory -Path (Join-Path $TestDrive 'home')).FullName
        $install = Invoke-FreshPwsh -NoImport -Environment $environment -Script @"
`$ErrorActionPreference = 'Stop'
Register-PSResourceRepository -Name NewsArchiveTest -Uri '$repository' -Trusted
Install-PSResource -Name NewsArchive -Repository NewsArchiveTest -Scope CurrentUser -TrustRepository
"@
        $install.ExitCode | Should -Be 0 -Because ($install.Output -join "`n")

        $db = Join-Path $TestDrive 'installed.db'
        $use = Invoke-FreshPwsh -NoImport -Environment $environment -Script @"
`$ErrorActionPreference = 'Stop'
Import-Module NewsArchive
(Get-Module NewsArchive).ModuleBase
`$null = Import-Issue -LiteralPath '$seedPage' -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database '$db'
(Get-Article -Database '$db' -Reporter 罗文鹏).Title
"@
        $use.ExitCode | Should -Be 0 -Because ($use.Output -join "`n")
        $use.Output[0] | Should -BeLike "$($environment.HOME)*" -Because 'the module comes from the installed copy, not the build folder'
        $use.Output[1] | Should -Not -BeNullOrEmpty
    }
}
