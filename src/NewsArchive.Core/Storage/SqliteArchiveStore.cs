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

    /// <summary>How long a 0-byte file may be one that another process is creating the archive in.</summary>
    private static readonly TimeSpan CreationGrace = TimeSpan.FromSeconds(1);

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

    private int _queuedArticles;

    /// <summary>Whether this connection wrote or removed articles since it last counted the statistics' waiting pairs:
    /// only then does <see cref="CompleteSearchIndex"/> count them (a reader's connection is read-only; pairs another,
    /// interrupted writer left are counted by the next writer or open).</summary>
    private bool _pairsQueued;

    private SqliteArticleRows? _rows;

    /// <summary>The connection, as SQLite (prepared statements, FTS5).</summary>
    internal SqliteConnection Sqlite { get; }

    public override IReadOnlyList<IArchiveCheck> Checks => ArchiveChecks.Default;

    internal override DbTransaction BeginSnapshot() => Sqlite.BeginTransaction(IsolationLevel.Serializable, deferred: true);

    internal override bool IsBusy(DbException exception) =>
        exception is SqliteException { SqliteErrorCode: SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED };

    /// <summary>Opens (creating when <paramref name="create"/> is true) the archive at <paramref name="path"/> for
    /// writing. An existing file is first inspected read-only: only an archive, a database without any table, or (when
    /// creating) a 0-byte file is migrated and switched to WAL.</summary>
    /// <exception cref="FileNotFoundException">The database does not exist and <paramref name="create"/> is false.</exception>
    /// <exception cref="ArchiveFormatException">The file is not an archive, or is newer than this module.</exception>
    public static new SqliteArchiveStore Open(string path, bool create = true)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        var busyTimeout = BusyTimeout;
        if (!File.Exists(fullPath))
        {
            if (!create)
            {
                throw NotFound(fullPath);
            }

            var folder = System.IO.Path.GetDirectoryName(fullPath);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }
        }
        else if (!create && IsEmptyFile(fullPath))
        {
            throw Empty(fullPath);
        }
        else if (new FileInfo(fullPath).Length == 0)
        {
            // A 0-byte file to create the archive in: nothing to inspect, nothing to lose.
        }
        else
        {
            // Throws for another application's file or a newer archive. A database without a single schema object is
            // one another process is creating (or an empty one): migrating it loses nothing.
            using var probe = ArchiveFile.OpenReadOnly(fullPath, busyTimeout);
            ArchiveFile.Inspect(probe, fullPath);
        }

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
            // On a small disk that WAL would fill it before the first checkpoint (a 12 MB disk: a 12 MB WAL beside a 4 KB
            // database, which no checkpoint could then copy): there the WAL is checkpointed, and cut back, once it
            // holds a quarter of the free space.
            var pageSize = connection.ExecuteScalar<long>("PRAGMA page_size");
            var walPages = WalCheckpointPages(fullPath, pageSize);
            connection.Execute($"PRAGMA wal_autocheckpoint = {walPages}");
            connection.Execute($"PRAGMA journal_size_limit = {walPages * pageSize}");
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

    /// <summary>Opens the archive at <paramref name="path"/> for commands that only read: read-only, so nothing is ever
    /// written to the file (no migration, no switch to WAL, no index catch-up). An archive of an older schema is the
    /// exception (and a database still without any table, which another process is creating): it is recognised as this
    /// module's and brought up to date as <see cref="Open"/> does.</summary>
    /// <exception cref="FileNotFoundException">The database does not exist.</exception>
    /// <exception cref="ArchiveFormatException">The file is not an archive (an empty file neither), or is newer than this module.</exception>
    public static new SqliteArchiveStore OpenForReading(string path)
    {
        var fullPath = System.IO.Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw NotFound(fullPath);
        }

        if (IsEmptyFile(fullPath))
        {
            throw Empty(fullPath);
        }

        var connection = ArchiveFile.OpenReadOnly(fullPath, BusyTimeout);
        try
        {
            var version = ArchiveFile.Inspect(connection, fullPath);
            if (version is null || version < SchemaVersion)
            {
                connection.Dispose();
                return Open(fullPath, create: false);
            }

            return new SqliteArchiveStore(connection, fullPath);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>An empty archive in memory, for -WhatIf where the archive does not exist yet: it answers "nothing is
    /// stored" without creating a file or folder.</summary>
    public static new SqliteArchiveStore OpenEmpty()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        Migrate(connection);
        return new SqliteArchiveStore(connection, ":memory:");
    }

    /// <summary>WAL pages between checkpoints: 16,384 (64 MiB of 4 KiB pages), or a quarter of the disk's free space
    /// when that is less (never under 256 pages, SQLite's order of magnitude).</summary>
    private static long WalCheckpointPages(string fullPath, long pageSize)
    {
        const long FastImportPages = 16384;
        const long FewestPages = 256;
        try
        {
            var free = new DriveInfo(System.IO.Path.GetDirectoryName(fullPath)!).AvailableFreeSpace;
            return Math.Max(FewestPages, Math.Min(FastImportPages, free / 4 / pageSize));
        }
        catch (Exception ex) when (ex is ArgumentException or IOException or UnauthorizedAccessException)
        {
            return FastImportPages;
        }
    }

    /// <summary>Whether the file is 0 bytes and stays so for <see cref="CreationGrace"/>: a process creating the
    /// archive has it at 0 bytes until SQLite writes its first page, a few milliseconds later.</summary>
    private static bool IsEmptyFile(string fullPath)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (new FileInfo(fullPath).Length == 0)
        {
            if (clock.Elapsed >= CreationGrace)
            {
                return true;
            }

            System.Threading.Thread.Sleep(20);
        }

        return false;
    }

    private static FileNotFoundException NotFound(string fullPath) =>
        new($"There is no archive at '{fullPath}'. Import pages into it first (Import-Issue), or name another with -Database.", fullPath);

    private static ArchiveFormatException Empty(string fullPath) =>
        new($"'{fullPath}' is an empty file, not a NewsArchive archive; it was left as it was. Import pages into a new file (Import-Issue), or name the archive with -Database.");

    /// <summary>The schema version this build of the module writes.</summary>
    public static int SchemaVersion => Migrations.Steps.Count;

    /// <summary>Writes a consistent copy of the archive to <paramref name="destination"/> while other processes go on
    /// reading and writing: <c>VACUUM INTO</c> reads one snapshot (WAL lets writers continue) and writes a compact,
    /// self-contained file, which <see cref="ArchiveBackup"/> puts in place without ever leaving no backup.</summary>
    /// <exception cref="ArgumentException">The destination is the archive itself, by whatever path.</exception>
    /// <exception cref="IOException">The destination exists and <paramref name="overwrite"/> is false.</exception>
    public override void BackupTo(string destination, bool overwrite) => ArchiveBackup.Write(this, destination, overwrite);

    internal override WriteTransaction BeginWrite() => new(Sqlite);

    internal override IArticleRows ArticleRows() => _rows ??= new SqliteArticleRows(Sqlite);

    /// <summary>Records that this connection wrote or removed articles, which triggers queued for the search index; once
    /// a batch is queued it is indexed. The writer indexes the rest with <see cref="CompleteSearchIndex"/> when it is done.</summary>
    internal override void ArticlesQueued(int count)
    {
        _queuedArticles += count;
        _pairsQueued = true;
        if (_queuedArticles >= SearchIndex.BatchSize)
        {
            CatchUpSearchIndex(onlyIfQueued: false);
        }

        if (StatsSummaries.PendingPages(Sqlite) >= StatsSummaries.PendingBatch)
        {
            StatsSummaries.CountPendingPairs(this);
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

        // The statistics' pairs of the pages written since the last batch, likewise deferred (StatsSummaries).
        if (_pairsQueued && !StatsSummaries.PairsComplete(Sqlite))
        {
            StatsSummaries.CountPendingPairs(this);
        }

        _pairsQueued = false;
    }

    /// <summary>Makes the statement running on this connection (from another thread) stop with SQLITE_INTERRUPT; a
    /// transaction it was in rolls back. Safe to call from any thread while the connection is open.</summary>
    public override void Interrupt() => SQLitePCL.raw.sqlite3_interrupt(Sqlite.Handle);

    /// <summary>Indexes queued articles. A writer's own queue must be indexed (errors surface); what another (maybe
    /// crashed) writer left is indexed on open when possible: a read-only archive still opens, searching what is indexed.
    /// The statistics' pairs of pages such a writer left queued are counted on open the same way.</summary>
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

            if (!StatsSummaries.PairsComplete(Sqlite))
            {
                StatsSummaries.CountPendingPairs(this);
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is SQLitePCL.raw.SQLITE_BUSY or SQLitePCL.raw.SQLITE_LOCKED or SQLitePCL.raw.SQLITE_READONLY or SQLitePCL.raw.SQLITE_FULL)
        {
            // Busy, locked, read-only or a full disk: the writer that holds the queue, or the next one to open, indexes
            // it; meanwhile the archive opens and searches what is indexed.
        }
    }

    private static void Migrate(SqliteConnection connection)
    {
        var version = connection.ExecuteScalar<int>("PRAGMA user_version");
        if (version > Migrations.Steps.Count)
        {
            throw new ArchiveFormatException(
                $"The archive's schema is version {version}, newer than this module understands ({Migrations.Steps.Count}). Update the NewsArchive module.", newer: true);
        }

        if (version == Migrations.Steps.Count && connection.ExecuteScalar<int>("PRAGMA application_id") == ArchiveFile.ApplicationId)
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

        // The marker that tells a NewsArchive archive from other SQLite files (ArchiveFile.Inspect), also on archives
        // created before it existed.
        connection.Execute($"PRAGMA application_id = {ArchiveFile.ApplicationId}", transaction: transaction);
        transaction.Commit();
    }
}
