#Requires -Version 7.2
<#
.SYNOPSIS
    Measures Import-Issue against the bare SQLite floor and Get-Article -Text against a LIKE scan, on one generated corpus.
.DESCRIPTION
    In one run, on the same corpus (bench/CorpusGenerator, deterministic by -Size and -Seed; generated once and reused):
      1. the floor: BenchTool splits every page at its headlines and inserts them into an FTS5 trigram table, in one
         transaction (bench/BenchTool);
      2. Import-Issue: 'Get-ChildItem -Recurse -Filter *.txt | Import-Issue' in a fresh pwsh, timed from the pipeline's
         start to its end, with the process's CPU seconds (every thread) and peak memory (VmHWM);
      1 and 2 alternate -ImportRuns times (floor, import, floor, import…), each into a new database, so every ratio is
      taken side by side on a machine whose load drifts; the report gives each pair and the median ratio. The last
      import's archive is the one searched;
      3. search: terms of 2, 3 and 4 Han characters and pairs of 2-character terms, drawn at random from the imported
         articles, each run with Get-Article -Text in one warm pwsh session (first page of 20, and all rows), against
         'title LIKE %q% OR body LIKE %q%' over the same articles table; the row counts of both must agree.
    Prints the tables and writes them, with every raw figure, under bench/results/<time>-<size>/.
.EXAMPLE
    dotnet pwsh bench/Invoke-Benchmark.ps1 -Size year
.EXAMPLE
    dotnet pwsh bench/Invoke-Benchmark.ps1 -Size decade -QueriesPerKind 50
#>
[CmdletBinding()]
param(
    # day, month, year, decade (3,650 issues of 8 pages) or <N>pages.
    [ValidatePattern('^(day|month|year|decade|\d+pages)$')]
    [string] $Size = 'year',

    [int] $Seed = 42,

    # Queries of each kind (2, 3, 4 characters, two terms).
    [ValidateRange(1, 1000)]
    [int] $QueriesPerKind = 30,

    # Timed runs of each query after one warm-up run.
    [ValidateRange(1, 100)]
    [int] $Repeats = 5,

    # Floor and import runs, alternated (floor, import, floor, import…); default 3 (1 for the decade).
    [ValidateRange(1, 20)]
    [int] $ImportRuns = $(if ($Size -eq 'decade') { 1 } else { 3 }),

    # Benchmark real text instead of a generated corpus: a corpus id of bench/corpora (e.g. cctv-news-2022), cut into
    # pages by bench/New-NewsCorpus.ps1 and repeated -Times times (-Size is then ignored).
    [string] $RealText,

    [ValidateRange(1, 100)]
    [int] $Times = 10,

    # Use the module already built in out/NewsArchive.
    [switch] $SkipBuild,

    # Benchmark this built module instead of out/NewsArchive (implies -SkipBuild), e.g. a copy, so a long run is not
    # disturbed by the next build.
    [string] $ModulePath
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = Split-Path $PSScriptRoot
$newspaper = '江城日报'

function Invoke-Native([string] $File, [string[]] $Arguments) {
    $output = & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "'$File $($Arguments -join ' ')' failed with exit code $LASTEXITCODE." }
    $output
}

function Get-Pwsh {
    $process = (Get-Process -Id $PID).Path
    if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { return @($process, (Join-Path $PSHOME 'pwsh.dll')) }
    @($process)
}

function Invoke-ChildPwsh([string] $Script) {
    $pwsh = @(Get-Pwsh)
    $arguments = @($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-Command', $Script)
    Invoke-Native $pwsh[0] $arguments
}

# The machine's load average (1, 5, 15 minutes) now: every wall-clock figure of a shared machine needs it beside it.
$loads = [ordered]@{}
function Write-Load([string] $Phase) {
    $loads[$Phase] = ((Get-Content -LiteralPath /proc/loadavg -ErrorAction SilentlyContinue) -split ' ' | Select-Object -First 3) -join ' '
}

function Get-Percentile([double[]] $Values, [double] $Percent) {
    $sorted = @($Values | Sort-Object)
    if ($sorted.Count -eq 0) { return [double]::NaN }
    $rank = [Math]::Ceiling($Percent / 100 * $sorted.Count) - 1
    $sorted[[Math]::Max(0, [Math]::Min($sorted.Count - 1, $rank))]
}

# --- build and corpus -------------------------------------------------------------------------------------------------
if (-not $SkipBuild -and -not $ModulePath) {
    Invoke-Native 'dotnet' @('pwsh', '-NoProfile', '-File', (Join-Path $root 'build.ps1')) | Out-Host
}
$module = if ($ModulePath) { (Resolve-Path $ModulePath).ProviderPath } else { Join-Path $root 'out/NewsArchive/NewsArchive.psd1' }
foreach ($project in 'BenchTool', 'CorpusGenerator') {
    Invoke-Native 'dotnet' @('build', (Join-Path $PSScriptRoot "$project/$project.csproj"), '-c', 'Release', '-nologo', '-v', 'quiet') | Out-Null
}
$benchTool = Join-Path $PSScriptRoot 'BenchTool/bin/Release/net10.0/BenchTool.dll'
$generator = Join-Path $PSScriptRoot 'CorpusGenerator/bin/Release/net10.0/CorpusGenerator.dll'

$label = if ($RealText) { "$RealText-x$Times" } else { $Size }
if ($RealText) {
    $corpus = & (Join-Path $PSScriptRoot 'New-NewsCorpus.ps1') -Id $RealText -Repeat $Times -Out (Join-Path $PSScriptRoot "corpus/$label") -Newspaper $newspaper
}
else {
    $corpus = Join-Path $PSScriptRoot "corpus/$Size-$Seed"
}
if (-not $RealText -and -not (Test-Path (Join-Path $corpus 'truth.jsonl'))) {
    Write-Host "Generating the $Size corpus (seed $Seed) in $corpus"
    Invoke-Native 'dotnet' @($generator, '--size', $Size, '--out', $corpus, '--seed', "$Seed") | Out-Host
}
$textBytes = (Get-ChildItem -LiteralPath $corpus -Recurse -Filter *.txt | Measure-Object Length -Sum).Sum
$pages = (Get-ChildItem -LiteralPath $corpus -Recurse -Filter *.txt | Measure-Object).Count

$results = Join-Path $PSScriptRoot ("results/{0:yyyyMMdd-HHmmss}-$label" -f [DateTime]::UtcNow)
$null = New-Item -ItemType Directory -Force $results
$database = Join-Path $results 'archive.db'
Write-Host "Corpus: $pages pages, $([Math]::Round($textBytes / 1MB, 1)) MiB of text. Results: $results"

Write-Load 'start'
# --- import: floor and Import-Issue, alternated ----------------------------------------------------------------------
$importTemplate = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$module'
`$cpu = (Get-Process -Id `$PID).TotalProcessorTime
`$clock = [Diagnostics.Stopwatch]::StartNew()
Get-ChildItem -LiteralPath '$corpus' -Recurse -Filter *.txt | Import-Issue -Newspaper $newspaper -Database '{0}' -ErrorAction SilentlyContinue -ErrorVariable +failed | Out-Null
`$seconds = `$clock.Elapsed.TotalSeconds
`$cpuSeconds = ((Get-Process -Id `$PID).TotalProcessorTime - `$cpu).TotalSeconds
`$peak = [double]((Select-String -LiteralPath /proc/self/status -Pattern '^VmHWM:\s+(\d+)').Matches[0].Groups[1].Value) / 1024
[pscustomobject]@{{ seconds = `$seconds; cpuSeconds = `$cpuSeconds; peakMemoryMiB = `$peak; errors = @(`$failed).Count }} | ConvertTo-Json -Compress
"@
$pairs = foreach ($run in 1..$ImportRuns) {
    Write-Host "Run $run of ${ImportRuns}: floor (split at headlines, FTS5 trigram, one transaction)…"
    $floorDatabase = Join-Path $results 'floor.db'
    Get-ChildItem -LiteralPath $results -Filter 'floor.db*' | Remove-Item
    $floorRun = Invoke-Native 'dotnet' @($benchTool, 'floor', $corpus, $floorDatabase) | ConvertFrom-Json
    Get-ChildItem -LiteralPath $results -Filter 'floor.db*' | Remove-Item
    Write-Host "Run $run of ${ImportRuns}: Import-Issue…"
    Get-ChildItem -LiteralPath $results -Filter 'archive.db*' | Remove-Item
    $importRun = Invoke-ChildPwsh ($importTemplate -f $database) | Select-Object -Last 1 | ConvertFrom-Json
    [pscustomobject]@{ Run = $run; floor = $floorRun; import = $importRun; ratio = $importRun.seconds / $floorRun.seconds }
}
$ratios = @($pairs.ratio | Sort-Object)
$medianRatio = ($ratios[[Math]::Floor(($ratios.Count - 1) / 2)] + $ratios[[Math]::Ceiling(($ratios.Count - 1) / 2)]) / 2
$import = $pairs[-1].import
$floor = $pairs[-1].floor
$databaseBytes = (Get-Item -LiteralPath $database).Length

Write-Load 'after import'
# --- search -----------------------------------------------------------------------------------------------------------
$queriesFile = Join-Path $results 'queries.jsonl'
Invoke-Native 'dotnet' @($benchTool, 'queries', $database, "$QueriesPerKind", "$Seed") | Set-Content -LiteralPath $queriesFile
Write-Host "LIKE scan of $((Get-Content $queriesFile).Count) queries…"
$like = @{}
foreach ($line in Invoke-Native 'dotnet' @($benchTool, 'like', $database, $queriesFile, '1')) {
    $row = $line | ConvertFrom-Json
    $like[$row.query] = $row
}

Write-Host 'Get-Article -Text in a warm session…'
$searchScript = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$module'
`$null = Get-Article -Text '热身' -Database '$database' -First 1
foreach (`$line in Get-Content -LiteralPath '$queriesFile') {
    `$query = (`$line | ConvertFrom-Json).query
    `$null = Get-Article -Text `$query -Database '$database' -First 20
    `$page = foreach (`$i in 1..$Repeats) { `$c = [Diagnostics.Stopwatch]::StartNew(); `$null = Get-Article -Text `$query -Database '$database' -First 20; `$c.Elapsed.TotalMilliseconds }
    `$c = [Diagnostics.Stopwatch]::StartNew(); `$rows = @(Get-Article -Text `$query -Database '$database').Count; `$all = `$c.Elapsed.TotalMilliseconds
    [pscustomobject]@{ query = `$query; rows = `$rows; pageMs = @(`$page); allMs = @(`$all) } | ConvertTo-Json -Compress
}
# The issue's every-match figure: a common two-character term, every match as Article objects, three runs.
`$economy = foreach (`$i in 1..3) { `$c = [Diagnostics.Stopwatch]::StartNew(); `$rows = @(Get-Article -Text 经济 -Database '$database').Count; `$c.Elapsed.TotalMilliseconds }
[pscustomobject]@{ economy = `$true; query = '经济'; rows = `$rows; allMs = @(`$economy) } | ConvertTo-Json -Compress
"@
$searchLines = @(Invoke-ChildPwsh $searchScript | Where-Object { $_ -like '{*' } | ConvertFrom-Json)
$search = @($searchLines | Where-Object { -not $_.PSObject.Properties['economy'] })
$economy = $searchLines | Where-Object { $_.PSObject.Properties['economy'] } | Select-Object -First 1
$economyFile = Join-Path $results 'economy.jsonl'
'{"query":"经济"}' | Set-Content -LiteralPath $economyFile
$economyLike = Invoke-Native 'dotnet' @($benchTool, 'like', $database, $economyFile, '1') | ConvertFrom-Json

Write-Load 'after search'
Write-Host 'Export-Stats in a warm session…'
$statsScript = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$module'
`$null = Export-Stats -By Year -Database '$database'
`$c = [Diagnostics.Stopwatch]::StartNew(); Export-Stats -Path '$(Join-Path $results 'report.html')' -Format Html -Database '$database' -Force; `$html = `$c.Elapsed.TotalSeconds
`$c = [Diagnostics.Stopwatch]::StartNew(); `$rows = @(Export-Stats -By Official -Database '$database').Count; `$official = `$c.Elapsed.TotalSeconds
[pscustomobject]@{ htmlSeconds = `$html; officialSeconds = `$official; officialRows = `$rows } | ConvertTo-Json -Compress
"@
$stats = Invoke-ChildPwsh $statsScript | Where-Object { $_ -like '{*' } | Select-Object -Last 1 | ConvertFrom-Json

Write-Load 'end'
# --- report -----------------------------------------------------------------------------------------------------------
$kinds = @{}
foreach ($line in Get-Content -LiteralPath $queriesFile) { $q = $line | ConvertFrom-Json; $kinds[$q.query] = $q.kind }
$searchRows = foreach ($kind in '2 chars', '3 chars', '4 chars', 'two terms') {
    $runs = @($search | Where-Object { $kinds[$_.query] -eq $kind })
    if ($runs.Count -eq 0) { continue }
    $pageMs = @($runs | ForEach-Object { Get-Percentile $_.pageMs 50 })
    $allMs = @($runs | ForEach-Object { $_.allMs })
    $likeMs = @($runs | ForEach-Object { $like[$_.query].milliseconds })
    [pscustomobject]@{
        Kind             = $kind
        Queries          = $runs.Count
        'Rows mean'      = [Math]::Round(($runs | Measure-Object rows -Average).Average, 1)
        'Rows differ'    = @($runs | Where-Object { $_.rows -ne $like[$_.query].rows }).Count
        'First 20 p50'   = [Math]::Round((Get-Percentile $pageMs 50), 1)
        'First 20 p95'   = [Math]::Round((Get-Percentile $pageMs 95), 1)
        'First 20 max'   = [Math]::Round(($pageMs | Measure-Object -Maximum).Maximum, 1)
        'All rows p50'   = [Math]::Round((Get-Percentile $allMs 50), 1)
        'All rows p95'   = [Math]::Round((Get-Percentile $allMs 95), 1)
        'LIKE p50'       = [Math]::Round((Get-Percentile $likeMs 50), 1)
        'LIKE p95'       = [Math]::Round((Get-Percentile $likeMs 95), 1)
        'LIKE÷search'    = [Math]::Round((Get-Percentile $likeMs 50) / (Get-Percentile $pageMs 50), 1)
    }
}

$importRows = foreach ($run in $pairs) {
    [pscustomobject]@{
        Run               = $run.Run
        'Import s'        = [Math]::Round($run.import.seconds, 1)
        'Floor s'         = [Math]::Round($run.floor.seconds, 1)
        'Import CPU s'    = [Math]::Round($run.import.cpuSeconds, 1)
        'Import/floor'    = [Math]::Round($run.ratio, 2)
        'Import peak MiB' = [Math]::Round($run.import.peakMemoryMiB)
        'Floor peak MiB'  = [Math]::Round($run.floor.peakMemoryMiB)
        'Import errors'   = $run.import.errors
    }
}
$importRow = [pscustomobject]@{
    Pages                 = $pages
    'Text MiB'            = [Math]::Round($textBytes / 1MB, 1)
    'Median import/floor' = [Math]::Round($medianRatio, 2)
    'Ratio range'         = '{0:0.00}–{1:0.00}' -f ($pairs.ratio | Measure-Object -Minimum).Minimum, ($pairs.ratio | Measure-Object -Maximum).Maximum
    'Peak MiB (max)'      = [Math]::Round(($pairs.import.peakMemoryMiB | Measure-Object -Maximum).Maximum)
    'DB MiB'              = [Math]::Round($databaseBytes / 1MB, 1)
    'DB/text'             = [Math]::Round($databaseBytes / $textBytes, 2)
}

$report = @(
    "NewsArchive benchmark, $label corpus$(if (-not $RealText) { " (seed $Seed)" }), $([Environment]::ProcessorCount) cores, $([DateTime]::UtcNow.ToString('u'))"
    ($importRow | Format-Table -AutoSize | Out-String -Width 250).TrimEnd()
    ''
    "Floor and Import-Issue alternated, each run into a new database:"
    ($importRows | Format-Table -AutoSize | Out-String -Width 250).TrimEnd()
    ''
    "Search latency in ms over the queries of each kind. First 20: Get-Article -Text q -First 20 (median of $Repeats warm runs per query; max: the slowest query's median); all rows: every match as Article objects (one run); LIKE: count(*) of the scan of the same articles table (one run). LIKE÷search = LIKE p50 / First 20 p50."
    ($searchRows | Format-Table -AutoSize | Out-String -Width 250).TrimEnd()
    ''
    ('Get-Article -Text 经济, every match: {0} rows (LIKE scan: {1}), {2} ms (runs: {3})' -f $economy.rows, $economyLike.rows,
        [Math]::Round((Get-Percentile $economy.allMs 50)), (($economy.allMs | ForEach-Object { [Math]::Round($_) }) -join ', '))
    ('Export-Stats (warm session): HTML report {0:0.00} s; -By Official {1:0.00} s ({2} rows)' -f $stats.htmlSeconds, $stats.officialSeconds, $stats.officialRows)
    ('Load average (1/5/15 min): ' + (($loads.Keys | ForEach-Object { "$_ $($loads[$_])" }) -join '; '))
) -join [Environment]::NewLine
$report | Set-Content -LiteralPath (Join-Path $results 'report.txt')
[pscustomobject]@{ importRuns = $pairs; import = $import; floor = $floor; textBytes = $textBytes; databaseBytes = $databaseBytes; search = $search; like = $like.Values; economy = $economy; economyLike = $economyLike; stats = $stats; loadAverage = $loads } |
    ConvertTo-Json -Depth 5 | Set-Content -LiteralPath (Join-Path $results 'raw.json')
$report
