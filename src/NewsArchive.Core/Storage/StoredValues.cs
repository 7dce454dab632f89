using System.Data;

namespace NewsArchive.Core.Storage;

/// <summary>Values of a row read column by column, the same on both engines.</summary>
internal static class StoredValues
{
    /// <summary>A text column, null where the row holds none.</summary>
    public static string? Text(IDataRecord record, int column) => record.IsDBNull(column) ? null : record.GetString(column);

    /// <summary>An integer column as a long: SQLite gives every integer as one, PostgreSQL an <c>integer</c> column as an
    /// int.</summary>
    public static long Integer(IDataRecord record, int column) =>
        record.GetFieldType(column) == typeof(int) ? record.GetInt32(column) : record.GetInt64(column);
}
