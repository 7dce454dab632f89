<#
.SYNOPSIS
    Times Export-Stats on a synthetic decade of a daily: 3,650 issues of 8 pages, 8 articles a page (233,600 articles),
    with bylines from 120 reporters and three official mentions an article from 600 officials, skewed so that a few
    names carry most articles.
.DESCRIPTION
    The archive is written with set-based SQL (import speed is not what this measures) into -Database, created once and
    reused. Prints one line per measured command: its wall-clock time and the rows it wrote.
.EXAMPLE
    ./build.ps1; dotnet pwsh -NoProfile -File bench/ExportStats/Measure-ExportStats.ps1
#>
param(
    [string] $Database = (Join-Path ([System.IO.Path]::GetTempPath()) 'newsarchive-stats-decade.db'),
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../out/NewsArchive/NewsArchive.psd1')
)

$ErrorActionPreference = 'Stop'
Import-Module $ModulePath

if (-not (Test-Path $Database)) {
    Write-Host "Writing a synthetic decade to $Database"
    ([NewsArchive.Core.Storage.ArchiveStore]::Open($Database)).Dispose()
    Add-Type -Path (Join-Path (Split-Path $ModulePath) 'Microsoft.Data.Sqlite.dll')
    $connection = [Microsoft.Data.Sqlite.SqliteConnection]::new("Data Source=$Database;Pooling=False")
    $connection.Open()
    $command = $connection.CreateCommand()
    $command.CommandTimeout = 0
    $command.CommandText = @'
BEGIN;
WITH RECURSIVE day(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM day WHERE n < 3649),
               page(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM page WHERE n < 8)
INSERT INTO pages (newspaper, issue_date, page, source_path, sha256, encoding, text, parser_version, imported_at)
SELECT '江城日报', date('2015-01-01', '+' || day.n || ' days'), page.n, NULL, hex(randomblob(16)), 'utf-8', '', 1, '2025-01-01'
FROM day, page;

WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 8)
INSERT INTO articles (page_id, sequence, title, body, paragraph_count, characters)
SELECT p.id, seq.n, '标题', '', 1, 300 + abs(random()) % 1500 FROM pages p, seq;

INSERT INTO bylines (article_id, position, role, name)
SELECT id, 0, '本报记者', '记者' || ((abs(random()) % 11) * (abs(random()) % 11)) FROM articles;
INSERT INTO bylines (article_id, position, role, name)
SELECT id, 1, '通讯员', '通讯员' || (abs(random()) % 20) FROM articles WHERE id % 4 = 0;

WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < 600)
INSERT INTO people (name) SELECT '官员' || n FROM seq;

WITH RECURSIVE slot(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM slot WHERE n < 2)
INSERT OR IGNORE INTO mentions (article_id, person_id, position, role)
SELECT a.id, 1 + (abs(random()) % 25) * (abs(random()) % 24), slot.n, 'official' FROM articles a, slot;

INSERT OR IGNORE INTO mention_titles (article_id, person_id, position, title)
SELECT article_id, person_id, 0, CASE person_id % 6 WHEN 0 THEN '市委书记' WHEN 1 THEN '市长' WHEN 2 THEN '副市长'
    WHEN 3 THEN '市委常委' WHEN 4 THEN '局长' ELSE '区委书记' END FROM mentions;
COMMIT;
'@
    $null = $command.ExecuteNonQuery()
    $connection.Dispose()
}

$counts = Export-Stats -By Year -Database $Database | Measure-Object Articles, Mentions -Sum
Write-Host ("Archive: {0:N0} articles, {1:N0} official mentions, {2:N1} MB" -f $counts[0].Sum, $counts[1].Sum, ((Get-Item $Database).Length / 1MB))
$html = Join-Path ([System.IO.Path]::GetTempPath()) 'newsarchive-stats-decade.html'
$cases = [ordered]@{
    'Export-Stats -By Month'                = { @(Export-Stats -By Month -Database $Database).Count }
    'Export-Stats -By Week,Page'            = { @(Export-Stats -By Week, Page -Database $Database).Count }
    'Export-Stats -By Day'                  = { @(Export-Stats -By Day -Database $Database).Count }
    'Export-Stats -By Reporter'             = { @(Export-Stats -By Reporter -Database $Database).Count }
    'Export-Stats -By Official'             = { @(Export-Stats -By Official -Database $Database).Count }
    'Export-Stats -By Official,Title'       = { @(Export-Stats -By Official, Title -Database $Database).Count }
    'Export-Stats -By Month -From/-To (1y)' = { @(Export-Stats -By Month -From 2020-01-01 -To 2020-12-31 -Database $Database).Count }
    'Export-Stats -Path report.html'        = { Export-Stats -Path $html -Database $Database; '{0:N0} KB' -f ((Get-Item $html).Length / 1KB) }
}
foreach ($case in $cases.GetEnumerator()) {
    $result = $null
    $elapsed = Measure-Command { $result = & $case.Value }
    '{0,-40} {1,7:N2} s   {2}' -f $case.Key, $elapsed.TotalSeconds, $result
}
