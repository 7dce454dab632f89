# Shared by the Pester test files: where the built module and the shared seed page are, and how to run a fresh pwsh.

function Get-TestModulePath {
    if (-not $env:NEWSARCHIVE_TEST_MODULE) { throw 'NEWSARCHIVE_TEST_MODULE is not set: run the tests through build.ps1 -Task Test.' }
    $env:NEWSARCHIVE_TEST_MODULE
}

# ../shared sits beside the clone (in CI too); look upward so worktrees and other checkouts find it as well.
function Get-SharedSamplesPath {
    for ($dir = Get-Item $PSScriptRoot; $null -ne $dir; $dir = $dir.Parent) {
        $candidate = Join-Path $dir.FullName 'shared/samples'
        if ((Test-Path $candidate) -and (Test-Path (Join-Path $dir.FullName 'shared/TOOLCHAIN.md'))) { return $candidate }
    }
    throw "The shared samples folder (../shared/samples) was not found above $PSScriptRoot."
}

function Get-RepositoryRoot { (Resolve-Path (Join-Path $PSScriptRoot '../..')).ProviderPath }

# The pwsh running the tests, as an array: under 'dotnet pwsh' the process is dotnet and pwsh.dll its first argument.
function Get-PwshCommandLine {
    $process = (Get-Process -Id $PID).Path
    if ([System.IO.Path]::GetFileNameWithoutExtension($process) -eq 'dotnet') { return , @($process, (Join-Path $PSHOME 'pwsh.dll')) }
    return , @($process)
}

# Starts a new pwsh with these arguments and returns its output (stdout and stderr).
function Invoke-Pwsh {
    param([Parameter(Mandatory)][string[]] $ArgumentList)
    $commandLine = Get-PwshCommandLine
    $rest = @($commandLine | Select-Object -Skip 1) + $ArgumentList
    & $commandLine[0] @rest 2>&1
}

# Runs a script in a new pwsh that has imported the built module; returns its output (objects come back as JSON).
function Invoke-FreshPwsh {
    param([Parameter(Mandatory)][string] $Script, [hashtable] $Environment = @{})
    $full = "Import-Module '$(Get-TestModulePath)'; $Script"
    $saved = @{}
    foreach ($key in $Environment.Keys) { $saved[$key] = [Environment]::GetEnvironmentVariable($key); [Environment]::SetEnvironmentVariable($key, $Environment[$key]) }
    try {
        $output = Invoke-Pwsh -ArgumentList '-NoProfile', '-NonInteractive', '-Command', $full
        [pscustomobject]@{ ExitCode = $LASTEXITCODE; Output = $output }
    }
    finally {
        foreach ($key in $saved.Keys) { [Environment]::SetEnvironmentVariable($key, $saved[$key]) }
    }
}

Export-ModuleMember -Function Get-TestModulePath, Get-SharedSamplesPath, Get-RepositoryRoot, Get-PwshCommandLine, Invoke-Pwsh, Invoke-FreshPwsh
