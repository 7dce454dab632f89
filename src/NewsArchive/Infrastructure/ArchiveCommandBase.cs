using System;
using System.IO;
using System.Management.Automation;
using System.Data.Common;
using System.Threading;
using Microsoft.Data.Sqlite;
using NewsArchive.Commands.Resources;
using NewsArchive.Core.Storage;

namespace NewsArchive.Commands.Infrastructure;

/// <summary>What every NewsArchive cmdlet shares: the -Database parameter, opening the store once per pipeline, and
/// turning failures into ErrorRecords with namespaced ids. The store is closed in <see cref="Dispose"/>, which PowerShell
/// calls on every way a pipeline ends (done, a terminating error, Ctrl+C, a downstream failure); Ctrl+C itself only
/// cancels (<see cref="StopProcessing"/>), as Export-Csv and PSResourceGet do.</summary>
public abstract class ArchiveCommandBase : PSCmdlet, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    // Ctrl+C arrives on another thread: it may interrupt the store's running statement, never close it under the
    // pipeline thread's feet. This lock keeps the interrupt and the close apart.
    private readonly object _storeLock = new();
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

    /// <summary>Commands that only read open the archive read-only: they never write to the file they are given.</summary>
    protected virtual bool OnlyReads => false;

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
                var store = OpenStore(location);
                lock (_storeLock)
                {
                    _store = store;
                }

                return store;
            }
            catch (ArchiveFormatException ex)
            {
                ThrowTerminatingError(Errors.Record(ex, ex.IsNewer ? "Database.NewerSchema" : "Database.NotAnArchive", ErrorCategory.InvalidData, path,
                    ex.IsNewer ? "Update the NewsArchive module to open this archive." : "Name the archive's file with -Database (or $env:NEWSARCHIVE_DB)."));
            }
            catch (FileNotFoundException ex)
            {
                ThrowTerminatingError(Errors.ForFile(ex, "Database.NotFound", ErrorCategory.ObjectNotFound, path, Messages.Database_NotFound_Action));
            }
            catch (DbException ex)
            {
                ThrowTerminatingError(Errors.ForFile(ex, "Database.OpenFailed", Errors.CategoryOf(ex), path, location.Engine == ArchiveEngine.Sqlite
                    ? Messages.Database_OpenFailed_Action
                    : Messages.Database_OpenFailed_PostgresAction));
            }
            catch (ArgumentException ex)
            {
                ThrowTerminatingError(Errors.ForFile(ex, "Database.InvalidLocation", ErrorCategory.InvalidArgument, path,
                    Messages.Database_InvalidLocation_Action));
            }
            catch (Exception ex) when (ex is InvalidOperationException or UnauthorizedAccessException or IOException)
            {
                ThrowTerminatingError(Errors.ForFile(ex, "Database.OpenFailed", ErrorCategory.OpenError, path, null));
            }

            throw new InvalidOperationException("unreachable");
        }
    }

    /// <summary>-WhatIf on an archive that does not exist yet answers from an empty archive in memory: it creates no
    /// file and no folder.</summary>
    private ArchiveStore OpenStore(ArchiveLocation location)
    {
        if (location.Engine == ArchiveEngine.Postgres)
        {
            return ArchiveStores.Open(location, Credential?.GetNetworkCredential(), CreatesDatabase && !OnlyReads);
        }

        if (OnlyReads)
        {
            return ArchiveStore.OpenForReading(location.Value);
        }

        return CreatesDatabase && WhatIfRequested && !File.Exists(location.Value) ? ArchiveStore.OpenEmpty() : ArchiveStore.Open(location.Value, CreatesDatabase);
    }

    /// <summary>Whether -WhatIf (or $WhatIfPreference) is in effect.</summary>
    protected bool WhatIfRequested =>
        MyInvocation.BoundParameters.TryGetValue("WhatIf", out var value) ? ((SwitchParameter)value).IsPresent
            : SessionState.PSVariable.GetValue("WhatIfPreference") is true or SwitchParameter { IsPresent: true };

    protected override void EndProcessing()
    {
        try
        {
            _store?.CompleteSearchIndex();
        }
        catch (DbException ex)
        {
            WriteError(ex is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_FULL }
                ? Errors.Database(ex, "Search", _store?.Path, string.Empty)
                : Errors.Record(ex, "Search.IndexPending", Errors.CategoryOf(ex), _store?.Path,
                    "The articles were stored; they are indexed for search the next time the archive is opened."));
        }
    }

    /// <summary>Ends the command as stopped once Ctrl+C (or a stopped pipeline) cancelled it; the long loops call it
    /// between items.</summary>
    protected void ThrowIfStopping()
    {
        if (_stopping.IsCancellationRequested)
        {
            throw new PipelineStoppedException();
        }
    }

    /// <summary>Runs on PowerShell's stopping thread: only cancels, and interrupts a long statement (a backup, a search)
    /// so the pipeline thread sees the stop without waiting for it to finish.</summary>
    protected override void StopProcessing()
    {
        _stopping.Cancel();
        lock (_storeLock)
        {
            _store?.Interrupt();
        }
    }

    public void Dispose()
    {
        lock (_storeLock)
        {
            _store?.Dispose();
            _store = null;
        }

        _stopping.Dispose();
    }
}
