using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Dapper;
using NewsArchive.Core.Model;
using NewsArchive.Core.Reports;
using NewsArchive.Core.Storage;
using Xunit;

namespace NewsArchive.Core.Tests.Storage;

/// <summary>Statistics read from the summary tables (schema step 6) equal those counted from the articles, for every
/// dimension and filter, after pages are written, replaced, re-analysed and removed, and after an archive of step 5 is
/// migrated.</summary>
public sealed class StatsSummariesTests : IDisposable
{
    private static readonly string[] Newspapers = { "江城日报", "海港晚报", "山城商报" };
    private static readonly string[] Officials = { "林振华", "高建国", "周海", "陈立", "吴敏", "郑和平", "孙涛", "马兰" };
    private static readonly string[] Titles = { "市委书记", "市长", "副市长", "局长", "区长" };
    private static readonly string[] Reporters = { "李明", "王芳", "赵六", "钱七", "刘洋", "何静" };

    private static readonly StatsDimension[][] Dimensions =
    {
        Array.Empty<StatsDimension>(),
        new[] { StatsDimension.Day }, new[] { StatsDimension.Week }, new[] { StatsDimension.Month }, new[] { StatsDimension.Year },
        new[] { StatsDimension.Newspaper }, new[] { StatsDimension.Page }, new[] { StatsDimension.Month, StatsDimension.Page },
        new[] { StatsDimension.Official }, new[] { StatsDimension.Reporter }, new[] { StatsDimension.Title },
        new[] { StatsDimension.Official, StatsDimension.Title }, new[] { StatsDimension.Month, StatsDimension.Official },
    };

    private static readonly IssueFilter[] Filters =
    {
        new(),
        new() { Newspapers = new[] { "江城*" } },
        new() { From = new DateTime(2021, 1, 10), To = new DateTime(2021, 2, 20) },
        new() { Pages = new[] { 1, 3 } },
        new() { Newspapers = new[] { "无此报" } },
    };

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stats-summaries-" + Guid.NewGuid().ToString("N"));
    private readonly Random _random = new(20261201);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void SummariesEqualTheCountsOverTheArticlesAfterWritesReplacementsReanalysisAndRemovals()
    {
        using var store = ArchiveStore.Open(Path.Combine(_folder, "a.db"));
        var writer = new PageWriter(store);
        var pages = WriteRandomPages(writer);
        // Pairs wait for a batch (name keys count the articles meanwhile), and are counted when the writer finishes.
        Assert.True(StatsSummaries.PendingPages(store.Connection) > 0);
        AssertSummariesMatch(store);
        store.CompleteSearchIndex();
        Assert.Equal(0L, StatsSummaries.PendingPages(store.Connection));
        AssertSummariesMatch(store);

        // Replace a few pages with other content (their pairs wait again), re-analyse one, remove one newspaper's February
        // (pages whose pairs are counted and pages whose pairs wait).
        foreach (var page in pages.Where(p => p.Newspaper == "海港晚报").Take(30))
        {
            writer.Save(Record(page.Newspaper, page.Date, page.Page), RandomArticles(), allowReplace: true, parserVersion: 1);
        }

        var reanalysed = pages[7];
        var stored = writer.Find(reanalysed.Newspaper, reanalysed.Date, reanalysed.Page)!;
        Assert.True(writer.ReplaceArticles(stored.Id, stored.Sha256, RandomArticles(), parserVersion: 2));
        writer.Remove(new IssueFilter { Newspaper = "海港晚报", From = new DateTime(2021, 2, 1), To = new DateTime(2021, 2, 28) });
        Assert.Empty(ArchiveChecks.Run(store, new[] { new StatsSummariesCheck() }).Problems);
        store.CompleteSearchIndex();
        AssertSummariesMatch(store);
        Assert.Equal(0L, store.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM stats_pairs WHERE articles <= 0"));

        writer.Remove(new IssueFilter());
        Assert.Equal(0L, store.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM stats_pairs"));
        Assert.Equal(0L, store.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM stats_by_page"));
    }

    [Fact]
    public void AStepFiveArchiveIsCountedIntoTheSummariesWhenOpened()
    {
        var path = Path.Combine(_folder, "step5.db");
        using (var store = ArchiveStore.Open(path))
        {
            WriteRandomPages(new PageWriter(store));
            // What a module of schema version 5 left: the same rows without the summary tables.
            store.Connection.Execute("DROP TABLE stats_by_page; DROP TABLE stats_pairs; DROP TABLE stats_pairs_pending; PRAGMA user_version = 5;");
        }

        using var migrated = ArchiveStore.Open(path);
        Assert.Equal(SqliteArchiveStore.SchemaVersion, migrated.Connection.ExecuteScalar<int>("PRAGMA user_version"));
        Assert.True(migrated.Connection.ExecuteScalar<long>("SELECT COUNT(*) FROM stats_pairs") > 0);
        AssertSummariesMatch(migrated);
    }

    /// <summary>A writer interrupted before it finished leaves pages waiting; a reader's connection is read-only and must
    /// neither try to count them nor fail at its end (Get-Article and Test-Archive reported "attempt to write a readonly
    /// database" after a killed import); the next writer counts them.</summary>
    [Fact]
    public void AReaderLeavesThePairsOfAnInterruptedWriterWaitingForTheNextWriter()
    {
        var path = Path.Combine(_folder, "interrupted.db");
        using (var writing = ArchiveStore.Open(path))
        {
            WriteRandomPages(new PageWriter(writing));
            // No CompleteSearchIndex: what a killed import leaves.
        }

        using (var reading = ArchiveStore.OpenForReading(path))
        {
            Assert.True(StatsSummaries.PendingPages(reading.Connection) > 0);
            AssertSummariesMatch(reading);
            reading.CompleteSearchIndex();
            Assert.True(StatsSummaries.PendingPages(reading.Connection) > 0);
        }

        using var next = ArchiveStore.Open(path);
        Assert.Equal(0L, StatsSummaries.PendingPages(next.Connection));
        AssertSummariesMatch(next);
    }

    [Fact]
    public void TestArchiveFindsSummariesThatDisagreeWithTheArticles()
    {
        using var store = ArchiveStore.Open(Path.Combine(_folder, "check.db"));
        WriteRandomPages(new PageWriter(store));
        store.CompleteSearchIndex();
        var check = new[] { new StatsSummariesCheck() };
        Assert.Empty(ArchiveChecks.Run(store, check).Problems);

        store.Connection.Execute("UPDATE stats_by_page SET articles = articles + 1 WHERE (page_id, kind, item) = (SELECT page_id, kind, item FROM stats_by_page WHERE kind = 2 LIMIT 1)");
        store.Connection.Execute("DELETE FROM stats_pairs WHERE kind = 1 AND other_kind = 1 AND item = other_item AND item = (SELECT MIN(id) FROM people)");
        var problems = ArchiveChecks.Run(store, check).Problems;
        Assert.Equal(new[] { "stats_by_page", "stats_pairs" }, problems.Select(p => p.Target));
        // The changed row is both missing (as counted) and extra (as stored); the deleted pair is missing.
        Assert.StartsWith("2 rows", problems[0].Message);
        Assert.StartsWith("1 rows", problems[1].Message);
    }

    private static void AssertSummariesMatch(ArchiveStore store)
    {
        var reader = new StatsReader(store);
        foreach (var filter in Filters)
        {
            foreach (var dimensions in Dimensions)
            {
                var expected = reader.QueryFromArticles(dimensions, filter).Select(Describe).ToArray();
                var actual = reader.Query(dimensions, filter).Select(Describe).ToArray();
                Assert.True(expected.SequenceEqual(actual),
                    $"By {string.Join(",", dimensions)}: expected\n{string.Join("\n", expected)}\nbut read\n{string.Join("\n", actual)}");
            }
        }
    }

    private static string Describe(StatsRow r) =>
        $"{r.Key} | {r.Articles} {r.Pages} {r.Characters} {r.Mentions} {r.Officials} {r.Reporters} {r.FirstIssue:yyyy-MM-dd} {r.LastIssue:yyyy-MM-dd}";

    private List<PageRecord> WriteRandomPages(PageWriter writer)
    {
        var pages = new List<PageRecord>();
        for (var day = 0; day < 20; day++)
        {
            foreach (var newspaper in Newspapers)
            {
                for (var page = 1; page <= 3; page++)
                {
                    var record = Record(newspaper, new DateTime(2021, 1, 5).AddDays(day * 3), page);
                    writer.Save(record, RandomArticles(), allowReplace: false, parserVersion: 1);
                    pages.Add(record);
                }
            }
        }

        return pages;
    }

    private static PageRecord Record(string newspaper, DateTime date, int page) =>
        new(newspaper, date, page, null, Guid.NewGuid().ToString("N"), "utf-8", "text");

    /// <summary>0-4 articles, each with 0-3 officials (some with two titles, some sharing one), 0-3 byline names (a name
    /// may repeat), sometimes a person who is not an official, and sometimes a person named twice.</summary>
    private ParsedArticle[] RandomArticles()
    {
        var articles = new ParsedArticle[_random.Next(5)];
        for (var i = 0; i < articles.Length; i++)
        {
            var article = new ParsedArticle { Title = "标题" + i, Sequence = i + 1 };
            article.Paragraphs.Add(new string('字', 1 + _random.Next(200)));
            article.Bylines.AddRange(Enumerable.Range(0, _random.Next(4)).Select(_ => new Byline("本报记者", Pick(Reporters))));
            foreach (var name in Enumerable.Range(0, _random.Next(4)).Select(_ => Pick(Officials)).Distinct())
            {
                var titles = Enumerable.Range(0, _random.Next(3)).Select(_ => Pick(Titles)).Distinct().ToArray();
                article.People.Add(new PersonMention(name, _random.Next(5) == 0 ? PersonRole.Other : PersonRole.Official, titles));
            }

            if (article.People.Count > 0 && _random.Next(4) == 0)
            {
                // The same name twice in one article, maybe in another role: the store keeps the first mention.
                var again = article.People[_random.Next(article.People.Count)].Name;
                article.People.Add(new PersonMention(again, _random.Next(2) == 0 ? PersonRole.Other : PersonRole.Official, new[] { Pick(Titles), Pick(Titles) }));
            }

            articles[i] = article;
        }

        return articles;
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];
}
