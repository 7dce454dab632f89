using System;
using System.IO;
using System.Linq;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsArchive.Core.Search;
using NewsArchive.Core.Storage;
using Xunit;

namespace NewsArchive.Core.Tests.Storage;

/// <summary>An archive written by an older module (schema steps 1 and 2: a positions index with contentless_delete) is
/// brought to the current layout when it is opened, and reads as before.</summary>
public sealed class MigrationTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsarchive-migration-" + Guid.NewGuid().ToString("N"));

    public MigrationTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void AStepTwoArchiveOpensInTheNewLayoutWithItsArticlesSearchableAndCounted()
    {
        var path = Path.Combine(_folder, "old.db");
        WriteStepTwoArchive(path);

        using var store = SqliteArchiveStore.Open(path);
        Assert.Equal(SqliteArchiveStore.SchemaVersion, store.Connection.ExecuteScalar<int>("PRAGMA user_version"));
        var index = store.Connection.ExecuteScalar<string>("SELECT sql FROM sqlite_master WHERE name = 'article_search'");
        Assert.DoesNotContain("contentless_delete", index);
        Assert.Contains("detail = none", index);

        // The open re-indexed every article: nothing is left queued, and search finds exactly the holders.
        Assert.Equal(0, new SearchIndex(store).PendingCount());
        Assert.Equal(new[] { 2L }, Ids(store, "脱贫攻坚"));
        Assert.Equal(new[] { 1L, 2L }, Ids(store, "朱健"));
        Assert.Empty(Ids(store, "健朱"));

        var totals = store.Connection.QuerySingle<(long Articles, long Characters)>("SELECT articles, characters FROM article_totals");
        Assert.Equal((2L, 17L), totals);

        // Removing the page keeps the totals and the index right.
        store.Connection.Execute("DELETE FROM pages");
        Assert.Equal((0L, 0L), store.Connection.QuerySingle<(long, long)>("SELECT articles, characters FROM article_totals"));
        new SearchIndex(store).CatchUp();
        Assert.Equal(0L, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM article_search"));
    }

    [Fact]
    public void AStepFourArchiveKeepsASmallerTermHashForItsIndexBatches()
    {
        var path = Path.Combine(_folder, "step4.db");
        using (var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
        {
            connection.Open();
            foreach (var step in Migrations.Steps.Take(4))
            {
                connection.Execute(step);
            }

            connection.Execute("PRAGMA user_version = 4");
            Assert.Equal(33554432L, HashSize(connection));
        }

        using var store = SqliteArchiveStore.Open(path);
        Assert.Equal(SqliteArchiveStore.SchemaVersion, store.Connection.ExecuteScalar<int>("PRAGMA user_version"));
        Assert.Equal(4194304L, HashSize(store.Connection));
    }

    private static long HashSize(System.Data.IDbConnection connection) =>
        connection.ExecuteScalar<long>("SELECT v FROM article_search_config WHERE k = 'hashsize'");

    private static long[] Ids(ArchiveStore store, string query) =>
        new ArticleReader(store).Query(new ArticleFilter { Text = SearchQuery.Parse(query) }).Select(a => a.Id).OrderBy(id => id).ToArray();

    /// <summary>What a module of schema version 2 wrote: its two steps, one page of two articles, indexed.</summary>
    private static void WriteStepTwoArchive(string path)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        connection.Execute(Migrations.Steps[0]);
        connection.Execute(Migrations.Steps[1]);
        connection.Execute("PRAGMA user_version = 2");
        connection.Execute(
            """
            INSERT INTO pages (id, newspaper, issue_date, page, sha256, encoding, text, parser_version, imported_at)
            VALUES (1, '衡阳日报', '2020-03-13', 1, 'x', 'utf-8', '朱健讲话', 5, '2020-03-13T00:00:00.000Z');
            INSERT INTO articles (id, page_id, sequence, title, body, paragraph_count, characters)
            VALUES (1, 1, 1, '会议', '朱健讲话。', 1, 5), (2, 1, 2, '脱贫攻坚', '朱健部署脱贫攻坚工作。', 1, 12);
            """);
        foreach (var article in connection.Query<(long Id, string Title, string Body)>("SELECT id, title, body FROM articles"))
        {
            connection.Execute("INSERT INTO article_search (rowid, title, body) VALUES (@id, @title, @body)",
                new { id = article.Id, title = SearchTokenizer.IndexText(article.Title), body = SearchTokenizer.IndexText(article.Body) });
        }

        connection.Execute("DELETE FROM article_search_pending");
    }
}
