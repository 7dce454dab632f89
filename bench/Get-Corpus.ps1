#Requires -Version 7.2
<#
.SYNOPSIS
    Materialises a public corpus file named in bench/corpora/<Id>.source.json, verified by its SHA-256, and returns
    its path; or returns nothing (with the reason as a warning) when it cannot be had on this machine.
.DESCRIPTION
    Corpus text is never committed (licences). A source file names where the text comes from: a public GitHub
    repository, a commit, a path inside it and the file's SHA-256:

        { "id": "msra-ner-test", "repo": "owner/name", "commit": "<40 hex>", "path": "data/test.txt",
          "sha256": "<64 hex>", "licence": "…", "note": "what it is and how it is used" }

    The file is looked up, in order:
      1. the cache: $env:NEWSARCHIVE_CORPUS_CACHE, else ~/.cache/newsarchive/corpora/<sha256> (kept across clones on one
         machine, so CI on the machine that built the sets finds them);
      2. a local git copy of the repository: each folder of $env:NEWSARCHIVE_MIRRORS (path-separated), else the
         defaults ../.mirror beside the repository and /work/.mirror, as <owner>+<name>/repo (a bare git directory, or a
         checkout with its .git inside) or <owner>+<name> itself; the blob is read with `git show <commit>:<path>`.
    Whatever is found is checked against the SHA-256 before it is used; a mismatch is refused.

    A file that a repository holds only inside a zip archive (a copy too large to fetch unpacked) names the archive
    as well, with the archive's own SHA-256; the archive is verified, then the member at "path" is unpacked and
    verified against "sha256":

        { …, "archive": { "path": "MSRA.zip", "sha256": "<64 hex>" }, "path": "msra_train_bio", "sha256": "<64 hex>" }
.EXAMPLE
    $file = ./bench/Get-Corpus.ps1 -Id msra-ner-test
    if (-not $file) { Set-ItResult -Skipped -Because 'the MSRA NER test split is not on this machine' }
#>
[CmdletBinding()]
[OutputType([string])]
param(
    [Parameter(Mandatory, Position = 0, ValueFromPipeline)]
    [string[]] $Id
)

begin {
    $ErrorActionPreference = 'Stop'
    Set-StrictMode -Version Latest
    $repoRoot = Split-Path $PSScriptRoot -Parent
    $cache = if ($env:NEWSARCHIVE_CORPUS_CACHE) { $env:NEWSARCHIVE_CORPUS_CACHE } else { Join-Path $HOME '.cache/newsarchive/corpora' }
    $mirrors = if ($env:NEWSARCHIVE_MIRRORS) { $env:NEWSARCHIVE_MIRRORS -split [IO.Path]::PathSeparator } else { @((Join-Path (Split-Path $repoRoot -Parent) '.mirror'), '/work/.mirror') }

    function Get-Sha256([string] $path) { (Get-FileHash -LiteralPath $path -Algorithm SHA256).Hash.ToLowerInvariant() }

    function Find-GitDir([string] $repo) {
        $folder = $repo -replace '/', '+'
        foreach ($root in $mirrors) {
            foreach ($candidate in (Join-Path $root "$folder/repo/.git"), (Join-Path $root "$folder/repo"), (Join-Path $root $folder)) {
                if (Test-Path -LiteralPath $candidate -PathType Container) { return $candidate }
            }
        }
    }

    # The verified path of one file of a source: from the cache, else read out of a local git copy; nothing (with a
    # warning) when neither has it.
    function Get-CorpusFile([string] $name, $source, [string] $path, [string] $sha256) {
        $sha = $sha256.ToLowerInvariant()
        $cached = Join-Path $cache $sha
        if ((Test-Path -LiteralPath $cached) -and (Get-Sha256 $cached) -eq $sha) { return $cached }
        if ($source.PSObject.Properties['archive']) { return Expand-CorpusMember $name $source $path $sha }

        $gitDir = Find-GitDir $source.repo
        if (-not $gitDir) {
            Write-Warning "Corpus '$name' is not on this machine: no cached copy and no local git copy of $($source.repo) (fetch it, or set NEWSARCHIVE_MIRRORS)."
            return
        }
        $null = New-Item -ItemType Directory -Force -Path $cache
        $partial = "$cached.partial-$PID"
        # git writes the blob's bytes unchanged; going through cmd redirection would re-encode them.
        $psi = [System.Diagnostics.ProcessStartInfo]::new('git')
        foreach ($arg in '--git-dir', $gitDir, 'show', "$($source.commit):$path") { $psi.ArgumentList.Add($arg) }
        $psi.RedirectStandardOutput = $true
        $psi.RedirectStandardError = $true
        $process = [System.Diagnostics.Process]::Start($psi)
        $out = [System.IO.File]::Create($partial)
        try { $process.StandardOutput.BaseStream.CopyTo($out) } finally { $out.Dispose() }
        $errText = $process.StandardError.ReadToEnd()
        $process.WaitForExit()
        if ($process.ExitCode -ne 0) {
            Remove-Item -LiteralPath $partial -Force
            Write-Warning "Corpus '$name': git could not read $($source.commit):$path in $gitDir ($($errText.Trim()))."
            return
        }
        Complete-CachedCopy $partial $cached $sha "Corpus '$name': $($source.repo) $path"
    }

    # Moves a copy written to <cached>.partial-<pid> into the cache once its SHA-256 is the one the source names.
    function Complete-CachedCopy([string] $partial, [string] $cached, [string] $sha, [string] $what) {
        $actual = Get-Sha256 $partial
        if ($actual -ne $sha) {
            Remove-Item -LiteralPath $partial -Force
            throw "$what has SHA-256 $actual, not the $sha its source file names. Refused."
        }
        Move-Item -LiteralPath $partial -Destination $cached -Force
        $cached
    }

    # The verified path of one member of a zip archive the source names (the archive itself verified first).
    function Expand-CorpusMember([string] $name, $source, [string] $member, [string] $sha) {
        $archiveSource = [pscustomobject]@{ repo = $source.repo; commit = $source.commit }
        $archive = Get-CorpusFile $name $archiveSource $source.archive.path $source.archive.sha256
        if (-not $archive) { return }
        Add-Type -AssemblyName System.IO.Compression
        $zip = [System.IO.Compression.ZipFile]::OpenRead($archive)
        try {
            $entry = $zip.GetEntry($member)
            if (-not $entry) { throw "Corpus '$name': $($source.archive.path) has no member $member." }
            $cached = Join-Path $cache $sha
            $partial = "$cached.partial-$PID"
            [System.IO.Compression.ZipFileExtensions]::ExtractToFile($entry, $partial, $true)
        }
        finally { $zip.Dispose() }
        Complete-CachedCopy $partial $cached $sha "Corpus '$name': $member of $($source.archive.path)"
    }
}

process {
    foreach ($name in $Id) {
        $sourceFile = Join-Path $PSScriptRoot "corpora/$name.source.json"
        if (-not (Test-Path -LiteralPath $sourceFile)) { throw "No corpus source named '$name' ($sourceFile)." }
        $source = Get-Content -LiteralPath $sourceFile -Raw | ConvertFrom-Json
        # A source names one file (path, sha256), or several (files: [{ path, sha256 }…]), returned in that order.
        $files = if ($source.PSObject.Properties['files']) { @($source.files) } else { @([pscustomobject]@{ path = $source.path; sha256 = $source.sha256 }) }
        foreach ($file in $files) { Get-CorpusFile $name $source $file.path $file.sha256 }
    }
}
