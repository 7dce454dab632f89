using System;
using System.Management.Automation;
using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace NewsArchive.Commands.Infrastructure;

/// <summary>ErrorRecords the way the module writes them: a namespaced id, the right category, the failing file or value as
/// the target, and a recommended action for the person who reads it.</summary>
internal static class Errors
{
    private const string Prefix = "NewsArchive.";

    public static ErrorRecord Record(Exception exception, string id, ErrorCategory category, object? target, string? recommendedAction)
    {
        var record = new ErrorRecord(exception, Prefix + id, category, target);
        if (recommendedAction is not null)
        {
            record.ErrorDetails = new ErrorDetails(exception.Message) { RecommendedAction = recommendedAction };
        }

        return record;
    }

    /// <summary>The category of a database error on either engine.</summary>
    public static ErrorCategory CategoryOf(DbException exception) =>
        exception is SqliteException sqlite ? CategoryOf(sqlite) : CategoryOfSqlState(SqlState(exception));

    /// <summary>"database is locked" past the busy timeout is ResourceBusy: the script may try again later.</summary>
    public static ErrorCategory CategoryOf(SqliteException exception) => exception.SqliteErrorCode switch
    {
        5 or 6 => ErrorCategory.ResourceBusy, // SQLITE_BUSY, SQLITE_LOCKED
        8 => ErrorCategory.PermissionDenied, // SQLITE_READONLY
        11 or 26 => ErrorCategory.InvalidData, // SQLITE_CORRUPT, SQLITE_NOTADB
        13 => ErrorCategory.WriteError, // SQLITE_FULL
        _ => ErrorCategory.WriteError,
    };

    /// <summary>PostgreSQL's error classes (SQLSTATE, Appendix A of its manual); no SQLSTATE is a failure to reach the server.</summary>
    private static ErrorCategory CategoryOfSqlState(string? state) => state switch
    {
        null => ErrorCategory.ConnectionError,
        "3D000" => ErrorCategory.ObjectNotFound, // invalid_catalog_name: no such database
        "42501" or "25006" => ErrorCategory.PermissionDenied, // insufficient_privilege; read_only_sql_transaction (a standby)
        "55P03" or "53300" => ErrorCategory.ResourceBusy, // lock_not_available; too_many_connections
        _ when state.StartsWith("08", StringComparison.Ordinal) => ErrorCategory.ConnectionError,
        _ when state.StartsWith("28", StringComparison.Ordinal) => ErrorCategory.AuthenticationError,
        _ when state.StartsWith("40", StringComparison.Ordinal) => ErrorCategory.ResourceBusy, // deadlock, serialization failure
        _ when state.StartsWith("53", StringComparison.Ordinal) => ErrorCategory.ResourceUnavailable,
        _ => ErrorCategory.WriteError,
    };

    /// <summary>DbException.SqlState exists from .NET 5 (where pwsh 7 runs) but not in netstandard2.0's reference, and
    /// naming Npgsql's exception type here would load Npgsql into every session: read the property by name.</summary>
    private static string? SqlState(DbException exception) =>
        exception.GetType().GetProperty("SqlState")?.GetValue(exception) as string;
}
