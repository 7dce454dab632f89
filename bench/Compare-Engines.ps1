#Requires -Version 7.2
<#
.SYNOPSIS
    Measures Import-Issue and Get-Article -Text on PostgreSQL against SQLite, side by side in one run on the same corpus.
.DESCRIPTION
    In one run, on one generated corpus (bench/CorpusGenerator, deterministic by -Size and -Seed; generated once):
      1. import: 'Get-ChildItem -Recurse -Filter *.txt | Import-Issue' in a fresh pwsh, timed from the pipeline's start
         to its end, into a new SQLite file and into a new PostgreSQL database, alternated -ImportRuns times (SQLite,
         PostgreSQL, SQLite, PostgreSQL…) so each ratio is taken side by side while the machine's load drifts;
      2. search: Han terms of 2, 3 and 4 characters and pairs of 2-character terms drawn from the imported articles
         (BenchTool queries), each run as 'Get-Article -Text q -First 20' in one warm pwsh session on both archives in
         turn, -Repeats times after a warm-up; every match ('all rows') once on each, whose counts must agree.
    PostgreSQL is a throwaway cluster on a free 127.0.0.1 port (tests/TestPostgres.psm1 -Durable: fsync and full page
    writes on; synchronous_commit as -SynchronousCommit says, by default on, PostgreSQL's own default: a committed page
    survives a crash of the server or the machine, which is more than SQLite's synchronous=NORMAL in WAL mode promises
    for a power loss), stopped and removed at the end.
    Prints the tables and writes them, with every raw figure, under bench/results/<time>-engines-<size>/.
.EXAMPLE
    dotnet pwsh bench/Compare-Engines.ps1 -Size month
#>
[CmdletBinding()]
param(
    # day, month, year, decade or <N>pages (bench/CorpusGenerator).
    [ValidatePattern('^(day|month|year|decade|\d+pages)$')]
    [string] $Size = 'month',

    [int] $Seed = 42,

    [ValidateRange(1, 1000)]
    [int] $QueriesPerKind = 25,

    [ValidateRange(1, 100)]
    [int] $Repeats = 5,

    [ValidateRange(1, 20)]
    [int] $ImportRuns = 2,

    # The server's synchronous_commit: on (the default, durable commits) or off (a user's opt-in, see README).
    [ValidateSet('on', 'off')]
    [string] $SynchronousCommit = 'on',

    # Use the module already built in out/NewsArchive.
    [switch] $SkipBuild,

    # Measure this built module (its folder or .psd1; e.g. a copy of an earlier build, to alternate two builds' runs)
    # instead of out/NewsArchive; nothing is built.
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

function Invoke-ChildPwsh([string] $Script) {
    $process = (Get-Process -Id $PID).Path
    $pwsh = if ([IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { @($process, (Join-Path $PSHOME 'pwsh.dll')) } else { @($process) }
    Invoke-Native $pwsh[0] (@($pwsh | Select-Object -Skip 1) + @('-NoProfile', '-NonInteractive', '-Command', $Script))
}

function Get-Percentile([double[]] $Values, [double] $Percent) {
    $sorted = @($Values | Sort-Object)
    if ($sorted.Count -eq 0) { return [double]::NaN }
    $sorted[[Math]::Max(0, [Math]::Min($sorted.Count - 1, [Math]::Ceiling($Percent / 100 * $sorted.Count) - 1))]
}

# The machine's load average (1, 5, 15 minutes), which every figure of a shared machine must be read with.
function Get-LoadAverage { if (Test-Path /proc/loadavg) { ((Get-Content /proc/loadavg) -split ' ')[0..2] -join ' ' } else { 'unknown' } }

function Get-Median([double[]] $Values) {
    $sorted = @($Values | Sort-Object)
    ($sorted[[Math]::Floor(($sorted.Count - 1) / 2)] + $sorted[[Math]::Ceiling(($sorted.Count - 1) / 2)]) / 2
}

$loadBefore = Get-LoadAverage

# --- build, corpus, server --------------------------------------------------------------------------------------------
if (-not $SkipBuild -and -not $ModulePath) { Invoke-Native 'dotnet' @('pwsh', '-NoProfile', '-File', (Join-Path $root 'build.ps1')) | Out-Host }
$module = if (-not $ModulePath) { Join-Path $root 'out/NewsArchive/NewsArchive.psd1' }
    elseif (Test-Path -LiteralPath $ModulePath -PathType Container) { Join-Path (Resolve-Path -LiteralPath $ModulePath) 'NewsArchive.psd1' }
    else { (Resolve-Path -LiteralPath $ModulePath).Path }
foreach ($project in 'BenchTool', 'CorpusGenerator') {
    Invoke-Native 'dotnet' @('build', (Join-Path $PSScriptRoot "$project/$project.csproj"), '-c', 'Release', '-nologo', '-v', 'quiet') | Out-Null
}
$benchTool = Join-Path $PSScriptRoot 'BenchTool/bin/Release/net10.0/BenchTool.dll'
$corpus = Join-Path $PSScriptRoot "corpus/$Size-$Seed"
if (-not (Test-Path (Join-Path $corpus 'truth.jsonl'))) {
    Write-Host "Generating the $Size corpus (seed $Seed) in $corpus"
    Invoke-Native 'dotnet' @((Join-Path $PSScriptRoot 'CorpusGenerator/bin/Release/net10.0/CorpusGenerator.dll'), '--size', $Size, '--out', $corpus, '--seed', "$Seed") | Out-Host
}
$files = Get-ChildItem -LiteralPath $corpus -Recurse -Filter *.txt
$textBytes = ($files | Measure-Object Length -Sum).Sum
$results = Join-Path $PSScriptRoot ("results/{0:yyyyMMdd-HHmmss}-engines-$Size" -f [DateTime]::UtcNow)
$null = New-Item -ItemType Directory -Force $results
Write-Host "Corpus: $($files.Count) pages, $([Math]::Round($textBytes / 1MB, 1)) MiB of text. Results: $results"

Import-Module (Join-Path $root 'tests/TestPostgres.psm1') -Force
$cluster = Start-TestPostgres -Durable -SynchronousCommit $SynchronousCommit
if ($cluster.SkipReason) { throw "PostgreSQL cannot run here: $($cluster.SkipReason)" }
try {
    $port = [regex]::Match($cluster.Primary, 'Port=(\d+)').Groups[1].Value
    function New-PostgresArchive([string] $Name) {
        $psql = Join-Path $cluster.Bin 'psql'
        Invoke-Native $psql @('-h', '127.0.0.1', '-p', $port, '-U', 'postgres', '-d', 'postgres', '-q', '-c', "DROP DATABASE IF EXISTS $Name", '-c', "CREATE DATABASE $Name") | Out-Null
        "postgresql://postgres@127.0.0.1:$port/$Name"
    }

    # --- import, alternated ------------------------------------------------------------------------------------------
    $importTemplate = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$module'
`$clock = [Diagnostics.Stopwatch]::StartNew()
Get-ChildItem -LiteralPath '$corpus' -Recurse -Filter *.txt | Import-Issue -Newspaper $newspaper -Database '{0}' -ErrorAction SilentlyContinue -ErrorVariable +failed | Out-Null
[pscustomobject]@{{ seconds = `$clock.Elapsed.TotalSeconds; errors = @(`$failed).Count }} | ConvertTo-Json -Compress
"@
    $sqlite = Join-Path $results 'archive.db'
    $postgres = $null
    $runs = foreach ($run in 1..$ImportRuns) {
        Write-Host "Run $run of ${ImportRuns}: SQLite…"
        Get-ChildItem -LiteralPath $results -Filter 'archive.db*' | Remove-Item
        $sqliteRun = Invoke-ChildPwsh ($importTemplate -f $sqlite) | Select-Object -Last 1 | ConvertFrom-Json
        Write-Host "Run $run of ${ImportRuns}: PostgreSQL…"
        $postgres = New-PostgresArchive 'bench'
        $postgresRun = Invoke-ChildPwsh ($importTemplate -f $postgres) | Select-Object -Last 1 | ConvertFrom-Json
        [pscustomobject]@{ Run = $run; sqlite = $sqliteRun; postgres = $postgresRun; ratio = $postgresRun.seconds / $sqliteRun.seconds }
    }
    $psql = Join-Path $cluster.Bin 'psql'
    $postgresBytes = [long](Invoke-Native $psql @('-h', '127.0.0.1', '-p', $port, '-U', 'postgres', '-d', 'bench', '-A', '-t', '-c', 'SELECT pg_database_size(current_database())'))

    # --- search, both archives in one warm session --------------------------------------------------------------------
    $queriesFile = Join-Path $results 'queries.jsonl'
    Invoke-Native 'dotnet' @($benchTool, 'queries', $sqlite, "$QueriesPerKind", "$Seed") | Set-Content -LiteralPath $queriesFile
    Write-Host "Get-Article -Text, $((Get-Content $queriesFile).Count) queries on both engines in one warm session…"
    $searchScript = @"
`$ErrorActionPreference = 'Stop'
Import-Module '$module'
`$archives = [ordered]@{ sqlite = '$sqlite'; postgres = '$postgres' }
foreach (`$database in `$archives.Values) { `$null = Get-Article -Text '热身' -Database `$database -First 1 }
foreach (`$line in Get-Content -LiteralPath '$queriesFile') {
    `$query = (`$line | ConvertFrom-Json).query
    `$row = [ordered]@{ query = `$query }
    foreach (`$engine in `$archives.Keys) {
        `$database = `$archives[`$engine]
        `$null = Get-Article -Text `$query -Database `$database -First 20
        `$row["`${engine}Ms"] = @(foreach (`$i in 1..$Repeats) { `$c = [Diagnostics.Stopwatch]::StartNew(); `$null = Get-Article -Text `$query -Database `$database -First 20; `$c.Elapsed.TotalMilliseconds })
        `$row["`${engine}Rows"] = @(Get-Article -Text `$query -Database `$database).Count
    }
    [pscustomobject]`$row | ConvertTo-Json -Compress
}
"@
    $search = @(Invoke-ChildPwsh $searchScript | Where-Object { $_ -like '{*' } | ConvertFrom-Json)
}
finally {
    Stop-TestPostgres $cluster
}

# --- report -------------------------------------------------------------------------------------------------------------
$kinds = @{}
foreach ($line in Get-Content -LiteralPath $queriesFile) { $q = $line | ConvertFrom-Json; $kinds[$q.query] = $q.kind }
$importRows = foreach ($run in $runs) {
    [pscustomobject]@{
        Run                 = $run.Run
        'SQLite s'          = [Math]::Round($run.sqlite.seconds, 1)
        'PostgreSQL s'      = [Math]::Round($run.postgres.seconds, 1)
        'PostgreSQL/SQLite' = [Math]::Round($run.ratio, 2)
        'Errors'            = $run.sqlite.errors + $run.postgres.errors
    }
}
$sizeRow = [pscustomobject]@{
    Pages                      = $files.Count
    'Text MiB'                 = [Math]::Round($textBytes / 1MB, 1)
    'Median PostgreSQL/SQLite' = [Math]::Round((Get-Median @($runs.ratio)), 2)
    'SQLite DB MiB'            = [Math]::Round((Get-Item -LiteralPath $sqlite).Length / 1MB, 1)
    'PostgreSQL DB MiB'        = [Math]::Round($postgresBytes / 1MB, 1)
}
$searchRows = foreach ($kind in @('2 chars', '3 chars', '4 chars', 'two terms', 'all')) {
    $kindRuns = @($search | Where-Object { $kind -eq 'all' -or $kinds[$_.query] -eq $kind })
    if ($kindRuns.Count -eq 0) { continue }
    # Every timed run counts toward the percentiles (Queries x Repeats samples per engine).
    $sqliteMs = @($kindRuns | ForEach-Object { $_.sqliteMs })
    $postgresMs = @($kindRuns | ForEach-Object { $_.postgresMs })
    [pscustomobject]@{
        Kind              = $kind
        Queries           = $kindRuns.Count
        'Rows mean'       = [Math]::Round(($kindRuns | Measure-Object sqliteRows -Average).Average, 1)
        'Rows differ'     = @($kindRuns | Where-Object { $_.sqliteRows -ne $_.postgresRows }).Count
        'SQLite p50'      = [Math]::Round((Get-Percentile $sqliteMs 50), 1)
        'SQLite p95'      = [Math]::Round((Get-Percentile $sqliteMs 95), 1)
        'PostgreSQL p50'  = [Math]::Round((Get-Percentile $postgresMs 50), 1)
        'PostgreSQL p95'  = [Math]::Round((Get-Percentile $postgresMs 95), 1)
    }
}
$report = @(
    "NewsArchive engines, $Size corpus (seed $Seed), module $module, $([Environment]::ProcessorCount) cores, PostgreSQL synchronous_commit $SynchronousCommit, $([DateTime]::UtcNow.ToString('u'))"
    "Load average (1, 5, 15 min) at the start: $loadBefore; at the end: $(Get-LoadAverage)"
    ($sizeRow | Format-Table -AutoSize | Out-String -Width 250).TrimEnd()
    ''
    'Import-Issue of the corpus in a fresh pwsh, SQLite and PostgreSQL alternated, each run into a new archive:'
    ($importRows | Format-Table -AutoSize | Out-String -Width 250).TrimEnd()
    ''
    "Get-Article -Text q -First 20 in one warm session, ms over every timed run ($Repeats per query and engine, after a warm-up); Rows differ: queries whose full match counts disagree between the engines (must be 0):"
    ($searchRows | Format-Table -AutoSize | Out-String -Width 250).TrimEnd()
) -join [Environment]::NewLine
$report | Set-Content -LiteralPath (Join-Path $results 'report.txt')
[pscustomobject]@{ importRuns = $runs; textBytes = $textBytes; postgresBytes = $postgresBytes; search = $search } |
    ConvertTo-Json -Depth 5 | Set-Content -LiteralPath (Join-Path $results 'raw.json')
$report
