#Requires -Version 7.2
<#
.SYNOPSIS
    Builds a benchmark corpus of real news text: page files in the seed page's markup, cut from a public corpus of daily
    news transcripts named in bench/corpora (by default cctv-news-2022), repeated -Repeat times.
.DESCRIPTION
    Each transcript's detailed items ("### headline", then paragraphs) become articles ("# headline", a blank line
    between paragraphs), in order, filling pages of about 20 KB (the size of a real newspaper page's text), so a day
    gives one or two pages. Repetition r (0-based) dates its pages r years before the transcript's date, so every
    repetition is new to the archive: ten repetitions are ten years of the same text. The corpus text is never
    committed: the files come verified from bench/Get-Corpus.ps1. Prints the folder; a second call with the same
    arguments reuses it.
.EXAMPLE
    dotnet pwsh bench/New-NewsCorpus.ps1 -Repeat 10 -Out bench/corpus/cctv-x10
#>
[CmdletBinding()]
param(
    [string] $Id = 'cctv-news-2022',

    [ValidateRange(1, 100)]
    [int] $Repeat = 1,

    [Parameter(Mandatory)]
    [string] $Out,

    [string] $Newspaper = '江城日报'
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

# A newspaper page holds about this much text (the issue's real corpus: 273 MB over 13,900 pages).
$pageBytes = 20000
$done = Join-Path $Out 'corpus.done'
if (Test-Path -LiteralPath $done) { return (Resolve-Path $Out).ProviderPath }

$files = @(& (Join-Path $PSScriptRoot 'Get-Corpus.ps1') -Id $Id)
if ($files.Count -eq 0) { throw "Corpus '$Id' is not on this machine (see the warnings above)." }
$source = Get-Content -LiteralPath (Join-Path $PSScriptRoot "corpora/$Id.source.json") -Raw | ConvertFrom-Json

# The detailed items of one transcript as page texts: "### headline" starts an item; comments, links and the summary
# before "## 详细新闻" are left out.
function Get-Pages([string] $text) {
    $detail = $text.IndexOf('## 详细新闻')
    if ($detail -lt 0) { return }
    $pages = [System.Collections.Generic.List[string]]::new()
    $page = [System.Text.StringBuilder]::new()
    foreach ($item in ($text.Substring($detail) -split '(?m)^### ') | Select-Object -Skip 1) {
        $lines = @($item -split "`r?`n" | ForEach-Object Trim | Where-Object { $_ -and $_ -notmatch '^(<!--|\[查看原文\])' })
        if ($lines.Count -lt 2) { continue }
        $article = "# $($lines[0])`n`n" + (($lines | Select-Object -Skip 1) -join "`n`n") + "`n`n"
        if ($page.Length -gt 0 -and [Text.Encoding]::UTF8.GetByteCount($page.ToString()) + [Text.Encoding]::UTF8.GetByteCount($article) -gt $pageBytes) {
            $pages.Add($page.ToString())
            $null = $page.Clear()
        }
        $null = $page.Append($article)
    }
    if ($page.Length -gt 0) { $pages.Add($page.ToString()) }
    $pages
}

$utf8 = [System.Text.UTF8Encoding]::new($false)
$count = 0
for ($index = 0; $index -lt $files.Count; $index++) {
    $day = [datetime]::ParseExact([IO.Path]::GetFileNameWithoutExtension($source.files[$index].path), 'yyyyMMdd', $null)
    $pages = @(Get-Pages ([IO.File]::ReadAllText($files[$index], $utf8)))
    for ($r = 0; $r -lt $Repeat; $r++) {
        $date = $day.AddYears(-$r)
        $folder = Join-Path $Out ('{0:yyyy}/{0:MM}' -f $date)
        $null = New-Item -ItemType Directory -Force -Path $folder
        for ($p = 0; $p -lt $pages.Count; $p++) {
            $name = '{0}_{1:yyyyMMdd}_{2:00}.txt' -f $Newspaper, $date, ($p + 1)
            [IO.File]::WriteAllText((Join-Path $folder $name), $pages[$p], $utf8)
            $count++
        }
    }
}
Set-Content -LiteralPath $done -Value "$count pages from $Id, $Repeat repetitions"
Write-Verbose "$count pages"
(Resolve-Path $Out).ProviderPath
