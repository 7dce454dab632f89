using System;
using System.Collections.Generic;
using System.Data;
using System.Data.Common;
using System.Threading.Tasks;

namespace NewsArchive.Core.Storage;

/// <summary>An open archive on either engine: one connection with the schema brought up to date. The readers and the
/// page writer run the same SQL on both (the schemas have the same tables and columns); what differs is said by
/// <see cref="Dialect"/> and by the few members an engine overrides: how a write begins, how article rows are written,
/// how the search index is kept, how the archive is backed up and checked.</summary>
public abstract class ArchiveStore : IDisposable
{
    protected ArchiveStore(DbConnection connection, ArchiveLocation location, SqlDialect dialect)
    {
        Connection = connection;
        Location = location;
        Dialect = dialect;
    }

    /// <summary>Where the archive is, as messages may show it (a file path, or a PostgreSQL URI without its password).</summary>
    public string Path => Location.DisplayName;

    public ArchiveLocation Location { get; }

    public ArchiveEngine Engine => Location.Engine;

    internal DbConnection Connection { get; }

    internal SqlDialect Dialect { get; }

    /// <summary>The checks Test-Archive runs on this engine.</summary>
    public abstract IReadOnlyList<IArchiveCheck> Checks { get; }

    /// <summary>Opens (creating when <paramref name="create"/> is true) the SQLite archive at <paramref name="path"/>;
    /// a PostgreSQL archive is opened by NewsArchive.Postgres.</summary>
    /// <exception cref="System.IO.FileNotFoundException">The database does not exist and <paramref name="create"/> is false.</exception>
    public static ArchiveStore Open(string path, bool create = true) => SqliteArchiveStore.Open(path, create);

    /// <summary>Opens the SQLite archive at <paramref name="path"/> for commands that only read (see <see cref="SqliteArchiveStore.OpenForReading"/>).</summary>
    public static ArchiveStore OpenForReading(string path) => SqliteArchiveStore.OpenForReading(path);

    /// <summary>An empty archive in memory, for -WhatIf where the archive does not exist yet.</summary>
    public static ArchiveStore OpenEmpty() => SqliteArchiveStore.OpenEmpty();

    /// <summary>Writes a consistent copy of the archive to <paramref name="destination"/>.</summary>
    public abstract void BackupTo(string destination, bool overwrite);

    /// <summary>Indexes for search what this connection wrote and has not indexed yet (where the engine defers it).</summary>
    public virtual void CompleteSearchIndex()
    {
    }

    /// <summary>A connection for queries made while a result of <see cref="Connection"/> is still being read (an engine
    /// that runs one command at a time per connection opens a second one).</summary>
    internal virtual DbConnection ConnectionWhileReading => Connection;

    public virtual void Dispose() => Connection.Dispose();

    /// <summary>Makes the statement running on this connection (from another thread) stop, where the engine can; a
    /// transaction it was in rolls back.</summary>
    public virtual void Interrupt()
    {
    }

    /// <summary>A transaction that writes: it holds whatever the engine needs so that deciding what is stored and writing
    /// it cannot interleave with another writer of the same page.</summary>
    internal abstract WriteTransaction BeginWrite();

    /// <summary>Stores a page and its articles in one step of the engine's own, deciding inside it what is stored, as
    /// <see cref="PageWriter.Save"/> does with its statements; null where the engine has no such step (PageWriter's
    /// statements then run in a <see cref="BeginWrite"/> transaction, whose writers already exclude each other).</summary>
    internal virtual PageSaveOutcome? SavePage(PageRecord page, IReadOnlyList<Model.ParsedArticle> articles, bool allowReplace, int parserVersion) => null;

    /// <summary>How many pages <see cref="StartSavePage"/> may have in flight at once; 0 where the engine stores one page
    /// at a time through <see cref="PageWriter"/>.</summary>
    internal virtual int ConcurrentPageSaves => 0;

    /// <summary>Starts storing a page as <see cref="SavePage"/> does, in a transaction of its own on a connection of its
    /// own, so that it may commit while the caller prepares the next page. A caller keeps at most
    /// <see cref="ConcurrentPageSaves"/> in flight and never two of the same page.</summary>
    internal virtual Task<PageSaveOutcome> StartSavePage(PageRecord page, IReadOnlyList<Model.ParsedArticle> articles, bool allowReplace, int parserVersion) =>
        throw new NotSupportedException("This engine stores one page at a time.");

    /// <summary>A read transaction that sees one state of the archive throughout (Test-Archive's checks share it).</summary>
    internal virtual DbTransaction BeginSnapshot() => Connection.BeginTransaction(IsolationLevel.RepeatableRead);

    /// <summary>Whether an error only means another connection holds what this one needs (try again later), not damage.</summary>
    internal abstract bool IsBusy(DbException exception);

    /// <summary>Runs one write transaction, again when the engine reports a transient conflict with another writer.</summary>
    internal virtual T Write<T>(Func<T> write) => write();

    /// <summary>The writer of an article's rows (bylines, people, mentions, search entries), kept for the connection.</summary>
    internal abstract IArticleRows ArticleRows();

    /// <summary>Records that articles were written, for an engine that indexes them later in batches.</summary>
    internal virtual void ArticlesQueued(int count)
    {
    }
}
