using System;
using System.Management.Automation;
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

    /// <summary>"database is locked" past the busy timeout is ResourceBusy: the script may try again later.</summary>
    public static ErrorCategory CategoryOf(SqliteException exception) => exception.SqliteErrorCode switch
    {
        5 or 6 => ErrorCategory.ResourceBusy, // SQLITE_BUSY, SQLITE_LOCKED
        8 => ErrorCategory.PermissionDenied, // SQLITE_READONLY
        11 or 26 => ErrorCategory.InvalidData, // SQLITE_CORRUPT, SQLITE_NOTADB
        13 => ErrorCategory.WriteError, // SQLITE_FULL
        _ => ErrorCategory.WriteError,
    };
}
