#Requires -Version 7.2
<#
.SYNOPSIS
    Times the analysis of pages made of long 、 lists of officials (issue 13, defect 11), to show the work is linear.
.DESCRIPTION
    Builds pages of the given sizes (UTF-8 megabytes) in memory: paragraphs of a leaders' title (市领导) and 40 names
    joined by 、, 5,120 distinct names in turn. Analyses a small page first (JIT), then each page once, and prints the
    time, the milliseconds per megabyte and the number of people found. Linear work keeps ms per MB about flat.
.EXAMPLE
    dotnet pwsh -NoProfile -File ./build.ps1; dotnet pwsh -NoProfile -File ./bench/Measure-LongList.ps1 -SizeMB 0.3, 2.4, 7
#>
[CmdletBinding()]
param(
    [double[]] $SizeMB = @(0.3, 2.4, 7),
    [string] $CorePath = (Join-Path $PSScriptRoot '../out/NewsArchive/NewsArchive.Core.dll')
)

$ErrorActionPreference = 'Stop'
if (-not (Test-Path $CorePath)) { throw "$CorePath not found: build the module first (dotnet pwsh -NoProfile -File ./build.ps1)." }
Add-Type -Path (Resolve-Path $CorePath).ProviderPath
$surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
$given = '建国明华强伟军平志刚文东海波宏亮'

function New-ListPage([double] $MB) {
    $page = [System.Text.StringBuilder]::new("`n# 会议召开`n`n")
    $person = 0
    # Almost every character is a three-byte Han character in UTF-8.
    while ($page.Length * 3 -lt $MB * 1MB) {
        $null = $page.Append('本报讯 市领导')
        for ($k = 0; $k -lt 40; $k++, $person++) {
            if ($k) { $null = $page.Append('、') }
            $null = $page.Append($surnames[$person % 20]).Append($given[[int][Math]::Floor($person / 20) % 16]).Append($given[[int][Math]::Floor($person / 320) % 16])
        }
        $null = $page.Append("出席会议。`n`n")
    }
    $page.ToString()
}

$date = [datetime]'2020-01-02'
$null = [NewsArchive.Core.Importing.PageAnalyzer]::Analyze((New-ListPage 0.05), $date)
foreach ($mb in $SizeMB) {
    $text = New-ListPage $mb
    $bytes = [System.Text.Encoding]::UTF8.GetByteCount($text)
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    $page = [NewsArchive.Core.Importing.PageAnalyzer]::Analyze($text, $date)
    $ms = $clock.Elapsed.TotalMilliseconds
    [pscustomobject]@{
        MB      = [Math]::Round($bytes / 1MB, 2)
        Ms      = [int]$ms
        MsPerMB = [int]($ms / ($bytes / 1MB))
        People  = [int]($page.Articles | ForEach-Object { $_.People.Count } | Measure-Object -Sum).Sum
    }
}
