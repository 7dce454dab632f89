#Requires -Version 7.2
<#
.SYNOPSIS
    Parses the pages of the paragraph evaluation set with the built core and scores what comes out against the truth
    the renderer wrote: paragraphs kept exact, article-boundary F1, intertitles, captions, bylines, continuation notes
    and event dates.
.DESCRIPTION
    Articles are matched page by page on their title (untitled ones, stories continued from another page, on their
    place). A truth paragraph is exact when the matched article has a paragraph with exactly its text. An article
    boundary is the article's head (kicker and title; untitled for a story continued from another page); boundary F1 compares the set of boundaries
    the parser finds with the truth's. Lists (intertitles, captions, bylines) are scored as multisets. Properties the
    parser does not have yet count as empty.

    Returns one object with the figures; -Detail also prints every paragraph that is not exact.
.EXAMPLE
    dotnet pwsh -NoProfile -File ./build.ps1
    dotnet pwsh -NoProfile -File bench/ParagraphSet/Build-ParagraphSet.ps1
    dotnet pwsh -NoProfile -File bench/ParagraphSet/Measure-ParagraphSet.ps1 -Detail
#>
[CmdletBinding()]
param(
    [string] $SetPath = (Join-Path (Split-Path $PSScriptRoot -Parent) 'corpus/paragraph-set'),
    # The core the module build put in out/NewsArchive; when the module is already loaded its core is used.
    [string] $CorePath = (Join-Path (Split-Path (Split-Path $PSScriptRoot -Parent) -Parent) 'out/NewsArchive/NewsArchive.Core.dll'),
    [switch] $Detail
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

if (-not ('NewsArchive.Core.Parsing.PageParser' -as [type])) { Add-Type -LiteralPath $CorePath }
$truthFile = Join-Path $SetPath 'truth.json'
if (-not (Test-Path -LiteralPath $truthFile)) { throw "No evaluation set at ${SetPath}: run bench/ParagraphSet/Build-ParagraphSet.ps1 first." }

function Get-List($Object, [string] $Name) {
    $property = $Object.PSObject.Properties[$Name]
    if ($property -and $null -ne $property.Value) { @($property.Value) } else { @() }
}

# Adds to $Score the matches between two lists taken as multisets.
function Add-ListScore($Score, $Truth, $Found) {
    # An empty list passed through $(…) arrives as $null: it holds nothing.
    $Found = @($Found | Where-Object { $null -ne $_ })
    $left = [System.Collections.Generic.List[string]]::new()
    foreach ($t in $Truth) { if ($null -ne $t) { $left.Add([string]$t) } }
    $Score.Truth += $left.Count
    $Score.Found += $Found.Count
    foreach ($f in $Found) { if ($left.Remove([string]$f)) { $Score.Matched++ } }
}

function New-Score { [pscustomobject]@{ Truth = 0; Found = 0; Matched = 0 } }
function Get-F1($Score) {
    $p = if ($Score.Found) { $Score.Matched / $Score.Found } else { 1 }
    $r = if ($Score.Truth) { $Score.Matched / $Score.Truth } else { 1 }
    if ($p + $r) { 2 * $p * $r / ($p + $r) } else { 0 }
}

# An article's head: a lost headline, a story split in two, or a last line of the story above taken for a kicker all
# change the set of heads. (Text moved inside an article shows in the paragraph figure.)
function Get-BoundaryKey([string] $Kicker, [string] $Title) { ($Kicker ?? '') + '|' + ($Title ?? '(untitled)') }

function Get-Continuation($Article) {
    $on = $Article.PSObject.Properties['ContinuedOn']; $from = $Article.PSObject.Properties['ContinuedFrom']
    "on=$(if ($on) { $on.Value } else { '' }) from=$(if ($from) { $from.Value } else { '' })"
}

$paragraphs = New-Score; $boundaries = New-Score; $intertitles = New-Score; $captions = New-Score; $bylines = New-Score
$continuations = New-Score
$dates = [pscustomobject]@{ Truth = 0; Matched = 0 }
$failures = [System.Collections.Generic.List[string]]::new()

foreach ($page in Get-Content -Raw -LiteralPath $truthFile | ConvertFrom-Json) {
    $text = [System.IO.File]::ReadAllText((Join-Path $SetPath $page.file))
    $parsed = [NewsArchive.Core.Parsing.PageParser]::Parse($text, [datetime]$page.issueDate)
    $found = [System.Collections.Generic.List[object]]::new(); foreach ($a in $parsed.Articles) { $found.Add($a) }

    $wantKeys = @($page.articles | ForEach-Object { Get-BoundaryKey $_.kicker $_.title })
    $haveKeys = @($found | ForEach-Object { Get-BoundaryKey $_.Kicker $_.Title })
    Add-ListScore $boundaries $wantKeys $haveKeys
    if ($Detail) {
        foreach ($k in $wantKeys | Where-Object { $haveKeys -notcontains $_ }) { $failures.Add("$($page.file) boundary missed: $k") }
        foreach ($k in $haveKeys | Where-Object { $wantKeys -notcontains $_ }) { $failures.Add("$($page.file) boundary extra: $k") }
    }
    $unused = [System.Collections.Generic.List[object]]::new($found)
    foreach ($truth in $page.articles) {
        $match = $unused | Where-Object { $_.Title -eq $truth.title } | Select-Object -First 1
        if ($match) { $null = $unused.Remove($match) }
        $got = if ($match) { @($match.Paragraphs) } else { @() }
        $before = $paragraphs.Matched
        Add-ListScore $paragraphs @($truth.paragraphs) $got
        Add-ListScore $intertitles @($truth.intertitles) $(if ($match) { Get-List $match 'Intertitles' } else { @() })
        Add-ListScore $captions @($truth.captions) $(if ($match) { Get-List $match 'Captions' } else { @() })
        Add-ListScore $bylines @($truth.bylines | ForEach-Object { "$($_.role) $($_.name)" }) $(if ($match) { @($match.Bylines | ForEach-Object { "$($_.Role) $($_.Name)" }) } else { @() })
        $want = "on=$($truth.continuedOn) from=$($truth.continuedFrom)"
        $have = if ($match) { Get-Continuation $match } else { 'on= from=' }
        if ($want -ne 'on= from=') { $continuations.Truth++ }
        if ($have -ne 'on= from=') { $continuations.Found++ }
        if ($want -ne 'on= from=' -and $want -eq $have) { $continuations.Matched++ }
        if ($truth.eventDate) {
            $dates.Truth++
            if ($match -and $match.EventDate -and $match.EventDate.ToString('yyyy-MM-dd') -eq $truth.eventDate) { $dates.Matched++ }
        }
        if ($Detail -and $paragraphs.Matched - $before -lt @($truth.paragraphs).Count) {
            $missing = @($truth.paragraphs | Where-Object { $got -notcontains $_ })
            $extra = @($got | Where-Object { @($truth.paragraphs) -notcontains $_ })
            $failures.Add("$($page.file) [$($truth.title)] (width $($page.layout.width), wrap $($page.layout.wrap))`n" +
                (($missing | ForEach-Object { "  - $_" }) -join "`n") + "`n" + (($extra | ForEach-Object { "  + $_" }) -join "`n"))
        }
    }
}

if ($Detail) { $failures | ForEach-Object { Write-Host $_ } }
$result = [pscustomobject]@{
    Pages            = @(Get-Content -Raw -LiteralPath $truthFile | ConvertFrom-Json).Count
    Paragraphs       = $paragraphs.Truth
    ParagraphsExact  = [Math]::Round($paragraphs.Matched / [Math]::Max(1, $paragraphs.Truth), 4)
    ParagraphsFound  = $paragraphs.Found
    BoundaryF1       = [Math]::Round((Get-F1 $boundaries), 4)
    IntertitleF1     = [Math]::Round((Get-F1 $intertitles), 4)
    CaptionF1        = [Math]::Round((Get-F1 $captions), 4)
    BylineF1         = [Math]::Round((Get-F1 $bylines), 4)
    ContinuationF1   = [Math]::Round((Get-F1 $continuations), 4)
    EventDateCorrect = [Math]::Round($dates.Matched / [Math]::Max(1, $dates.Truth), 4)
}
$result
