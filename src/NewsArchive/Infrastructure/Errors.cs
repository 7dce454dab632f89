using System;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using NewsArchive.Commands.Resources;
using SQLitePCL;

namespace NewsArchive.Commands.Infrastructure;

/// <summary>ErrorRecords the way the module writes them: a namespaced id, the right category, the failing file or value as
/// the target, and a recommended action for the person who reads it.</summary>
internal static class Errors
{
    private const string Prefix = "NewsArchive.";

    private const string FreeSpace = "Free space on the archive's disk (the archive stays readable meanwhile), then run the command again.";

    /// <summary>ENOSPC on Linux and macOS, ERROR_DISK_FULL and ERROR_HANDLE_DISK_FULL as HRESULTs on Windows.</summary>
    private static readonly int[] DiskFullResults = { 28, unchecked((int)0x80070070), unchecked((int)0x80070027) };

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

    /// <summary>A record about one file whose message names it ("/srv/in/a.txt: The file is empty."): in a batch, the
    /// TargetObject alone leaves the reader of the console or the log guessing which file failed.</summary>
    public static ErrorRecord ForFile(Exception exception, string id, ErrorCategory category, string path, string? recommendedAction,
        string? message = null) =>
        NameFile(Record(exception, id, category, path, recommendedAction), path, message);

    /// <summary>Makes the record's message (its exception's, or <paramref name="message"/>) name the file, keeping its
    /// recommended action.</summary>
    public static ErrorRecord NameFile(ErrorRecord record, string path, string? message = null)
    {
        message ??= record.Exception.Message;
        if (!message.Contains(path))
        {
            message = string.Format(CultureInfo.CurrentCulture, Messages.FileError, path, message);
        }

        record.ErrorDetails = new ErrorDetails(message) { RecommendedAction = record.ErrorDetails?.RecommendedAction };
        return record;
    }

    /// <summary>A database failure of one cmdlet (<paramref name="area"/>: Import, Remove…) as <c>Area.DatabaseBusy</c>
    /// (another process held the archive past the busy timeout), <c>Area.DiskFull</c> or <c>Area.DatabaseError</c>.</summary>
    public static ErrorRecord Database(DbException exception, string area, object? target, string busyAction, string? otherAction = null)
    {
        var category = CategoryOf(exception);
        if (category == ErrorCategory.ResourceBusy)
        {
            return Record(exception, area + ".DatabaseBusy", category, target, busyAction);
        }

        return exception is SqliteException { SqliteErrorCode: raw.SQLITE_FULL }
            ? Record(exception, area + ".DiskFull", ErrorCategory.WriteError, target, FreeSpace)
            : Record(exception, area + ".DatabaseError", category, target, otherAction);
    }

    /// <summary>A file the module writes itself (a backup) could not be written: <c>Area.DiskFull</c> when the disk is full,
    /// else <c>Area.WriteFailed</c>.</summary>
    public static ErrorRecord Write(Exception exception, string area, object? target, string otherAction) =>
        exception is IOException && Array.IndexOf(DiskFullResults, exception.HResult) >= 0
            ? Record(exception, area + ".DiskFull", ErrorCategory.WriteError, target, "Free space on the destination's disk, then run the command again.")
            : Record(exception, area + ".WriteFailed", ErrorCategory.WriteError, target, otherAction);

    /// <summary>"database is locked" past the busy timeout is ResourceBusy: the script may try again later.</summary>
    public static ErrorCategory CategoryOf(SqliteException exception) => exception.SqliteErrorCode switch
    {
        raw.SQLITE_BUSY or raw.SQLITE_LOCKED => ErrorCategory.ResourceBusy,
        raw.SQLITE_READONLY => ErrorCategory.PermissionDenied,
        raw.SQLITE_CORRUPT or raw.SQLITE_NOTADB => ErrorCategory.InvalidData,
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
