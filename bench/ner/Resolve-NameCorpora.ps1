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

    [string] $Destination = (Join-Path ([IO.Path]::GetTempPath()) "newsarchive-ner-manifest-$PID.json"),

    # The evaluation pages (bench/eval/Build-RealSets.ps1 output, and the hand-made sets of bench/eval) that sets with
    # "excludeEvalPages" must not share text with.
    [string[]] $EvalPages = @((Join-Path $PSScriptRoot '../../out/eval'), (Join-Path $PSScriptRoot '../eval'))
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
            foreach ($bound in 'skip', 'take', 'excludeNeighbours') { if ($_.PSObject.Properties[$bound]) { $set[$bound] = $_.$bound } }
            # Pages an evaluation set took from the same file (its labels.json locators): those lines are not read.
            if ($_.PSObject.Properties['excludeLinesOf']) {
                $ids = @($_.ids)
                $lines = foreach ($labelsPath in $_.excludeLinesOf) {
                    $labels = Get-Content -Raw -LiteralPath (Join-Path $PSScriptRoot "../../$labelsPath") | ConvertFrom-Json
                    foreach ($article in $labels.articles) {
                        if ($article.source -notin $ids) { continue }
                        $from, $to = $article.locator.lines
                        $from..$to
                    }
                }
                $set['excludeLines'] = @($lines | Sort-Object -Unique)
            }
            # Sets (by name, whatever their role) whose sentences must not be trained on: sentences sharing text are left out.
            if ($_.PSObject.Properties['excludeSharedWith']) {
                $set['excludeSharedWith'] = @(foreach ($other in $_.excludeSharedWith) {
                        $named = @($spec.sets | Where-Object name -EQ $other)
                        if ($named.Count -ne 1) { throw "Set '$($_.name)': excludeSharedWith names '$other', which is not one set of corpora.json." }
                        $nested = [ordered]@{ name = $named[0].name; format = $named[0].format; role = $named[0].role; paths = @($named[0].ids | ForEach-Object { Resolve-Id $_ }) }
                        foreach ($bound in 'skip', 'take') { if ($named[0].PSObject.Properties[$bound]) { $nested[$bound] = $named[0].$bound } }
                        $nested
                    })
            }
            # Nor the built evaluation pages (the officials' labelled sets).
            if ($_.PSObject.Properties['excludeEvalPages'] -and $_.excludeEvalPages) {
                $set['excludePagesUnder'] = @(foreach ($folder in $EvalPages) {
                        if (-not (Test-Path -LiteralPath $folder -PathType Container)) { throw "Set '$($_.name)' excludes the evaluation pages, but there is no $folder`: build them (bench/eval/Build-RealSets.ps1) or pass -EvalPages." }
                        (Resolve-Path -LiteralPath $folder).Path
                    })
            }
            $set
        })
}
$manifest | ConvertTo-Json -Depth 5 | Set-Content -LiteralPath $Destination -Encoding utf8NoBOM
$Destination
