#Requires -Version 7.2
<#
.SYNOPSIS
    Builds, tests and demonstrates the NewsArchive module.
.DESCRIPTION
    Build  publishes an importable module folder to out/NewsArchive (manifest, dlls, format views, help, and the native
           SQLite library of each supported platform under runtimes/<rid>/native, the right one loaded at import).
    Package builds, then writes out/packages/NewsArchive.<version>.nupkg for Install-PSResource from a folder repository.
    Test   builds and packages, runs the xUnit tests of the core and the Pester tests of the cmdlets (against the built module, in a
           fresh pwsh), prints one totals line "N passed, N failed" and exits non-zero on any failure.
    Demo   builds, imports the pages in samples/ into an archive of its own, out/demo/archive.db (made afresh each run;
           your own archive is never touched), says where it is and shows what is now in it. -NoBuild uses the module
           already in out/NewsArchive.
.EXAMPLE
    dotnet tool restore && dotnet pwsh -NoProfile -File ./build.ps1 -Task Test
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Demo', 'Package')]
    [string] $Task = 'Build',

    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Release',

    # Demo only: show the module already built in out/NewsArchive instead of building it first.
    [switch] $NoBuild
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$Root = $PSScriptRoot
$OutRoot = Join-Path $Root 'out'
$ModuleOut = Join-Path $OutRoot 'NewsArchive'
$TestResults = Join-Path $OutRoot 'test-results'
# Pinned: the tests are written against this Pester, fetched from NuGet by tests/tools/tools.csproj.
$PesterVersion = '5.7.1'

function Invoke-Native {
    param([Parameter(Mandatory)][string] $FilePath, [string[]] $ArgumentList = @())
    & $FilePath @ArgumentList
    if ($LASTEXITCODE -ne 0) {
        throw "'$FilePath $($ArgumentList -join ' ')' failed with exit code $LASTEXITCODE."
    }
}

# The pwsh running this script, as a command line: under 'dotnet pwsh' the process is dotnet and pwsh.dll its argument.
function Get-PwshCommandLine {
    $process = (Get-Process -Id $PID).Path
    if ([System.IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') {
        return @($process, (Join-Path $PSHOME 'pwsh.dll'))
    }
    return @($process)
}

function Invoke-Build {
    $publish = Join-Path $OutRoot 'publish'
    Write-Host "Publishing NewsArchive ($Configuration)"
    # No runtime identifier: one set of managed dlls for every platform; the native engines are added by Copy-NativeSqlite.
    if (Test-Path $publish) { Remove-Item $publish -Recurse -Force }
    Invoke-Native dotnet @('publish', (Join-Path $Root 'src/NewsArchive/NewsArchive.csproj'), '-c', $Configuration,
        '-o', $publish, '-nologo', '-v', 'quiet', '-p:GenerateDocumentationFile=false')

    if (Test-Path $ModuleOut) { Remove-Item $ModuleOut -Recurse -Force }
    $null = New-Item -ItemType Directory -Path $ModuleOut
    Get-ChildItem $publish -File -Filter *.dll | Where-Object Name -NE 'System.Management.Automation.dll' | Copy-Item -Destination $ModuleOut
    Invoke-ReadyToRun -Publish $publish
    Copy-NativeSqlite
    Copy-Item (Join-Path $Root 'module/NewsArchive.psd1'), (Join-Path $Root 'module/NewsArchive.format.ps1xml'), (Join-Path $Root 'LICENSE') -Destination $ModuleOut
    # The Traditional-to-Simplified table embedded in NewsArchive.Core.dll is OpenCC's (Apache-2.0): its licence ships too.
    Copy-Item (Join-Path $Root 'src/NewsArchive.Core/Text/OpenCC-LICENSE.txt') -Destination $ModuleOut
    # Scripts for operators (the scheduled import) ship inside the module folder.
    Copy-Item (Join-Path $Root 'module/Scripts') -Destination $ModuleOut -Recurse
    Copy-Localized -Publish $publish
    Write-Host "Module ready: $ModuleOut"
}

# The module's assemblies and those its SQLite and PostgreSQL paths load, compiled ahead of time. A new session's first
# Get-Article JIT-compiled about 1,000 methods of the module, Dapper and Microsoft.Data.Sqlite (0.7-1.0 s on 2 busy
# cores; 250-380 methods and 0.2-0.5 s compiled ahead), an import about 15,600 (12,500-13,500), and a new PostgreSQL
# importer or reader spent about 0.3 s of its first page on Npgsql (about 2,000 methods). Hot methods are still
# recompiled by the runtime's tiers, so steady-state code is as fast as before. ReadyToRun code is for one platform,
# linux-x64 here (the servers' and CI's); the runtime uses it where it matches (.NET 10's x64 Linux) and compiles the IL
# beside it anywhere else, so the module still loads and runs on every platform.
$ReadyToRunAssemblies = 'NewsArchive.dll', 'NewsArchive.Core.dll', 'Dapper.dll', 'Microsoft.Data.Sqlite.dll', 'SQLitePCLRaw.core.dll',
    'SQLitePCLRaw.provider.e_sqlite3.dll', 'SQLitePCLRaw.batteries_v2.dll',
    'Npgsql.dll', 'NewsArchive.Postgres.dll', 'Microsoft.Extensions.Logging.Abstractions.dll'

# Compiles $ReadyToRunAssemblies in the module folder in place with crossgen2, against the linux-x64 runtime and the
# module's other assemblies; .config/ReadyToRun restores both (the versions this SDK pairs with its runtime).
function Invoke-ReadyToRun([string] $Publish) {
    $project = Join-Path $Root '.config/ReadyToRun/ReadyToRun.csproj'
    Invoke-Native dotnet @('restore', $project, '-nologo', '-v', 'quiet')
    $assets = Get-Content -Raw (Join-Path $Root '.config/ReadyToRun/obj/project.assets.json') | ConvertFrom-Json
    $packageFolder = $assets.packageFolders.PSObject.Properties.Name | Select-Object -First 1
    $downloads = $assets.project.frameworks.'net10.0'.downloadDependencies
    function Get-PackFolder([string] $Pattern) {
        $pack = @($downloads | Where-Object name -Like $Pattern)
        if ($pack.Count -ne 1) { throw ".config/ReadyToRun restored no single $Pattern pack." }
        Join-Path $packageFolder "$($pack[0].name.ToLowerInvariant())/$($pack[0].version.Trim('[]').Split(',')[0].Trim())"
    }
    $crossgen = Get-ChildItem (Join-Path (Get-PackFolder 'Microsoft.NETCore.App.Crossgen2.*') 'tools') -File |
        Where-Object Name -In 'crossgen2', 'crossgen2.exe' | Select-Object -First 1
    if (-not $crossgen) { throw 'The Crossgen2 pack holds no crossgen2.' }
    $runtime = Get-ChildItem (Join-Path (Get-PackFolder 'Microsoft.NETCore.App.Runtime.linux-x64') 'runtimes/linux-x64/lib') -Directory | Select-Object -First 1
    $framework = @(Get-ChildItem $runtime.FullName -Filter *.dll)
    $frameworkNames = [System.Collections.Generic.HashSet[string]]::new([string[]]$framework.Name, [StringComparer]::OrdinalIgnoreCase)
    # The module's own copies of framework assemblies (netstandard2.0 shims: System.Memory…) lose to the runtime's.
    $references = @($framework.FullName) + @(Get-ChildItem $Publish -Filter *.dll | Where-Object { -not $frameworkNames.Contains($_.Name) } | ForEach-Object FullName)
    $compiled = Join-Path $OutRoot 'readytorun'
    if (Test-Path $compiled) { Remove-Item $compiled -Recurse -Force }
    $null = New-Item -ItemType Directory -Path $compiled
    foreach ($assembly in $ReadyToRunAssemblies) {
        $arguments = @((Join-Path $Publish $assembly), '-o', (Join-Path $compiled $assembly), '--targetos', 'linux', '--targetarch', 'x64', '-O') +
            @($references | ForEach-Object { '-r', $_ })
        Invoke-Native $crossgen.FullName $arguments | Out-Null
        Copy-Item (Join-Path $compiled $assembly) -Destination $ModuleOut -Force
    }
}

# The platforms the module ships SQLite for; the module picks one at import (src/NewsArchive/Infrastructure/NativeSqlite.cs).
$NativeRuntimes = 'win-x64', 'win-arm64', 'osx-x64', 'osx-arm64', 'linux-x64', 'linux-arm64', 'linux-musl-x64'

# Copies each platform's e_sqlite3 from the NuGet package the restore chose (same version as SQLitePCLRaw's managed
# side) into runtimes/<rid>/native/ of the module folder.
function Copy-NativeSqlite {
    $assets = Get-Content -Raw (Join-Path $Root 'src/NewsArchive/obj/project.assets.json') | ConvertFrom-Json
    $library = $assets.libraries.PSObject.Properties | Where-Object Name -Like 'SQLitePCLRaw.lib.e_sqlite3/*' | Select-Object -First 1
    if (-not $library) { throw 'The restore chose no SQLitePCLRaw.lib.e_sqlite3 package.' }
    $packageFolder = $assets.packageFolders.PSObject.Properties.Name | Select-Object -First 1
    foreach ($rid in $NativeRuntimes) {
        $source = Join-Path $packageFolder "$($library.Value.path)/runtimes/$rid/native"
        $files = @(Get-ChildItem $source -File -ErrorAction Stop)
        if ($files.Count -eq 0) { throw "No native SQLite for $rid in $source." }
        $destination = New-Item -ItemType Directory -Force -Path (Join-Path $ModuleOut "runtimes/$rid/native")
        $files | Copy-Item -Destination $destination
    }
}

# A .nupkg of the built module in out/packages: a folder that Register-PSResourceRepository serves as a repository.
function Invoke-Package {
    $packages = Join-Path $OutRoot 'packages'
    if (Test-Path $packages) { Remove-Item $packages -Recurse -Force }
    $null = New-Item -ItemType Directory -Path $packages
    Compress-PSResource -Path $ModuleOut -DestinationPath $packages
    $package = Get-ChildItem $packages -Filter 'NewsArchive.*.nupkg'
    if (-not $package) { throw "Compress-PSResource wrote no package to $packages." }
    Write-Host "Package ready: $($package.FullName)"
}

# Help and messages per language: module/<culture>/ (en-US, zh-CN) holds about_NewsArchive and the cmdlets' help, the
# publish's <culture>/NewsArchive.resources.dll the messages; PowerShell picks the folder of $PSUICulture.
function Copy-Localized([string] $Publish) {
    $english = Join-Path $Root 'module/en-US/commands'
    foreach ($source in Get-ChildItem (Join-Path $Root 'module') -Directory | Where-Object Name -Match '^[a-z]{2}-[A-Z]{2}$') {
        $help = New-Item -ItemType Directory -Path (Join-Path $ModuleOut $source.Name)
        Copy-Item (Join-Path $source.FullName 'about_NewsArchive.help.txt') -Destination $help
        $commands = Join-Path $source.FullName 'commands'
        if ($source.Name -ne 'en-US') {
            $commands = ConvertTo-TranslatedHelp -English $english -Translations $commands -Destination (Join-Path $OutRoot "help/$($source.Name)")
        }
        Write-MamlHelp -Commands $commands -Destination (Join-Path $help 'NewsArchive.dll-Help.xml')
        $messages = Join-Path $Publish "$($source.Name)/NewsArchive.resources.dll"
        if (Test-Path $messages) { Copy-Item $messages -Destination $help }
    }
}

# Another language's help is the English MAML (syntax, types, example code: one source of truth) with the prose from
# module/<culture>/commands/<Verb-Noun>.psd1 (Synopsis, Description, Parameters, Examples' remarks in order; _Common.psd1
# for the parameters every cmdlet shares). Text without a translation stays English; the tests require none.
function ConvertTo-TranslatedHelp([string] $English, [string] $Translations, [string] $Destination) {
    if (Test-Path $Destination) { Remove-Item $Destination -Recurse -Force }
    $null = New-Item -ItemType Directory -Path $Destination
    $common = Import-PowerShellDataFile (Join-Path $Translations '_Common.psd1')
    foreach ($file in Get-ChildItem $English -Filter '*.xml') {
        $xml = [xml](Get-Content -Raw -LiteralPath $file.FullName)
        $names = [System.Xml.XmlNamespaceManager]::new($xml.NameTable)
        $names.AddNamespace('maml', 'http://schemas.microsoft.com/maml/2004/10')
        $names.AddNamespace('command', 'http://schemas.microsoft.com/maml/dev/command/2004/10')
        $names.AddNamespace('dev', 'http://schemas.microsoft.com/maml/dev/2004/10')
        $translationFile = Join-Path $Translations "$($file.BaseName).psd1"
        $text = if (Test-Path $translationFile) { Import-PowerShellDataFile $translationFile } else { @{} }
        Set-MamlParagraphs $xml.SelectSingleNode('/command:command/command:details/maml:description', $names) $text['Synopsis']
        Set-MamlParagraphs $xml.SelectSingleNode('/command:command/maml:description', $names) $text['Description']
        foreach ($parameter in $xml.SelectNodes('//command:parameter', $names)) {
            $name = $parameter.SelectSingleNode('maml:name', $names).InnerText
            $translated = if ($text['Parameters'] -and $text['Parameters'].ContainsKey($name)) { $text.Parameters[$name] } else { $common.Parameters[$name] }
            Set-MamlParagraphs $parameter.SelectSingleNode('maml:description', $names) $translated
        }
        $remarks = @($xml.SelectNodes('//command:example/dev:remarks', $names))
        for ($index = 0; $index -lt [Math]::Min($remarks.Count, @($text['Examples']).Count); $index++) {
            Set-MamlParagraphs $remarks[$index] $text['Examples'][$index]
        }
        $xml.Save((Join-Path $Destination $file.Name))
    }
    $Destination
}

# Replaces the <maml:para> children of a MAML node with these paragraphs (nothing to do without a node or a text).
function Set-MamlParagraphs([System.Xml.XmlNode] $Node, [string[]] $Paragraphs) {
    if (-not $Node -or -not $Paragraphs) { return }
    $namespace = 'http://schemas.microsoft.com/maml/2004/10'
    foreach ($old in @($Node.ChildNodes)) { $null = $Node.RemoveChild($old) }
    foreach ($paragraph in $Paragraphs) {
        $element = $Node.OwnerDocument.CreateElement('maml', 'para', $namespace)
        $element.InnerText = $paragraph
        $null = $Node.AppendChild($element)
    }
}

# Help is written one file per cmdlet (module/<culture>/commands/<Verb-Noun>.xml, each one <command:command>) and joined
# here into the single MAML file PowerShell reads.
function Write-MamlHelp([string] $Commands, [string] $Destination) {
    $builder = [System.Text.StringBuilder]::new()
    $null = $builder.AppendLine('<?xml version="1.0" encoding="utf-8"?>')
    $null = $builder.AppendLine('<helpItems schema="maml" xmlns="http://msh" xmlns:maml="http://schemas.microsoft.com/maml/2004/10" xmlns:command="http://schemas.microsoft.com/maml/dev/command/2004/10" xmlns:dev="http://schemas.microsoft.com/maml/dev/2004/10">')
    $fragments = if (Test-Path $Commands) { Get-ChildItem $Commands -Filter '*.xml' | Sort-Object Name } else { @() }
    foreach ($file in $fragments) {
        $null = $builder.AppendLine((Get-Content -Raw -LiteralPath $file.FullName).Trim())
    }
    $null = $builder.AppendLine('</helpItems>')
    [System.IO.File]::WriteAllText($Destination, $builder.ToString(), [System.Text.UTF8Encoding]::new($false))
    # Fail the build on a malformed fragment rather than ship help that Get-Help silently ignores.
    $null = [xml](Get-Content -Raw -LiteralPath $Destination)
}

function Get-PesterModulePath {
    Invoke-Native dotnet @('restore', (Join-Path $Root 'tests/tools/tools.csproj'), '-nologo', '-v', 'quiet')
    $packages = if ($env:NUGET_PACKAGES) { $env:NUGET_PACKAGES } else { Join-Path ([Environment]::GetFolderPath('UserProfile')) '.nuget/packages' }
    $path = Join-Path $packages "pester/$PesterVersion/tools/Pester.psd1"
    if (-not (Test-Path $path)) { throw "Pester $PesterVersion was not restored to $path." }
    $path
}

function Invoke-CoreTests {
    $trx = Join-Path $TestResults 'core.trx'
    if (Test-Path $trx) { Remove-Item $trx }
    & dotnet test (Join-Path $Root 'tests/NewsArchive.Core.Tests/NewsArchive.Core.Tests.csproj') -c $Configuration -nologo `
        --logger 'trx;LogFileName=core.trx' --logger 'console;verbosity=minimal' --results-directory $TestResults | Out-Host
    if (-not (Test-Path $trx)) {
        Write-Host 'xUnit produced no results: the core tests did not build or did not run.' -ForegroundColor Red
        return [pscustomobject]@{ Passed = 0; Failed = 1 }
    }
    $counters = ([xml](Get-Content -Raw $trx)).TestRun.ResultSummary.Counters
    [pscustomobject]@{ Passed = [int]$counters.passed; Failed = [int]$counters.failed + [int]$counters.error + [int]$counters.timeout }
}

# Some tests need a Debian tool: the HTML report test opens the report in headless Chromium (with a CJK font so the
# screenshot shows Chinese); the old-SQLite test reads an archive with Debian's sqlite3 CLI (3.40). On a clean Debian CI
# machine (root) install the packages; elsewhere say what is missing and let those tests fail or skip.
function Install-DebianTool([string] $Command, [string[]] $Packages, [string] $Purpose) {
    if (Get-Command $Command -ErrorAction SilentlyContinue) { return }
    $isRoot = $IsLinux -and (& id -u) -eq '0'
    if (-not ($isRoot -and (Test-Path /etc/debian_version) -and (Get-Command apt-get -ErrorAction SilentlyContinue))) {
        Write-Host "$Command is not on PATH and cannot be installed here (needs root on Debian): $Purpose will fail or skip." -ForegroundColor Yellow
        return
    }
    if (-not ((& apt-cache policy $Packages[0] 2>$null) -match 'Candidate: (?!\(none\))')) { Invoke-Native apt-get @('update', '-qq') }
    Write-Host "Installing $($Packages -join ', ') for $Purpose"
    $env:DEBIAN_FRONTEND = 'noninteractive'
    Invoke-Native apt-get (@('install', '-y', '-qq', '--no-install-recommends') + $Packages)
}

function Install-TestTools {
    Install-DebianTool chromium @('chromium', 'fonts-wqy-microhei') 'the HTML report test'
    Install-DebianTool sqlite3 @('sqlite3') 'the old-SQLite test'
}

function Invoke-PesterTests {
    param([ValidateSet('Sqlite', 'Postgres')][string] $Engine = 'Sqlite')
    $pester = Get-PesterModulePath
    $summary = Join-Path $TestResults $(if ($Engine -eq 'Sqlite') { 'pester-summary.json' } else { 'pester-summary-postgres.json' })
    if (Test-Path $summary) { Remove-Item $summary }
    $runner = Join-Path $Root 'tests/Invoke-PesterTests.ps1'
    $pwsh = @(Get-PwshCommandLine)
    $arguments = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $runner,
        '-PesterPath', $pester, '-ModulePath', $ModuleOut, '-TestsPath', (Join-Path $Root 'tests/NewsArchive.Tests'),
        '-ResultsPath', $TestResults, '-Engine', $Engine)
    & $pwsh[0] @arguments | Out-Host
    if (-not (Test-Path $summary)) {
        Write-Host 'Pester produced no summary: the run failed before its tests finished.' -ForegroundColor Red
        return [pscustomobject]@{ Passed = 0; Failed = 1 }
    }
    Get-Content -Raw $summary | ConvertFrom-Json
}

# The PostgreSQL tests get a throwaway primary and hot standby (tests/TestPostgres.psm1), stopped however the tests end.
# Where PostgreSQL can neither be found nor installed, the reason goes to the tests, which skip with it; a server that
# fails to start is not a reason to skip, so those tests fail with the error.
function Invoke-PesterWithPostgres {
    Import-Module (Join-Path $Root 'tests/TestPostgres.psm1') -Force
    $cluster = $null
    try {
        try {
            $cluster = Start-TestPostgres -Standby
            if ($cluster.SkipReason) {
                Write-Host "PostgreSQL tests skipped: $($cluster.SkipReason)" -ForegroundColor Yellow
                $env:NEWSARCHIVE_TEST_PG_SKIP = $cluster.SkipReason
            }
            else {
                $env:NEWSARCHIVE_TEST_PG = $cluster.Primary
                $env:NEWSARCHIVE_TEST_PG_STANDBY = $cluster.Standby
                $env:NEWSARCHIVE_TEST_PG_ROLE = $cluster.PasswordRole
                $env:NEWSARCHIVE_TEST_PG_PASSWORD = $cluster.Password
            }
        }
        catch {
            Write-Host "Starting PostgreSQL failed: $_" -ForegroundColor Red
            $env:NEWSARCHIVE_TEST_PG_ERROR = "$_"
        }
        $sqlite = Invoke-PesterTests -Engine Sqlite
        # The same suite again on PostgreSQL; where it cannot run, only the PostgreSQL-only tests run, to skip with the reason.
        Write-Host "Pester on PostgreSQL$(if ($env:NEWSARCHIVE_TEST_PG_SKIP) { ' (skipped: ' + $env:NEWSARCHIVE_TEST_PG_SKIP + ')' })" -ForegroundColor Cyan
        $postgres = Invoke-PesterTests -Engine Postgres
        [pscustomobject]@{ Passed = $sqlite.Passed + $postgres.Passed; Failed = $sqlite.Failed + $postgres.Failed }
    }
    finally {
        Stop-TestPostgres $cluster
    }
}

function Invoke-Demo {
    $samples = Join-Path $Root 'samples'
    # The demo's own archive, made afresh: a demo must never write into the user's real one.
    $database = Join-Path $OutRoot 'demo/archive.db'
    Remove-Item -LiteralPath $database, "$database-wal", "$database-shm" -ErrorAction SilentlyContinue
    $script = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$ModuleOut/NewsArchive.psd1'
`$env:NEWSARCHIVE_DB = '$database'
Write-Host "Demo archive (its own, made afresh; your archive is not touched): $database"
Write-Host ''
Write-Host 'Importing the sample pages…' -ForegroundColor Cyan
Get-ChildItem -LiteralPath '$samples' -Filter *.txt | Import-Issue | Format-Table -AutoSize | Out-Host
Write-Host 'Articles now in the archive:' -ForegroundColor Cyan
Get-Article | Format-Table -AutoSize | Out-Host
Write-Host 'One article in full (Get-Article -First 1 | Format-List):' -ForegroundColor Cyan
Get-Article -First 1 | Format-List Newspaper, Date, Page, Sequence, Kicker, Title, Subtitle, Bylines, Dateline, EventDate, Officials, Paragraphs | Out-Host
Write-Host 'Officials the pages name (Find-Official | Select-Object -First 8):' -ForegroundColor Cyan
Find-Official | Select-Object -First 8 | Format-Table -AutoSize | Out-Host
Write-Host 'Chinese full-text search (Get-Article -Text 防汛 | Format-Table -View Search):' -ForegroundColor Cyan
Get-Article -Text 防汛 | Format-Table -View Search | Out-Host
Write-Host 'Articles by reporter (Export-Stats -By Reporter):' -ForegroundColor Cyan
Export-Stats -By Reporter | Select-Object -First 6 | Format-Table -AutoSize | Out-Host
Write-Host "The demo archive is $database; try: Get-Article -Database '$database'"
"@
    $pwsh = @(Get-PwshCommandLine)
    $arguments = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-Command', $script)
    & $pwsh[0] @arguments
    if ($LASTEXITCODE -ne 0) { throw "The demo failed (exit code $LASTEXITCODE)." }
}

Push-Location $Root
try {
    switch ($Task) {
        'Build' { Invoke-Build }
        'Package' { Invoke-Build; Invoke-Package }
        'Demo' { if (-not $NoBuild) { Invoke-Build }; Invoke-Demo }
        'Test' {
            $null = New-Item -ItemType Directory -Force -Path $TestResults
            $failedBuild = $false
            try { Invoke-Build; Invoke-Package } catch { Write-Host "Build failed: $_" -ForegroundColor Red; $failedBuild = $true }
            $core = Invoke-CoreTests
            if (-not $failedBuild) { try { Install-TestTools } catch { Write-Host "Installing the test tools failed: $_" -ForegroundColor Yellow } }
            $pester = if ($failedBuild) { [pscustomobject]@{ Passed = 0; Failed = 1 } } else { Invoke-PesterWithPostgres }
            $passed = $core.Passed + $pester.Passed
            $failed = $core.Failed + $pester.Failed + [int]$failedBuild
            Write-Host "xUnit: $($core.Passed) passed, $($core.Failed) failed; Pester: $($pester.Passed) passed, $($pester.Failed) failed"
            # The one line CI reads; keep it alone on its line.
            Write-Output "$passed passed, $failed failed"
            if ($failed -gt 0) { exit 1 }
        }
    }
}
finally {
    Pop-Location
}
