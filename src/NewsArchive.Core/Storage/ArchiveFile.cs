using System;
using System.IO;
using System.Linq;
using Dapper;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsArchive.Core.Storage;

/// <summary>Tells, without writing a byte, whether a file is a NewsArchive archive, before anything migrates it or
/// switches it to WAL: a foreign SQLite file named by mistake must stay exactly as it was.</summary>
internal static class ArchiveFile
{
    /// <summary>The SQLite header's application_id of a NewsArchive archive ("NwsA"), set when an archive is created or
    /// first opened for writing by a module that knows it.</summary>
    public const int ApplicationId = 0x4E777341;

    /// <summary>Archives written before the marker are recognised by their schema version and these tables.</summary>
    private static readonly string[] ArchiveTables = { "pages", "articles", "people" };

    /// <summary>Opens <paramref name="path"/> read-only. In a folder nobody may write to (a read-only mount), SQLite
    /// cannot create the shared-memory file WAL readers need; with no -wal file to read either, the file is opened as
    /// immutable, which no writer can contradict (none can write there).</summary>
    /// <exception cref="ArchiveFormatException">The file is not an SQLite database at all.</exception>
    public static SqliteConnection OpenReadOnly(string path, TimeSpan busyTimeout)
    {
        try
        {
            try
            {
                return Open(path, busyTimeout);
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode == raw.SQLITE_CANTOPEN && !File.Exists(path + "-wal"))
            {
                return Open(new Uri(path).AbsoluteUri + "?immutable=1", busyTimeout);
            }
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode == raw.SQLITE_NOTADB)
        {
            throw new ArchiveFormatException($"'{path}' is not a NewsArchive archive: it is not an SQLite database at all. Name the archive's file with -Database.", inner: ex);
        }
    }

    /// <summary>The schema version of the archive open on <paramref name="connection"/>, or null when the file holds no
    /// database yet (an SQLite file without a single schema object), which an import may make into an archive.</summary>
    /// <exception cref="ArchiveFormatException">The file is no archive of this module's, or a newer one.</exception>
    public static int? Inspect(SqliteConnection connection, string path)
    {
        // One read transaction: read one by one, the header and the schema could straddle the commit of an import that is
        // creating the archive (application_id still 0, tables already there), which looked like another application's file.
        int applicationId, version;
        long objects;
        string[] tables;
        using (var snapshot = connection.BeginTransaction(deferred: true))
        {
            applicationId = connection.ExecuteScalar<int>("PRAGMA application_id", transaction: snapshot);
            version = connection.ExecuteScalar<int>("PRAGMA user_version", transaction: snapshot);
            objects = connection.ExecuteScalar<long>("SELECT count(*) FROM sqlite_schema", transaction: snapshot);
            tables = connection.Query<string>("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN @ArchiveTables", new { ArchiveTables }, snapshot).ToArray();
        }

        var legacyArchive = applicationId == 0 && version >= 1 && tables.Length == ArchiveTables.Length;
        if (applicationId == ApplicationId || legacyArchive)
        {
            if (version > Migrations.Steps.Count)
            {
                throw new ArchiveFormatException(
                    $"The archive '{path}' has schema version {version}, newer than this module understands ({Migrations.Steps.Count}). Update the NewsArchive module.", newer: true);
            }

            return version;
        }

        if (applicationId == 0 && version == 0 && objects == 0)
        {
            return null;
        }

        throw new ArchiveFormatException(
            $"'{path}' is not a NewsArchive archive: it is another application's SQLite database (application_id {applicationId}, {objects} schema objects). It was left as it was; name the archive's file with -Database.");
    }

    /// <summary>The most a read-only connection's page cache holds: 32 MiB (SQLite's default is 2 MiB). It fills only as
    /// pages are read, and is freed when the command closes its connection.</summary>
    private const int ReaderCacheKibibytes = 32 * 1024;

    private static SqliteConnection Open(string dataSource, TimeSpan busyTimeout)
    {
        var builder = new SqliteConnectionStringBuilder
        {
            DataSource = dataSource,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
            DefaultTimeout = (int)busyTimeout.TotalSeconds,
        };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            connection.Execute($"PRAGMA busy_timeout = {(int)busyTimeout.TotalMilliseconds}");
            // A reader keeps the pages it reads in its own cache, and does not map the file: a mapped page is not cached, so
            // SQLite parses it again at every visit (btreeInitPage was half of SQLite's time in every match of 经济), and
            // a search visits the same index and table pages many times. First 20, slowest query's median of 10 per kind
            // (2 / 3 / 4 characters / two terms), bench/Compare-Builds.ps1: real text x10 mapped 11.7 / 10.8 / 13.1 / 13.5
            // ms, cached 9.7 / 5.0 / 7.2 / 8.4 ms (bench/README.md, "Reading without mapping"). A scan past the in-memory
            // ranking maps the file after all (SqlDialect.BeforeLongScan).
            connection.Execute($"PRAGMA cache_size = -{ReaderCacheKibibytes}");
            // Reading the header is what fails in a read-only folder (no shared memory) or on a file that is no database.
            connection.ExecuteScalar<int>("PRAGMA schema_version");
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
