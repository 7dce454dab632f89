using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Dapper;
using NewsArchive.Core.Model;
using NewsArchive.Core.Parsing;
using NewsArchive.Core.Search;
using NewsArchive.Core.Storage;
using Xunit;

namespace NewsArchive.Core.Tests.Storage;

/// <summary>Search must find exactly what <c>title LIKE '%q%' OR body LIKE '%q%'</c> finds, through every way articles
/// are written and deleted.</summary>
public sealed class SearchIndexTests : IDisposable
{
    // A small alphabet makes every short string occur often, in many positions: next to punctuation, at the start and
    // end of runs and paragraphs, in titles and bodies.
    private const string Alphabet = "朱健脱贫攻坚市委书记邓群策强调会议召开全面胜利疫情防控经济发展";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsarchive-search-" + Guid.NewGuid().ToString("N"));

    public SearchIndexTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void SearchFindsExactlyWhatALikeScanFinds()
    {
        var random = new Random(20200313);
        using var store = SqliteArchiveStore.Open(Path.Combine(_folder, "generated.db"));
        var writer = new PageWriter(store);
        for (var page = 1; page <= 40; page++)
        {
            var articles = Enumerable.Range(1, random.Next(1, 6)).Select(sequence => GeneratedArticle(random, sequence)).ToList();
            writer.Save(Record(page, "generated page " + page), articles, allowReplace: false, parserVersion: 1);
        }

        var all = new ArticleReader(store).Query(new ArticleFilter()).ToList();
        var text = string.Concat(all.Select(a => a.Title + "\n" + a.Body));
        var queries = new List<string>();
        for (var i = 0; i < 800; i++)
        {
            var length = 1 + (i % 4);
            var at = random.Next(text.Length - length);
            var candidate = text.Substring(at, length);
            if (candidate.All(SearchTokenizer.IsSearchHan))
            {
                queries.Add(candidate);
            }
        }

        // Strings that occur nowhere: a character outside the alphabet, and alphabet pairs that never meet.
        queries.Add("龘");
        queries.AddRange(Alphabet.SelectMany(a => Alphabet.Select(b => $"{a}{b}")).Where(q => !text.Contains(q)).Take(20));
        Assert.True(queries.Count > 200);

        foreach (var query in queries.Distinct())
        {
            var expected = all.Where(a => (a.Title ?? string.Empty).Contains(query) || a.Body.Contains(query)).Select(a => a.Id).OrderBy(id => id);
            var found = Search(store, query).Select(a => a.Id).OrderBy(id => id);
            Assert.True(expected.SequenceEqual(found), $"'{query}': expected [{string.Join(",", expected)}], found [{string.Join(",", found)}]");
        }
    }

    [Fact]
    public void TermsOrAndNotCombineLikeTheirLikeScans()
    {
        var random = new Random(7);
        using var store = SqliteArchiveStore.Open(Path.Combine(_folder, "boolean.db"));
        var writer = new PageWriter(store);
        for (var page = 1; page <= 60; page++)
        {
            writer.Save(Record(page, "p" + page), Enumerable.Range(1, 5).Select(s => GeneratedArticle(random, s)).ToList(), false, 1);
        }

        var all = new ArticleReader(store).Query(new ArticleFilter()).ToList();
        bool Has(Article a, string q) => (a.Title ?? string.Empty).Contains(q) || a.Body.Contains(q);
        var cases = new (string Query, Func<Article, bool> Truth)[]
        {
            ("朱健 脱", a => Has(a, "朱健") && Has(a, "脱")),
            ("朱健 OR 脱贫", a => Has(a, "朱健") || Has(a, "脱贫")),
            ("朱 -脱贫", a => Has(a, "朱") && !Has(a, "脱贫")),
            ("会 NOT 脱 NOT 朱", a => Has(a, "会") && !Has(a, "脱") && !Has(a, "朱")),
            ("(朱健 OR 邓群) 胜", a => (Has(a, "朱健") || Has(a, "邓群")) && Has(a, "胜")),
        };
        foreach (var (query, truth) in cases)
        {
            var expected = all.Where(truth).Select(a => a.Id).OrderBy(id => id).ToList();
            Assert.True(expected.Count > 0, $"'{query}' should match some generated articles");
            Assert.Equal(expected, Search(store, query).Select(a => a.Id).OrderBy(id => id));
        }
    }

    [Fact]
    public void OnTheSeedPageZhuJianIsInArticlesOneToThreeAndTheFightAgainstPovertyOnlyInTheFirst()
    {
        using var store = SqliteArchiveStore.Open(Path.Combine(_folder, "seed.db"));
        var text = File.ReadAllText(SharedSamples.SeedPagePath);
        var date = new DateTime(2020, 3, 13);
        new PageWriter(store).Save(new PageRecord("衡阳日报", date, 1, null, "seed", "utf-8", text), PageParser.Parse(text, date).Articles, false, 1);

        Assert.Equal(new[] { 1, 2, 3 }, Search(store, "朱健").Select(a => a.Sequence).OrderBy(s => s));
        var poverty = Assert.Single(Search(store, "脱贫攻坚"));
        Assert.Equal(1, poverty.Sequence);
        Assert.Contains("【脱贫攻坚】", poverty.Snippet);
    }

    [Fact]
    public void TheIndexFollowsReplacedReanalysedAndDeletedPages()
    {
        using var store = SqliteArchiveStore.Open(Path.Combine(_folder, "consistency.db"));
        var writer = new PageWriter(store);
        writer.Save(Record(1, "one"), new[] { Article(1, "旧标题", "旧的正文。") }, false, 1);
        writer.Save(Record(2, "two"), new[] { Article(1, "第二版", "朱健主持会议。") }, false, 1);
        Assert.Single(Search(store, "旧的"));

        // -Force: the page row is replaced, its articles go by cascade.
        writer.Save(Record(1, "one, again"), new[] { Article(1, "新标题", "新的正文。") }, allowReplace: true, parserVersion: 1);
        Assert.Empty(Search(store, "旧的"));
        Assert.Single(Search(store, "新的"));

        // Re-analysis: the articles of a kept page are replaced.
        var pageId = store.Connection.ExecuteScalar<long>("SELECT id FROM pages WHERE page = 2");
        var sha256 = store.Connection.ExecuteScalar<string>("SELECT sha256 FROM pages WHERE id = @pageId", new { pageId });
        Assert.True(writer.ReplaceArticles(pageId, sha256!, new[] { Article(1, "第二版", "邓群策讲话。") }, parserVersion: 2));
        Assert.Empty(Search(store, "朱健"));
        Assert.Single(Search(store, "邓群策"));

        // Removal by any path (here plain SQL, as Remove-Issue deletes pages) reaches the index by cascade and trigger.
        store.Connection.Execute("DELETE FROM pages WHERE id = @pageId", new { pageId });
        Assert.Empty(Search(store, "邓群策"));

        var index = new SearchIndex(store);
        Assert.Empty(index.FindUnindexedArticles());
        Assert.Empty(index.FindOrphanEntries());

        // The removed page's text was queued and leaves the index at the next catch-up: it holds only stored articles.
        index.CatchUp();
        Assert.Equal(0, index.PendingCount());
        Assert.Equal(
            store.Connection.Query<long>("SELECT id FROM articles ORDER BY id"),
            store.Connection.Query<long>("SELECT rowid FROM article_search ORDER BY rowid"));
    }

    [Fact]
    public void CandidatesHoldingATermsTokensApartAreNotMatches()
    {
        using var store = ArchiveStore.Open(Path.Combine(_folder, "apart.db"));
        var writer = new PageWriter(store);
        writer.Save(Record(1, "one"), new[]
        {
            Article(1, "一", "会议部署脱贫，攻坚工作。"),
            Article(2, "二", "脱贫工作和攻坚任务。"),
            Article(3, "三", "江城召开COVID-19防控会议。"),
            Article(4, "四", "covid 19 疫苗。"),
            Article(5, "五", "covid19 和 19 个 covid 病例。"),
        }, false, 1);

        // Every article of the second kind holds the tokens; only the text tells whether they stand in a row.
        Assert.Equal(new[] { 1 }, Search(store, "\"脱贫，攻坚\"").Select(a => a.Sequence));
        Assert.Equal(new[] { 3, 4 }, Search(store, "COVID-19").Select(a => a.Sequence).OrderBy(s => s));
        Assert.Equal(new[] { 1, 5 }, Search(store, "covid19 OR \"脱贫，攻坚\"").Select(a => a.Sequence).OrderBy(s => s));
        Assert.Equal(new[] { 2 }, Search(store, "脱贫 -\"脱贫，攻坚\"").Select(a => a.Sequence));
    }

    [Fact]
    public void AnArticleIdReusedBeforeTheIndexCatchesUpIsNeverFoundByItsOldText()
    {
        using var store = SqliteArchiveStore.Open(Path.Combine(_folder, "reuse.db"));
        var writer = new PageWriter(store);
        writer.Save(Record(1, "one"), new[] { Article(1, "旧标题", "旧的正文。") }, false, 1);
        store.CompleteSearchIndex();
        var oldId = store.Connection.ExecuteScalar<long>("SELECT id FROM articles");

        // The only article goes and SQLite gives its id to the new one; the index still holds the old text under that id.
        writer.Save(Record(1, "one, again"), new[] { Article(1, "新标题", "新的正文。") }, allowReplace: true, parserVersion: 1);
        Assert.Equal(oldId, store.Connection.ExecuteScalar<long>("SELECT id FROM articles"));
        Assert.Empty(new ArticleReader(store).Query(new ArticleFilter { Text = SearchQuery.Parse("旧的") }));

        Assert.Empty(Search(store, "旧的"));
        Assert.Single(Search(store, "新的"));
        Assert.Empty(Search(store, "旧标题"));
    }

    [Fact]
    public void ArticlesLeftQueuedByACrashedImportAreIndexedOnTheNextOpen()
    {
        var path = Path.Combine(_folder, "crash.db");
        using (var interrupted = SqliteArchiveStore.Open(path))
        {
            new PageWriter(interrupted).Save(Record(1, "one"), new[] { Article(1, "标题", "朱健主持会议。") }, false, 1);
            // As if the import was stopped before it completed: its last batch is still queued.
            Assert.Equal(1, new SearchIndex(interrupted).PendingCount());
            Assert.Single(new SearchIndex(interrupted).FindUnindexedArticles());
        }

        using (var reopened = SqliteArchiveStore.Open(path))
        {
            Assert.Equal(0, new SearchIndex(reopened).PendingCount());
            Assert.Single(Search(reopened, "朱健"));
        }
    }

    [Fact]
    public void ResultsAreRankedWithTitleHitsFirstAndCombineWithOtherFilters()
    {
        using var store = SqliteArchiveStore.Open(Path.Combine(_folder, "rank.db"));
        var writer = new PageWriter(store);
        writer.Save(Record(1, "one"), new[] { Article(1, "会议召开", "今天朱健在会上讲话，提到扶贫。") }, false, 1);
        writer.Save(Record(2, "two"), new[] { Article(1, "扶贫攻坚", "扶贫工作取得成效。") }, false, 1);
        Assert.Equal(new[] { 2, 1 }, Search(store, "扶贫").Select(a => a.Page));
        Assert.Equal(new[] { 1 }, new ArticleReader(store).Query(new ArticleFilter { Text = SearchQuery.Parse("扶贫"), Pages = new[] { 1 } }).Select(a => a.Page));
        Assert.Equal(new[] { 1 }, new ArticleReader(store).Query(new ArticleFilter { Text = SearchQuery.Parse("扶贫"), First = 1, Skip = 1 }).Select(a => a.Page));
    }

    [Fact]
    public void APageOfManyMatchesRanksTheNewestWindowFirstAndPagingReachesEveryMatchOnce()
    {
        using var store = SqliteArchiveStore.Open(Path.Combine(_folder, "window.db"));
        var writer = new PageWriter(store);
        const int perPage = 50;
        var pages = (ArticleReader.RankingWindow + 100) / perPage + 1;
        for (var page = 1; page <= pages; page++)
        {
            // The first page's articles have the term in their titles: under full ranking they would come first.
            var articles = Enumerable.Range(1, perPage)
                .Select(sequence => Article(sequence, page == 1 ? "扶贫" + sequence : "会议" + sequence, "今天召开扶贫会议，编号" + (page * 100 + sequence) + "。"))
                .ToList();
            writer.Save(Record(page, "page " + page), articles, false, 1);
        }

        var everything = Search(store, "扶贫");
        Assert.Equal(pages * perPage, everything.Count);
        var oldTitleHits = everything.Where(a => a.Page == 1).Select(a => a.Id).ToHashSet();
        var newest = everything.Select(a => a.Id).OrderByDescending(id => id).Take(ArticleReader.RankingWindow).ToHashSet();

        var top = Page(SearchRanking.Newest, first: 20, skip: 0);
        Assert.Equal(20, top.Count);
        Assert.All(top, a => Assert.Contains(a.Id, newest));
        Assert.Equal(oldTitleHits.OrderBy(id => id), Page(SearchRanking.Full, first: perPage, skip: 0).Select(a => a.Id).OrderBy(id => id));

        // Pages of 300 straddle the window's edge: every match comes exactly once, the window's before the older ones,
        // each part in the order full ranking gives it.
        var paged = new List<Article>();
        for (var skip = 0; skip < everything.Count + 300; skip += 300)
        {
            paged.AddRange(Page(SearchRanking.Newest, first: 300, skip: skip));
        }

        Assert.Equal(everything.Select(a => a.Id).OrderBy(id => id), paged.Select(a => a.Id).OrderBy(id => id));
        Assert.All(paged.Take(ArticleReader.RankingWindow), a => Assert.Contains(a.Id, newest));
        Assert.Equal(everything.Where(a => newest.Contains(a.Id)).Select(a => a.Id), paged.Take(ArticleReader.RankingWindow).Select(a => a.Id));
        Assert.Equal(everything.Where(a => !newest.Contains(a.Id)).Select(a => a.Id), paged.Skip(ArticleReader.RankingWindow).Select(a => a.Id));

        // Other filters apply inside and below the window alike.
        var firstPage = new ArticleReader(store).Query(new ArticleFilter { Text = SearchQuery.Parse("扶贫"), Pages = new[] { 1 }, First = 10 }).ToList();
        Assert.Equal(10, firstPage.Count);
        Assert.All(firstPage, a => Assert.Contains(a.Id, oldTitleHits));

        List<Article> Page(SearchRanking ranking, int first, int skip) =>
            new ArticleReader(store).Query(new ArticleFilter { Text = SearchQuery.Parse("扶贫"), Ranking = ranking, First = first, Skip = skip }).ToList();
    }

    [Fact]
    public void EveryMatchIsRankedInMemoryExactlyAsSqlRanksAPage()
    {
        var random = new Random(20261201);
        using var store = SqliteArchiveStore.Open(Path.Combine(_folder, "memory.db"));
        var writer = new PageWriter(store);
        for (var page = 1; page <= 40; page++)
        {
            var articles = Enumerable.Range(1, random.Next(1, 6)).Select(sequence => GeneratedArticle(random, sequence)).ToList();
            writer.Save(Record(page, "generated page " + page), articles, allowReplace: false, parserVersion: 1);
        }

        store.CompleteSearchIndex();
        // Without -First every match is read once and scored in memory; -Rank Full with a page as large as the archive
        // ranks in SQL: the same scores to the last bit give the same order, ties (same counts, same length) by id.
        var matched = 0;
        foreach (var query in new[] { "朱", "经济", "会议 召开", "脱贫 OR 疫情", "发展 -经济", "\"市委 书记\"", "健*", "强 调" })
        {
            var inMemory = new ArticleReader(store).Query(new ArticleFilter { Text = SearchQuery.Parse(query) }).Select(a => a.Id).ToList();
            var inSql = new ArticleReader(store).Query(new ArticleFilter { Text = SearchQuery.Parse(query), First = int.MaxValue, Ranking = SearchRanking.Full })
                .Select(a => a.Id).ToList();
            matched += inMemory.Count > 1 ? 1 : 0;
            Assert.Equal(inSql, inMemory);
            var skipped = new ArticleReader(store).Query(new ArticleFilter { Text = SearchQuery.Parse(query), Skip = 3 }).Select(a => a.Id);
            Assert.Equal(inSql.Skip(3), skipped);
        }

        Assert.True(matched >= 6, matched + " of the queries match more than one article");
    }

    [Fact]
    public void TestArchiveReportsArticlesMissingFromTheIndexButNotQueuedOnes()
    {
        using var store = SqliteArchiveStore.Open(Path.Combine(_folder, "check.db"));
        var writer = new PageWriter(store);
        writer.Save(Record(1, "one"), new[] { Article(1, "标题", "朱健主持会议。"), Article(2, "第二篇", "邓群策讲话。") }, false, 1);
        Assert.Empty(ArchiveChecks.Run(store, new[] { new SearchIndexCheck() }).Problems);

        store.CompleteSearchIndex();
        Assert.Empty(ArchiveChecks.Run(store, new[] { new SearchIndexCheck() }).Problems);

        // Damage: an entry removed behind the triggers' back.
        var id = store.Connection.ExecuteScalar<long>("SELECT min(id) FROM articles");
        store.Connection.Execute(
            "INSERT INTO article_search (article_search, rowid, title, body) VALUES ('delete', @id, @title, @body)",
            new { id, title = SearchTokenizer.IndexText("标题"), body = SearchTokenizer.IndexText("朱健主持会议。") });
        var problem = Assert.Single(ArchiveChecks.Run(store, new[] { new SearchIndexCheck() }).Problems);
        Assert.Equal("SearchIndex", problem.Check);
        Assert.Contains("1 articles are missing", problem.Message);
    }

    private static List<Article> Search(ArchiveStore store, string query)
    {
        // As every cmdlet does when it ends: index what this writer queued.
        store.CompleteSearchIndex();
        return new ArticleReader(store).Query(new ArticleFilter { Text = SearchQuery.Parse(query) }).ToList();
    }

    private static PageRecord Record(int page, string text) =>
        new("测试日报", new DateTime(2021, 1, 1), page, null, Guid.NewGuid().ToString("N"), "utf-8", text);

    private static ParsedArticle Article(int sequence, string? title, params string[] paragraphs)
    {
        var article = new ParsedArticle { Sequence = sequence, Title = title };
        article.Paragraphs.AddRange(paragraphs);
        return article;
    }

    private static ParsedArticle GeneratedArticle(Random random, int sequence)
    {
        var paragraphs = Enumerable.Range(0, random.Next(1, 4)).Select(_ => GeneratedText(random, random.Next(5, 80))).ToArray();
        return Article(sequence, random.Next(5) == 0 ? null : GeneratedText(random, random.Next(2, 14)), paragraphs);
    }

    private static string GeneratedText(Random random, int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            var roll = random.Next(20);
            text.Append(roll switch
            {
                0 => '，',
                1 => '。',
                2 => ' ',
                3 => (char)('A' + random.Next(3)),
                _ => Alphabet[random.Next(Alphabet.Length)],
            });
        }

        return text.ToString();
    }
}
