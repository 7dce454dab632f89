using System.Collections.Generic;
using System.Data;
using System.Linq;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsArchive.Core.Search;

namespace NewsArchive.Core.Storage;

/// <summary>The full-text index of article titles and bodies (table article_search, migration 2). Articles are queued
/// for it by trigger when they are written and indexed here in batches; deletions reach it by trigger. Every writer
/// catches the queue up before its store closes, and every open catches up what a crashed writer left.</summary>
public sealed class SearchIndex
{
    /// <summary>Articles indexed per transaction; also how many an import queues before it indexes them.</summary>
    public const int BatchSize = 4096;

    private readonly SqliteArchiveStore _store;

    public SearchIndex(SqliteArchiveStore store) => _store = store;

    /// <summary>Indexes every queued article, one transaction per batch. Returns how many were indexed.</summary>
    public int CatchUp()
    {
        var total = 0;
        while (true)
        {
            var indexed = IndexBatch();
            total += indexed;
            if (indexed < BatchSize)
            {
                return total;
            }
        }
    }

    /// <summary>Articles that a search cannot find: queued for the index, or (after damage) missing from it.</summary>
    public IReadOnlyList<long> FindUnindexedArticles(IDbTransaction? transaction = null) =>
        _store.Connection.Query<long>(
            """
            SELECT id FROM articles WHERE id NOT IN (SELECT rowid FROM article_search)
            UNION SELECT article_id FROM article_search_pending
            ORDER BY 1
            """,
            transaction: transaction).ToList();

    /// <summary>Articles queued for the index (written by an import that is still running or was stopped).</summary>
    public IReadOnlyList<long> FindQueuedArticles(IDbTransaction? transaction = null) =>
        _store.Connection.Query<long>("SELECT article_id FROM article_search_pending ORDER BY 1", transaction: transaction).ToList();

    /// <summary>Index entries whose article no longer exists (a search would return nothing for them, but they cost space).</summary>
    public IReadOnlyList<long> FindOrphanEntries(IDbTransaction? transaction = null) =>
        _store.Connection.Query<long>("SELECT rowid FROM article_search WHERE rowid NOT IN (SELECT id FROM articles) ORDER BY 1", transaction: transaction).ToList();

    /// <summary>How many articles are queued for the index.</summary>
    public int PendingCount() => _store.Connection.ExecuteScalar<int>("SELECT count(*) FROM article_search_pending");

    private int IndexBatch()
    {
        var connection = _store.Sqlite;
        using var transaction = _store.BeginWrite();
        var rows = connection.Query<PendingArticle>(
            """
            SELECT a.id AS Id, a.title AS Title, a.body AS Body
            FROM article_search_pending p JOIN articles a ON a.id = p.article_id
            ORDER BY p.article_id
            LIMIT @limit
            """,
            new { limit = BatchSize },
            transaction).ToList();
        if (rows.Count == 0)
        {
            return 0;
        }

        using (var insert = connection.CreateCommand())
        {
            insert.Transaction = (SqliteTransaction)transaction;
            insert.CommandText = "INSERT INTO article_search (rowid, title, body) VALUES ($id, $title, $body)";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var body = insert.Parameters.Add("$body", SqliteType.Text);
            insert.Prepare();
            foreach (var row in rows)
            {
                id.Value = row.Id;
                title.Value = SearchTokenizer.IndexText(row.Title);
                body.Value = SearchTokenizer.IndexText(row.Body);
                insert.ExecuteNonQuery();
            }
        }

        // Nothing else can queue inside this write transaction: everything up to the last id read is now indexed.
        connection.Execute("DELETE FROM article_search_pending WHERE article_id <= @last", new { last = rows[rows.Count - 1].Id }, transaction);
        transaction.Commit();
        return rows.Count;
    }

    private sealed class PendingArticle
    {
        public long Id { get; set; }
        public string? Title { get; set; }
        public string Body { get; set; } = string.Empty;
    }
}
