#Requires -Version 7.2
<#
.SYNOPSIS
    Times Get-Article -Text <query> returning every match, for two builds on one archive, in alternated fresh sessions.
.DESCRIPTION
    For each pass, each build runs in a fresh pwsh: one warm-up search, then -Runs timed runs of
    @(Get-Article -Text <query> -Database <archive>).Count (wall milliseconds, and the process's CPU milliseconds).
    Prints each pass's median and fastest run with the load average. The archive is only read (a copy is safest:
    a build of an older schema would migrate it).
.EXAMPLE
    dotnet pwsh bench/Compare-EveryMatch.ps1 -ModuleA /tmp/base/NewsArchive/NewsArchive.psd1 -ModuleB out/NewsArchive/NewsArchive.psd1 -Database /tmp/x10.db
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModuleA,
    [Parameter(Mandatory)] [string] $ModuleB,
    [Parameter(Mandatory)] [string] $Database,
    [string] $Query = '经济',
    [ValidateRange(1, 100)] [int] $Runs = 7,
    [ValidateRange(1, 20)] [int] $Passes = 3
)

$ErrorActionPreference = 'Stop'
$process = (Get-Process -Id $PID).Path
$pwsh = if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { @($process, (Join-Path $PSHOME 'pwsh.dll')) } else { @($process) }
$script = @'
param($Module, $Database, $Query, $Runs)
Import-Module $Module
$null = @(Get-Article -Text $Query -Database $Database).Count
$self = Get-Process -Id $PID
$wall = @(); $cpu = @()
foreach ($i in 1..$Runs) {
    $self.Refresh(); $before = $self.TotalProcessorTime
    $clock = [Diagnostics.Stopwatch]::StartNew()
    $rows = @(Get-Article -Text $Query -Database $Database).Count
    $wall += $clock.Elapsed.TotalMilliseconds
    $self.Refresh(); $cpu += ($self.TotalProcessorTime - $before).TotalMilliseconds
}
[pscustomobject]@{ rows = $rows; wall = $wall; cpu = $cpu } | ConvertTo-Json -Compress
'@
$file = Join-Path ([IO.Path]::GetTempPath()) "compare-everymatch-$PID.ps1"
Set-Content -LiteralPath $file -Value $script
function Get-Median([double[]] $Values) { $sorted = @($Values | Sort-Object); $sorted[[Math]::Floor(($sorted.Count - 1) / 2)] }
try {
    foreach ($pass in 1..$Passes) {
        foreach ($build in @(@{ Name = 'A'; Module = $ModuleA }, @{ Name = 'B'; Module = $ModuleB })) {
            $load = ((Get-Content -LiteralPath /proc/loadavg -ErrorAction SilentlyContinue) -split ' ' | Select-Object -First 3) -join ' '
            $arguments = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $file, (Resolve-Path $build.Module).ProviderPath, $Database, $Query, $Runs)
            $result = & $pwsh[0] @arguments | Select-Object -Last 1 | ConvertFrom-Json
            '{0} pass {1}: {2} rows, wall median {3:N0} ms (fastest {4:N0}), CPU median {5:N0} ms; load {6}' -f $build.Name, $pass, $result.rows,
                (Get-Median $result.wall), ($result.wall | Measure-Object -Minimum).Minimum, (Get-Median $result.cpu), $load
        }
    }
}
finally {
    Remove-Item -LiteralPath $file -ErrorAction SilentlyContinue
}
