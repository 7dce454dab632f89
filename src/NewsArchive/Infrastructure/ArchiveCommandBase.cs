using System;
using System.IO;
using System.Management.Automation;
using System.Data.Common;
using NewsArchive.Core.Storage;

namespace NewsArchive.Commands.Infrastructure;

/// <summary>What every NewsArchive cmdlet shares: the -Database parameter, opening the store once per pipeline, and
/// turning failures into ErrorRecords with namespaced ids.</summary>
public abstract class ArchiveCommandBase : PSCmdlet
{
    private ArchiveStore? _store;

    /// <summary>The archive: an SQLite file, or a PostgreSQL database as a postgresql:// URI or a Host=…;Database=…
    /// connection string. Default: $env:NEWSARCHIVE_DB, else a file in the per-user data folder.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Database { get; set; }

    /// <summary>The user and password for a PostgreSQL archive (else the URI's user, and PGPASSFILE or ~/.pgpass).</summary>
    [Parameter]
    [Credential]
    public PSCredential? Credential { get; set; }

    /// <summary>Commands that only read must not create an empty archive where the user mistyped a path.</summary>
    protected virtual bool CreatesDatabase => false;

    /// <summary>The archive -Database names: a file path resolved against the current location, or a PostgreSQL URI or
    /// connection string as given.</summary>
    protected ArchiveLocation Location
    {
        get
        {
            var database = Database ?? ArchivePaths.DefaultDatabasePath();
            return ArchiveLocation.Parse(Database is null || ArchiveLocation.IsPostgres(database) ? database : GetUnresolvedProviderPathFromPSPath(database));
        }
    }

    /// <summary>The archive as messages and error targets show it: never with a password.</summary>
    protected string DatabasePath => Location.DisplayName;

    /// <summary>The store, opened on first use; a failure to open it ends the command (nothing else can work).</summary>
    protected ArchiveStore Store
    {
        get
        {
            if (_store is not null)
            {
                return _store;
            }

            var location = Location;
            var path = location.DisplayName;
            try
            {
                WriteVerbose($"Opening archive {path}");
                _store = ArchiveStores.Open(location, Credential?.GetNetworkCredential(), CreatesDatabase);
                return _store;
            }
            catch (FileNotFoundException ex)
            {
                ThrowTerminatingError(Errors.Record(ex, "Database.NotFound", ErrorCategory.ObjectNotFound, path,
                    "Import pages first (Import-Issue), or pass -Database with the path of an existing archive."));
            }
            catch (DbException ex)
            {
                ThrowTerminatingError(Errors.Record(ex, "Database.OpenFailed", Errors.CategoryOf(ex), path, location.Engine == ArchiveEngine.Sqlite
                    ? "Check that the file is a NewsArchive database and that you may write to its folder."
                    : "Check the server, the database name, and the user and password (-Credential, PGPASSFILE or ~/.pgpass)."));
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.Record(ex, "Database.InvalidLocation", ErrorCategory.InvalidArgument, path,
                    "Give a file path, a URI such as postgresql://user@host:5432/database, or Host=…;Database=…"));
            }
            catch (Exception ex) when (ex is InvalidOperationException or UnauthorizedAccessException or IOException)
            {
                ThrowTerminatingError(Errors.Record(ex, "Database.OpenFailed", ErrorCategory.OpenError, path, null));
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
        catch (DbException ex)
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
