using System;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace NewsArchive.Core.Storage;

/// <summary>A write transaction that never hides why it failed. When a statement fails with SQLITE_FULL or an I/O
/// error, SQLite may already have rolled the transaction back itself; disposing a SqliteTransaction then issues
/// ROLLBACK anyway, and its "cannot rollback - no transaction is active" replaced the real error (a full disk) in
/// every page's report. Here a ROLLBACK that fails because no transaction is left is not an error.</summary>
internal sealed class WriteTransaction : IDisposable
{
    private readonly Func<bool> _endedByEngine;

    public WriteTransaction(SqliteConnection connection)
        : this(connection.BeginTransaction(System.Data.IsolationLevel.Serializable), () => raw.sqlite3_get_autocommit(connection.Handle) != 0)
    {
    }

    /// <param name="endedByEngine">Whether the engine has already ended the transaction itself (after a failure).</param>
    public WriteTransaction(DbTransaction transaction, Func<bool> endedByEngine)
    {
        Transaction = transaction;
        _endedByEngine = endedByEngine;
    }

    /// <summary>The transaction to run statements in and to commit; disposing this object ends it.</summary>
    public DbTransaction Transaction { get; }

    public void Dispose()
    {
        try
        {
            Transaction.Dispose();
        }
        catch (DbException) when (_endedByEngine())
        {
            // The engine rolled back on its own: nothing is left to undo, and the error that caused it is on its way up.
        }
    }
}
