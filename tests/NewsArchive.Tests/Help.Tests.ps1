# Every cmdlet the module exports is held to the same documentation and output standard, found from the module itself:
# a cmdlet added later is checked without touching this file.
BeforeDiscovery {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:cmdlets = @(Get-Command -Module NewsArchive -CommandType Cmdlet | ForEach-Object { @{ Name = $_.Name } })
}

BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    Import-Module (Get-TestModulePath) -Force
    $script:moduleFolder = Split-Path (Get-TestModulePath)
    # Verbose, Debug, ErrorAction…: documented by PowerShell itself. WhatIf and Confirm are not in this list: a cmdlet
    # that writes shows them in its syntax, so its help says what they do for it.
    $script:commonParameters = [System.Management.Automation.PSCmdlet]::CommonParameters
}

Describe 'The module manifest' {
    It 'passes Test-ModuleManifest' {
        $manifest = Test-ModuleManifest -Path (Get-TestModulePath) -ErrorAction Stop
        $manifest.Name | Should -Be 'NewsArchive'
    }

    It 'exports exactly the cmdlets it lists, and each exists' {
        $listed = (Import-PowerShellDataFile (Get-TestModulePath)).CmdletsToExport | Sort-Object
        $exported = (Get-Command -Module NewsArchive -CommandType Cmdlet).Name | Sort-Object
        $listed | Should -Not -BeNullOrEmpty
        $exported | Should -Be $listed
    }

    It 'ships one help file per cmdlet, each naming the cmdlet of its file name' {
        $sources = Get-ChildItem (Join-Path (Get-RepositoryRoot) 'module/en-US/commands') -Filter '*.xml'
        foreach ($source in $sources) {
            $xml = [xml](Get-Content -Raw -LiteralPath $source.FullName)
            $xml.DocumentElement.LocalName | Should -Be 'command' -Because "$($source.Name) holds one <command:command>"
            $xml.DocumentElement.details.name | Should -Be $source.BaseName -Because "$($source.Name) documents its own cmdlet"
        }
        $sources.BaseName | Sort-Object | Should -Be ((Get-Command -Module NewsArchive -CommandType Cmdlet).Name | Sort-Object)
    }
}

Describe 'Help and output of <Name>' -ForEach $cmdlets {
    BeforeAll {
        $command = Get-Command $Name
        $help = Get-Help $Name -Full
        $helpParameters = @($help.parameters.parameter)
    }

    It 'has a written synopsis, not the one PowerShell makes up from the syntax' {
        $help.Synopsis | Should -Not -BeNullOrEmpty
        # Without help, Get-Help's synopsis is the syntax line: "Get-Article [[-Title] <string[]>] …".
        $help.Synopsis.Trim() | Should -Not -BeLike "$Name*"
        $help.Synopsis.Trim() | Should -Not -Match '\[?-\w+ <'
    }

    It 'has a description' {
        ($help.description.Text -join '').Trim() | Should -Not -BeNullOrEmpty
    }

    It 'has at least two examples, each with code and remarks' {
        $examples = @($help.examples.example)
        $examples.Count | Should -BeGreaterOrEqual 2
        foreach ($example in $examples) {
            $example.code | Should -Match $Name -Because 'an example shows the cmdlet in use'
            ($example.remarks.Text -join '').Trim() | Should -Not -BeNullOrEmpty -Because "example '$($example.title)' says what it does"
        }
    }

    It 'describes every parameter' {
        $parameters = $command.Parameters.Keys | Where-Object { $_ -notin $commonParameters }
        foreach ($parameter in $parameters) {
            $entry = $helpParameters | Where-Object name -EQ $parameter
            $entry | Should -Not -BeNullOrEmpty -Because "-$parameter needs help"
            ($entry.description.Text -join '').Trim() | Should -Not -BeNullOrEmpty -Because "-$parameter needs a description"
            $entry.type.name | Should -Not -BeNullOrEmpty -Because "-$parameter needs its type"
        }
    }

    It 'documents no parameter the cmdlet does not have, and says which take wildcards as the cmdlet does' {
        foreach ($entry in $helpParameters) {
            $command.Parameters.Keys | Should -Contain $entry.name -Because 'help must not describe a parameter that is gone'
            $supportsWildcards = [bool]($command.Parameters[$entry.name].Attributes | Where-Object { $_ -is [System.Management.Automation.SupportsWildcardsAttribute] })
            ($entry.globbing -eq 'true') | Should -Be $supportsWildcards -Because "-$($entry.name) wildcard support"
        }
    }

    It 'names its inputs, outputs and related links' {
        @($help.inputTypes.inputType).Count | Should -BeGreaterOrEqual 1
        @($help.returnValues.returnValue).Count | Should -BeGreaterOrEqual 1
        @($help.relatedLinks.navigationLink).Count | Should -BeGreaterOrEqual 1
    }

    It 'declares [OutputType], and each output type has a table view' {
        $command.OutputType | Should -Not -BeNullOrEmpty
        foreach ($type in $command.OutputType) {
            $format = Get-FormatData -TypeName $type.Name
            $format | Should -Not -BeNullOrEmpty -Because "$($type.Name) needs a view in NewsArchive.format.ps1xml"
            $format.FormatViewDefinition.Control | Where-Object { $_ -is [System.Management.Automation.TableControl] } |
                Should -Not -BeNullOrEmpty -Because "$($type.Name) needs a table view"
        }
    }

    It 'is documented in its help output type' {
        $returnTypes = @($help.returnValues.returnValue | ForEach-Object { $_.type.name })
        foreach ($type in $command.OutputType) { $returnTypes | Should -Contain $type.Name }
    }

    It 'is mentioned in about_NewsArchive and the README' {
        Get-Content -Raw (Join-Path $moduleFolder 'en-US/about_NewsArchive.help.txt') | Should -Match ([regex]::Escape($Name))
        Get-Content -Raw (Join-Path (Get-RepositoryRoot) 'README.md') | Should -Match ([regex]::Escape($Name))
    }
}
