using System.Collections.Generic;
using System.Data;
using System.Linq;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsArchive.Core.Platform;
using NewsArchive.Core.Search;

namespace NewsArchive.Core.Storage;

/// <summary>The full-text index of article titles and bodies (table article_search, migration 3). Articles are queued
/// for it by trigger when they are written and indexed here in batches; removed and changed articles are queued by
/// trigger with the text they were indexed with, and removed from it here first. Every writer catches the queues up
/// before its store closes, and every open catches up what a crashed writer left. The index only finds candidates:
/// <see cref="ArticleReader"/> checks them against the stored text, so an entry not yet removed is never a result.</summary>
public sealed class SearchIndex
{
    /// <summary>Articles indexed per transaction; also how many an import queues before it indexes them.</summary>
    public const int BatchSize = 4096;

    private readonly SqliteArchiveStore _store;

    public SearchIndex(SqliteArchiveStore store) => _store = store;

    /// <summary>Removes the queued old texts, then indexes every queued article, one transaction per batch. Returns how
    /// many were indexed.</summary>
    public int CatchUp()
    {
        var total = 0;
        while (true)
        {
            var (removed, indexed) = CatchUpBatch();
            total += indexed;
            if (removed < BatchSize && indexed < BatchSize)
            {
                return total;
            }
        }
    }

    /// <summary>One write transaction: a batch of queued old texts removed and, once none is left, a batch of queued
    /// articles indexed. Both in one transaction because ids are reused: between two transactions another writer may
    /// replace a page, queueing the old text of an indexed id and the new text under the same id; indexing the new text
    /// before removing the old one would then take the new entry out with the old tokens (Attacks #2 once saw 60
    /// articles vanish from the index that way).</summary>
    private (int Removed, int Indexed) CatchUpBatch()
    {
        using var write = _store.BeginWrite();
        var transaction = write.Transaction;
        var removed = RemoveRows(transaction);
        var indexed = removed < BatchSize ? IndexRows(transaction) : 0;
        transaction.Commit();
        // The batch's FTS5 inserts and SQLite's pages were allocated in the C library's heap, which keeps them once freed:
        // without giving them back, the import's resident memory grew by 35 MiB over the generated decade (peak 214 MiB
        // against 186, alternated runs).
        NativeHeap.Trim();
        return (removed, indexed);
    }

    /// <summary>Articles that a search cannot find: queued for the index, or (after damage) missing from it.</summary>
    public IReadOnlyList<long> FindUnindexedArticles(IDbTransaction? transaction = null) =>
        _store.Sqlite.Query<long>(
            """
            SELECT id FROM articles WHERE id NOT IN (SELECT rowid FROM article_search)
            UNION SELECT article_id FROM article_search_pending
            ORDER BY 1
            """,
            transaction: transaction).ToList();

    /// <summary>Articles queued for the index (written by an import that is still running or was stopped).</summary>
    public IReadOnlyList<long> FindQueuedArticles(IDbTransaction? transaction = null) =>
        _store.Sqlite.Query<long>("SELECT article_id FROM article_search_pending ORDER BY 1", transaction: transaction).ToList();

    /// <summary>Index entries whose article no longer exists and that are not queued for removal (a search would return
    /// nothing for them, but they cost space).</summary>
    public IReadOnlyList<long> FindOrphanEntries(IDbTransaction? transaction = null) =>
        _store.Sqlite.Query<long>(
            """
            SELECT rowid FROM article_search
            WHERE rowid NOT IN (SELECT id FROM articles) AND rowid NOT IN (SELECT article_id FROM article_search_removed)
            ORDER BY 1
            """,
            transaction: transaction).ToList();

    /// <summary>How many articles are queued for the index or for removal from it.</summary>
    public int PendingCount() =>
        _store.Sqlite.ExecuteScalar<int>("SELECT (SELECT count(*) FROM article_search_pending) + (SELECT count(*) FROM article_search_removed)");

    /// <summary>Removes a batch of queued old texts from the index. FTS5 removes a row of a contentless table only when
    /// given the very tokens it indexed, which the same tokenizer makes again from the same text.</summary>
    private int RemoveRows(IDbTransaction transaction)
    {
        var connection = _store.Sqlite;
        var rows = connection.Query<PendingArticle>(
            "SELECT article_id AS Id, title AS Title, body AS Body FROM article_search_removed ORDER BY article_id LIMIT @limit",
            new { limit = BatchSize },
            transaction,
            buffered: false);
        var (count, last) = WriteIndexRows(rows, "INSERT INTO article_search (article_search, rowid, title, body) VALUES ('delete', $id, $title, $body)", transaction);
        if (count == 0)
        {
            return 0;
        }

        connection.Execute("DELETE FROM article_search_removed WHERE article_id <= @last", new { last }, transaction);
        return count;
    }

    private int IndexRows(IDbTransaction transaction)
    {
        var connection = _store.Sqlite;
        var rows = connection.Query<PendingArticle>(
            """
            SELECT a.id AS Id, a.title AS Title, a.body AS Body
            FROM article_search_pending p JOIN articles a ON a.id = p.article_id
            ORDER BY p.article_id
            LIMIT @limit
            """,
            new { limit = BatchSize },
            transaction,
            buffered: false);
        var (count, last) = WriteIndexRows(rows, "INSERT INTO article_search (rowid, title, body) VALUES ($id, $title, $body)", transaction);
        if (count == 0)
        {
            return 0;
        }

        // Nothing else can queue inside this write transaction: everything up to the last id read is now indexed.
        connection.Execute("DELETE FROM article_search_pending WHERE article_id <= @last", new { last }, transaction);
        return count;
    }

    /// <summary>Runs <paramref name="sql"/> (an insert into the index, or FTS5's delete command) for each row's tokens, as
    /// the rows are read, so a batch's 4,096 texts and their tokens are never all in memory at once (the import's peak did
    /// not measurably move: 216.1 against 217.9 MB on the real text ×10). Returns how many rows there were and the last
    /// one's id.</summary>
    private (int Count, long Last) WriteIndexRows(IEnumerable<PendingArticle> rows, string sql, IDbTransaction transaction)
    {
        using var command = _store.Sqlite.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = sql;
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        var title = command.Parameters.Add("$title", SqliteType.Text);
        var body = command.Parameters.Add("$body", SqliteType.Text);
        command.Prepare();
        var (count, last) = (0, 0L);
        foreach (var row in rows)
        {
            id.Value = row.Id;
            title.Value = SearchTokenizer.IndexText(row.Title);
            body.Value = SearchTokenizer.IndexText(row.Body);
            command.ExecuteNonQuery();
            (count, last) = (count + 1, row.Id);
            // A batch allocates about 42 MiB in one go (its texts and their tokens, real text ×10): left to the runtime,
            // that garbage grew its youngest generation, and the memory it keeps, by 25-37 MiB at every batch.
            GarbageBudget.Process.Spend();
        }

        return (count, last);
    }

    private sealed class PendingArticle
    {
        public long Id { get; set; }
        public string? Title { get; set; }
        public string Body { get; set; } = string.Empty;
    }
}
