#Requires -Version 7.2
<#
.SYNOPSIS
    Writes the manifest the name trainer reads: bench/ner/corpora.json with every corpus id replaced by the path of its
    verified copy (bench/Get-Corpus.ps1). Returns the manifest's path; throws when a corpus is not on this machine.
#>
[CmdletBinding()]
[OutputType([string])]
param(
    # Only the sets of these roles (train, tune, test); all when omitted.
    [string[]] $Role,

    [string] $Destination = (Join-Path ([IO.Path]::GetTempPath()) "newsarchive-ner-manifest-$PID.json")
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$getCorpus = Join-Path $PSScriptRoot '../Get-Corpus.ps1'

function Resolve-Id([string] $id) {
    $path = & $getCorpus -Id $id
    if (-not $path) { throw "Corpus '$id' is not on this machine (see the warning above); fetch its repository first." }
    $path
}

$spec = Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot 'corpora.json') | ConvertFrom-Json
$manifest = [ordered]@{
    lexicon = [ordered]@{ familyNames = Resolve-Id $spec.lexicon.familyNames; givenNames = Resolve-Id $spec.lexicon.givenNames }
    sets    = @($spec.sets | Where-Object { -not $Role -or $_.role -in $Role } | ForEach-Object {
            $set = [ordered]@{ name = $_.name; format = $_.format; role = $_.role; paths = @($_.ids | ForEach-Object { Resolve-Id $_ }) }
            # A block of a corpus: sentences skipped at the start, sentences taken after them.
            foreach ($bound in 'skip', 'take') { if ($_.PSObject.Properties[$bound]) { $set[$bound] = $_.$bound } }
            $set
        })
}
$manifest | ConvertTo-Json -Depth 5 | Set-Content -LiteralPath $Destination -Encoding utf8NoBOM
$Destination
