using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using NewsArchive.Core.Model;
using NewsArchive.Core.Reports;
using NewsArchive.Core.Storage;
using Xunit;

namespace NewsArchive.Core.Tests.Storage;

/// <summary>StatsReader over a small archive written through the real PageWriter, officials included.</summary>
public sealed class StatsReaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "stats-" + Guid.NewGuid().ToString("N"));
    private readonly ArchiveStore _store;
    private readonly StatsReader _reader;

    public StatsReaderTests()
    {
        _store = ArchiveStore.Open(Path.Combine(_folder, "stats.db"));
        var writer = new PageWriter(_store);
        // 江城日报 2021-01-03 (a Sunday, ISO 2020-W53) p1: two articles; 2021-01-04 (2021-W01) p1 and p2; 海港晚报 2021-02-01 p1.
        Save(writer, "江城日报", new DateTime(2021, 1, 3), 1,
            Article("市委常委会召开", 100, new[] { "李明" }, Official("林振华", "市委书记"), Official("高建国", "市长")),
            Article("春运开始", 50, new[] { "李明", "王芳" }, Official("高建国", "市长", "市委副书记")));
        Save(writer, "江城日报", new DateTime(2021, 1, 4), 1,
            Article("重点项目开工", 70, new[] { "王芳" }, Official("林振华", "市委书记"), Other("张三", "工程师")));
        Save(writer, "江城日报", new DateTime(2021, 1, 4), 2,
            Article("社区新闻", 30, Array.Empty<string>()));
        Save(writer, "海港晚报", new DateTime(2021, 2, 1), 1,
            Article("港口吞吐量创新高", 80, new[] { "赵六" }, Official("高建国", "市长")));
        _reader = new StatsReader(_store);
    }

    public void Dispose()
    {
        _store.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public void CountsByMonthWithEveryMeasure()
    {
        var rows = _reader.Query(new[] { StatsDimension.Month }, new IssueFilter());
        Assert.Equal(new[] { "2021-01", "2021-02" }, rows.Select(r => r.Month));
        var january = rows[0];
        Assert.Equal(4, january.Articles);
        Assert.Equal(3, january.Pages);
        Assert.Equal(250, january.Characters);
        Assert.Equal(2, january.Reporters);
        Assert.Equal(2, january.Officials);
        Assert.Equal(4, january.Mentions);
        Assert.Equal(new DateTime(2021, 1, 3), january.FirstIssue);
        Assert.Equal(new DateTime(2021, 1, 4), january.LastIssue);
        Assert.Null(january.Day);
        Assert.Equal("2021-01", january.Key);
    }

    [Fact]
    public void CountsByIsoWeekAcrossTheTurnOfTheYear()
    {
        var rows = _reader.Query(new[] { StatsDimension.Week }, new IssueFilter());
        Assert.Equal(new[] { ("2020-W53", 2), ("2021-W01", 2), ("2021-W05", 1) }, rows.Select(r => (r.Week!, r.Articles)));
    }

    [Fact]
    public void IsoWeeksInSqlAgreeWithDotNetForEveryDayOfSixYears()
    {
        var writer = new PageWriter(_store);
        var days = Enumerable.Range(0, 6 * 366).Select(i => new DateTime(2019, 12, 20).AddDays(i)).ToArray();
        foreach (var day in days)
        {
            Save(writer, "周报", day, 1, Article("x", 1, Array.Empty<string>()));
        }

        var rows = _reader.Query(new[] { StatsDimension.Day, StatsDimension.Week }, new IssueFilter { Newspapers = new[] { "周报" } });
        Assert.Equal(days.Length, rows.Count);
        foreach (var row in rows)
        {
            var expected = $"{ISOWeek.GetYear(row.Day!.Value)}-W{ISOWeek.GetWeekOfYear(row.Day.Value):00}";
            Assert.Equal(expected, row.Week);
            Assert.Equal(expected, StatsPeriods.IsoWeek(row.Day.Value));
        }
    }

    [Fact]
    public void CountsEachReporterOfAnArticleAndPutsTheMostArticlesFirst()
    {
        var rows = _reader.Query(new[] { StatsDimension.Reporter }, new IssueFilter());
        Assert.Equal(new[] { ("李明", 2), ("王芳", 2), ("赵六", 1) }, rows.Select(r => (r.Reporter!, r.Articles)));
        Assert.Equal(150, rows[0].Characters);
        Assert.Equal(2, rows[0].Reporters);
    }

    [Fact]
    public void CountsOfficialsButNotOtherPeople()
    {
        var rows = _reader.Query(new[] { StatsDimension.Official }, new IssueFilter());
        Assert.Equal(new[] { ("高建国", 3), ("林振华", 2) }, rows.Select(r => (r.Official!, r.Articles)));
        Assert.DoesNotContain(rows, r => r.Official == "张三");
    }

    [Fact]
    public void TitleAloneCountsArticlesGivingThatTitleToAnOfficial()
    {
        var rows = _reader.Query(new[] { StatsDimension.Title }, new IssueFilter());
        Assert.Equal(new[] { ("市长", 3), ("市委书记", 2), ("市委副书记", 1) }, rows.Select(r => (r.Title!, r.Articles)));
        Assert.DoesNotContain(rows, r => r.Title == "工程师");
    }

    [Fact]
    public void OfficialWithTitleGivesTheTitlesOfThatOfficial()
    {
        var rows = _reader.Query(new[] { StatsDimension.Official, StatsDimension.Title }, new IssueFilter());
        Assert.Equal(
            new[] { ("高建国", "市长", 3), ("林振华", "市委书记", 2), ("高建国", "市委副书记", 1) },
            rows.Select(r => (r.Official!, r.Title!, r.Articles)));
        Assert.Equal("高建国 · 市长", rows[0].Key);
    }

    [Fact]
    public void CrossTabsPeriodsWithPagesInKeyOrder()
    {
        var rows = _reader.Query(new[] { StatsDimension.Day, StatsDimension.Page }, new IssueFilter { Newspapers = new[] { "江城*" } });
        Assert.Equal(
            new[] { ("2021-01-03", 1, 2), ("2021-01-04", 1, 1), ("2021-01-04", 2, 1) },
            rows.Select(r => (r.Day!.Value.ToString("yyyy-MM-dd"), r.Page!.Value, r.Articles)));
    }

    [Fact]
    public void FiltersByNewspaperDatesAndPage()
    {
        Assert.Equal(80, Single(new IssueFilter { Newspapers = new[] { "海港晚报" } }).Characters);
        Assert.Equal(3, Single(new IssueFilter { From = new DateTime(2021, 1, 4) }).Pages);
        Assert.Equal(2, Single(new IssueFilter { To = new DateTime(2021, 1, 3) }).Articles);
        Assert.Equal(4, Single(new IssueFilter { Pages = new[] { 1 } }).Articles);
        Assert.Empty(_reader.Query(new[] { StatsDimension.Year }, new IssueFilter { From = new DateTime(2022, 1, 1) }));
    }

    [Fact]
    public void SummarisesTheSelection()
    {
        var summary = _reader.Summary(new IssueFilter());
        Assert.Equal(5, summary.Articles);
        Assert.Equal(4, summary.Pages);
        Assert.Equal(3, summary.Issues);
        Assert.Equal(2, summary.Newspapers);
        Assert.Equal(3, summary.Reporters);
        Assert.Equal(2, summary.Officials);
        Assert.Equal(5, summary.Mentions);
        Assert.Equal(new DateTime(2021, 2, 1), summary.LastIssue);
        Assert.Equal(0, _reader.Summary(new IssueFilter { Newspapers = new[] { "无此报" } }).Articles);
    }

    [Fact]
    public void SummaryAddedUpFromTheReportsTablesEqualsTheOneCountedOverTheArticles()
    {
        foreach (var filter in new[] { new IssueFilter(), new IssueFilter { Newspapers = new[] { "海港晚报" } }, new IssueFilter { Pages = new[] { 1 } },
                     new IssueFilter { Newspapers = new[] { "无此报" } } })
        {
            var direct = _reader.Summary(filter);
            var added = _reader.Summary(filter, _reader.Query(new[] { StatsDimension.Newspaper }, filter),
                _reader.Query(new[] { StatsDimension.Official }, filter), _reader.Query(new[] { StatsDimension.Reporter }, filter));
            Assert.Equal(System.Text.Json.JsonSerializer.Serialize(direct), System.Text.Json.JsonSerializer.Serialize(added));
        }
    }

    [Fact]
    public void ReportLoadsEverySectionAndPicksThePeriodForTheSpan()
    {
        var report = StatsReport.Load(_reader, new IssueFilter(), new[] { StatsDimension.Month, StatsDimension.Page }, new DateTime(2021, 3, 1));
        Assert.Equal(StatsDimension.Month, report.Period);
        Assert.Equal(2, report.Officials.Count);
        Assert.Equal(3, report.Reporters.Count);
        Assert.Equal(2, report.Newspapers.Count);
        Assert.Equal(3, report.Requested.Count);
        Assert.Equal("江城日报、海港晚报 · 2021-01-03 – 2021-02-01", report.Scope.Replace("海港晚报、江城日报", "江城日报、海港晚报"));
        Assert.Equal(StatsDimension.Day, StatsReport.Load(_reader, new IssueFilter(), Array.Empty<StatsDimension>(), DateTime.Now).Period);
    }

    [Fact]
    public void ReportOfAnEmptyArchiveHasNoRowsAndCountsByMonth()
    {
        using var empty = ArchiveStore.OpenEmpty();
        var report = StatsReport.Load(new StatsReader(empty), new IssueFilter(), Array.Empty<StatsDimension>(), DateTime.Now);
        Assert.Empty(report.Officials);
        Assert.Empty(report.Titles);
        Assert.Equal(0, report.Summary.Articles);
        Assert.Equal(StatsDimension.Month, report.Period);
    }

    private StatsRow Single(IssueFilter filter) => Assert.Single(_reader.Query(Array.Empty<StatsDimension>(), filter));

    private static void Save(PageWriter writer, string newspaper, DateTime date, int page, params ParsedArticle[] articles)
    {
        for (var i = 0; i < articles.Length; i++)
        {
            articles[i].Sequence = i + 1;
        }

        writer.Save(new PageRecord(newspaper, date, page, null, Guid.NewGuid().ToString("N"), "utf-8", "text"), articles, allowReplace: false, parserVersion: 1);
    }

    private static ParsedArticle Article(string title, int characters, IEnumerable<string> reporters, params PersonMention[] people)
    {
        var article = new ParsedArticle { Title = title };
        article.Paragraphs.Add(new string('字', characters));
        article.Bylines.AddRange(reporters.Select(r => new Byline("本报记者", r)));
        article.People.AddRange(people);
        return article;
    }

    private static PersonMention Official(string name, params string[] titles) => new(name, PersonRole.Official, titles);

    private static PersonMention Other(string name, params string[] titles) => new(name, PersonRole.Other, titles);
}
