<#
.SYNOPSIS
    Runs the Pester tests of the cmdlets against a built module, in this (fresh) pwsh, and writes a summary for build.ps1.
#>
param(
    [Parameter(Mandatory)][string] $PesterPath,
    [Parameter(Mandatory)][string] $ModulePath,
    [Parameter(Mandatory)][string] $TestsPath,
    [Parameter(Mandatory)][string] $ResultsPath,
    # The engine the archives of the suite live on (tests/NewsArchive.Tests/TestHelpers.psm1, New-TestArchive).
    [ValidateSet('Sqlite', 'Postgres')][string] $Engine = 'Sqlite'
)

$ErrorActionPreference = 'Stop'
Import-Module $PesterPath -Force
# The tests import the module from here; each test file that needs a clean process starts its own pwsh.
$env:NEWSARCHIVE_TEST_MODULE = Join-Path $ModulePath 'NewsArchive.psd1'
$env:NEWSARCHIVE_TEST_ENGINE = $Engine
$suffix = if ($Engine -eq 'Sqlite') { '' } else { "-$Engine".ToLowerInvariant() }

$configuration = New-PesterConfiguration
$configuration.Run.Path = $TestsPath
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = 'Detailed'
# Tests of one engine's own behaviour (a file's locks, VACUUM INTO; a standby, a password role) run in its pass only.
$configuration.Filter.ExcludeTag = if ($Engine -eq 'Sqlite') { 'PostgresOnly' } else { 'SqliteOnly' }
# Without a PostgreSQL to run on, the PostgreSQL pass is only its own tests, each skipped with the reason.
if ($Engine -eq 'Postgres' -and $env:NEWSARCHIVE_TEST_PG_SKIP) { $configuration.Filter.Tag = 'PostgresOnly' }
# Errors that child pwsh processes print (and tests then quote) without ANSI colours: an ESC character in a failure's
# message made the NUnit report unwritable.
$env:NO_COLOR = '1'
# The NUnit report is written after the run, from its result: when Pester wrote it itself and failed to (as it did on
# an ESC in a message), Invoke-Pester returned nothing and the run's failures went uncounted.
$configuration.TestResult.Enabled = $false

$result = Invoke-Pester -Configuration $configuration
$summary = Join-Path $ResultsPath "pester-summary$suffix.json"
if ($null -eq $result) {
    [pscustomobject]@{ Passed = 0; Failed = 1 } | ConvertTo-Json | Set-Content -LiteralPath $summary -Encoding utf8
    throw 'Invoke-Pester returned no result: the run is counted as failed.'
}

try { Export-NUnitReport -Result $result -Path (Join-Path $ResultsPath "pester$suffix.xml") }
catch { Write-Warning "The NUnit report could not be written (the counts below stand): $_" }

# A BeforeAll that throws fails its block, not a test: count failed blocks and containers too.
$failed = [int]$result.FailedCount + [int]$result.FailedBlocksCount + [int]$result.FailedContainersCount
if ($result.Result -ne 'Passed' -and $failed -eq 0) { $failed = 1 }
[pscustomobject]@{ Passed = [int]$result.PassedCount; Failed = $failed } | ConvertTo-Json | Set-Content -LiteralPath $summary -Encoding utf8
