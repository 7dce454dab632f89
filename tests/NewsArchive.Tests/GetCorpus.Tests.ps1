# bench/Get-Corpus.ps1 with a source that names a member of a zip archive (MSRA NER's training set, 14 MB unpacked,
# is held zipped: msra-ner-zhooufeng-train). Run against an empty cache, so the archive is read out of the local git copy,
# verified, unpacked and verified. Skipped, saying why, when no local copy of zhooufeng/Data is on this machine.

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $bench = Join-Path (Get-RepositoryRoot) 'bench'
    $script:getCorpus = Join-Path $bench 'Get-Corpus.ps1'
    $script:source = Get-Content -Raw (Join-Path $bench 'corpora/msra-ner-zhooufeng-train.source.json') | ConvertFrom-Json
    $script:savedCache = $env:NEWSARCHIVE_CORPUS_CACHE
    $env:NEWSARCHIVE_CORPUS_CACHE = Join-Path $TestDrive 'cache'
    $script:path = & $getCorpus -Id msra-ner-zhooufeng-train -WarningVariable missing -WarningAction SilentlyContinue
    $script:why = "$missing"
}

AfterAll {
    $env:NEWSARCHIVE_CORPUS_CACHE = $savedCache
}

Describe 'Get-Corpus with a source inside a zip archive' {
    It 'returns the member unpacked and verified, and caches the archive by its own hash' {
        if (-not $path) {
            Set-ItResult -Skipped -Because "no local copy of $($source.repo) ($why)"
            return
        }

        (Get-FileHash -LiteralPath $path -Algorithm SHA256).Hash | Should -Be $source.sha256
        Split-Path $path -Leaf | Should -Be $source.sha256
        Test-Path -LiteralPath (Join-Path $env:NEWSARCHIVE_CORPUS_CACHE $source.archive.sha256) | Should -BeTrue
    }

    It 'answers from the cache the second time' {
        if (-not $path) {
            Set-ItResult -Skipped -Because "no local copy of $($source.repo) ($why)"
            return
        }

        $savedMirrors = $env:NEWSARCHIVE_MIRRORS
        $env:NEWSARCHIVE_MIRRORS = Join-Path $TestDrive 'no-mirrors'
        try { & $getCorpus -Id msra-ner-zhooufeng-train | Should -Be $path }
        finally { $env:NEWSARCHIVE_MIRRORS = $savedMirrors }
    }
}
