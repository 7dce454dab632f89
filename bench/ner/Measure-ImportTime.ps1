#Requires -Version 7.2
<#
.SYNOPSIS
    Import-Module time of two built modules, each imported in a fresh pwsh, alternated run by run so both share the
    machine's load: the person-name model must not slow the import (it loads on first use).
.EXAMPLE
    git archive main | tar -x -C /tmp/main-src; (cd /tmp/main-src; dotnet pwsh -NoProfile -File build.ps1)
    dotnet pwsh -NoProfile -File build.ps1
    dotnet pwsh -NoProfile -File bench/ner/Measure-ImportTime.ps1 -A /tmp/main-src/out/NewsArchive/NewsArchive.psd1 -B out/NewsArchive/NewsArchive.psd1
#>
[CmdletBinding()]
param(
    # The baseline module manifest.
    [Parameter(Mandatory)] [string] $A,
    # The module manifest measured against it.
    [Parameter(Mandatory)] [string] $B,
    [int] $Runs = 9
)

$ErrorActionPreference = 'Stop'
# Under 'dotnet pwsh' the process is dotnet and pwsh.dll its first argument.
$pw = (Get-Process -Id $PID).Path
# @(…) around the if: an if's one-element array result would be unrolled to a string, which splats wrongly.
$pre = @(if ([IO.Path]::GetFileNameWithoutExtension($pw) -eq 'dotnet') { Join-Path $PSHOME 'pwsh.dll' })
$ta = @(); $tb = @()
for ($i = 0; $i -lt $Runs; $i++) {
  foreach ($pair in @(@('A', $A), @('B', $B))) {
    $ms = & $pw @pre -NoProfile -Command "(Measure-Command { Import-Module '$($pair[1])' }).TotalMilliseconds"
    if ($pair[0] -eq 'A') { $ta += [double]$ms } else { $tb += [double]$ms }
  }
}
$med = { param($x) ($x | Sort-Object)[[int][Math]::Floor($x.Count / 2)] }
"A: median {0:0} ms  B: median {1:0} ms  difference {2:0} ms (of {3} alternated runs each)" -f (& $med $ta), (& $med $tb), ((& $med $tb) - (& $med $ta)), $Runs
