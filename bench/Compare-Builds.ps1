#Requires -Version 7.2
<#
.SYNOPSIS
    Times two builds of the module side by side on the same corpus, each on its own archive of it: search (the queries of
    an Invoke-Benchmark run), every match of 经济, and Export-Stats. Passes alternate A, B, A, B (-Rounds), each in a
    fresh pwsh (two builds of one module cannot share a process), so the machine's load weighs on both alike; the report
    gives each build's medians over all passes and B ÷ A.
.DESCRIPTION
    The archives must hold the same pages, each imported by its build (a build reads the layout it wrote).
.EXAMPLE
    dotnet pwsh bench/Compare-Builds.ps1 -ModuleA /tmp/main/NewsArchive.psd1 -DatabaseA /tmp/x10-main.db `
        -ModuleB out/NewsArchive/NewsArchive.psd1 -DatabaseB /tmp/x10.db -Queries bench/results/<run>/queries.jsonl
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $ModuleA,
    [Parameter(Mandatory)] [string] $DatabaseA,
    [Parameter(Mandatory)] [string] $ModuleB,
    [Parameter(Mandatory)] [string] $DatabaseB,
    [Parameter(Mandatory)] [string] $Queries,
    [ValidateRange(1, 20)] [int] $Repeats = 3,
    [ValidateRange(1, 10)] [int] $Rounds = 2
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    if ($sorted.Count -eq 0) { return [double]::NaN }
    ($sorted[[Math]::Floor(($sorted.Count - 1) / 2)] + $sorted[[Math]::Ceiling(($sorted.Count - 1) / 2)]) / 2
}

# One pass of one build, in a fresh pwsh: every query (first 20: median of -Repeats; every match: once), then 经济 and
# Export-Stats once each; one JSON line per figure.
$pass = @'
param($Module, $Database, $Queries, $Repeats)
$ErrorActionPreference = 'Stop'
Import-Module $Module
function Time([scriptblock] $Block) { $c = [Diagnostics.Stopwatch]::StartNew(); $r = & $Block; [pscustomobject]@{ Ms = $c.Elapsed.TotalMilliseconds; Result = $r } }
$null = Get-Article -Text 热身 -First 1 -Database $Database
foreach ($line in Get-Content -LiteralPath $Queries) {
    $q = ($line | ConvertFrom-Json).query
    $null = Get-Article -Text $q -First 20 -Database $Database
    $page = foreach ($i in 1..$Repeats) { (Time { $null = Get-Article -Text $q -First 20 -Database $Database }).Ms }
    $all = Time { @(Get-Article -Text $q -Database $Database).Count }
    [pscustomobject]@{ query = $q; page = @($page); all = $all.Ms; rows = $all.Result } | ConvertTo-Json -Compress
}
$economy = Time { @(Get-Article -Text 经济 -Database $Database).Count }
$html = Time { Export-Stats -Path ([IO.Path]::GetTempFileName() + '.html') -Format Html -Database $Database }
$official = Time { @(Export-Stats -By Official -Database $Database).Count }
[pscustomobject]@{ other = $true; economy = $economy.Ms; economyRows = $economy.Result; html = $html.Ms; official = $official.Ms } | ConvertTo-Json -Compress
'@
$passScript = Join-Path ([IO.Path]::GetTempPath()) "compare-builds-pass-$PID.ps1"
Set-Content -LiteralPath $passScript -Value $pass -Encoding utf8
$process = (Get-Process -Id $PID).Path
$pwsh = if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { @($process, (Join-Path $PSHOME 'pwsh.dll')) } else { @($process) }

$builds = @{ A = @{ Module = (Resolve-Path $ModuleA).ProviderPath; Database = (Resolve-Path $DatabaseA).ProviderPath }
             B = @{ Module = (Resolve-Path $ModuleB).ProviderPath; Database = (Resolve-Path $DatabaseB).ProviderPath } }
$results = @{ A = @(); B = @() }
foreach ($round in 1..$Rounds) {
    foreach ($name in 'A', 'B') {
        Write-Host "Round $round, build $name…"
        $arguments = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-File', $passScript,
            $builds[$name].Module, $builds[$name].Database, (Resolve-Path $Queries).ProviderPath, "$Repeats")
        $lines = & $pwsh[0] @arguments | Where-Object { $_ -like '{*' } | ConvertFrom-Json
        if ($LASTEXITCODE -ne 0) { throw "Build $name failed in round $round." }
        $results[$name] += , $lines
    }
}
Remove-Item -LiteralPath $passScript

$kinds = @{}
foreach ($line in Get-Content -LiteralPath $Queries) { $q = $line | ConvertFrom-Json; $kinds[$q.query] = $q.kind }
function Get-Figures($Passes) {
    $perQuery = @{}
    foreach ($line in $Passes | ForEach-Object { $_ } | Where-Object { -not $_.PSObject.Properties['other'] }) {
        if (-not $perQuery.ContainsKey($line.query)) { $perQuery[$line.query] = @{ Page = @(); All = @(); Rows = $line.rows } }
        $perQuery[$line.query].Page += $line.page
        $perQuery[$line.query].All += $line.all
    }
    $other = @($Passes | ForEach-Object { $_ } | Where-Object { $_.PSObject.Properties['other'] })
    @{ Queries = $perQuery; Other = $other }
}
$a = Get-Figures $results.A
$b = Get-Figures $results.B

$kindRows = foreach ($kind in '2 chars', '3 chars', '4 chars', 'two terms') {
    $names = @($a.Queries.Keys | Where-Object { $kinds[$_] -eq $kind })
    if ($names.Count -eq 0) { continue }
    $pageA = @($names | ForEach-Object { Get-Median $a.Queries[$_].Page }); $pageB = @($names | ForEach-Object { Get-Median $b.Queries[$_].Page })
    $allA = @($names | ForEach-Object { Get-Median $a.Queries[$_].All }); $allB = @($names | ForEach-Object { Get-Median $b.Queries[$_].All })
    [pscustomobject]@{
        Kind                 = $kind
        Queries              = $names.Count
        'Rows differ'        = @($names | Where-Object { $a.Queries[$_].Rows -ne $b.Queries[$_].Rows }).Count
        'First 20 A p50/max' = '{0:0.0} / {1:0.0}' -f (Get-Median $pageA), ($pageA | Measure-Object -Maximum).Maximum
        'First 20 B p50/max' = '{0:0.0} / {1:0.0}' -f (Get-Median $pageB), ($pageB | Measure-Object -Maximum).Maximum
        'All rows A p50'     = [Math]::Round((Get-Median $allA), 1)
        'All rows B p50'     = [Math]::Round((Get-Median $allB), 1)
        'B÷A first 20'       = [Math]::Round((Get-Median $pageB) / (Get-Median $pageA), 2)
        'B÷A all rows'       = [Math]::Round((Get-Median $allB) / (Get-Median $allA), 2)
    }
}
$otherRows = foreach ($measure in @(@{ Name = 'Get-Article -Text 经济, every match'; Key = 'economy' },
                                    @{ Name = 'Export-Stats HTML report'; Key = 'html' },
                                    @{ Name = 'Export-Stats -By Official'; Key = 'official' })) {
    $timesA = @($a.Other | ForEach-Object { $_.($measure.Key) }); $timesB = @($b.Other | ForEach-Object { $_.($measure.Key) })
    [pscustomobject]@{
        Measure         = $measure.Name
        'A ms'          = ($timesA | ForEach-Object { [Math]::Round($_) }) -join ', '
        'B ms'          = ($timesB | ForEach-Object { [Math]::Round($_) }) -join ', '
        'B÷A (medians)' = [Math]::Round((Get-Median $timesB) / (Get-Median $timesA), 2)
    }
}

"Load average (1/5/15 min) at the end: $((Get-Content -LiteralPath /proc/loadavg) -split ' ' | Select-Object -First 3)"
"A: $ModuleA on $DatabaseA ($([Math]::Round((Get-Item $DatabaseA).Length / 1MB, 1)) MiB)"
"B: $ModuleB on $DatabaseB ($([Math]::Round((Get-Item $DatabaseB).Length / 1MB, 1)) MiB)"
"经济 rows: A $(@($a.Other)[0].economyRows), B $(@($b.Other)[0].economyRows)"
($kindRows | Format-Table -AutoSize | Out-String -Width 250).TrimEnd()
($otherRows | Format-Table -AutoSize | Out-String -Width 250).TrimEnd()
