# zh-CN help and messages beside en-US, chosen by $PSUICulture: LANG=zh_CN.UTF-8 makes it zh-CN on Linux.
BeforeAll {
    Import-Module (Join-Path $PSScriptRoot 'TestHelpers.psm1') -Force
    $script:han = '\p{IsCJKUnifiedIdeographs}'
    $script:db = Join-Path $TestDrive 'l10n.db'
    Import-Module (Get-TestModulePath) -Force
    $null = Import-SeedPage $db
    $script:emptyPage = Join-Path $TestDrive '江城日报_20210101_01.txt'
    [System.IO.File]::WriteAllBytes($emptyPage, [byte[]]@())

    # Runs a script in a fresh pwsh whose locale is $Lang (LC_ALL and LC_MESSAGES would override LANG) and returns the
    # JSON it prints as objects.
    function Invoke-InCulture([string] $Lang, [string] $Script) {
        $run = Invoke-FreshPwsh -Environment @{ LANG = $Lang; LC_ALL = $null; LC_MESSAGES = $null } -Script "$Script | ConvertTo-Json -Depth 5 -Compress"
        $run.ExitCode | Should -Be 0 -Because ($run.Output -join "`n")
        ($run.Output | Where-Object { $_ -is [string] }) -join "`n" | ConvertFrom-Json
    }

    # What a user of each culture reads: help texts of every cmdlet, about_NewsArchive, and three error messages.
    $probe = @'
$common = [System.Management.Automation.PSCmdlet]::CommonParameters + [System.Management.Automation.PSCmdlet]::OptionalCommonParameters
[pscustomobject]@{
    Culture  = $PSUICulture
    Commands = @(foreach ($command in Get-Command -Module NewsArchive -CommandType Cmdlet) {
        $help = Get-Help $command.Name -Full
        [pscustomobject]@{
            Name        = $command.Name
            Synopsis    = $help.Synopsis
            Description = ($help.description.Text -join ' ')
            Parameters  = @($help.parameters.parameter | Where-Object name -NotIn $common | ForEach-Object { [pscustomobject]@{ Name = $_.name; Text = ($_.description.Text -join ' ') } })
            Examples    = @($help.examples.example | ForEach-Object { $_.remarks.Text -join ' ' })
        }
    })
    About    = (Get-Help about_NewsArchive | Out-String)
    NotFound = "$(Get-Article -Id 99999 -Database 'DB' 2>&1)"
    Empty    = "$(Import-Issue -LiteralPath 'EMPTY' -Database 'DB' 2>&1)"
    BadDate  = $(try { Get-Article -Date 2020-13-45 -Database 'DB'; '' } catch { "$_" })
}
'@
    $probe = $probe.Replace("'DB'", "'$db'").Replace("'EMPTY'", "'$emptyPage'")
    $script:zh = Invoke-InCulture 'zh_CN.UTF-8' $probe
    $script:en = Invoke-InCulture 'en_US.UTF-8' $probe
}

Describe 'The culture follows LANG' {
    It 'is zh-CN under LANG=zh_CN.UTF-8 and en-US under LANG=en_US.UTF-8' {
        $zh.Culture | Should -Be 'zh-CN'
        $en.Culture | Should -Be 'en-US'
    }
}

Describe 'zh-CN help' {
    It 'has a Chinese synopsis, description, parameter descriptions and example remarks for every cmdlet' {
        foreach ($command in $zh.Commands) {
            $english = $en.Commands | Where-Object Name -EQ $command.Name
            $command.Synopsis | Should -Match $han -Because "$($command.Name) synopsis"
            $command.Synopsis | Should -Not -Be $english.Synopsis
            $command.Description | Should -Match $han -Because "$($command.Name) description"
            foreach ($parameter in $command.Parameters) {
                $parameter.Text | Should -Match $han -Because "$($command.Name) -$($parameter.Name)"
            }
            @($command.Examples).Count | Should -Be @($english.Examples).Count
            foreach ($remark in $command.Examples) { $remark | Should -Match $han -Because "$($command.Name) example remarks" }
        }
    }

    It 'has a Chinese about_NewsArchive, and the English one stays English' {
        $zh.About | Should -Match '简短说明'
        $en.About | Should -Match 'SHORT DESCRIPTION'
    }
}

Describe 'zh-CN messages' {
    It 'says a missing article id in Chinese (<Culture> control in English)' -ForEach @(@{ Culture = 'en-US' }) {
        $zh.NotFound | Should -Match '找不到编号为 99999 的文章'
        $en.NotFound | Should -Match 'No article with id 99999'
    }

    It 'names the file and says it is empty in Chinese' {
        $zh.Empty | Should -BeLike "*$emptyPage*"
        $zh.Empty | Should -Match '文件是空的'
        $en.Empty | Should -Match 'empty'
    }

    It 'says which date forms work in Chinese' {
        $zh.BadDate | Should -Match '不是日期'
        $en.BadDate | Should -Match 'is not a date'
    }

    It 'has a zh-CN translation of every message' {
        $folder = Join-Path (Get-RepositoryRoot) 'src/NewsArchive/Resources'
        $english = ([xml](Get-Content -Raw (Join-Path $folder 'Messages.resx'))).root.data.name
        $chinese = ([xml](Get-Content -Raw (Join-Path $folder 'Messages.zh-CN.resx'))).root.data.name
        foreach ($name in $english) { $chinese | Should -Contain $name }
    }
}
