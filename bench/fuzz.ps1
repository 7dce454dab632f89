#Requires -Version 7.2
<#
.SYNOPSIS
    The long fuzzing run of the import path: decode, front matter, identity and analysis of generated and mutated pages.
.DESCRIPTION
    Runs the xUnit test ParserFuzzTests (which CI runs with 3,000 pages) with -Pages pages and -Seed, and prints its
    report: pages run, how many parsed, how many refused and why, the slowest page and the time taken. The run fails
    on any exception other than a PageFormatException, or on a page slower than 2 s, and prints that page's bytes.
.EXAMPLE
    dotnet pwsh -NoProfile -File bench/fuzz.ps1 -Pages 100000
#>
param(
    [ValidateRange(1, [int]::MaxValue)][int] $Pages = 100000,
    [int] $Seed = 20261129
)

$ErrorActionPreference = 'Stop'
$env:NEWSARCHIVE_FUZZ_PAGES = $Pages
$env:NEWSARCHIVE_FUZZ_SEED = $Seed
$project = Join-Path $PSScriptRoot '../tests/NewsArchive.Core.Tests/NewsArchive.Core.Tests.csproj'
$clock = [Diagnostics.Stopwatch]::StartNew()
$output = & dotnet test $project -c Release -nologo --filter 'FullyQualifiedName~ParserFuzzTests' --logger 'console;verbosity=detailed' 2>&1
$exitCode = $LASTEXITCODE
$output | Where-Object { $_ -match 'Fuzzed|Page \d+ of seed|Passed|Failed' } | ForEach-Object { "$_".Trim() }
"Total wall time including build: {0:F1} s" -f $clock.Elapsed.TotalSeconds
exit $exitCode
