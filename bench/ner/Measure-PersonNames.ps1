#Requires -Version 7.2
<#
.SYNOPSIS
    Measures a person-name model (by default the shipped one) on every annotated set of bench/ner/corpora.json: exact-span
    precision, recall and F1 of person names. The test sets (MSRA test split, OntoNotes sample, Weibo test) are never
    trained or tuned on.
.EXAMPLE
    dotnet pwsh -NoProfile -File bench/ner/Measure-PersonNames.ps1 -Role test
.EXAMPLE
    dotnet run -c Release --project bench/CorpusGenerator -- --size 200pages --out /tmp/pages
    dotnet pwsh -NoProfile -File bench/ner/Measure-PersonNames.ps1 -Speed -Pages /tmp/pages
#>
[CmdletBinding()]
param(
    [string] $ModelPath = (Join-Path $PSScriptRoot '../../src/NewsArchive.Core/Extraction/Names/PersonNames.model'),

    [string[]] $Role = @('test'),

    # Time the recogniser on pages instead of scoring it: the sets' text cut into pages, or the pages of -Pages.
    [switch] $Speed,

    # A folder of *.txt pages (bench/CorpusGenerator output) to time the recogniser on, side by side with today's
    # page analysis.
    [string] $Pages
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$manifest = & (Join-Path $PSScriptRoot 'Resolve-NameCorpora.ps1') -Role $Role
try {
    & dotnet run --project (Join-Path $PSScriptRoot 'NameTrainer/NameTrainer.csproj') -c Release -- $(if ($Speed) { 'speed' } else { 'eval' }) $manifest $ModelPath $(if ($Speed -and $Pages) { $Pages })
    if ($LASTEXITCODE -ne 0) { throw "The name trainer failed (exit code $LASTEXITCODE)." }
}
finally {
    Remove-Item -LiteralPath $manifest -ErrorAction SilentlyContinue
}
