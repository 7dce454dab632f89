using System;
using System.Globalization;
using System.Management.Automation;
using Microsoft.Data.Sqlite;
using NewsArchive.Commands.Resources;

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

    /// <summary>A record about one file whose message names it ("/srv/in/a.txt: The file is empty."): in a batch, the
    /// TargetObject alone leaves the reader of the console or the log guessing which file failed.</summary>
    public static ErrorRecord ForFile(Exception exception, string id, ErrorCategory category, string path, string? recommendedAction,
        string? message = null)
    {
        var record = new ErrorRecord(exception, Prefix + id, category, path);
        message ??= exception.Message;
        if (!message.Contains(path))
        {
            message = string.Format(CultureInfo.CurrentCulture, Messages.FileError, path, message);
        }

        record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = recommendedAction };
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
