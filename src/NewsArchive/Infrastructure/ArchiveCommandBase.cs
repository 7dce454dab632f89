using System;
using System.IO;
using System.Management.Automation;
using Microsoft.Data.Sqlite;
using NewsArchive.Commands.Resources;
using NewsArchive.Core.Storage;

namespace NewsArchive.Commands.Infrastructure;

/// <summary>What every NewsArchive cmdlet shares: the -Database parameter, opening the store once per pipeline, and
/// turning failures into ErrorRecords with namespaced ids.</summary>
public abstract class ArchiveCommandBase : PSCmdlet
{
    private ArchiveStore? _store;

    /// <summary>The archive file. Default: $env:NEWSARCHIVE_DB, else the per-user data folder.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Database { get; set; }

    /// <summary>Commands that only read must not create an empty archive where the user mistyped a path.</summary>
    protected virtual bool CreatesDatabase => false;

    protected string DatabasePath =>
        Database is null ? ArchivePaths.DefaultDatabasePath() : GetUnresolvedProviderPathFromPSPath(Database);

    /// <summary>The store, opened on first use; a failure to open it ends the command (nothing else can work).</summary>
    protected ArchiveStore Store
    {
        get
        {
            if (_store is not null)
            {
                return _store;
            }

            var path = DatabasePath;
            try
            {
                WriteVerbose($"Opening archive {path}");
                _store = ArchiveStore.Open(path, CreatesDatabase);
                return _store;
            }
            catch (FileNotFoundException ex)
            {
                ThrowTerminatingError(Errors.ForFile(ex, "Database.NotFound", ErrorCategory.ObjectNotFound, path, Messages.Database_NotFound_Action));
            }
            catch (SqliteException ex)
            {
                ThrowTerminatingError(Errors.ForFile(ex, "Database.OpenFailed", Errors.CategoryOf(ex), path, Messages.Database_OpenFailed_Action));
            }
            catch (Exception ex) when (ex is InvalidOperationException or UnauthorizedAccessException or IOException)
            {
                ThrowTerminatingError(Errors.ForFile(ex, "Database.OpenFailed", ErrorCategory.OpenError, path, null));
            }

            throw new InvalidOperationException("unreachable");
        }
    }

    protected override void EndProcessing()
    {
        try
        {
            _store?.CompleteSearchIndex();
        }
        catch (SqliteException ex)
        {
            WriteError(Errors.Record(ex, "Search.IndexPending", Errors.CategoryOf(ex), _store?.Path,
                "The articles were stored; they are indexed for search the next time the archive is opened."));
        }

        CloseStore();
    }

    protected override void StopProcessing() => CloseStore();

    private void CloseStore()
    {
        _store?.Dispose();
        _store = null;
    }
}
