# The officials quality gate: every labelled set, measured with bench/Evaluate-Officials.ps1 against the built module,
# must keep its precision and recall at or above the floors in bench/eval/officials-floors.psd1. Real-text sets are
# rebuilt from their public corpus files first; a set whose corpus is not on this machine is skipped, saying why.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $floors = Import-PowerShellDataFile (Join-Path (Get-RepositoryRoot) 'bench/eval/officials-floors.psd1')
    $sets = @($floors.Sets | ForEach-Object { @{ Name = $_.Name; Precision = $_.Precision; Recall = $_.Recall; Real = [bool]$_.Real } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $root = Get-RepositoryRoot
    $script:evaluate = Join-Path $root 'bench/Evaluate-Officials.ps1'
    $script:core = Join-Path (Split-Path (Get-TestModulePath) -Parent) 'NewsArchive.Core.dll'
    $script:realRoot = Join-Path $TestDrive 'eval'
    $script:bundled = @(Get-ChildItem -Directory (Join-Path $root 'bench/eval') -Filter 'officials*' | Sort-Object Name | ForEach-Object FullName)

    # One evaluation of the bundled sets and the seed page (the script adds the seed page to every run).
    $script:summaries = @{}
    foreach ($row in & $evaluate -CorePath $core -EvalPath $bundled -Quiet 6>$null) {
        $summaries[($row.Set -replace ' \(\d+ pages\)$', '')] = $row
    }

    # Builds a real-text set from its corpus files; returns why it cannot when a corpus is not on this machine.
    function script:Measure-RealSet([string] $Name) {
        try {
            & (Join-Path $root 'bench/eval/Build-RealSets.ps1') -Set $Name -OutRoot $realRoot 6>$null | Out-Null
        }
        catch {
            if ("$_" -match 'is not on this machine') { return "$_" }
            throw
        }
        foreach ($row in & $evaluate -CorePath $core -EvalPath (Join-Path $realRoot $Name) -Quiet 6>$null) {
            $summaries[($row.Set -replace ' \(\d+ pages\)$', '')] = $row
        }
        $null
    }
}

Describe 'Officials quality gate' {
    It '<Name>: precision >= <Precision>, recall >= <Recall>' -ForEach $sets {
        if ($Real) {
            $absent = Measure-RealSet $Name
            if ($absent) {
                Set-ItResult -Skipped -Because "its corpus is absent: $absent"
                return
            }
        }

        $summaries.ContainsKey($Name) | Should -BeTrue -Because "the evaluation should have measured $Name"
        $row = $summaries[$Name]
        $row.Expected | Should -BeGreaterThan 0 -Because "$Name should hold labelled officials"
        $row.Precision | Should -BeGreaterOrEqual $Precision -Because "$Name found $($row.Found), $($row.Correct) correct"
        $row.Recall | Should -BeGreaterOrEqual $Recall -Because "$Name expects $($row.Expected), $($row.Correct) found"
    }
}
