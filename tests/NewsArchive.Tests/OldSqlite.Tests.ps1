# Administrators open archives with the SQLite of their system: Debian 12's sqlite3 CLI and Python's sqlite3 module are
# 3.40, older than the module's own SQLite. Each must open an archive the module wrote and read every table, the
# full-text index included (FTS5 options newer than 3.37, such as contentless_delete, make them refuse it).

BeforeDiscovery {
    $script:clients = @(
        @{ Name = 'sqlite3'; Command = 'sqlite3' }
        @{ Name = 'python3 sqlite3'; Command = 'python3' }
    )
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:db = Join-Path $TestDrive 'old-sqlite.db'
    $seed = Join-Path (Get-SharedSamplesPath) '000_fda654c1a4379181.txt'
    $null = Import-Issue -LiteralPath $seed -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $db
    # A second issue, imported and removed, so the tables that removals use have been written too.
    $null = Import-Issue -LiteralPath $seed -Newspaper 衡阳日报 -Date 2020-03-14 -Page 1 -Database $db
    $null = Remove-Issue -Newspaper 衡阳日报 -Date 2020-03-14 -Database $db -Confirm:$false
    $script:articles = @(Get-Article -Database $db).Count
    $script:zhuJian = @(Get-Article -Text 朱健 -Database $db).Count

    # Prints "table<TAB>rows" for every table (virtual and shadow tables too), then the index's candidates for 朱健.
    $script:pythonReader = @'
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
print("version\t" + sqlite3.sqlite_version)
for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").fetchall():
    rows = connection.execute('SELECT * FROM "%s"' % name.replace('"', '""')).fetchall()
    print("%s\t%d" % (name, len(rows)))
print("match\t%d" % connection.execute("SELECT count(*) FROM article_search WHERE article_search MATCH '\"朱健\"'").fetchone()[0])
'@
}

Describe 'An archive read by an older SQLite' {
    It '<Name> opens it and reads every table' -ForEach $clients {
        if (-not (Get-Command $Command -ErrorAction SilentlyContinue)) {
            Set-ItResult -Skipped -Because "$Command is not installed (build.ps1 -Task Test installs Debian's sqlite3 when it can)"
            return
        }

        $lines = if ($Command -eq 'python3') {
            $script = Join-Path $TestDrive 'read.py'
            Set-Content -LiteralPath $script -Value $pythonReader -Encoding utf8
            & python3 $script $db 2>&1
        }
        else {
            # SQL on standard input: no quoting of the command line to get wrong.
            $tables = @("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;" | sqlite3 -bail $db 2>&1)
            "version`t$('SELECT sqlite_version();' | sqlite3 -bail :memory:)"
            foreach ($table in $tables) {
                $null = "SELECT * FROM [$table];" | sqlite3 -bail $db 2>&1
                if ($LASTEXITCODE -ne 0) { "error reading $table"; break }
                "$table`t$("SELECT count(*) FROM [$table];" | sqlite3 -bail $db 2>&1)"
            }
            "match`t$("SELECT count(*) FROM article_search WHERE article_search MATCH '朱健';" | sqlite3 -bail $db 2>&1)"
        }
        $LASTEXITCODE | Should -Be 0 -Because ($lines -join "`n")
        $read = @{}
        foreach ($line in $lines) { $name, $value = "$line" -split "`t", 2; $read[$name] = $value }
        Write-Host "    $Command reads with SQLite $($read.version): $($read.Count - 2) tables"
        $read.Keys | Should -Contain 'article_search'
        $read.Keys | Should -Contain 'article_search_data'
        # The index holds every stored article and nothing else, and finds at least the articles that hold 朱健.
        [int]$read.articles | Should -Be $articles
        [int]$read.article_search | Should -Be $articles
        [int]$read.match | Should -BeGreaterOrEqual $zhuJian
        $zhuJian | Should -BeGreaterThan 0
    }
}
