using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.IO;
using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsArchive.Core.Storage;

/// <summary>An open SQLite archive: one connection, the schema brought up to date, and the settings every caller relies
/// on (WAL so readers never block the nightly import, a busy timeout, foreign keys for cascading deletes).</summary>
public sealed class SqliteArchiveStore : ArchiveStore
{
    /// <summary>The environment variable that sets <see cref="BusyTimeout"/> in seconds (e.g. longer for a nightly import
    /// that must outwait a long backup).</summary>
    public const string BusyTimeoutVariable = "NEWSARCHIVE_BUSY_TIMEOUT";

    /// <summary>How long a writer waits for another process's write to finish before SQLite reports it busy: 30 seconds,
    /// or $env:NEWSARCHIVE_BUSY_TIMEOUT seconds.</summary>
    public static TimeSpan BusyTimeout
    {
        get
        {
            var configured = Environment.GetEnvironmentVariable(BusyTimeoutVariable);
            return int.TryParse(configured, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var seconds) && seconds > 0
                ? TimeSpan.FromSeconds(seconds)
                : TimeSpan.FromSeconds(30);
        }
    }

    private SqliteArchiveStore(SqliteConnection connection, string path)
        : base(connection, ArchiveLocation.Parse(path), SqlDialect.Sqlite)
    {
        Sqlite = connection;
    }

    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;
    private const int SqliteReadOnly = 8;

    private int _queuedArticles;

    private SqliteArticleRows? _rows;

    /// <summary>The connection, as SQLite (prepared statements, FTS5).</summary>
    internal SqliteConnection Sqlite { get; }

    public override IReadOnlyList<IArchiveCheck> Checks => ArchiveChecks.Default;

    internal override DbTransaction BeginSnapshot() => Sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: true);

    internal override bool IsBusy(DbException exception) => exception is SqliteException { SqliteErrorCode: SqliteBusy or SqliteLocked };

    /// <summary>Opens (creating when <paramref name="create"/> is true) the archive at <paramref name="path"/>.</summary>
    /// <exception cref="FileNotFoundException">The database does not exist and <paramref name="create"/> is false.</exception>
    public static new SqliteArchiveStore Open(string path, bool create = true)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            if (!create)
            {
                throw new FileNotFoundException($"There is no archive at '{fullPath}'. Import pages into it first (Import-Issue), or name another with -Database.", fullPath);
            }

            var folder = System.IO.Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }

        var busyTimeout = BusyTimeout;
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = create ? SqliteOpenMode.ReadWriteCreate : SqliteOpenMode.ReadWrite,
            // A pooled connection keeps the file open after the cmdlet ends; then a moved or deleted archive breaks.
            Pooling = false,
            ForeignKeys = true,
            DefaultTimeout = (int)busyTimeout.TotalSeconds,
        };

        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            connection.Execute($"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}");
            connection.Execute("PRAGMA journal_mode = WAL");
            // In WAL mode NORMAL still never corrupts the database on a crash; it may only lose the last commits on power loss.
            connection.Execute("PRAGMA synchronous = NORMAL");
            // An import commits once per page; checkpointing the WAL into the database every 1,000 pages (the default)
            // copies its hot pages and syncs over and over. Every 16,384 pages (64 MiB of WAL): storing a generated year
            // took 3.8-5.0 s against 4.4-5.4 s (alternated runs); the last connection to close still checkpoints it all.
            connection.Execute("PRAGMA wal_autocheckpoint = 16384");
            Migrate(connection);
            var store = new SqliteArchiveStore(connection, fullPath);
            store.CatchUpSearchIndex(onlyIfQueued: true);
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The schema version this build of the module writes.</summary>
    public static int SchemaVersion => Migrations.Steps.Count;

    /// <summary>Writes a consistent copy of the archive to <paramref name="destination"/> while other processes go on
    /// reading and writing: <c>VACUUM INTO</c> reads one snapshot (WAL lets writers continue) and writes a compact,
    /// self-contained file. The copy is written beside the destination first and moved into place, so a failed or
    /// interrupted backup never leaves a half-written file under the destination's name.</summary>
    /// <exception cref="IOException">The destination exists and <paramref name="overwrite"/> is false.</exception>
    public override void BackupTo(string destination, bool overwrite)
    {
        var target = System.IO.Path.GetFullPath(destination);
        if (string.Equals(target, Path, StringComparison.Ordinal))
        {
            throw new IOException($"'{target}' is the archive itself; name another file for the backup.");
        }

        if (File.Exists(target) && !overwrite)
        {
            throw new IOException($"'{target}' already exists. Pass -Force to overwrite it, or name another file.");
        }

        var folder = System.IO.Path.GetDirectoryName(target);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        var partial = target + ".partial-" + Guid.NewGuid().ToString("N");
        try
        {
            Connection.Execute("VACUUM INTO @partial", new { partial });
            if (File.Exists(target))
            {
                File.Delete(target);
            }

            File.Move(partial, target);
        }
        finally
        {
            if (File.Exists(partial))
            {
                File.Delete(partial);
            }
        }
    }

    internal override IArticleRows ArticleRows() => _rows ??= new SqliteArticleRows(Sqlite);

    /// <summary>Records that this connection wrote or removed articles, which triggers queued for the search index; once
    /// a batch is queued it is indexed. The writer indexes the rest with <see cref="CompleteSearchIndex"/> when it is done.</summary>
    internal override void ArticlesQueued(int count)
    {
        _queuedArticles += count;
        if (_queuedArticles >= SearchIndex.BatchSize)
        {
            CatchUpSearchIndex(onlyIfQueued: false);
        }
    }

    /// <summary>Indexes the articles this connection queued and has not indexed yet. A writer calls it when its work is
    /// done; one that never does (a crash, Ctrl+C) leaves them queued, and the next open indexes them.</summary>
    public override void CompleteSearchIndex()
    {
        if (_queuedArticles > 0)
        {
            CatchUpSearchIndex(onlyIfQueued: false);
        }
    }

    /// <summary>Indexes queued articles. A writer's own queue must be indexed (errors surface); what another (maybe
    /// crashed) writer left is indexed on open when possible: a read-only archive still opens, searching what is indexed.</summary>
    private void CatchUpSearchIndex(bool onlyIfQueued)
    {
        var index = new SearchIndex(this);
        if (!onlyIfQueued)
        {
            index.CatchUp();
            _queuedArticles = 0;
            return;
        }

        try
        {
            if (index.PendingCount() > 0)
            {
                index.CatchUp();
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SqliteBusy or SqliteLocked or SqliteReadOnly)
        {
            // Busy, locked or read-only: the writer that holds the queue, or the next one to open, indexes it.
        }
    }

    private static void Migrate(SqliteConnection connection)
    {
        var version = connection.ExecuteScalar<int>("PRAGMA user_version");
        if (version > Migrations.Steps.Count)
        {
            throw new InvalidOperationException(
                $"The archive's schema is version {version}, newer than this module understands ({Migrations.Steps.Count}). Update the NewsArchive module.");
        }

        if (version == Migrations.Steps.Count)
        {
            return;
        }

        using var transaction = connection.BeginTransaction();
        // Re-read inside the write lock: another process may have migrated while this one waited.
        version = connection.ExecuteScalar<int>("PRAGMA user_version", transaction: transaction);
        for (var step = version; step < Migrations.Steps.Count; step++)
        {
            connection.Execute(Migrations.Steps[step], transaction: transaction);
            connection.Execute($"PRAGMA user_version = {step + 1}", transaction: transaction);
        }

        transaction.Commit();
    }
}
