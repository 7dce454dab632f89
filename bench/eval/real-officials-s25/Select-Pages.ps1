#Requires -Version 7.2
<#
.SYNOPSIS
    Lists the candidate pages of real-officials-s25 by the selection rule of its README (counts, rule, rule X share),
    without printing any corpus text.
.DESCRIPTION
    Reads the 18 day files of cntv-xwlb-2013-2021 (bench/Get-Corpus.ps1), cuts each story as the cntv-json reader of
    bench/eval/Build-RealSets.ps1 does (title, paragraphs), and for every story with text computes:
      - count: the sum over the 34 post words P of their non-overlapping occurrences in the title and paragraphs
        joined;
      - rule: R1 (count >= 3), R2 (count 0, 0-based index k among the count-0 stories, in file order, k mod 8 = 0),
        R3 (count 1-2, index k among them, k mod 2 = 0), or none;
      - X: the share of its 16-character CJK shingles (CJK characters only, all else removed) found in any other file
        of the corpus cache (~/.cache/newsarchive/corpora, this source's own 18 files excepted); a share of 0.5 or
        more drops the story before the rules count it.
    Writes the list (day, item, videoId, count, rule, share) as JSON to -OutFile and prints a summary. No text.
#>
[CmdletBinding()]
param(
    [string] $OutFile = (Join-Path (Split-Path (Split-Path (Split-Path $PSScriptRoot -Parent) -Parent) -Parent) 'out/eval/s25-candidates.json'),
    [string] $Cache = $(if ($env:NEWSARCHIVE_CORPUS_CACHE) { $env:NEWSARCHIVE_CORPUS_CACHE } else { Join-Path $HOME '.cache/newsarchive/corpora' })
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

Add-Type -TypeDefinition @'
using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
public static class S25Shingles {
    static bool IsCjk(char c) => (c >= '\u3400' && c <= '\u9fff');
    public static string CjkOnly(string s) {
        var b = new StringBuilder(s.Length);
        foreach (var c in s) if (IsCjk(c)) b.Append(c);
        return b.ToString();
    }
    public static List<string> Shingles(string s) {
        var cjk = CjkOnly(s); var list = new List<string>();
        for (int i = 0; i + 16 <= cjk.Length; i++) list.Add(cjk.Substring(i, 16));
        return list;
    }
    // Marks in 'found' every wanted shingle that occurs in the file's CJK text.
    public static void Scan(string path, HashSet<string> wanted, HashSet<string> found) {
        string text;
        try { text = File.ReadAllText(path, new UTF8Encoding(false, false)); } catch { return; }
        var cjk = CjkOnly(text);
        for (int i = 0; i + 16 <= cjk.Length; i++) {
            var sh = cjk.Substring(i, 16);
            if (wanted.Contains(sh)) found.Add(sh);
        }
    }
}
'@

$repoRoot = Split-Path (Split-Path (Split-Path $PSScriptRoot -Parent) -Parent) -Parent
$sourceJson = Get-Content -Raw (Join-Path $repoRoot 'bench/corpora/cntv-xwlb-2013-2021.source.json') | ConvertFrom-Json
$paths = @(& (Join-Path $repoRoot 'bench/Get-Corpus.ps1') -Id cntv-xwlb-2013-2021)
if ($paths.Count -ne 18) { throw "cntv-xwlb-2013-2021 is not on this machine (fetch china-data/xwlb)." }
$own = @($sourceJson.files | ForEach-Object { $_.sha256.ToLowerInvariant() })
$P = -split '书记 省长 市长 县长 区长 部长 局长 厅长 主席 总统 总理 首相 外长 大使 发言人 司令 政委 委员长 议长 国务卿 州长 秘书长 署长 主任 处长 镇长 乡长 检察长 院长 参谋长 行长 主委 会长 领事'

$stories = [System.Collections.Generic.List[object]]::new()
for ($f = 0; $f -lt 18; $f++) {
    $json = ([System.IO.File]::ReadAllText($paths[$f]) -split '\r?\n')[0] | ConvertFrom-Json -Depth 10
    $day = [System.IO.Path]::GetFileNameWithoutExtension($sourceJson.files[$f].path)
    $list = @($json.videoList)
    for ($i = 0; $i -lt $list.Count; $i++) {
        $detail = $list[$i].PSObject.Properties['video_detail'] ? $list[$i].video_detail : $null
        $hasText = $detail -and $detail.PSObject.Properties['content'] -and $detail.content
        if (-not $hasText) { $stories.Add([ordered]@{ file = $f; day = $day; item = $i; videoId = $list[$i].video_id; text = $null }); continue }
        $body = [System.Net.WebUtility]::HtmlDecode(($detail.content -replace '(?i)<br\s*/?>|</p>', "`n" -replace '(?s)<[^>]*>', ''))
        $paragraphs = @($body -split '\r?\n' | ForEach-Object Trim | Where-Object { $_ })
        $text = (@($detail.title.Trim()) + $paragraphs) -join "`n"
        $stories.Add([ordered]@{ file = $f; day = $day; item = $i; videoId = $list[$i].video_id; text = $text })
    }
}

# Rule X
$wanted = [System.Collections.Generic.HashSet[string]]::new()
foreach ($s in $stories) { if ($s.text) { foreach ($sh in [S25Shingles]::Shingles($s.text)) { $null = $wanted.Add($sh) } } }
$found = [System.Collections.Generic.HashSet[string]]::new()
$scanned = 0
foreach ($file in Get-ChildItem -File -LiteralPath $Cache) {
    if ($own -contains $file.Name.ToLowerInvariant()) { continue }
    if ($file.Name -match '\.partial-') { continue }
    [S25Shingles]::Scan($file.FullName, $wanted, $found); $scanned++
}

$k0 = 0; $k12 = 0
$rows = foreach ($s in $stories) {
    if (-not $s.text) { [ordered]@{ day = $s.day; file = $s.file; item = $s.item; videoId = $s.videoId; count = $null; share = $null; rule = 'no text' }; continue }
    $sh = [S25Shingles]::Shingles($s.text)
    $share = if ($sh.Count) { [math]::Round((@($sh | Where-Object { $found.Contains($_) }).Count) / $sh.Count, 3) } else { 0 }
    $count = 0
    foreach ($w in $P) { $count += ([regex]::Matches($s.text, [regex]::Escape($w))).Count }
    $rule = if ($share -ge 0.5) { 'X' }
            elseif ($count -ge 3) { 'R1' }
            elseif ($count -eq 0) { if ($k0++ % 8 -eq 0) { 'R2' } else { '' } }
            else { if ($k12++ % 2 -eq 0) { 'R3' } else { '' } }
    [ordered]@{ day = $s.day; file = $s.file; item = $s.item; videoId = $s.videoId; count = $count; share = $share; rule = $rule }
}
$null = New-Item -ItemType Directory -Force -Path (Split-Path $OutFile)
$rows | ConvertTo-Json -Depth 4 | Set-Content -LiteralPath $OutFile -Encoding utf8NoBOM
"scanned $scanned cached files; $($stories.Count) stories, $(@($rows | Where-Object { $_.rule -eq 'no text' }).Count) without text"
$rows | Group-Object { $_.rule } | Sort-Object Name | ForEach-Object { "{0,-8} {1}" -f $(if ($_.Name) { $_.Name } else { '(none)' }), $_.Count }
"highest share kept: $((@($rows | Where-Object { $null -ne $_.share -and $_.share -lt 0.5 } | ForEach-Object { $_.share }) | Measure-Object -Maximum).Maximum)"
"candidates (R1-R3, file order) written to $OutFile"
