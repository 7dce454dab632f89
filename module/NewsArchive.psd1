@{
    RootModule           = 'NewsArchive.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f0f7c1e-3d2b-4b8e-9a57-2f4d8c1b9e21'
    Author               = 'NewsArchive contributors'
    CompanyName          = 'NewsArchive'
    Copyright            = '(c) NewsArchive contributors. MIT License.'
    Description          = 'Turns digitised Chinese newspaper pages into a searchable, scriptable archive in SQLite: import pages, split them into articles, find officials, search the full text and report statistics.'
    # PowerShell 7 only: the test suite runs it (7.6.9) on Linux; Windows PowerShell 5.1 (Desktop) is not tested, so not claimed.
    PowerShellVersion    = '7.4'
    CompatiblePSEditions = @('Core')
    # Loaded at import so scripts can use the output types ([NewsArchive.Core.Model.Article]) before any cmdlet runs.
    RequiredAssemblies   = @('NewsArchive.Core.dll')
    FormatsToProcess     = @('NewsArchive.format.ps1xml')
    CmdletsToExport      = @(
        'Import-Issue'
        'Get-Article'
        'Get-Issue'
        'Remove-Issue'
        'Backup-Archive'
        'Test-Archive'
        'Export-Stats'
        'Find-Official'
        'Update-Issue'
        'Copy-Archive'
    )
    FunctionsToExport    = @()
    AliasesToExport      = @()
    VariablesToExport    = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('newspaper', 'archive', 'sqlite', 'chinese', 'full-text-search', 'ocr', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            LicenseUri   = 'https://opensource.org/license/mit'
            ReleaseNotes = @'
0.1.0
- One package for Windows, macOS and Linux (x64 and arm64, and musl x64): the SQLite engine for the machine is loaded at import.
- Installs with Install-PSResource from a folder repository (build.ps1 -Task Package).
'@
        }
    }
}
