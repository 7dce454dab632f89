using System;
using System.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsArchive.Core.Storage;

/// <summary>A write transaction that never hides why it failed. When a statement fails with SQLITE_FULL or an I/O
/// error, SQLite may already have rolled the transaction back itself; disposing a SqliteTransaction then issues
/// ROLLBACK anyway, and its "cannot rollback - no transaction is active" replaced the real error (a full disk) in
/// every page's report. Here a ROLLBACK that fails because no transaction is left is not an error.</summary>
internal sealed class WriteTransaction : IDisposable
{
    private readonly SqliteConnection _connection;

    public WriteTransaction(SqliteConnection connection)
    {
        _connection = connection;
        Transaction = connection.BeginTransaction(IsolationLevel.Serializable);
    }

    /// <summary>The transaction to run statements in and to commit; disposing this object ends it.</summary>
    public SqliteTransaction Transaction { get; }

    public void Dispose()
    {
        try
        {
            Transaction.Dispose();
        }
        catch (SqliteException) when (raw.sqlite3_get_autocommit(_connection.Handle) != 0)
        {
            // SQLite rolled back on its own: nothing is left to undo, and the error that caused it is on its way up.
        }
    }
}
