#Requires -Version 7.2
<#
.SYNOPSIS
    Lays the articles of public news transcripts out as the page files Import-Issue reads, with the truth of what each
    page holds, for the paragraph evaluation set (issue 10).
.DESCRIPTION
    The text comes from the corpora named in bench/corpora/paraset-cctv-*.source.json (CCTV Xinwen Lianbo transcripts:
    a title, then paragraphs as published). The page furniture real newspaper pages carry around that text is added
    the way real pages carry it: kickers, headlines over one or two lines, subtitles, bylines with and without marks,
    bare author lines (王 东, 作者：…, □ 某某, 文/…), datelines (**本报讯**, 本报北京３月１５日讯 with full-width digits,
    新华社北京3月15日电（记者 …）), intertitles (the transcripts' own bold sub-heads, and headline phrases of other
    stories), 核心阅读 boxes, editor's notes, picture captions and credits, continuation notes (（下转第三版） and an
    untitled continued story under （上接第一版）), and column cuts: each page has its own column width and height,
    paragraphs are broken where a column ends, and some pages keep the column's line wrap.

    Everything is decided by one seeded random generator, so the same seed and sources give the same pages. The
    pages and truth.json go to -OutPath (gitignored; the text is never committed).
.EXAMPLE
    dotnet pwsh -NoProfile -File bench/ParagraphSet/Build-ParagraphSet.ps1
    dotnet pwsh -NoProfile -File bench/ParagraphSet/Measure-ParagraphSet.ps1
#>
[CmdletBinding()]
param(
    [string] $OutPath = (Join-Path (Split-Path $PSScriptRoot -Parent) 'corpus/paragraph-set'),
    [int] $Seed = 20261130,
    # The corpus ids; by default every bench/corpora/paraset-cctv-*.source.json.
    [string[]] $CorpusId
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
. (Join-Path $PSScriptRoot 'Page.ps1')

if (-not $CorpusId) {
    $CorpusId = Get-ChildItem (Join-Path $PSScriptRoot '../corpora') -Filter 'paraset-cctv-*.source.json' | Sort-Object Name |
        ForEach-Object { $_.Name -replace '\.source\.json$', '' }
}

$files = foreach ($id in $CorpusId) {
    $path = & (Join-Path $PSScriptRoot '../Get-Corpus.ps1') -Id $id
    if (-not $path) { throw "Corpus '$id' is not on this machine; the set cannot be built (see bench/corpora/README.md)." }
    [pscustomobject]@{ Id = $id; Path = $path; Day = [datetime]::ParseExact(($id -replace '^paraset-cctv-', ''), 'yyyyMMdd', $null) }
}

$rng = [System.Random]::new($Seed)
$days = @($files | ForEach-Object { Read-Transcript -Path $_.Path -Day $_.Day })
# Headline phrases of all days: intertitles and kickers are drawn from them.
$phrases = @($days | ForEach-Object { $_.Phrases } | Where-Object { $_.Length -ge 6 -and $_.Length -le 22 } | Sort-Object -Unique)

if (Test-Path -LiteralPath $OutPath) { Remove-Item -LiteralPath $OutPath -Recurse -Force }
$null = New-Item -ItemType Directory -Path $OutPath
$truth = [System.Collections.Generic.List[object]]::new()
foreach ($day in $days) {
    $pages = New-DayPages -Day $day -Rng $rng -Phrases $phrases
    foreach ($page in $pages) {
        $name = '{0:yyyyMMdd}_{1:00}.txt' -f $page.IssueDate, $page.Number
        [System.IO.File]::WriteAllText((Join-Path $OutPath $name), $page.Text, [System.Text.UTF8Encoding]::new($false))
        $truth.Add([ordered]@{ file = $name; issueDate = $page.IssueDate.ToString('yyyy-MM-dd'); page = $page.Number; layout = $page.Layout; articles = $page.Articles })
    }
}

$truth | ConvertTo-Json -Depth 8 | Set-Content -LiteralPath (Join-Path $OutPath 'truth.json') -Encoding utf8NoBOM
$articles = ($truth | ForEach-Object { $_.articles.Count } | Measure-Object -Sum).Sum
$paragraphs = ($truth | ForEach-Object { $_.articles | ForEach-Object { $_.paragraphs.Count } } | Measure-Object -Sum).Sum
Write-Host ("{0} pages, {1} articles, {2} paragraphs from {3} transcripts (seed {4}) in {5}" -f $truth.Count, $articles, $paragraphs, $days.Count, $Seed, $OutPath)
