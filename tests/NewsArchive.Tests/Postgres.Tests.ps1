# What only a PostgreSQL archive does: chosen by what -Database holds, passwords kept out of sight, many importers at
# once, the same search answers as SQLite, and a hot standby serving readers. Runs in the PostgreSQL pass of the suite
# (build.ps1 starts the throwaway primary and standby); without PostgreSQL each test is skipped with the reason.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:skip = Get-PostgresSkipReason
    $script:seed = Join-Path (Get-SharedSamplesPath) '000_fda654c1a4379181.txt'

    # Every article as one line that both engines must give alike (ids differ between archives, so they are left out).
    function Get-ArticleLines([string] $Database, [hashtable] $Filter = @{}) {
        Get-Article -Database $Database @Filter | ForEach-Object {
            "$($_.Newspaper)|$($_.Date.ToString('yyyy-MM-dd'))|$($_.Page)|$($_.Sequence)|$($_.Title)|$($_.BylineText)|$(@($_.Officials).Name -join ',')|$($_.Body.Length)"
        }
    }
}

Describe 'Choosing PostgreSQL by what -Database holds' -Tag PostgresOnly {
    BeforeEach { if ($skip) { Set-ItResult -Skipped -Because $skip } }

    It 'opens a postgresql:// URI, a Host=…;Database=… string and $env:NEWSARCHIVE_DB as the same archive' {
        $uri = New-TestArchive 'choice'
        $name = ($uri -split '/')[-1]
        $port = [regex]::Match($env:NEWSARCHIVE_TEST_PG, 'Port=(\d+)').Groups[1].Value
        (Import-Issue -LiteralPath $seed -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $uri).Status | Should -Be 'Imported'
        @(Get-Article -Database "Host=127.0.0.1;Port=$port;Username=postgres;Database=$name").Count | Should -Be 5
        $run = Invoke-FreshPwsh -Environment @{ NEWSARCHIVE_DB = $uri } -Script '@(Get-Article).Count'
        $run.Output | Select-Object -Last 1 | Should -Be 5
        (Test-Archive -Database $uri).Healthy | Should -BeTrue
    }

    It 'loads Npgsql only when a PostgreSQL archive is opened' {
        $run = Invoke-FreshPwsh -Script "[AppDomain]::CurrentDomain.GetAssemblies().GetName().Name -contains 'Npgsql'; `$null = Get-Issue -Database '$(New-TestArchive 'lazy')' -ErrorAction SilentlyContinue 2>`$null; [AppDomain]::CurrentDomain.GetAssemblies().GetName().Name -contains 'Npgsql'"
        @($run.Output | Where-Object { "$_" -in 'True', 'False' }) | Should -Be @('False', 'True')
    }

    It 'reports a database that holds no archive as NotFound, and creates nothing there' {
        $empty = New-TestArchive 'empty'
        { Get-Article -Database $empty -ErrorAction Stop } | Should -Throw -ErrorId 'NewsArchive.Database.NotFound*'
        Invoke-TestPostgresSql "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'" -Database ($empty -split '/')[-1] | Should -Be 0
    }

    It 'refuses Backup-Archive with what to use instead' {
        $db = New-TestArchive 'backup'
        $null = Import-Issue -LiteralPath $seed -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $db
        { Backup-Archive -Database $db -Destination (Join-Path $TestDrive 'copy.db') -ErrorAction Stop } | Should -Throw -ErrorId 'NewsArchive.Backup.NotSupported*'
    }
}

Describe 'Passwords' -Tag PostgresOnly {
    BeforeAll {
        if ($skip) { return }
        $script:db = New-TestArchive 'secret'
        $script:name = ($db -split '/')[-1]
        Invoke-TestPostgresSql "GRANT ALL ON DATABASE $name TO $env:NEWSARCHIVE_TEST_PG_ROLE; ALTER DATABASE $name OWNER TO $env:NEWSARCHIVE_TEST_PG_ROLE"
        $script:roleUri = Get-TestPostgresUri $name -User $env:NEWSARCHIVE_TEST_PG_ROLE
        $script:password = $env:NEWSARCHIVE_TEST_PG_PASSWORD
        $script:credential = [pscredential]::new($env:NEWSARCHIVE_TEST_PG_ROLE, (ConvertTo-SecureString $password -AsPlainText -Force))
    }
    BeforeEach { if ($skip) { Set-ItResult -Skipped -Because $skip } }

    It 'takes the password from -Credential' {
        (Import-Issue -LiteralPath $seed -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $roleUri -Credential $credential).Status | Should -Be 'Imported'
        @(Get-Article -Database $roleUri -Credential $credential).Count | Should -Be 5
    }

    It 'takes the password from PGPASSFILE' {
        $passfile = Join-Path $TestDrive 'pgpass'
        $port = [regex]::Match($env:NEWSARCHIVE_TEST_PG, 'Port=(\d+)').Groups[1].Value
        Set-Content -LiteralPath $passfile -Value "127.0.0.1:${port}:*:$($env:NEWSARCHIVE_TEST_PG_ROLE):$password"
        if (-not $IsWindows) { & chmod 600 $passfile }
        $run = Invoke-FreshPwsh -Environment @{ PGPASSFILE = $passfile } -Script "@(Get-Article -Database '$roleUri').Count"
        $run.Output | Select-Object -Last 1 | Should -Be 5
    }

    # A password written into a URI is on the command line, so in the history by the user's own hand (hence -Credential
    # and .pgpass); what the module itself writes (errors, their targets and details, verbose) never holds it.
    It 'never shows the password: not in an error, its target or details, the verbose stream, or the history' {
        $wrong = [pscredential]::new($env:NEWSARCHIVE_TEST_PG_ROLE, (ConvertTo-SecureString 'Wr0ng-s3cret' -AsPlainText -Force))
        $inUri = $roleUri -replace '@', ':Uri-s3cret@'
        $run = Invoke-FreshPwsh -Script @"
`$wrong = [pscredential]::new('$($env:NEWSARCHIVE_TEST_PG_ROLE)', (ConvertTo-SecureString 'Wr0ng-s3cret' -AsPlainText -Force))
`$right = [pscredential]::new('$($env:NEWSARCHIVE_TEST_PG_ROLE)', (ConvertTo-SecureString '$password' -AsPlainText -Force))
`$failures = foreach (`$attempt in @(
        @{ Database = '$roleUri'; Credential = `$wrong }
        @{ Database = '$inUri' }
        @{ Database = '$($roleUri -replace "/$name", '/nosuchdb')'; Credential = `$right })) {
    try { Get-Article @attempt -Verbose -ErrorAction Stop 4>&1 } catch { `$_ }
}
foreach (`$f in `$failures | Where-Object { `$_ -is [System.Management.Automation.ErrorRecord] }) { 'ERROR ' + `$f.FullyQualifiedErrorId + ' ' + `$f.CategoryInfo.Category + ' ' + `$f.TargetObject + ' ' + `$f + ' ' + `$f.ErrorDetails.RecommendedAction + ' ' + `$f.Exception.ToString() }
`$failures | Where-Object { `$_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object { 'VERBOSE: ' + `$_.Message }
Get-History | ForEach-Object CommandLine
"@
        $text = $run.Output -join "`n"
        $text | Should -Not -Match 'Wr0ng-s3cret'
        ($run.Output | Where-Object { "$_" -like 'ERROR *' -or "$_" -like 'VERBOSE:*' -or $_ -is [System.Management.Automation.VerboseRecord] }) -join "`n" | Should -Not -Match 'Uri-s3cret'
        $text | Should -Not -Match ([regex]::Escape($password))
        @($run.Output | Where-Object { "$_" -like 'ERROR *' }).Count | Should -Be 3
        $text | Should -Match 'ERROR NewsArchive.Database.OpenFailed\S* AuthenticationError'
        $text | Should -Match 'ERROR NewsArchive.Database.NotFound\S* ObjectNotFound'
        $text | Should -Match 'Opening archive postgresql://archivist@127'
    }
}

Describe 'Many importers into one PostgreSQL archive' -Tag PostgresOnly {
    BeforeEach { if ($skip) { Set-ItResult -Skipped -Because $skip } }

    It '8 processes x 100 pages (each page offered to two of them) lose nothing, duplicate nothing and raise nothing' {
        # The suite's earlier tests leave idle pooled connections (a minute each); the eight importers need theirs.
        $npgsql = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Npgsql' } | Select-Object -First 1
        if ($npgsql) { $npgsql.GetType('Npgsql.NpgsqlConnection')::ClearAllPools() }
        $db = New-TestArchive 'eight'
        $go = Join-Path $TestDrive 'eight-go'
        $wait = "while (-not (Test-Path '$go')) { Start-Sleep -Milliseconds 20 }"
        # Eight importers of 100 pages each over 400 distinct pages: pairs of importers share a folder, one taking it in
        # name order and the other in reverse, so every page is raced for, and the archive does not exist yet either.
        $importers = foreach ($i in 0..7) {
            $pair = [int][Math]::Floor($i / 2)
            $folder = Join-Path $TestDrive "eight$pair"
            if ($i % 2 -eq 0) { $null = New-PageFiles -Folder $folder -Newspaper @('江城日报', '衡阳日报', '湘江晚报', '南岳周报')[$pair] -Count 100 -Offset (1000 * $i) }
            $order = if ($i % 2 -eq 0) { '' } else { '-Descending' }
            Start-FreshPwsh -ScriptPath (Join-Path $TestDrive "eight$i.ps1") -Script @"
$wait
Get-ChildItem '$folder' -Filter *.txt | Sort-Object Name $order | Import-Issue -Database '$db' -ErrorVariable failures -ErrorAction SilentlyContinue | ForEach-Object { "`$(`$_.Status) `$(`$_.Newspaper) `$(`$_.Page)" }
foreach (`$failure in `$failures) { [Console]::Error.WriteLine("`$(`$failure.FullyQualifiedErrorId) `$(`$failure.TargetObject): `$failure") }
"@
        }
        $clock = [System.Diagnostics.Stopwatch]::StartNew()
        $null = New-Item -ItemType File -Path $go
        foreach ($importer in $importers) { $importer.WaitForExit(300000) | Should -BeTrue }
        Write-Host "8 importers x 100 pages into PostgreSQL: $([int]$clock.Elapsed.TotalSeconds) s after the start signal"

        $errors = (0..7 | ForEach-Object { Get-Content -Raw (Join-Path $TestDrive "eight$_.ps1.err") }) -join ''
        $errors | Should -BeNullOrEmpty
        $lines = 0..7 | ForEach-Object { Get-Content (Join-Path $TestDrive "eight$_.ps1.out") }
        $lines | Should -HaveCount 800
        @($lines | Where-Object { $_ -like 'Imported *' }).Count | Should -Be 400
        @($lines | Where-Object { $_ -like 'Unchanged *' }).Count | Should -Be 400
        @($lines | Where-Object { $_ -like 'Imported *' } | Sort-Object -Unique).Count | Should -Be 400 -Because 'no page is imported twice'
        $health = Test-Archive -Database $db
        $health.Problems | Should -BeNullOrEmpty
        $health.Pages | Should -Be 400
        $health.Articles | Should -Be 1200
        # More rows than one batch of the streaming reader: each batch's bylines are read while the rows still stream.
        $articles = @(Get-Article -Database $db -Reporter 张三)
        $articles.Count | Should -Be 1200
        @($articles | Where-Object { $_.Bylines.Name -notcontains '张三' }).Count | Should -Be 0
    }
}

Describe 'Ctrl+C on PostgreSQL' -Tag PostgresOnly {
    BeforeEach { if ($skip) { Set-ItResult -Skipped -Because $skip } }

    It 'cancels the statement running on the server: an import waiting for a page another session holds stops at once and stores nothing' {
        # The suite's earlier tests leave idle pooled connections to their databases (a minute each); close them, so the
        # two sessions this test needs fit under the test cluster's max_connections.
        $npgsql = [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Npgsql' } | Select-Object -First 1
        if ($npgsql) { $npgsql.GetType('Npgsql.NpgsqlConnection')::ClearAllPools() }
        $db = New-TestArchive 'stop'
        $name = ($db -split '/')[-1]
        $null = Import-Issue -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'stop-first') -Date '2021-01-02') -Database $db
        $page = New-PageFiles -Folder (Join-Path $TestDrive 'stop') -Date '2021-01-01'
        # Another session holds the page's lock (the key newsarchive_save_page takes) for a minute.
        $hold = "SELECT pg_advisory_lock(hashtextextended('江城日报' || chr(1) || '2021-01-01' || chr(1) || '1', 0)); SELECT pg_sleep(60)"
        $start = [System.Diagnostics.ProcessStartInfo]::new('psql')
        foreach ($argument in $db, '-X', '-q', '-c', $hold) { $start.ArgumentList.Add($argument) }
        $start.RedirectStandardOutput = $true
        $holder = [System.Diagnostics.Process]::Start($start)
        try {
            # Until psql holds the lock, the import would simply store the page.
            $held = "SELECT count(*) FROM pg_locks l JOIN pg_database d ON d.oid = l.database WHERE l.locktype = 'advisory' AND l.granted AND d.datname = '$name'"
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            while ((Invoke-TestPostgresSql $held) -ne '1' -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
            Invoke-TestPostgresSql $held | Should -Be '1' -Because 'the other session holds the page'

            $state = [initialsessionstate]::CreateDefault2()
            $state.ImportPSModule((Get-TestModulePath))
            $ps = [powershell]::Create($state)
            $null = $ps.AddCommand('Import-Issue').AddParameter('LiteralPath', $page).AddParameter('Database', $db)
            $null = $ps.BeginInvoke()
            $waiting = "SELECT count(*) FROM pg_stat_activity WHERE datname = '$name' AND application_name = 'NewsArchive' AND wait_event_type = 'Lock'"
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            while ((Invoke-TestPostgresSql $waiting) -ne '1' -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
            Invoke-TestPostgresSql $waiting | Should -Be '1' -Because 'the import waits for the page held by the other session'

            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $ps.Stop()
            $clock.ElapsedMilliseconds | Should -BeLessThan 5000 -Because 'the server cancels the statement instead of letting it wait for the lock'
            $ps.InvocationStateInfo.State | Should -Be 'Stopped'
            $ps.Dispose()
        }
        finally {
            $holder.Kill()
            $holder.Dispose()
        }
        @(Get-Article -Database $db -Date '2021-01-01').Count | Should -Be 0
        (Test-Archive -Database $db).Healthy | Should -BeTrue
    }
}

Describe 'A server with no connection left' -Tag PostgresOnly {
    BeforeEach { if ($skip) { Set-ItResult -Skipped -Because $skip } }

    It 'makes an import wait for a slot (up to the busy timeout) and then store the page; past the timeout the command stops as ResourceBusy' {
        # A role allowed one connection stands for a server at max_connections: PostgreSQL refuses the next with the same
        # SQLSTATE (53300). It may use the archive's tables as a member of their owner.
        $db = New-TestArchive 'full'
        $null = Import-Issue -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'full-first') -Date '2021-01-02') -Database $db
        $role = 'na_one_' + [guid]::NewGuid().ToString('N').Substring(0, 8)
        $password = [guid]::NewGuid().ToString('N')
        # Only the superuser is trusted on TCP: the role logs in with a password, from PGPASSWORD (psql and Npgsql).
        $null = Invoke-TestPostgresSql "CREATE ROLE $role LOGIN CONNECTION LIMIT 1 PASSWORD '$password'; GRANT postgres TO $role"
        $savedPassword = $env:PGPASSWORD
        $env:PGPASSWORD = $password
        $limited = $db -replace '^postgresql://[^@]+@', "postgresql://$role@"
        function Start-Holder([int] $Seconds) {
            $start = [System.Diagnostics.ProcessStartInfo]::new('psql')
            foreach ($argument in $limited, '-X', '-q', '-c', "SELECT pg_sleep($Seconds)") { $start.ArgumentList.Add($argument) }
            $start.RedirectStandardOutput = $true
            $holder = [System.Diagnostics.Process]::Start($start)
            $held = "SELECT count(*) FROM pg_stat_activity WHERE usename = '$role' AND application_name = 'psql'"
            $deadline = [DateTime]::UtcNow.AddSeconds(30)
            while ((Invoke-TestPostgresSql $held) -ne '1' -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
            Invoke-TestPostgresSql $held | Should -Be '1' -Because 'psql holds the role''s only connection'
            $holder
        }

        $holder = Start-Holder 3
        try {
            $clock = [System.Diagnostics.Stopwatch]::StartNew()
            $result = Import-Issue -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'full-wait') -Date '2021-01-03') -Database $limited -ErrorAction Stop
            $result.Status | Should -Be 'Imported'
            $clock.Elapsed.TotalSeconds | Should -BeGreaterThan 1 -Because 'it waited for the connection psql held'
        }
        finally { $holder.Kill(); $holder.Dispose() }

        # The import's connection waits idle in this process's pool (holding the slot) until cleared.
        [AppDomain]::CurrentDomain.GetAssemblies() | Where-Object { $_.GetName().Name -eq 'Npgsql' } | Select-Object -First 1 |
            ForEach-Object { $_.GetType('Npgsql.NpgsqlConnection')::ClearAllPools() }
        $holder = Start-Holder 30
        $saved = $env:NEWSARCHIVE_BUSY_TIMEOUT
        try {
            $env:NEWSARCHIVE_BUSY_TIMEOUT = '1'
            # The archive cannot be opened at all: the command stops, saying the server is busy (try later).
            $failure = $null
            try { $null = Import-Issue -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'full-busy') -Date '2021-01-04') -Database $limited }
            catch { $failure = $_ }
            $failure | Should -Not -BeNullOrEmpty
            $failure.FullyQualifiedErrorId | Should -BeLike 'NewsArchive.Database.OpenFailed*'
            $failure.CategoryInfo.Category | Should -Be 'ResourceBusy'
            "$failure" | Should -Match 'too many connections'
        }
        finally { $env:NEWSARCHIVE_BUSY_TIMEOUT = $saved; $env:PGPASSWORD = $savedPassword; $holder.Kill(); $holder.Dispose() }
        @(Get-Article -Database $db -Date '2021-01-03').Count | Should -BeGreaterThan 0
    }
}

Describe 'The same answers on both engines' -Tag PostgresOnly {
    BeforeAll {
        if ($skip) { return }
        $files = @(
            New-PageFiles -Folder (Join-Path $TestDrive 'same1') -Newspaper 江城日报 -Date 2021-01-01 -Count 4 -Articles 5
            New-PageFiles -Folder (Join-Path $TestDrive 'same2') -Newspaper 衡阳日报 -Date 2021-02-03 -Count 3 -Articles 4 -Offset 20
        )
        $script:sqlite = Join-Path $TestDrive 'same.db'
        $script:postgres = New-TestArchive 'same'
        foreach ($database in $sqlite, $postgres) {
            $null = Import-Issue -LiteralPath $seed -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $database
            $null = Import-Issue -LiteralPath $files -Database $database
        }
        $script:articles = @(Get-Article -Database $sqlite)
    }
    BeforeEach { if ($skip) { Set-ItResult -Skipped -Because $skip } }

    It 'gives the same articles, officials, issues and statistics' {
        Get-ArticleLines $postgres | Should -Be (Get-ArticleLines $sqlite)
        (Find-Official -Database $postgres | ConvertTo-Json -Depth 3) | Should -Be (Find-Official -Database $sqlite | ConvertTo-Json -Depth 3)
        (Get-Issue -Database $postgres | Select-Object Newspaper, Date, Pages, Articles | ConvertTo-Json) | Should -Be (Get-Issue -Database $sqlite | Select-Object Newspaper, Date, Pages, Articles | ConvertTo-Json)
        foreach ($by in 'Week', 'Month', 'Newspaper', 'Reporter', 'Official', 'Title') {
            (Export-Stats -Database $postgres -By $by | ConvertTo-Json) | Should -Be (Export-Stats -Database $sqlite -By $by | ConvertTo-Json) -Because "-By $by"
        }
        (Get-ArticleLines $postgres @{ Title = '*会议*'; Reporter = '张三'; Page = 1, 2 }) | Should -Be (Get-ArticleLines $sqlite @{ Title = '*会议*'; Reporter = '张三'; Page = 1, 2 })
    }

    It 'finds with every query exactly the articles a substring scan finds, on both engines: <_>' -ForEach @(
        '朱健', '健', '防汛', '第3号文件', '"第1号文件，确保"', '会议 -防汛', '疫情 OR 防汛', '(研究 部署) OR 朱健', 'covid', '市委书记', '号文'
    ) {
        $query = $_
        $expected = Get-ArticleLines $sqlite @{ Text = $query } | Sort-Object
        Get-ArticleLines $postgres @{ Text = $query } | Sort-Object | Should -Be $expected
        if ($query -match '^[\p{IsCJKUnifiedIdeographs}]+$') {
            $scan = $articles | Where-Object { "$($_.Title)" -like "*$query*" -or $_.Body -like "*$query*" }
            @($expected).Count | Should -Be @($scan).Count -Because 'a Han string matches exactly where a substring scan finds it'
        }
    }

    It 'ranks title hits first and pages the ranking with -First and -Skip' {
        $all = @(Get-Article -Database $postgres -Text 会议)
        $all.Count | Should -BeGreaterThan 5
        $firstNonTitle = [array]::FindIndex($all, [Predicate[object]] { param($a) "$($a.Title)" -notlike '*会议*' })
        @($all | Select-Object -Skip $firstNonTitle | Where-Object { "$($_.Title)" -like '*会议*' }).Count | Should -Be 0
        @(Get-Article -Database $postgres -Text 会议 -First 3 -Skip 2).Id | Should -Be ($all[2..4].Id)
    }
}

Describe 'The exact test of a search term on PostgreSQL' -Tag PostgresOnly {
    BeforeEach { if ($skip) { Set-ItResult -Skipped -Because $skip } }

    It 'decides by the positions in the tsvector, and by the token sequence where the tsvector lost positions: <Repeats> repeats' -ForEach @(
        @{ Repeats = 100; Kept = 0 }, @{ Repeats = 300; Kept = 1 }
    ) {
        # 防汛 more than 256 times is more positions than a tsvector keeps for one lexeme: that row keeps its sequence.
        $db = New-TestArchive "exact$Repeats"
        $body = (@('防汛') * $Repeats) -join '，'
        $file = Join-Path $TestDrive "exact$Repeats/江城日报_20210301_01.txt"
        $null = New-Item -ItemType Directory -Force (Split-Path $file)
        [System.IO.File]::WriteAllText($file, "## 防汛工作会议`n`n$body。研究部署朱健同志的防汛检查。`n`n## 另一条新闻`n`n部署防汛，研究工作。`n", [System.Text.UTF8Encoding]::new($false))
        $null = Import-Issue -LiteralPath $file -Database $db
        $name = ($db -split '/')[-1]
        Invoke-TestPostgresSql "SELECT count(*) FROM article_search WHERE terms IS NOT NULL" -Database $name | Should -Be "$Kept"
        foreach ($query in '部署朱健', '防汛检查', '会议防汛', '研究部署', '部署防汛', '汛，防', '防汛工作') {
            $found = @(Get-Article -Database $db -Text $query).Title | Sort-Object
            $scan = @(Get-Article -Database $db | Where-Object { "$($_.Title)" -like "*$query*" -or $_.Body -like "*$query*" }).Title | Sort-Object
            $found | Should -Be $scan -Because "'$query' matches exactly where a substring scan finds it"
        }
    }
}

Describe 'Migrating an existing PostgreSQL archive' -Tag PostgresOnly {
    BeforeAll {
        # What step 8 added, undone, so that its steps can run again (the writer's function it replaces stays).
        $script:undoStep8 = 'DROP TRIGGER people_keep_mentioned ON people; DROP FUNCTION newsarchive_keep_mentioned_person();'
    }

    BeforeEach { if ($skip) { Set-ItResult -Skipped -Because $skip } }

    It 'brings an archive of schema step 6 to the current step when next opened, keeping what it holds' {
        $db = New-TestArchive 'step6'
        $name = ($db -split '/')[-1]
        $null = Import-Issue -LiteralPath $seed -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $db
        $current = Invoke-TestPostgresSql 'SELECT version FROM archive_schema' -Database $name
        # As step 6 left it: tokens and page text compressed where pglz can.
        Invoke-TestPostgresSql "$undoStep8 ALTER TABLE article_search ALTER COLUMN tokens SET STORAGE EXTENDED; ALTER TABLE pages ALTER COLUMN text SET STORAGE EXTENDED; UPDATE archive_schema SET version = 6" -Database $name | Out-Null
        $before = @(Get-Article -Database $db -Text 防汛).Count
        $before | Should -BeGreaterThan 0
        $page = New-PageFiles -Folder (Join-Path $TestDrive 'step6') -Newspaper 江城日报 -Date 2021-01-01 -Count 1 -Articles 3
        $null = Import-Issue -LiteralPath $page -Database $db
        Invoke-TestPostgresSql 'SELECT version FROM archive_schema' -Database $name | Should -Be $current
        $storage = "SELECT attstorage FROM pg_attribute WHERE attrelid = CAST('{0}' AS regclass) AND attname = '{1}'"
        Invoke-TestPostgresSql ($storage -f 'article_search', 'tokens') -Database $name | Should -Be 'e'
        Invoke-TestPostgresSql ($storage -f 'pages', 'text') -Database $name | Should -Be 'e'
        @(Get-Article -Database $db -Text 防汛 | Where-Object Newspaper -eq 衡阳日报).Count | Should -Be $before
        (Test-Archive -Database $db).Healthy | Should -BeTrue
    }

    It 'brings an archive of schema step 7 to the current step: people are kept while mentioned, and a replaced page cleans up' {
        $db = New-TestArchive 'step7'
        $name = ($db -split '/')[-1]
        $null = Import-Issue -LiteralPath $seed -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $db
        $current = Invoke-TestPostgresSql 'SELECT version FROM archive_schema' -Database $name
        Invoke-TestPostgresSql "$undoStep8 UPDATE archive_schema SET version = 7" -Database $name | Out-Null
        $counts = 'SELECT concat_ws($$/$$, (SELECT count(*) FROM people), (SELECT count(*) FROM mentions), (SELECT count(*) FROM mention_titles))'
        $before = Invoke-TestPostgresSql $counts -Database $name
        $null = Get-Issue -Database $db
        Invoke-TestPostgresSql 'SELECT version FROM archive_schema' -Database $name | Should -Be $current
        Invoke-TestPostgresSql "SELECT string_agg(tgname, ',') FROM pg_trigger WHERE NOT tgisinternal" -Database $name | Should -Be 'people_keep_mentioned'
        Invoke-TestPostgresSql $counts -Database $name | Should -Be $before
        # A mentioned person is kept (the trigger), an unmentioned one deleted; the keys are all still there.
        Invoke-TestPostgresSql "INSERT INTO people (name) VALUES ('甲乙丙'); DELETE FROM people;" -Database $name | Out-Null
        Invoke-TestPostgresSql $counts -Database $name | Should -Be $before
        Invoke-TestPostgresSql "SELECT count(*) FROM pg_constraint WHERE contype = 'f'" -Database $name | Should -Be '7'
        $page = New-PageFiles -Folder (Join-Path $TestDrive 'step7') -Newspaper 衡阳日报 -Date 2020-03-13 -Count 1 -Articles 3
        (Import-Issue -LiteralPath $page -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $db -Force).Status | Should -Be 'Replaced'
        Invoke-TestPostgresSql 'SELECT count(*) FROM people WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.person_id = people.id)' -Database $name | Should -Be '0'
        (Test-Archive -Database $db).Healthy | Should -BeTrue
    }
}

Describe 'An importer and a clean-up of unmentioned people at once on PostgreSQL' -Tag PostgresOnly {
    BeforeAll {
        # Imports the seed page again (another date: the same people) into an archive whose people are all left
        # unmentioned, in a fresh process that pauses inside newsarchive_insert_articles right after its statement on
        # $Table, until the test opens the gate or another session waits for a lock (30 s at most). The pause is a
        # test-only statement trigger on this archive's database; it makes the interleaving certain instead of lucky.
        function Start-PausedImport([string] $Database, [string] $Table) {
            $name = ($Database -split '/')[-1]
            Invoke-TestPostgresSql @"
DELETE FROM pages;
CREATE TABLE race_gate (open boolean NOT NULL);
INSERT INTO race_gate VALUES (false);
CREATE FUNCTION race_pause() RETURNS trigger LANGUAGE plpgsql AS `$function`$
DECLARE
    until timestamptz := clock_timestamp() + interval '30 seconds';
BEGIN
    WHILE NOT (SELECT open FROM race_gate) AND NOT EXISTS (SELECT 1 FROM pg_locks WHERE NOT granted) AND clock_timestamp() < until LOOP
        PERFORM pg_sleep(0.05);
    END LOOP;
    RETURN NULL;
END
`$function`$;
CREATE TRIGGER race_pause AFTER INSERT ON $Table FOR EACH STATEMENT EXECUTE FUNCTION race_pause();
"@ -Database $name | Out-Null
            $script = Join-Path $TestDrive "race-$Table.ps1"
            $writer = Start-FreshPwsh -ScriptPath $script -Script "(Import-Issue -LiteralPath '$seed' -Newspaper 衡阳日报 -Date 2020-03-14 -Page 1 -Database '$Database').Status"
            $asleep = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event = 'PgSleep'"
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while ((Invoke-TestPostgresSql $asleep -Database $name) -ne '1' -and -not $writer.HasExited -and [DateTime]::UtcNow -lt $deadline) { Start-Sleep -Milliseconds 50 }
            Invoke-TestPostgresSql $asleep -Database $name | Should -Be '1' -Because "the importer pauses after its insert into $Table"
            [pscustomobject]@{ Process = $writer; Output = "$script.out"; Errors = "$script.err" }
        }

        $script:cleanUp = 'DELETE FROM people WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.person_id = people.id)'
        $script:rows = 'SELECT concat_ws($$/$$, (SELECT count(*) FROM people), (SELECT count(*) FROM mentions), (SELECT count(*) FROM mention_titles))'
    }

    BeforeEach { if ($skip) { Set-ItResult -Skipped -Because $skip } }

    It 'keeps the mentions of people a clean-up deletes after the importer found them and before it names them' {
        $db = New-TestArchive 'race-found'
        $name = ($db -split '/')[-1]
        $null = Import-Issue -LiteralPath $seed -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $db
        $expected = Invoke-TestPostgresSql $rows -Database $name
        $expected -split '/' | Should -Not -Contain '0' -Because 'the seed page names officials with titles'

        $writer = Start-PausedImport $db 'people'
        # The importer's upsert found every person it names and inserted none; the clean-up, committed now, deletes them.
        Invoke-TestPostgresSql $cleanUp -Database $name | Out-Null
        Invoke-TestPostgresSql 'SELECT count(*) FROM people' -Database $name | Should -Be '0'
        Invoke-TestPostgresSql 'UPDATE race_gate SET open = true' -Database $name | Out-Null

        $writer.Process.WaitForExit(60000) | Should -BeTrue
        Get-Content -Raw $writer.Errors | Should -BeNullOrEmpty
        Get-Content $writer.Output | Should -Be 'Imported'
        Invoke-TestPostgresSql $rows -Database $name | Should -Be $expected -Because 'the page names the same people, with the same titles'
        (Test-Archive -Database $db).Problems | Should -BeNullOrEmpty
    }

    It 'keeps a person a clean-up would delete while an importer that names them has yet to commit, and both succeed' {
        $db = New-TestArchive 'race-held'
        $name = ($db -split '/')[-1]
        $null = Import-Issue -LiteralPath $seed -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $db
        $expected = Invoke-TestPostgresSql $rows -Database $name

        $writer = Start-PausedImport $db 'mentions'
        # The clean-up's snapshot does not see the importer's mentions: it waits for the people the importer holds, and
        # once the importer commits, must keep them (without it, the DELETE went ahead and the mentions' key failed it).
        Invoke-TestPostgresSql $cleanUp -Database $name | Out-Null

        $writer.Process.WaitForExit(60000) | Should -BeTrue
        Get-Content -Raw $writer.Errors | Should -BeNullOrEmpty
        Get-Content $writer.Output | Should -Be 'Imported'
        Invoke-TestPostgresSql $rows -Database $name | Should -Be $expected
        (Test-Archive -Database $db).Problems | Should -BeNullOrEmpty
    }
}

Describe 'Copy-Archive between SQLite and PostgreSQL' -Tag PostgresOnly {
    BeforeAll {
        if ($skip) { return }
        $script:source = Join-Path $TestDrive 'roundtrip.db'
        $null = Import-Issue -LiteralPath $seed -Newspaper 衡阳日报 -Date 2020-03-13 -Page 1 -Database $source
        $null = Import-Issue -Database $source -LiteralPath @(
            New-PageFiles -Folder (Join-Path $TestDrive 'rt1') -Newspaper 江城日报 -Date 2021-01-01 -Count 6 -Articles 4
            New-PageFiles -Folder (Join-Path $TestDrive 'rt2') -Newspaper 衡阳日报 -Date 2021-03-02 -Count 3 -Offset 50)

        # What must survive the trip: articles, officials, issues (with sources and import times) and statistics.
        function Get-ArchiveView([string] $Database) {
            Get-ArticleLines $Database
            Find-Official -Database $Database -Timeline | ConvertTo-Json -Depth 3
            Get-Issue -Database $Database | ConvertTo-Json -Depth 3
            foreach ($by in 'Month', 'Newspaper', 'Page', 'Reporter', 'Official', 'Title') { Export-Stats -Database $Database -By $by | ConvertTo-Json }
        }
    }
    BeforeEach { if ($skip) { Set-ItResult -Skipped -Because $skip } }

    It 'copies SQLite to PostgreSQL and back to an identical archive, and a second run copies nothing' {
        $postgres = New-TestArchive 'copy'
        $there = Copy-Archive -Source $source -Destination $postgres
        $there.Pages | Should -Be 10
        $there.Copied | Should -Be 10
        $there.Failed | Should -Be 0
        $again = Copy-Archive -Source $source -Destination $postgres
        $again.Copied | Should -Be 0
        $again.AlreadyThere | Should -Be 10

        $back = Join-Path $TestDrive 'back.db'
        (Copy-Archive -Source $postgres -Destination $back).Copied | Should -Be 10
        foreach ($archive in $postgres, $back) { (Test-Archive -Database $archive).Problems | Should -BeNullOrEmpty }
        $expected = Get-ArchiveView $source
        Get-ArchiveView $postgres | Should -Be $expected
        Get-ArchiveView $back | Should -Be $expected
    }

    It 'resumes: a copy that stopped part-way copies only what is missing, and reports other content as a conflict' {
        $postgres = New-TestArchive 'resume'
        $null = Copy-Archive -Source $source -Destination $postgres
        Remove-Issue -Database $postgres -Newspaper 江城日报 -Date 2021-01-01 -Page 2, 5 -Confirm:$false
        $resumed = Copy-Archive -Source $source -Destination $postgres
        $resumed.Copied | Should -Be 2
        $resumed.AlreadyThere | Should -Be 8
        Get-ArchiveView $postgres | Should -Be (Get-ArchiveView $source)

        $other = New-PageFiles -Folder (Join-Path $TestDrive 'rt-other') -Newspaper 江城日报 -Date 2021-01-01 -Count 1 -Offset 900
        $null = Import-Issue -LiteralPath $other -Database $postgres -Force
        $conflict = Copy-Archive -Source $source -Destination $postgres -ErrorVariable failures -ErrorAction SilentlyContinue
        $conflict.Failed | Should -Be 1
        $failures[0].FullyQualifiedErrorId | Should -BeLike 'NewsArchive.Copy.Conflict*'
        (Copy-Archive -Source $source -Destination $postgres -Force).Copied | Should -Be 1
        Get-ArchiveView $postgres | Should -Be (Get-ArchiveView $source)
    }
}

Describe 'Readers on a hot standby' -Tag PostgresOnly {
    BeforeEach { if ($skip) { Set-ItResult -Skipped -Because $skip } }

    It 'serves Get-Article after the primary imports, and refuses writes clearly' {
        if (-not $env:NEWSARCHIVE_TEST_PG_STANDBY) { throw 'The test cluster has no standby (NEWSARCHIVE_TEST_PG_STANDBY).' }
        $primary = New-TestArchive 'replica'
        $name = ($primary -split '/')[-1]
        $standby = Get-TestPostgresUri $name -Server $env:NEWSARCHIVE_TEST_PG_STANDBY
        $files = New-PageFiles -Folder (Join-Path $TestDrive 'replica') -Count 5
        $null = Import-Issue -LiteralPath $files -Database $primary
        $expected = Get-ArticleLines $primary
        # Streaming replication is asynchronous: wait (briefly) until the standby has replayed the import.
        $deadline = [DateTime]::UtcNow.AddSeconds(30)
        do {
            $seen = try { Get-ArticleLines $standby } catch { $null }
            if ($seen.Count -eq $expected.Count) { break }
            Start-Sleep -Milliseconds 200
        } while ([DateTime]::UtcNow -lt $deadline)
        $seen | Should -Be $expected
        Invoke-TestPostgresSql 'SELECT pg_is_in_recovery()' -Server $env:NEWSARCHIVE_TEST_PG_STANDBY | Should -Be 't'
        @(Get-Article -Database $standby -Text 会议).Count | Should -Be @(Get-Article -Database $primary -Text 会议).Count
        (Test-Archive -Database $standby).Healthy | Should -BeTrue

        $more = New-PageFiles -Folder (Join-Path $TestDrive 'replica2') -Date 2021-01-02 -Count 1
        Import-Issue -LiteralPath $more -Database $standby -ErrorVariable failure -ErrorAction SilentlyContinue
        $failure[0].CategoryInfo.Category | Should -Be 'PermissionDenied'
        "$($failure[0])" | Should -Match 'read-only'
    }
}
