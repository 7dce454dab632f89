@{
    RootModule           = 'NewsArchive.dll'
    ModuleVersion        = '0.1.0'
    GUID                 = '6f0f7c1e-3d2b-4b8e-9a57-2f4d8c1b9e21'
    Author               = 'NewsArchive contributors'
    CompanyName          = 'NewsArchive'
    Copyright            = '(c) NewsArchive contributors. MIT License.'
    Description          = 'Turns digitised Chinese newspaper pages into a searchable, scriptable archive in SQLite: import pages, split them into articles, find officials, search the full text and report statistics.'
    PowerShellVersion    = '5.1'
    CompatiblePSEditions = @('Core', 'Desktop')
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
            Tags       = @('newspaper', 'archive', 'sqlite', 'chinese', 'full-text-search', 'ocr')
            ProjectUri = 'https://example.invalid/NewsArchive'
        }
    }
}
