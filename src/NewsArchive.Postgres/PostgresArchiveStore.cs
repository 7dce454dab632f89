using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.IO;
using System.Linq;
using System.Net;
using System.Threading;
using System.Threading.Tasks;
using Dapper;
using NewsArchive.Core.Storage;
using Npgsql;

namespace NewsArchive.Postgres;

/// <summary>An archive in a PostgreSQL database: the schema of <see cref="PostgresMigrations"/>, written by many
/// importers at once (each page in one statement that is its own READ COMMITTED transaction, serialised per page by an
/// advisory lock, so the Unchanged/Conflict/Replace decision and the write are one step), read by many, on the primary or
/// a hot standby.</summary>
public sealed class PostgresArchiveStore : ArchiveStore
{
    /// <summary>How often a page's transaction is tried when PostgreSQL reports a conflict with another writer.</summary>
    private const int WriteAttempts = 5;

    /// <summary>SQLSTATEs that mean another transaction was in the way: try again (deadlock, serialisation failure, lock
    /// not available, too many connections, a unique or foreign key race with a concurrent writer).</summary>
    private static readonly HashSet<string> Transient = new(StringComparer.Ordinal) { "40P01", "40001", "55P03", "53300" };
    private static readonly HashSet<string> Races = new(StringComparer.Ordinal) { "23505", "23503" };

    /// <summary>The SQLSTATE of "database does not exist".</summary>
    private const string InvalidCatalogName = "3D000";

    /// <summary>The SQLSTATE of "permission denied" (here: not the owner of the search index).</summary>
    private const string InsufficientPrivilege = "42501";

    /// <summary>Pages one importer stores at once, each on a connection of its own. A durable commit waits for its WAL to
    /// reach the disk (about 6 ms here); PostgreSQL flushes the commits that wait together in one write, so pages in
    /// flight on two or three connections share the wait instead of queueing for it (bench/Compare-Engines.ps1).</summary>
    private const int PageSavers = 3;

    /// <summary>The SQLSTATE of "too many connections": fewer page savers then, down to the main connection alone.</summary>
    private const string TooManyConnections = "53300";

    private readonly NpgsqlConnection _connection;
    private readonly string _settings;
    private readonly List<PageSaver> _savers = new();
    private PostgresArticleRows? _rows;
    private NpgsqlConnection? _second;
    private int _nextSaver;
    private bool _saversFull;
    private volatile bool _wrote;
    private volatile bool _interrupted;

    private PostgresArchiveStore(NpgsqlConnection connection, string settings, ArchiveLocation location)
        : base(connection, location, PostgresDialect.Instance)
    {
        _connection = connection;
        _settings = settings;
    }

    public override IReadOnlyList<IArchiveCheck> Checks => PostgresChecks.All;

    /// <summary>Opens the archive in the database <paramref name="location"/> names; with <paramref name="create"/>, an
    /// empty database becomes an archive (the schema is created). The database itself must exist: a DBA creates it.</summary>
    /// <exception cref="FileNotFoundException">The database does not exist, or holds no archive and <paramref name="create"/> is false.</exception>
    public static PostgresArchiveStore Open(ArchiveLocation location, NetworkCredential? credential, bool create)
    {
        // Kept (in memory only) for a second connection: once open, Npgsql's own string no longer holds the password.
        var settings = PostgresConnections.Settings(location, credential).ConnectionString;
        var connection = new NpgsqlConnection(settings);
        try
        {
            try
            {
                OpenWaitingForASlot(connection);
            }
            catch (PostgresException ex) when (ex.SqlState == InvalidCatalogName)
            {
                throw new FileNotFoundException($"There is no database '{connection.Database}' on the PostgreSQL server of {location.DisplayName}. Ask its administrator to create it (CREATE DATABASE).", location.DisplayName, ex);
            }

            var version = PostgresSchema.OpenedVersion(connection);
            if (!create && version == 0)
            {
                throw new FileNotFoundException($"The database {location.DisplayName} holds no archive. Import pages into it first (Import-Issue), or name another with -Database.", location.DisplayName);
            }

            PostgresSchema.Migrate(connection, version);
            return new PostgresArchiveStore(connection, settings, location);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The first wait after a server that allows no more connections; each next wait is twice as long, up to
    /// <see cref="MaxSlotWait"/>.</summary>
    private static readonly TimeSpan FirstSlotWait = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan MaxSlotWait = TimeSpan.FromSeconds(1);

    /// <summary>Opens <paramref name="connection"/>; while the server has no connection left (other importers, readers,
    /// idle pools), tries again for as long as SQLite waits for another writer (<see cref="SqliteArchiveStore.BusyTimeout"/>),
    /// so many importers started at once queue for a slot instead of failing. Past that, "too many clients" surfaces
    /// (ResourceBusy: try later).</summary>
    private static void OpenWaitingForASlot(NpgsqlConnection connection)
    {
        var deadline = DateTime.UtcNow + SqliteArchiveStore.BusyTimeout;
        var wait = FirstSlotWait;
        while (true)
        {
            try
            {
                connection.Open();
                return;
            }
            catch (PostgresException ex) when (ex.SqlState == TooManyConnections && DateTime.UtcNow + wait < deadline)
            {
                Thread.Sleep(wait);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, MaxSlotWait.Ticks));
            }
        }
    }

    /// <summary>Backup-Archive writes SQLite files; a PostgreSQL archive is backed up with the server's tools.</summary>
    public override void BackupTo(string destination, bool overwrite) =>
        throw new NotSupportedException(
            $"Backup-Archive copies SQLite archives. Back up the PostgreSQL archive {Location.DisplayName} with pg_dump or a streaming replica, or copy it to an SQLite file with Copy-Archive.");

    internal override WriteTransaction BeginWrite()
    {
        var transaction = _connection.BeginTransaction(IsolationLevel.ReadCommitted);
        // A failed statement leaves a PostgreSQL transaction aborted, not ended: rolling it back always works.
        return new WriteTransaction(transaction, () => false);
    }

    /// <summary>One statement, its own transaction: see <see cref="PostgresArticleRows.Save"/>.</summary>
    internal override PageSaveOutcome? SavePage(PageRecord page, IReadOnlyList<Core.Model.ParsedArticle> articles, bool allowReplace, int parserVersion) =>
        Rows.Save(page, articles, allowReplace, parserVersion);

    internal override int ConcurrentPageSaves => PageSavers;

    /// <summary>The page goes to the next saver in turn, after whatever that saver still runs (a caller keeping at most
    /// <see cref="ConcurrentPageSaves"/> in flight, oldest first, finds it idle). The first saver is the store's own
    /// connection (while pages are saved, the importer asks nothing else of it), the others are opened when first
    /// needed; where the server allows no more connections, fewer savers take turns.</summary>
    internal override Task<PageSaveOutcome> StartSavePage(PageRecord page, IReadOnlyList<Core.Model.ParsedArticle> articles, bool allowReplace, int parserVersion)
    {
        var saver = NextSaver();
        return saver.Then(() =>
        {
            if (_interrupted)
            {
                // Ctrl+C came while this page waited for its saver: it is not begun.
                throw new OperationCanceledException("The import was stopped before this page was stored.");
            }

            var outcome = Write(() => saver.Rows.Save(page, articles, allowReplace, parserVersion));
            if (outcome is PageSaveOutcome.Inserted or PageSaveOutcome.Replaced)
            {
                _wrote = true;
            }

            return outcome;
        });
    }

    private PageSaver NextSaver()
    {
        var turn = _nextSaver++ % PageSavers;
        if (turn < _savers.Count || _saversFull)
        {
            return _savers[turn % _savers.Count];
        }

        var saver = turn == 0 ? new PageSaver(_connection, Rows, owned: false) : OpenSaver();
        if (saver is null)
        {
            // No connection to be had: the savers there are take this turn and the following ones.
            _saversFull = true;
            return _savers[turn % _savers.Count];
        }

        lock (_savers)
        {
            _savers.Add(saver);
        }

        return saver;
    }

    /// <summary>A saver on a connection of its own, outside the pool: it is needed only while a batch is imported, and
    /// idle pooled connections would hold server slots (max_connections) for a minute after.</summary>
    private PageSaver? OpenSaver()
    {
        var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_settings) { Pooling = false }.ConnectionString);
        try
        {
            connection.Open();
            return new PageSaver(connection, new PostgresArticleRows(connection), owned: true);
        }
        catch (PostgresException ex) when (ex.SqlState == TooManyConnections)
        {
            connection.Dispose();
            return null;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    internal override T Write<T>(Func<T> write)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return write();
            }
            catch (PostgresException ex) when (attempt < WriteAttempts && (Transient.Contains(ex.SqlState) || Races.Contains(ex.SqlState)))
            {
                // The transaction was rolled back (the statement's own, or by its using block): the page is decided afresh.
            }
        }
    }

    /// <summary>New search entries wait in the GIN index's pending list (fastupdate: each page's insert stays cheap) until
    /// it fills (4 MB) or autovacuum comes by; meanwhile every search reads the whole list (the month corpus right after
    /// its import: median 19.8 ms a search, 9.6 ms once merged). The command that wrote them merges them as it ends.</summary>
    public override void CompleteSearchIndex()
    {
        if (!_wrote)
        {
            return;
        }

        try
        {
            _connection.Execute("SELECT gin_clean_pending_list(CAST('article_search_tokens' AS regclass))");
            _wrote = false;
        }
        catch (PostgresException ex) when (ex.SqlState == InsufficientPrivilege)
        {
            // Only the index's owner may merge it: another role's entries wait for autovacuum (found all the same, slower).
            _wrote = false;
        }
    }

    internal override void ArticlesQueued(int count)
    {
        if (count > 0)
        {
            _wrote = true;
        }
    }

    internal override IArticleRows ArticleRows() => Rows;

    private PostgresArticleRows Rows => _rows ??= new PostgresArticleRows(_connection);

    /// <summary>PostgreSQL runs one command at a time per connection, and streaming a long result holds it: the details
    /// of each batch of rows are read on a second connection, opened the first time a result is that long.</summary>
    internal override DbConnection ConnectionWhileReading
    {
        get
        {
            if (_second is null)
            {
                _second = new NpgsqlConnection(_settings);
                _second.Open();
            }

            return _second;
        }
    }

    /// <summary>Ctrl+C: the server cancels the statement this store's connections are running (pg_cancel_backend, asked on
    /// another pooled connection of the same role; a connection between statements ignores it). The statement fails
    /// with query_canceled and its transaction rolls back, so a page is stored whole or not at all.</summary>
    public override void Interrupt()
    {
        _interrupted = true;
        int[] running;
        lock (_savers)
        {
            running = new[] { _connection, _second }.Concat(_savers.Select(s => s.Connection))
                .Where(c => c is { State: ConnectionState.Open }).Select(c => c!.ProcessID).Distinct().ToArray();
        }

        try
        {
            using var canceller = new NpgsqlConnection(_settings);
            canceller.Open();
            canceller.Execute("SELECT pg_cancel_backend(pid) FROM unnest(@running) AS pid", new { running });
        }
        catch (NpgsqlException)
        {
            // The server cannot be asked (gone, or no connection left): the command still stops at its next item.
        }
    }

    /// <summary>Waits for the pages in flight (Ctrl+C has cancelled their statements) before closing their connections.</summary>
    public override void Dispose()
    {
        lock (_savers)
        {
            foreach (var saver in _savers)
            {
                saver.Dispose();
            }

            _savers.Clear();
        }

        _second?.Dispose();
        base.Dispose();
    }

    internal override bool IsBusy(DbException exception) => exception is PostgresException postgres && Transient.Contains(postgres.SqlState);

    /// <summary>A connection that stores pages on a worker thread, one after another.</summary>
    private sealed class PageSaver : IDisposable
    {
        private readonly bool _owned;
        private Task _last = Task.CompletedTask;

        public PageSaver(NpgsqlConnection connection, PostgresArticleRows rows, bool owned)
        {
            Connection = connection;
            Rows = rows;
            _owned = owned;
        }

        public NpgsqlConnection Connection { get; }

        public PostgresArticleRows Rows { get; }

        /// <summary>Runs <paramref name="save"/> once the saves started before it on this connection have ended, however
        /// they ended.</summary>
        public Task<PageSaveOutcome> Then(Func<PageSaveOutcome> save)
        {
            var next = _last.ContinueWith(_ => save(), CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            _last = next;
            return next;
        }

        public void Dispose()
        {
            // Its outcome (or failure) was the caller's to report; closing waits only for the connection to be free.
            Task.WhenAny(_last).Wait();
            if (_owned)
            {
                Connection.Dispose();
            }
        }
    }
}
