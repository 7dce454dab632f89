#Requires -Version 7.2
<#
.SYNOPSIS
    Measures how well NewsArchive finds officials: precision, recall and F1 over (article, name) pairs, and title accuracy.
.DESCRIPTION
    Analyses each labelled page with the built core (PageAnalyzer, exactly what Import-Issue and Update-Issue run) and
    compares the officials of each article with the page's expected.json. Prints one summary row per set (each labelled
    folder: by default every bench/eval/officials* folder, each as its own row; then the seed page in
    ../shared/samples) and then every error: false positives (found, not labelled), false negatives (labelled, not found) and title mismatches on pairs found.
    Title accuracy is the share of correctly found officials whose titles match the labels exactly, in order.
.PARAMETER CorePath
    NewsArchive.Core.dll to measure; default: the built module (out/NewsArchive). Build first: ./build.ps1
.PARAMETER EvalPath
    Folders of labelled pages (pageNN.txt + pageNN.expected.json) to evaluate, each reported as its own row;
    default: every folder under bench/eval whose name starts with "officials", in name order.
.PARAMETER Corpus
    Also evaluate a corpus written by bench/CorpusGenerator (its folder, holding truth.jsonl), reported separately.
.PARAMETER Quiet
    Print the summary only, not the errors.
.PARAMETER ShowHeldOutErrors
    Also print the errors of held-out sets: real-text sets (real-officials-*) that bench/eval/officials-floors.psd1 does not
    gate. By default their errors are withheld, so that a set measured for an honest figure is not studied by accident
    (an error list diffed across every built set showed one held-out set's errors in the fifth stop).
.EXAMPLE
    dotnet pwsh -NoProfile -File ./build.ps1; dotnet pwsh -NoProfile -File ./bench/Evaluate-Officials.ps1
.EXAMPLE
    dotnet pwsh -NoProfile -File ./bench/Evaluate-Officials.ps1 -EvalPath ./bench/eval/officials-blind
.EXAMPLE
    dotnet run -c Release --project bench/CorpusGenerator -- --size month --out /tmp/corpus-month
    dotnet pwsh -NoProfile -File ./bench/Evaluate-Officials.ps1 -Corpus /tmp/corpus-month -Quiet
#>
[CmdletBinding()]
param(
    [string] $CorePath = (Join-Path $PSScriptRoot '../out/NewsArchive/NewsArchive.Core.dll'),
    [string[]] $EvalPath = @(Get-ChildItem -Directory -Path (Join-Path $PSScriptRoot 'eval') -Filter 'officials*' | Sort-Object Name | ForEach-Object FullName),
    [string] $Corpus,
    [switch] $Quiet,
    [switch] $ShowHeldOutErrors
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
if (-not (Test-Path $CorePath)) { throw "$CorePath not found: build the module first (dotnet pwsh -NoProfile -File ./build.ps1)." }
Add-Type -Path (Resolve-Path $CorePath).ProviderPath

function Find-SharedSamples {
    for ($dir = Get-Item $PSScriptRoot; $null -ne $dir; $dir = $dir.Parent) {
        $candidate = Join-Path $dir.FullName 'shared/samples'
        if (Test-Path (Join-Path $candidate '000_fda654c1a4379181.expected.json')) { return $candidate }
    }
    $null
}

# Compares what the core makes of one page with its labelled articles; returns one row per official pair, found or expected.
function Compare-Page([string] $Label, [string] $Text, [datetime] $IssueDate, [object[]] $ExpectedArticles) {
    $page = [NewsArchive.Core.Importing.PageAnalyzer]::Analyze($Text, $IssueDate)
    $count = [Math]::Max($page.Articles.Count, $ExpectedArticles.Count)
    for ($i = 0; $i -lt $count; $i++) {
        $gold = if ($i -lt $ExpectedArticles.Count) { @($ExpectedArticles[$i].officials) } else { @() }
        $found = if ($i -lt $page.Articles.Count) { @($page.Articles[$i].People | Where-Object Role -eq 'Official') } else { @() }
        $goldByName = @{}
        foreach ($g in $gold) { $goldByName[$g.name] = @($g.titles) }
        $foundByName = @{}
        foreach ($f in $found) { $foundByName[$f.Name] = @($f.Titles) }
        foreach ($key in @($goldByName.Keys) + @($foundByName.Keys) | Select-Object -Unique) {
            $inGold = $goldByName.ContainsKey($key)
            $inFound = $foundByName.ContainsKey($key)
            [pscustomobject]@{
                Page          = $Label
                Article       = $i + 1
                Name          = $key
                Expected      = $inGold
                Found         = $inFound
                ExpectedTitle = if ($inGold) { $goldByName[$key] -join '、' } else { '' }
                FoundTitle    = if ($inFound) { $foundByName[$key] -join '、' } else { '' }
            }
        }
    }
}

function Compare-LabelledPage([string] $TextPath, [string] $ExpectedPath) {
    $expected = Get-Content -Raw -LiteralPath $ExpectedPath | ConvertFrom-Json
    Compare-Page (Split-Path $TextPath -Leaf) (Get-Content -Raw -LiteralPath $TextPath) ([datetime]$expected.issueDate) @($expected.articles)
}

function Get-Summary([string] $Set, [object[]] $Rows) {
    $tp = @($Rows | Where-Object { $_.Expected -and $_.Found })
    $fp = @($Rows | Where-Object { -not $_.Expected -and $_.Found }).Count
    $fn = @($Rows | Where-Object { $_.Expected -and -not $_.Found }).Count
    $precision = if ($tp.Count + $fp) { $tp.Count / ($tp.Count + $fp) } else { 0 }
    $recall = if ($tp.Count + $fn) { $tp.Count / ($tp.Count + $fn) } else { 0 }
    [pscustomobject]@{
        Set           = $Set
        Expected      = $tp.Count + $fn
        Found         = $tp.Count + $fp
        Correct       = $tp.Count
        Precision     = [Math]::Round($precision, 3)
        Recall        = [Math]::Round($recall, 3)
        F1            = if ($precision + $recall) { [Math]::Round(2 * $precision * $recall / ($precision + $recall), 3) } else { 0 }
        TitleAccuracy = if ($tp.Count) { [Math]::Round(@($tp | Where-Object { $_.ExpectedTitle -eq $_.FoundTitle }).Count / $tp.Count, 3) } else { 0 }
    }
}

# Real-text sets the quality gate does not list are held out: their errors are not shown unless asked for.
$gated = @((Import-PowerShellDataFile (Join-Path $PSScriptRoot 'eval/officials-floors.psd1')).Sets | ForEach-Object Name)
$heldOut = @{}

$sets = [ordered]@{}
foreach ($folder in $EvalPath) {
    $pages = @(Get-ChildItem -LiteralPath $folder -Filter 'page*.txt' | Sort-Object Name)
    if ($pages.Count -eq 0) { throw "$folder holds no pageNN.txt: pass a folder of labelled pages." }
    $leaf = Split-Path $folder -Leaf
    $heldOut["$leaf ($($pages.Count) pages)"] = $leaf -like 'real-officials-*' -and $leaf -notin $gated
    $sets["$leaf ($($pages.Count) pages)"] = foreach ($file in $pages) {
        Compare-LabelledPage $file.FullName ($file.FullName -replace '\.txt$', '.expected.json')
    }
}
$shared = Find-SharedSamples
if ($shared) {
    $sets['seed page'] = Compare-LabelledPage (Join-Path $shared '000_fda654c1a4379181.txt') (Join-Path $shared '000_fda654c1a4379181.expected.json')
}
if ($Corpus) {
    # Synthetic pages from bench/CorpusGenerator: a different distribution, reported on its own.
    $truth = Join-Path $Corpus 'truth.jsonl'
    if (-not (Test-Path $truth)) { throw "$truth not found: generate a corpus first (see bench/README.md)." }
    $sets['synthetic corpus'] = foreach ($line in [System.IO.File]::ReadLines($truth)) {
        $expected = $line | ConvertFrom-Json
        # The tail of a story continued from another page is an untitled article here and no article in the truth.
        $articles = @(if ($expected.continued) { [pscustomobject]@{ officials = @() } }) + @($expected.articles)
        Compare-Page $expected.file ([System.IO.File]::ReadAllText((Join-Path $Corpus $expected.file))) ([datetime]$expected.date) $articles
    }
}

$summaries = foreach ($set in $sets.Keys) { Get-Summary $set @($sets[$set]) }
$summaries | Format-Table -AutoSize | Out-String -Width 200 | Write-Host
if (-not $Quiet) {
    foreach ($set in $sets.Keys) {
        $errors = @($sets[$set] | Where-Object { $_.Expected -ne $_.Found -or ($_.Found -and $_.ExpectedTitle -ne $_.FoundTitle) })
        if ($errors.Count -eq 0) { continue }
        if ($heldOut[$set] -and -not $ShowHeldOutErrors) {
            Write-Host "Errors in ${set}: $($errors.Count), withheld (a held-out set: not in officials-floors.psd1; -ShowHeldOutErrors shows them)"
            continue
        }
        Write-Host "Errors in ${set}:"
        $errors | ForEach-Object {
            $kind = if (-not $_.Expected) { 'FP' } elseif (-not $_.Found) { 'FN' } else { 'TITLE' }
            "  {0,-5} {1} #{2} {3}  expected [{4}] found [{5}]" -f $kind, $_.Page, $_.Article, $_.Name, $_.ExpectedTitle, $_.FoundTitle
        } | Write-Host
    }
}
$summaries
