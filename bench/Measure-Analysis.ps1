#Requires -Version 7.2
<#
.SYNOPSIS
    Times page analysis with and without the extraction of officials, over a folder of page files.
.DESCRIPTION
    Reads every *.txt under -Corpus into memory, warms up, then times PageParser.Parse alone and PageAnalyzer.Analyze
    (parse + officials) over all of them, and prints the time per page the extraction adds. No database is involved.
.EXAMPLE
    dotnet run -c Release --project bench/CorpusGenerator -- --size year --out /tmp/corpus-year
    dotnet pwsh -NoProfile -File ./bench/Measure-Analysis.ps1 -Corpus /tmp/corpus-year
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Corpus,
    [string] $CorePath = (Join-Path $PSScriptRoot '../out/NewsArchive/NewsArchive.Core.dll')
)

$ErrorActionPreference = 'Stop'
if (-not (Test-Path $CorePath)) { throw "$CorePath not found: build the module first (dotnet pwsh -NoProfile -File ./build.ps1)." }
Add-Type -Path (Resolve-Path $CorePath).ProviderPath
$texts = @(Get-ChildItem $Corpus -Recurse -Filter *.txt | ForEach-Object { [System.IO.File]::ReadAllText($_.FullName) })
if ($texts.Count -eq 0) { throw "No *.txt pages under $Corpus." }
$date = [datetime]'2020-01-02'
foreach ($text in $texts | Select-Object -First 20) { $null = [NewsArchive.Core.Importing.PageAnalyzer]::Analyze($text, $date) }

$clock = [System.Diagnostics.Stopwatch]::StartNew()
foreach ($text in $texts) { $null = [NewsArchive.Core.Parsing.PageParser]::Parse($text, $date) }
$parse = $clock.Elapsed.TotalMilliseconds
$clock.Restart()
foreach ($text in $texts) { $null = [NewsArchive.Core.Importing.PageAnalyzer]::Analyze($text, $date) }
$analyze = $clock.Elapsed.TotalMilliseconds
[pscustomobject]@{
    Pages               = $texts.Count
    ParseMs             = [int]$parse
    ParseAndOfficialsMs = [int]$analyze
    OfficialsMsPerPage  = [Math]::Round(($analyze - $parse) / $texts.Count, 2)
}
