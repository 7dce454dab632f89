using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.IO;
using System.Linq;
using System.Net;
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

    private readonly NpgsqlConnection _connection;
    private readonly string _settings;
    private PostgresArticleRows? _rows;
    private NpgsqlConnection? _second;
    private bool _wrote;

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
                connection.Open();
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

    internal override void ArticlesQueued(int count) => _wrote |= count > 0;

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
        var running = new[] { _connection, _second }.Where(c => c is { State: ConnectionState.Open }).Select(c => c!.ProcessID).ToArray();
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

    public override void Dispose()
    {
        _second?.Dispose();
        base.Dispose();
    }

    internal override bool IsBusy(DbException exception) => exception is PostgresException postgres && Transient.Contains(postgres.SqlState);
}
