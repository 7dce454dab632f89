#Requires -Version 7.2
<#
.SYNOPSIS
    Checks the officials' names against independent person labels: the MSRA NER validation split (1990s national news,
    3,000 sentences, PER spans labelled by MSRA), never the MSRA test split (the person-name model's held-out set).
.DESCRIPTION
    Each sentence is analysed as one article (OfficialExtractor, as Import-Issue runs it). Reports
      NamePrecision  the share of officials found whose name is exactly a labelled PER span of the sentence
                     (a fragment, a run-on or a word taken for a name is not);
      TitledRecall   of the PER spans written right after a common post (总统, 书记, 外长, 部长…, a rough stand-in for
                     "named with a title"), the share found as officials with exactly that name.
    Development material only: MSRA does not label titles, so this measures names, not titles. -Errors lists the misses.
.EXAMPLE
    dotnet pwsh -NoProfile -File ./build.ps1; dotnet pwsh -NoProfile -File ./bench/Measure-MsraOfficials.ps1 -Errors
#>
[CmdletBinding()]
param(
    [string] $CorePath = (Join-Path $PSScriptRoot '../out/NewsArchive/NewsArchive.Core.dll'),
    [switch] $Errors
)

$ErrorActionPreference = 'Stop'
if (-not (Test-Path $CorePath)) { throw "$CorePath not found: build the module first (dotnet pwsh -NoProfile -File ./build.ps1)." }
Add-Type -Path (Resolve-Path $CorePath).ProviderPath
$sentencesPath = & (Join-Path $PSScriptRoot 'Get-Corpus.ps1') -Id msra-ner-lemonhu-val-sentences
$tagsPath = & (Join-Path $PSScriptRoot 'Get-Corpus.ps1') -Id msra-ner-lemonhu-val-tags
if (-not $sentencesPath -or -not $tagsPath) { throw 'The MSRA validation split is not on this machine: see bench/corpora/msra-ner-lemonhu-val-*.source.json.' }
$sentences = [System.IO.File]::ReadAllLines($sentencesPath)
$tags = [System.IO.File]::ReadAllLines($tagsPath)
$titled = [regex]'(总书记|书记|总统|总理|主席|委员长|部长|外长|首相|国务卿|大使|省长|市长|县长|局长|厅长|司令员|司令|议长|秘书长|发言人|国王)$'

$found = 0; $exact = 0; $titledSpans = 0; $titledFound = 0
$misses = [System.Collections.Generic.List[string]]::new()
for ($i = 0; $i -lt $sentences.Count; $i++) {
    $chars = $sentences[$i] -split ' '
    $labels = $tags[$i] -split ' '
    $text = -join $chars
    $spans = @(for ($k = 0; $k -lt $labels.Count; $k++) {
        if ($labels[$k] -ne 'B-PER') { continue }
        $end = $k + 1
        while ($end -lt $labels.Count -and $labels[$end] -eq 'I-PER') { $end++ }
        [pscustomobject]@{ Start = $k; Name = -join $chars[$k..($end - 1)] }
    })
    $article = [NewsArchive.Core.Model.ParsedArticle]::new()
    $article.Paragraphs.Add($text)
    [NewsArchive.Core.Extraction.OfficialExtractor]::Extract([NewsArchive.Core.Model.ParsedArticle[]]@($article))
    $officials = @($article.People | Where-Object Role -eq 'Official' | ForEach-Object Name)
    foreach ($name in $officials) {
        $found++
        if ($spans.Name -contains $name) { $exact++ } else { $misses.Add("FP  $name  in  $text") }
    }
    foreach ($span in $spans) {
        if (-not $titled.IsMatch($text.Substring(0, $span.Start))) { continue }
        $titledSpans++
        if ($officials -contains $span.Name) { $titledFound++ } else { $misses.Add("FN  $($span.Name)  in  $text") }
    }
}
if ($Errors) { $misses | Write-Host }
[pscustomobject]@{
    Sentences     = $sentences.Count
    OfficialsFound = $found
    NamePrecision = [Math]::Round($exact / [Math]::Max(1, $found), 3)
    TitledSpans   = $titledSpans
    TitledRecall  = [Math]::Round($titledFound / [Math]::Max(1, $titledSpans), 3)
}
