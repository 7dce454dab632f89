#Requires -Version 7.2
<#
.SYNOPSIS
    Rebuilds the shipped person-name model from the corpora named in bench/ner/corpora.json (checked by SHA-256), and
    writes it over src/NewsArchive.Core/Extraction/Names/PersonNames.model. Deterministic: the same sources give the
    same bytes.
.EXAMPLE
    dotnet pwsh -NoProfile -File bench/ner/Train-PersonNameModel.ps1
#>
[CmdletBinding()]
param(
    [string] $ModelPath = (Join-Path $PSScriptRoot '../../src/NewsArchive.Core/Extraction/Names/PersonNames.model'),

    [int] $MaxEpochs = 30
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$manifest = & (Join-Path $PSScriptRoot 'Resolve-NameCorpora.ps1') -Role train, tune
try {
    & dotnet run --project (Join-Path $PSScriptRoot 'NameTrainer/NameTrainer.csproj') -c Release -- train $manifest $ModelPath $MaxEpochs
    if ($LASTEXITCODE -ne 0) { throw "The name trainer failed (exit code $LASTEXITCODE)." }
}
finally {
    Remove-Item -LiteralPath $manifest -ErrorAction SilentlyContinue
}
