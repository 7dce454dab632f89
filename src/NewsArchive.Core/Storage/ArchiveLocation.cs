using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;

namespace NewsArchive.Core.Storage;

/// <summary>The engine that holds an archive.</summary>
public enum ArchiveEngine
{
    /// <summary>One SQLite file: one administrator, one machine.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database: many importers and readers, replicas.</summary>
    Postgres,
}

/// <summary>What -Database (or $env:NEWSARCHIVE_DB) names, and so which engine opens it: a <c>postgresql://</c> (or
/// <c>postgres://</c>) URI or a <c>Host=…;Database=…</c> connection string is a PostgreSQL database; anything else is the
/// path of an SQLite file. <see cref="DisplayName"/> is what messages and logs may show: never a password.</summary>
public sealed class ArchiveLocation
{
    private static readonly string[] UriSchemes = { "postgresql://", "postgres://" };

    /// <summary>Keys that only a PostgreSQL connection string has: a file path that happens to hold '=' has none of them.</summary>
    private static readonly HashSet<string> ServerKeys = new(StringComparer.OrdinalIgnoreCase) { "Host", "Server", "Database", "Db" };

    private static readonly Regex UriPassword = new("^(?<head>[a-z]+://[^:@/]*):[^@/]*@", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static readonly Regex ConnectionStringPassword = new(@"(?<=^|;)\s*(Password|Pwd)\s*=[^;]*;?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private ArchiveLocation(ArchiveEngine engine, string value, string displayName)
    {
        Engine = engine;
        Value = value;
        DisplayName = displayName;
    }

    public ArchiveEngine Engine { get; }

    /// <summary>The file path, or the URI or connection string as given (which may hold a password: never show it).</summary>
    public string Value { get; }

    /// <summary><see cref="Value"/> without any password, for messages, verbose output and error targets.</summary>
    public string DisplayName { get; }

    public override string ToString() => DisplayName;

    /// <summary>Whether <paramref name="database"/> names a PostgreSQL database rather than an SQLite file.</summary>
    public static bool IsPostgres(string database) => IsUri(database) || IsConnectionString(database);

    /// <summary>Reads what -Database holds; a file path is taken as given (the caller resolves it first).</summary>
    public static ArchiveLocation Parse(string database)
    {
        if (IsUri(database))
        {
            return new ArchiveLocation(ArchiveEngine.Postgres, database.Trim(), UriPassword.Replace(database.Trim(), "${head}@"));
        }

        if (IsConnectionString(database))
        {
            return new ArchiveLocation(ArchiveEngine.Postgres, database.Trim(), ConnectionStringPassword.Replace(database.Trim(), string.Empty).Trim().TrimEnd(';'));
        }

        return new ArchiveLocation(ArchiveEngine.Sqlite, database, database);
    }

    private static bool IsUri(string database) =>
        UriSchemes.Any(scheme => database.TrimStart().StartsWith(scheme, StringComparison.OrdinalIgnoreCase));

    private static bool IsConnectionString(string database)
    {
        var parts = database.Split(new[] { ';' }, StringSplitOptions.RemoveEmptyEntries).Where(p => p.Trim().Length > 0).ToList();
        return parts.Count > 0
               && parts.All(p => p.IndexOf('=') > 0)
               && parts.Any(p => ServerKeys.Contains(p.Substring(0, p.IndexOf('=')).Trim()));
    }
}
