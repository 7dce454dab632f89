# What a nightly import meets: crashes, broken files beside good ones, hostile strings, no one at the keyboard.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    [System.Text.Encoding]::RegisterProvider([System.Text.CodePagesEncodingProvider]::Instance)

    function Get-ErrorId([System.Management.Automation.ErrorRecord] $Record) { $Record.FullyQualifiedErrorId.Split(',')[0] }

    # Every article of an archive as text, to prove that something did not change.
    function Get-ArchiveSnapshot([string] $Database) {
        Get-Article -Database $Database | ForEach-Object { "$($_.Id)|$($_.Newspaper)|$($_.Date.ToString('yyyy-MM-dd'))|$($_.Page)|$($_.Title)|$($_.Body)" }
    }
}

Describe 'A process killed in the middle of a large import' {
    It 'leaves a healthy archive with only whole pages, three times over, and a re-run completes the import' {
        $db = New-TestArchive 'crash'
        $folder = Join-Path $TestDrive 'crash'
        $pagesPerDate = 60
        $dates = 0..9 | ForEach-Object { ([datetime]'2021-03-01').AddDays($_) }
        foreach ($date in $dates) { $null = New-PageFiles -Folder (Join-Path $folder $date.ToString('yyyy-MM-dd')) -Date $date -Count $pagesPerDate -Articles 20 }
        $total = $pagesPerDate * $dates.Count
        $script = "Get-ChildItem '$folder' -Recurse -Filter *.txt | Sort-Object FullName | Import-Issue -Database '$db' | ForEach-Object { [Console]::Out.WriteLine(`"`$(`$_.Status) `$(`$_.Path)`") }"

        $stored = 0
        foreach ($crash in 1..3) {
            $run = Join-Path $TestDrive "crash$crash.ps1"
            $process = Start-FreshPwsh -ScriptPath $run -Script $script
            # Kill once this run has imported 40 new pages: well inside the batch, usually inside a page's transaction.
            $deadline = [DateTime]::UtcNow.AddSeconds(60)
            while (-not $process.HasExited -and [DateTime]::UtcNow -lt $deadline -and
                @(Get-Content "$run.out" -ErrorAction SilentlyContinue | Where-Object { $_ -like 'Imported *' }).Count -lt 40) {
                Start-Sleep -Milliseconds 10
            }
            $process.HasExited | Should -BeFalse -Because 'the import must still be running when it is killed'
            $process.Kill() # SIGKILL on Linux and macOS: no finally block, no dispose, no rollback runs in the process.
            $process.WaitForExit()

            $health = Test-Archive -Database $db
            $health.Problems | Should -BeNullOrEmpty
            $health.Healthy | Should -BeTrue
            $health.Pages | Should -BeGreaterThan $stored
            $health.Pages | Should -BeLessThan $total
            $health.Articles | Should -Be (20 * $health.Pages) -Because 'every stored page is whole'
            $stored = $health.Pages
        }

        $results = @(Invoke-FreshPwsh -Script "Get-ChildItem '$folder' -Recurse -Filter *.txt | Import-Issue -Database '$db' | ForEach-Object Status").Output
        @($results | Where-Object { $_ -eq 'Unchanged' }).Count | Should -Be $stored
        @($results | Where-Object { $_ -eq 'Imported' }).Count | Should -Be ($total - $stored)
        $health = Test-Archive -Database $db
        $health.Healthy | Should -BeTrue
        $health.Pages | Should -Be $total
        $health.Articles | Should -Be (20 * $total)
    }
}

Describe 'Bad input beside good files in one batch' {
    BeforeAll {
        $script:db = New-TestArchive 'bad'
        $stored = New-PageFiles -Folder (Join-Path $TestDrive 'stored') -Date '2020-03-01' -Count 2
        $null = Import-Issue -LiteralPath $stored -Database $db
        $script:before = Get-ArchiveSnapshot $db

        $folder = Join-Path $TestDrive 'batch/2020-03-13'
        $null = New-Item -ItemType Directory -Force -Path $folder
        $utf8 = [System.Text.UTF8Encoding]::new($false)
        function Write-Bytes([string] $Name, [byte[]] $Bytes) { $path = Join-Path $folder $Name; [System.IO.File]::WriteAllBytes($path, $Bytes); $path }
        $page = New-PageText -Number 7
        $script:good = @(
            Write-Bytes '江城日报_01.txt' $utf8.GetBytes($page)
            Write-Bytes '江城日报_02.txt' ([System.Text.Encoding]::GetEncoding('GB18030').GetBytes((New-PageText -Number 8)))
            Write-Bytes '江城日报_03.txt' $utf8.GetBytes(((New-PageText -Number 9) -replace "`n", "`r`n"))
            Write-Bytes '江城日报_04.txt' ([byte[]](0xEF, 0xBB, 0xBF) + $utf8.GetBytes((New-PageText -Number 10)))
        )
        $invalidUtf8 = [System.Collections.Generic.List[byte]]::new($utf8.GetBytes($page))
        $invalidUtf8.Insert(40, 0xFF)
        $hugeLine = Join-Path $folder '江城日报_15.txt'
        $stream = [System.IO.File]::Create($hugeLine)
        try { $stream.Write($utf8.GetBytes('## 一行'), 0, 9); $stream.SetLength(50MB); } finally { $stream.Dispose() }
        # chmod 000 does not stop root (CI runs as root): there, a link to /proc/self/mem opens but fails on read (EIO).
        $unreadable = Join-Path $folder '江城日报_17.txt'
        if ((id -u) -eq '0') { $null = New-Item -ItemType SymbolicLink -Path $unreadable -Target /proc/self/mem }
        else { [System.IO.File]::WriteAllText($unreadable, $page); chmod 000 $unreadable }

        # File → the error it must give: its own id and category.
        $script:bad = [ordered]@{
            (Write-Bytes '江城日报_11.txt' @())                                             = 'NewsArchive.Import.EmptyFile', 'InvalidData'
            (Write-Bytes '江城日报_12.txt' ([byte[]](0x7F, 0x45, 0x4C, 0x46, 2, 1, 1, 0, 0, 0, 3, 0) * 50)) = 'NewsArchive.Import.BinaryFile', 'InvalidData'
            (Write-Bytes '江城日报_13.txt' $invalidUtf8.ToArray())                            = 'NewsArchive.Import.InvalidEncoding', 'InvalidData'
            (Write-Bytes '江城日报_14.txt' $utf8.GetBytes("只有正文，没有标题。`n第二段也没有。`n"))   = 'NewsArchive.Import.NoHeadline', 'InvalidData'
            $hugeLine                                                                        = 'NewsArchive.Import.FileTooLarge', 'LimitsExceeded'
            (Write-Bytes 'x_16.txt' $utf8.GetBytes("---`nnewspaper: 江城日报`ndate: 2020-02-30`npage: 16`n---`n" + $page)) = 'NewsArchive.Import.InvalidDate', 'InvalidData'
            $unreadable                                                                      = 'NewsArchive.Import.FileReadError', 'ReadError'
            (Join-Path $folder '江城日报_18.txt')                                             = 'NewsArchive.Import.FileNotFound', 'ObjectNotFound'
        }
        $paths = @($good) + @($bad.Keys) | Sort-Object
        $script:results = @(Import-Issue -LiteralPath $paths -Database $db -ErrorVariable failures -ErrorAction SilentlyContinue)
        $script:failures = $failures
    }
    AfterAll { if ((id -u) -ne '0') { chmod 644 (Join-Path $TestDrive 'batch/2020-03-13/江城日报_17.txt') } }

    It 'imports the good files: plain UTF-8, GB18030, CRLF and a BOM' {
        $results.Path | Sort-Object | Should -Be ($good | Sort-Object)
        $results.Status | Should -Be (@('Imported') * 4)
        $results.Articles | Should -Be (@(3) * 4)
        (Get-Article -Database $db -Date 2020-03-13 -Page 2 -First 1).Title | Should -Be '第8号文件第1条新闻'
        (Get-Article -Database $db -Date 2020-03-13 -Page 3 -First 1).Paragraphs[-1] | Should -Not -Match "`r"
    }

    It 'gives each bad file its own error: <_>' -ForEach @('EmptyFile', 'BinaryFile', 'InvalidEncoding', 'NoHeadline', 'FileTooLarge', 'InvalidDate', 'FileReadError', 'FileNotFound') {
        $id = "NewsArchive.Import.$_"
        $file = @($bad.Keys | Where-Object { $bad[$_][0] -eq $id })[0]
        $record = @($failures | Where-Object TargetObject -eq $file)
        $record.Count | Should -Be 1
        Get-ErrorId $record[0] | Should -Be $bad[$file][0]
        "$($record[0].CategoryInfo.Category)" | Should -Be $bad[$file][1]
        $record[0].Exception.Message | Should -Not -BeNullOrEmpty
    }

    It 'writes one error per bad file and nothing else' { $failures.Count | Should -Be $bad.Count }

    It 'changes nothing already stored, and leaves the archive healthy' {
        $after = Get-ArchiveSnapshot $db | Where-Object { $_ -like '*|2020-03-01|*' }
        $after | Should -Be $before
        (Test-Archive -Database $db).Healthy | Should -BeTrue
    }
}

Describe 'Hostile strings are data, never SQL' {
    BeforeAll {
        $script:db = New-TestArchive "it's; DROP TABLE pages; --"
        $null = Import-Issue -LiteralPath (New-PageFiles -Folder (Join-Path $TestDrive 'inj') -Count 2) -Database $db
        $script:before = Get-ArchiveSnapshot $db
    }

    It 'finds nothing and harms nothing for <_>' -ForEach @("'; DROP TABLE pages; --", "x' OR '1'='1", '*''; DELETE FROM articles; --*', '") OR 1=1 --') {
        $evil = $_
        Get-Article -Database $db -Newspaper $evil | Should -BeNullOrEmpty
        Get-Article -Database $db -Title $evil | Should -BeNullOrEmpty
        Get-Article -Database $db -Reporter $evil | Should -BeNullOrEmpty
        Get-Issue -Database $db -Newspaper $evil | Should -BeNullOrEmpty
        Remove-Issue -Database $db -Newspaper $evil -Date 2021-01-01 -Confirm:$false -ErrorVariable failure -ErrorAction SilentlyContinue
        Get-ErrorId $failure[0] | Should -Be 'NewsArchive.Remove.IssueNotFound'
        Get-ArchiveSnapshot $db | Should -Be $before
    }

    It 'stores a hostile newspaper name as a name' {
        $evil = "'; DROP TABLE pages; --"
        $file = New-PageFiles -Folder (Join-Path $TestDrive "inj'1") -Date 2021-02-02
        (Import-Issue -LiteralPath $file -Newspaper $evil -Database $db).Newspaper | Should -BeExactly $evil
        (Get-Issue -Database $db -Newspaper $evil).Newspaper | Should -BeExactly $evil
        Remove-Issue -Database $db -Newspaper $evil -Date 2021-02-02 -Confirm:$false
        Get-ArchiveSnapshot $db | Should -Be $before
        (Test-Archive -Database $db).Healthy | Should -BeTrue
    }

    It 'writes a backup to a hostile path' -Tag SqliteOnly {
        $evil = "'; DROP TABLE pages; --"
        $file = New-PageFiles -Folder (Join-Path $TestDrive "inj'2") -Date 2021-02-02
        $null = Import-Issue -LiteralPath $file -Newspaper $evil -Database $db
        $backup = Backup-Archive -Database $db -Destination (Join-Path $TestDrive "b'; DROP TABLE pages; --.db")
        $backup.Exists | Should -BeTrue
        Remove-Issue -Database $db -Newspaper $evil -Date 2021-02-02 -Confirm:$false
        Get-ArchiveSnapshot $db | Should -Be $before
        (Test-Archive -Database $db).Healthy | Should -BeTrue
        (Test-Archive -Database $backup.FullName).Pages | Should -Be 3
    }
}

Describe 'Unattended runs' {
    It 'emits each result as it goes: the pipeline can stop the import after the first page' {
        $db = New-TestArchive 'stream'
        $files = New-PageFiles -Folder (Join-Path $TestDrive 'stream') -Count 5
        $first = Import-Issue -LiteralPath $files -Database $db | Select-Object -First 1
        $first.Path | Should -Be $files[0]
        # PostgreSQL stores up to three pages at once (their commits share the wait for the disk): the three begun after
        # page 1, before its result was taken, finish; page 5 is never begun. SQLite stores one page at a time.
        $stored = if ((Get-TestEngine) -eq 'Sqlite') { @(1) } else { @(1, 2, 3, 4) }
        (Get-Issue -Database $db).Pages | Should -Be $stored
    }

    It 'never prompts under -NonInteractive, and writes only results to the output streams' {
        $db = New-TestArchive 'quiet'
        $folder = Join-Path $TestDrive 'quiet'
        $files = New-PageFiles -Folder $folder -Count 3
        $null = Import-Issue -LiteralPath $files[0] -Database $db
        [System.IO.File]::AppendAllText($files[0], "`n## 追加的新闻`n`n正文。`n")
        $run = Invoke-FreshPwsh -Script "Get-ChildItem '$folder' -Filter *.txt | Import-Issue -Database '$db' -Force | ForEach-Object { 'RESULT ' + `$_.Status }"
        $run.ExitCode | Should -Be 0
        $run.Output | Should -Be @('RESULT Replaced', 'RESULT Imported', 'RESULT Imported')
    }
}

Describe 'The scheduled import script' {
    BeforeAll {
        $script:importScript = Join-Path (Split-Path (Get-TestModulePath)) 'Scripts/Invoke-NewsArchiveImport.ps1'
        function Invoke-ImportScript([string] $Folder, [string] $Database, [string] $Log) {
            $output = Invoke-Pwsh -ArgumentList '-NoProfile', '-NonInteractive', '-File', $importScript, '-Path', $Folder, '-Database', $Database, '-LogPath', $Log
            [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = $output }
        }
    }

    It 'imports a folder, logs every file and exits 1 when one file failed' {
        $folder = Join-Path $TestDrive 'nightly/2021-01-01'
        $good = New-PageFiles -Folder $folder -Count 2
        $bad = Join-Path $folder '江城日报_20210101_03.txt'
        [System.IO.File]::WriteAllBytes($bad, [byte[]](0, 1, 2, 3))
        $log = Join-Path $TestDrive 'logs/import.log'
        $run = Invoke-ImportScript (Split-Path $folder) (New-TestArchive 'nightly') $log
        $run.ExitCode | Should -Be 1
        $lines = Get-Content $log
        $lines[0] | Should -Match 'START'
        @($lines | Where-Object { $_ -match ' OK +Imported ' }).Count | Should -Be 2
        @($lines | Where-Object { $_ -match ' ERROR ' })[0] | Should -BeLike "*NewsArchive.Import.BinaryFile $bad*"
        $lines[-1] | Should -Match 'END +Imported 2, Unchanged 0, Replaced 0, Failed 1'
        # Quiet but for failures (cron mails any output): the one failed file, on standard error.
        @($run.Output).Count | Should -Be 1
        "$($run.Output)" | Should -BeLike "*NewsArchive.Import.BinaryFile $bad*"
    }

    It 'exits 0 when every file is imported or unchanged, and 2 when the folder does not exist' {
        $folder = Join-Path $TestDrive 'nightly2'
        $null = New-PageFiles -Folder $folder -Count 2
        $log = Join-Path $TestDrive 'nightly2.log'
        $db = New-TestArchive 'nightly2'
        (Invoke-ImportScript $folder $db $log).ExitCode | Should -Be 0
        (Invoke-ImportScript $folder $db $log).ExitCode | Should -Be 0
        (Get-Content $log)[-1] | Should -Match 'Imported 0, Unchanged 2'
        (Invoke-ImportScript (Join-Path $TestDrive 'nowhere') $db $log).ExitCode | Should -Be 2
        (Get-Content $log)[-1] | Should -Match 'FATAL'
    }
}
