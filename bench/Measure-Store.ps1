#Requires -Version 7.2
<#
.SYNOPSIS
    Times what Import-Issue does on its pipeline thread (look up, store the rows, fill the search index), without the
    analysis, over a folder of page files.
.DESCRIPTION
    Analyses every *.txt under -Corpus first (untimed, as Import-Issue's worker threads do), then, into a new archive
    -Database, times PageImporter.Prepare + Save for every page and the final search-index catch-up, in one process:
    the part of an import a change to Storage/ can speed up, without the analysis competing for the cores. Prints the
    wall time and the process's CPU time over that part (CPU time drifts less than wall time when other jobs load the
    machine). Run two builds alternately (copy out/NewsArchive aside before rebuilding) to compare them.
.EXAMPLE
    dotnet pwsh -NoProfile -File ./bench/Measure-Store.ps1 -Corpus bench/corpus/year-42
.EXAMPLE
    cp -r out/NewsArchive /tmp/store-a   # build A, then rebuild B and alternate:
    dotnet pwsh -NoProfile -File ./bench/Measure-Store.ps1 -Corpus bench/corpus/year-42 -ModulePath /tmp/store-a/NewsArchive.psd1
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory)] [string] $Corpus,
    [string] $ModulePath = (Join-Path $PSScriptRoot '../out/NewsArchive/NewsArchive.psd1'),
    [string] $Database = (Join-Path ([System.IO.Path]::GetTempPath()) "measure-store-$PID.db")
)

$ErrorActionPreference = 'Stop'
if (-not (Test-Path $ModulePath)) { throw "$ModulePath not found: build the module first (dotnet pwsh -NoProfile -File ./build.ps1)." }
Import-Module (Resolve-Path $ModulePath).ProviderPath
$options = [NewsArchive.Core.Importing.ImportOptions]::new()
$options.Newspaper = '江城日报'
$files = @(Get-ChildItem -LiteralPath $Corpus -Recurse -Filter *.txt | Sort-Object FullName)
if ($files.Count -eq 0) { throw "No *.txt pages under $Corpus." }
$analyzed = foreach ($file in $files) {
    [NewsArchive.Core.Importing.PageImporter]::Analyze($file.FullName, [System.IO.File]::ReadAllBytes($file.FullName), $options)
}

Get-ChildItem -Path "$Database*" -ErrorAction SilentlyContinue | Remove-Item
$store = [NewsArchive.Core.Storage.ArchiveStore]::Open($Database)
try {
    $importer = [NewsArchive.Core.Importing.PageImporter]::new($store)
    $process = [System.Diagnostics.Process]::GetCurrentProcess()
    $cpuBefore = $process.TotalProcessorTime
    # Bytes this process had the kernel write (WAL, database): load on the machine does not change them.
    function Get-WrittenBytes { [double]((Select-String -LiteralPath /proc/self/io -Pattern '^write_bytes:\s+(\d+)').Matches[0].Groups[1].Value) }
    $writtenBefore = Get-WrittenBytes
    $clock = [System.Diagnostics.Stopwatch]::StartNew()
    foreach ($page in $analyzed) { $null = $importer.Save($importer.Prepare($page)) }
    $store.CompleteSearchIndex()
    $clock.Stop()
    $process.Refresh()
    $cpu = $process.TotalProcessorTime - $cpuBefore
    $written = (Get-WrittenBytes) - $writtenBefore
}
finally {
    $store.Dispose()
    Get-ChildItem -Path "$Database*" -ErrorAction SilentlyContinue | Remove-Item
}

[pscustomobject]@{ Pages = $files.Count; StoreSeconds = [Math]::Round($clock.Elapsed.TotalSeconds, 2); CpuSeconds = [Math]::Round($cpu.TotalSeconds, 2); WrittenMiB = [Math]::Round($written / 1MB) }
