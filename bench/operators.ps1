#Requires -Version 7.2
<#
.SYNOPSIS
    Times the operator cmdlets on a generated corpus: import, Test-Archive, Backup-Archive, Get-Issue, Remove-Issue.
.DESCRIPTION
    Generates a corpus with bench/CorpusGenerator (-Size day|month|year|decade), imports it into a fresh archive with
    the built module (run ./build.ps1 first), then times each operator cmdlet once and prints one line per figure.
.EXAMPLE
    dotnet pwsh -NoProfile -File bench/operators.ps1 -Size month
#>
param(
    [ValidateSet('day', 'month', 'year', 'decade')][string] $Size = 'month',
    [string] $WorkFolder = (Join-Path ([System.IO.Path]::GetTempPath()) "newsarchive-operators-$Size")
)

$ErrorActionPreference = 'Stop'
$root = Split-Path $PSScriptRoot
$corpus = Join-Path $WorkFolder 'corpus'
if (Test-Path $WorkFolder) { Remove-Item $WorkFolder -Recurse -Force }
& dotnet run -c Release --project (Join-Path $root 'bench/CorpusGenerator') -- --size $Size --out $corpus | Out-Null
if ($LASTEXITCODE -ne 0) { throw 'The corpus generator failed.' }
Import-Module (Join-Path $root 'out/NewsArchive/NewsArchive.psd1')

$db = Join-Path $WorkFolder 'archive.db'
function Measure-Milliseconds([scriptblock] $Action) { [int](Measure-Command $Action).TotalMilliseconds }

$results = $null
$ms = Measure-Milliseconds { $script:results = @(Get-ChildItem $corpus -Recurse -Filter *.txt | Import-Issue -Database $db) }
"Import-Issue:   $($results.Count) pages in $ms ms"
$ms = Measure-Milliseconds { $script:health = Test-Archive -Database $db }
"Test-Archive:   $($health.Pages) pages, $($health.Articles) articles, Healthy $($health.Healthy) in $ms ms"
$backup = Join-Path $WorkFolder 'backup.db'
$ms = Measure-Milliseconds { $null = Backup-Archive -Database $db -Destination $backup }
"Backup-Archive: $((Get-Item $backup).Length) bytes in $ms ms"
$ms = Measure-Milliseconds { $script:issues = @(Get-Issue -Database $db) }
"Get-Issue:      $($issues.Count) issues in $ms ms"
$issue = $issues[0]
$ms = Measure-Milliseconds { Remove-Issue -Database $db -Newspaper $issue.Newspaper -Date $issue.Date -Confirm:$false }
"Remove-Issue:   one issue of $($issue.PageCount) pages, $($issue.Articles) articles in $ms ms"
