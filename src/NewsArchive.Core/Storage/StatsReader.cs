using System;
using System.Collections.Generic;
using System.Linq;
using Dapper;
using NewsArchive.Core.Reports;

namespace NewsArchive.Core.Storage;

/// <summary>Counts articles by period, newspaper, page, reporter, official or title, in SQL over the store: no article
/// is loaded, so ten years of a daily are counted in the time SQLite takes to scan their rows once.</summary>
public sealed class StatsReader
{
    private readonly ArchiveStore _store;

    public StatsReader(ArchiveStore store) => _store = store;

    /// <summary>Whether a dimension orders rows by its own value (periods, pages) rather than by how many articles the
    /// value has (names: the reporter, official or title with most articles first).</summary>
    public static bool IsOrdered(StatsDimension dimension) => dimension is not (StatsDimension.Reporter or StatsDimension.Official or StatsDimension.Title);

    /// <summary>Whether a dimension is a period of the issue date.</summary>
    public static bool IsPeriod(StatsDimension dimension) =>
        dimension is StatsDimension.Day or StatsDimension.Week or StatsDimension.Month or StatsDimension.Year;

    /// <summary>One row per distinct combination of the keys, ordered by the ordered keys, then by articles (most first),
    /// then by the name keys. No dimensions gives one row over every article the filter admits (none when it admits none).</summary>
    public IReadOnlyList<StatsRow> Query(IReadOnlyList<StatsDimension> dimensions, IssueFilter filter) =>
        Query(dimensions, filter, _store.Dialect.KeepsStatsSummaries);

    /// <summary>The same rows counted from the articles, mentions and bylines themselves, without the summary tables
    /// (tests compare the two).</summary>
    internal IReadOnlyList<StatsRow> QueryFromArticles(IReadOnlyList<StatsDimension> dimensions, IssueFilter filter) =>
        Query(dimensions, filter, useSummaries: false);

    private IReadOnlyList<StatsRow> Query(IReadOnlyList<StatsDimension> dimensions, IssueFilter filter, bool useSummaries)
    {
        var usePairs = useSummaries && StatsSummaries.PairsComplete(_store.Connection);
        var (sql, parameters) = BuildQuery(_store.Dialect, dimensions, filter, useSummaries, usePairs);
        _store.Dialect.BeforeStatistics(_store.Connection);
        var ordered = dimensions.Distinct().ToArray();
        return _store.Connection.Query<StatsRowData>(sql, parameters)
            .Where(r => r.Articles > 0)
            .Select(r => r.ToRow(ordered))
            .ToList();
    }

    /// <summary>Totals over every article the filter admits.</summary>
    public StatsSummary Summary(IssueFilter filter)
    {
        var totals = Query(Array.Empty<StatsDimension>(), filter).FirstOrDefault();
        var summary = CountIssues(filter);
        summary.Articles = totals?.Articles ?? 0;
        summary.Pages = totals?.Pages ?? 0;
        summary.Characters = totals?.Characters ?? 0;
        summary.Reporters = totals?.Reporters ?? 0;
        summary.Officials = totals?.Officials ?? 0;
        summary.Mentions = totals?.Mentions ?? 0;
        summary.FirstIssue = totals?.FirstIssue;
        summary.LastIssue = totals?.LastIssue;
        return summary;
    }

    /// <summary>The same totals as <see cref="Summary(IssueFilter)"/>, from rows already counted under the same filter by
    /// newspaper, by official and by reporter, without another pass over the articles (the HTML report counts those
    /// anyway; the pass took 0.35 of 5.1 s of SQLite's CPU on bench's decade). Every page belongs to one newspaper, so the
    /// newspapers' articles, pages, characters and mentions add up; each official and each reporter with an article is
    /// one row of its table.</summary>
    public StatsSummary Summary(IssueFilter filter, IReadOnlyList<StatsRow> byNewspaper, IReadOnlyList<StatsRow> byOfficial, IReadOnlyList<StatsRow> byReporter)
    {
        var summary = CountIssues(filter);
        summary.Articles = byNewspaper.Sum(r => r.Articles);
        summary.Pages = byNewspaper.Sum(r => r.Pages);
        summary.Characters = byNewspaper.Sum(r => r.Characters);
        summary.Mentions = byNewspaper.Sum(r => r.Mentions);
        summary.FirstIssue = byNewspaper.Count == 0 ? null : byNewspaper.Min(r => r.FirstIssue);
        summary.LastIssue = byNewspaper.Count == 0 ? null : byNewspaper.Max(r => r.LastIssue);
        summary.Officials = byOfficial.Count;
        summary.Reporters = byReporter.Count;
        return summary;
    }

    /// <summary>A summary holding only the issues and newspapers that have articles under the filter.</summary>
    private StatsSummary CountIssues(IssueFilter filter)
    {
        var (where, parameters) = filter.ToSql(_store.Dialect);
        var issues = _store.Connection.QuerySingle<IssueCounts>(
            "SELECT COUNT(DISTINCT " + _store.Dialect.IssueIdentity + ") AS Issues, COUNT(DISTINCT p.newspaper) AS Newspapers " +
            "FROM pages p " + (where.Length == 0 ? "WHERE " : where + " AND ") + "EXISTS (SELECT 1 FROM articles a WHERE a.page_id = p.id)",
            parameters);
        return new StatsSummary { Issues = (int)issues.Issues, Newspapers = (int)issues.Newspapers };
    }

    /// <summary>The query: from the summary tables (<see cref="StatsSummaries"/>) where they give every measure exactly
    /// (any page keys under any filter; one name key over the whole archive when the pairs of every page are counted:
    /// its distinct officials and reporters are counted archive-wide), else from the articles.</summary>
    internal static (string Sql, DynamicParameters Parameters) BuildQuery(SqlDialect dialect, IReadOnlyList<StatsDimension> dimensions, IssueFilter filter,
        bool useSummaries, bool usePairs)
    {
        var keys = dimensions.Distinct().ToArray();
        var (where, parameters) = filter.ToSql(dialect);
        if (useSummaries && keys.All(IsPageKey))
        {
            return (FromPageSummaries(dialect, keys, where), parameters);
        }

        if (usePairs && keys.Length == 1 && where.Length == 0)
        {
            parameters.Add("kind", SummaryKind(keys[0]));
            return (FromNameSummaries(keys[0]), parameters);
        }

        return (FromArticles(dialect, keys, where), parameters);
    }

    /// <summary>"paged" holds the pages the filter admits with their period keys (computed once a page, not once an
    /// article); "keyed" one row per key combination and article with what the measures need of the article, read by
    /// scanning pages then their articles (page order keeps each lookup near the last one: driven from mentions, the same
    /// query is several times slower). Officials are keyed by person id, which groups faster than names, and named at
    /// the end. The measures are then grouped from "keyed".</summary>
    private static string FromArticles(SqlDialect dialect, IReadOnlyList<StatsDimension> keys, string where)
    {
        var join = dialect.OrderedJoin;
        var selectKeys = string.Concat(keys.Select(k => (IsPageKey(k) ? "p." + Quote(k) : KeyExpression(dialect, k)) + " AS " + Quote(k) + ", "));
        var fromKeyed = FromKeyed(keys);
        var groupBy = GroupBy(keys);
        // Only bylines and titles can repeat a key within one article (two contributors of one name, a title given to two
        // people); a person is mentioned once per article and the other keys are the article's own.
        var distinct = keys.Contains(StatsDimension.Reporter) || keys.Contains(StatsDimension.Title) ? "DISTINCT " : string.Empty;

        // Distinct officials and reporters are counted from distinct (key, person) pairs: a b-tree as small as the pairs
        // are few, where COUNT(DISTINCT) under GROUP BY sorts every joined row (twice as slow on a decade).
        return
            "WITH " + Paged(dialect, keys, where) + ",\n" +
            "keyed AS MATERIALIZED (\n" +
            "  SELECT " + distinct + selectKeys + "a.id AS article_id, a.page_id AS page_id, a.characters AS characters, p.issue_date AS issue_date,\n" +
            "         (SELECT COUNT(*) FROM mentions mc WHERE mc.article_id = a.id AND mc.role = 'official') AS mentions\n" +
            "  FROM paged p " + join + " articles a ON a.page_id = p.id" + Joins(join, keys) + "\n" +
            "),\n" +
            "counted AS (\n" +
            "  SELECT " + fromKeyed + "COUNT(*) AS Articles, COUNT(DISTINCT k.page_id) AS Pages, " + dialect.Total("k.characters") + " AS Characters,\n" +
            "         " + dialect.Total("k.mentions") + " AS Mentions, MIN(k.issue_date) AS FirstIssue, MAX(k.issue_date) AS LastIssue\n" +
            "  FROM keyed k" + groupBy + "\n" +
            "),\n" +
            "named AS (\n" +
            "  SELECT " + fromKeyed + "COUNT(*) AS Officials FROM (\n" +
            "    SELECT DISTINCT " + fromKeyed + "m.person_id FROM keyed k " + join + " mentions m ON m.article_id = k.article_id AND m.role = 'official'\n" +
            "  ) k" + groupBy + "\n" +
            "),\n" +
            "written AS (\n" +
            "  SELECT " + fromKeyed + "COUNT(*) AS Reporters FROM (\n" +
            "    SELECT DISTINCT " + fromKeyed + "b.name FROM keyed k " + join + " bylines b ON b.article_id = k.article_id\n" +
            "  ) k" + groupBy + "\n" +
            ")\n" +
            Measured(keys);
    }

    /// <summary>Page keys only: the pages' rows of stats_by_page add up to the measures, and the officials' and
    /// reporters' rows on those pages give the distinct ones.</summary>
    private static string FromPageSummaries(SqlDialect dialect, IReadOnlyList<StatsDimension> keys, string where)
    {
        var fromKeyed = FromKeyed(keys);
        var groupBy = GroupBy(keys);
        string Distinct(string measure, int kind) =>
            "  SELECT " + fromKeyed + "COUNT(*) AS " + measure + " FROM (\n" +
            "    SELECT DISTINCT " + fromKeyed + "s.item FROM paged k " + dialect.OrderedJoin + " stats_by_page s ON s.page_id = k.id AND s.kind = " + kind + "\n" +
            "  ) k" + groupBy + "\n";

        return
            "WITH " + Paged(dialect, keys, where) + ",\n" +
            "counted AS (\n" +
            "  SELECT " + fromKeyed + "SUM(s.articles) AS Articles, COUNT(*) AS Pages, " + dialect.Total("s.characters") + " AS Characters,\n" +
            "         " + dialect.Total("s.mentions") + " AS Mentions, MIN(k.issue_date) AS FirstIssue, MAX(k.issue_date) AS LastIssue\n" +
            "  FROM paged k " + dialect.OrderedJoin + " stats_by_page s ON s.page_id = k.id AND s.kind = " + StatsSummaries.PageKind + groupBy + "\n" +
            "),\n" +
            "named AS (\n" + Distinct("Officials", StatsSummaries.OfficialKind) + "),\n" +
            "written AS (\n" + Distinct("Reporters", StatsSummaries.ReporterKind) + ")\n" +
            Measured(keys);
    }

    /// <summary>One name key (official, reporter or title) over the whole archive: its rows of stats_by_page add up to
    /// the measures, and its pairs in stats_pairs are the distinct officials and reporters its articles name.</summary>
    private static string FromNameSummaries(StatsDimension key)
    {
        var name = Quote(key);
        string Pairs(int otherKind) =>
            "(SELECT COUNT(*) FROM stats_pairs x WHERE x.kind = @kind AND x.item = c." + name + " AND x.other_kind = " + otherKind + ")";

        return
            "WITH counted AS (\n" +
            "  SELECT s.item AS " + name + ", SUM(s.articles) AS Articles, COUNT(*) AS Pages, TOTAL(s.characters) AS Characters,\n" +
            "         TOTAL(s.mentions) AS Mentions, MIN(p.issue_date) AS FirstIssue, MAX(p.issue_date) AS LastIssue\n" +
            "  FROM pages p CROSS JOIN stats_by_page s ON s.page_id = p.id AND s.kind = @kind GROUP BY s.item\n" +
            ")\n" +
            "SELECT " + ResultKeys(new[] { key }) + "c.Articles, c.Pages, c.Characters, c.Mentions, c.FirstIssue, c.LastIssue,\n" +
            "       " + Pairs(StatsSummaries.OfficialKind) + " AS Officials, " + Pairs(StatsSummaries.ReporterKind) + " AS Reporters\n" +
            "FROM counted c\n" +
            "ORDER BY " + OrderBy(new[] { key });
    }

    private static int SummaryKind(StatsDimension key) => key switch
    {
        StatsDimension.Official => StatsSummaries.OfficialKind,
        StatsDimension.Reporter => StatsSummaries.ReporterKind,
        StatsDimension.Title => StatsSummaries.TitleKind,
        _ => throw new ArgumentOutOfRangeException(nameof(key), key, null),
    };

    /// <summary>The pages the filter admits, with their page keys.</summary>
    private static string Paged(SqlDialect dialect, IReadOnlyList<StatsDimension> keys, string where)
    {
        var pageKeys = string.Concat(keys.Where(IsPageKey).Select(k => ", " + KeyExpression(dialect, k) + " AS " + Quote(k)));
        return "paged AS MATERIALIZED (\n  SELECT p.id, p.issue_date" + pageKeys + " FROM pages p " + where + "\n)";
    }

    private static string FromKeyed(IEnumerable<StatsDimension> keys) => string.Concat(keys.Select(k => "k." + Quote(k) + ", "));

    private static string GroupBy(IReadOnlyCollection<StatsDimension> keys) =>
        keys.Count == 0 ? string.Empty : " GROUP BY " + string.Join(", ", keys.Select(k => "k." + Quote(k)));

    /// <summary>The keys as the result shows them: officials by name, not by person id.</summary>
    private static string ResultKeys(IEnumerable<StatsDimension> keys) => string.Concat(keys.Select(k => (k == StatsDimension.Official
        ? "(SELECT name FROM people WHERE id = c." + Quote(k) + ")"
        : "c." + Quote(k)) + " AS " + Quote(k) + ", "));

    /// <summary>The rows: "counted" joined with the distinct officials ("named") and reporters ("written") of each key
    /// combination, in order.</summary>
    private static string Measured(IReadOnlyList<StatsDimension> keys)
    {
        // Keys are never null (they come from NOT NULL columns), so plain equality joins, which SQLite can index.
        var sameKeys = keys.Count == 0 ? "1 = 1" : string.Join(" AND ", keys.Select(k => $"{{0}}.{Quote(k)} = c.{Quote(k)}"));
        return
            "SELECT " + ResultKeys(keys) + "c.Articles, c.Pages, c.Characters, c.Mentions, c.FirstIssue, c.LastIssue,\n" +
            "       COALESCE(n.Officials, 0) AS Officials, COALESCE(w.Reporters, 0) AS Reporters\n" +
            "FROM counted c\n" +
            "LEFT JOIN named n ON " + string.Format(sameKeys, "n") + "\n" +
            "LEFT JOIN written w ON " + string.Format(sameKeys, "w") + "\n" +
            "ORDER BY " + OrderBy(keys);
    }

    private static string Quote(StatsDimension dimension) => "\"" + dimension + "\"";

    /// <summary>Keys that are properties of the page (its date, newspaper and number), computed once a page.</summary>
    private static bool IsPageKey(StatsDimension dimension) =>
        IsPeriod(dimension) || dimension is StatsDimension.Newspaper or StatsDimension.Page;

    private static string KeyExpression(SqlDialect dialect, StatsDimension dimension) => dimension switch
    {
        _ when IsPeriod(dimension) => dialect.PeriodKey(dimension),
        StatsDimension.Newspaper => "p.newspaper",
        StatsDimension.Page => "p.page",
        StatsDimension.Reporter => "b.name",
        StatsDimension.Official => "m.person_id",
        StatsDimension.Title => "t.title",
        _ => throw new ArgumentOutOfRangeException(nameof(dimension), dimension, null),
    };

    /// <summary>The tables the name keys come from. Title alone counts the titles of officials only; with Official it is
    /// the titles of that official, so "-By Official,Title" reads as "朱健 as 代理市长".</summary>
    private static string Joins(string join, IReadOnlyCollection<StatsDimension> keys)
    {
        var joins = string.Empty;
        if (keys.Contains(StatsDimension.Reporter))
        {
            joins += $" {join} bylines b ON b.article_id = a.id";
        }

        if (keys.Contains(StatsDimension.Official))
        {
            joins += $" {join} mentions m ON m.article_id = a.id AND m.role = 'official'";
        }

        if (keys.Contains(StatsDimension.Title))
        {
            joins += keys.Contains(StatsDimension.Official)
                ? $" {join} mention_titles t ON t.article_id = m.article_id AND t.person_id = m.person_id"
                : $" {join} mention_titles t ON t.article_id = a.id" +
                  $" {join} mentions tm ON tm.article_id = t.article_id AND tm.person_id = t.person_id AND tm.role = 'official'";
        }

        return joins;
    }

    /// <summary>By the result's columns (so officials sort by name, not by id).</summary>
    private static string OrderBy(IReadOnlyCollection<StatsDimension> keys)
    {
        var order = keys.Where(IsOrdered).Select(Quote).ToList();
        order.Add("Articles DESC");
        order.AddRange(keys.Where(k => !IsOrdered(k)).Select(Quote));
        return string.Join(", ", order);
    }

    private sealed class IssueCounts
    {
        public long Issues { get; set; }
        public long Newspapers { get; set; }
    }

    private sealed class StatsRowData
    {
        public string? Day { get; set; }
        public string? Week { get; set; }
        public string? Month { get; set; }
        public long? Year { get; set; }
        public string? Newspaper { get; set; }
        public long? Page { get; set; }
        public string? Reporter { get; set; }
        public string? Official { get; set; }
        public string? Title { get; set; }
        public long Articles { get; set; }
        public long Pages { get; set; }
        public double Characters { get; set; }
        public string? FirstIssue { get; set; }
        public string? LastIssue { get; set; }
        public long Officials { get; set; }
        public double Mentions { get; set; }
        public long Reporters { get; set; }

        public StatsRow ToRow(IReadOnlyList<StatsDimension> dimensions) => new()
        {
            Day = StoreDate.ParseNullable(Day),
            Week = Week,
            Month = Month,
            Year = (int?)Year,
            Newspaper = Newspaper,
            Page = (int?)Page,
            Reporter = Reporter,
            Official = Official,
            Title = Title,
            Articles = (int)Articles,
            Pages = (int)Pages,
            Characters = (long)Characters,
            FirstIssue = StoreDate.ParseNullable(FirstIssue) ?? default,
            LastIssue = StoreDate.ParseNullable(LastIssue) ?? default,
            Officials = (int)Officials,
            Mentions = (int)Mentions,
            Reporters = (int)Reporters,
            Dimensions = dimensions,
        };
    }
}
