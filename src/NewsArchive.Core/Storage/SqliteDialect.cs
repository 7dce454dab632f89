using System.Collections.Generic;
using System.Linq;
using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;

namespace NewsArchive.Core.Storage;

/// <summary>SQLite's SQL where the engines differ: GLOB over lower-cased text, NOCASE, date arithmetic, FTS5 candidates
/// checked and ranked by <see cref="TextMatch"/>.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    /// <summary>The Thursday of the ISO week holding p.issue_date: its year is the ISO year, and its day of the year tells
    /// the ISO week. Written with date arithmetic rather than strftime('%V') so any SQLite since 3.8 computes it.</summary>
    private const string IsoThursday =
        "date(p.issue_date, printf('%+d days', 3 - (CAST(strftime('%w', p.issue_date) AS INTEGER) + 6) % 7))";

    internal override string InList(string column, string parameter) => $"{column} IN @{parameter}";

    internal override string InIdBatch(string column, string parameter) => $"{column} IN (SELECT value FROM json_each(@{parameter}))";

    internal override object IdBatch(long[] ids) => "[" + string.Join(",", ids.Select(id => id.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";

    internal override object? NoLimit => -1;

    internal override string OrderedJoin => "CROSS JOIN";

    internal override string IssueIdentity => "p.newspaper || char(0) || p.issue_date";

    internal override string Total(string expression) => $"TOTAL({expression})";

    internal override string IsoWeek =>
        $"strftime('%Y', {IsoThursday}) || '-W' || printf('%02d', (CAST(strftime('%j', {IsoThursday}) AS INTEGER) - 1) / 7 + 1)";

    internal override bool KeepsStatsSummaries => true;

    /// <summary>The grouping sorts hundreds of thousands of rows on a large archive: in memory, not in temporary files.</summary>
    internal override void BeforeStatistics(DbConnection connection) => connection.Execute("PRAGMA temp_store = MEMORY");

    /// <summary>How much of the file a long scan may map: 1 GiB (a decade of a city daily).</summary>
    private const long LongScanMapBytes = 1L << 30;

    /// <summary>A reader caches the pages it reads (ArchiveFile), which pays when a search visits the same pages again;
    /// a scan of more text than the cache holds reads each body twice (ranked in SQL, then read by id) and the cache only
    /// copies pages in and out: mapping the file serves such a scan (every match of 经济 on the generated decade, 80,307
    /// rows: 4.6-4.7 s cached against 4.0-4.1 s mapped, bench/README.md "Reading without mapping").</summary>
    internal override void BeforeLongScan(DbConnection connection) => connection.Execute($"PRAGMA mmap_size = {LongScanMapBytes}");

    internal override string MatchesPattern(string column, string parameter) => $"lower({column}) GLOB @{parameter}";

    internal override string PatternValue(string wildcard) => WildcardPattern.ToGlob(wildcard);

    internal override string EqualsIgnoringCase(string column, string parameter) => $"{column} = @{parameter} COLLATE NOCASE";

    /// <summary>FTS5 walks its candidates newest first without reading them, so this costs a fraction of ranking them (the
    /// edge is counted over candidates, which a few articles that do not hold the text may be among).</summary>
    internal override long? FindWindowEdge(DbConnection connection, ArticleFilter filter) =>
        connection.ExecuteScalar<long?>(
            "SELECT rowid FROM article_search WHERE article_search MATCH @match ORDER BY rowid DESC LIMIT 1 OFFSET @window",
            new { match = filter.Text!.CandidateExpression, window = ArticleReader.RankingWindow });

    internal override bool RanksInMemory => true;

    internal override (string FromWhere, System.Func<string?, string, long, double> Score)? MatchingRows(
        DbConnection connection, ArticleFilter filter, IReadOnlyList<string> where, DynamicParameters parameters)
    {
        var sqlite = (SqliteConnection)connection;
        var textMatch = TextMatch.Prepare(sqlite, filter.Text!);
        textMatch.AddParameters(sqlite, parameters);
        var conditions = new List<string>(where) { "article_search MATCH @match", textMatch.Condition };
        return ("FROM article_search JOIN articles a ON a.id = article_search.rowid JOIN pages p ON p.id = a.page_id\n" +
                "WHERE " + string.Join("\n  AND ", conditions), textMatch.Score);
    }

    internal override string RankedSearch(DbConnection connection, ArticleFilter filter, IReadOnlyList<string> where, DynamicParameters parameters, long? windowEdge)
    {
        var sqlite = (SqliteConnection)connection;
        var textMatch = TextMatch.Prepare(sqlite, filter.Text!);
        textMatch.AddParameters(sqlite, parameters);
        // Every candidate of the index is checked against its text, and the pages are joined only when other filters
        // need them.
        var conditions = new List<string>(where) { "article_search MATCH @match", textMatch.Condition };
        var joins = where.Count > 0 ? " JOIN pages p ON p.id = a.page_id" : string.Empty;
        var matches = "FROM article_search JOIN articles a ON a.id = article_search.rowid" + joins + "\n" +
                      "  WHERE " + string.Join("\n    AND ", conditions);
        if (windowEdge is null)
        {
            return "SELECT id, score, 0 AS tier FROM (" + textMatch.Scored(matches) + ")\nORDER BY score, id\nLIMIT @limit OFFSET @offset";
        }

        // Two tiers, each ranked on its own; the second is only scored when paging reaches past the first. Each tier's
        // LIMIT also keeps its ORDER BY (SQLite may drop an unlimited subquery's), which UNION ALL keeps.
        parameters.Add("edge", windowEdge.Value);
        return "SELECT id, score, 0 AS tier FROM (" + textMatch.Scored(matches + " AND article_search.rowid > @edge") + " ORDER BY score, id LIMIT @limit + @offset)\n" +
               "UNION ALL\nSELECT id, score, 1 AS tier FROM (" + textMatch.Scored(matches + " AND article_search.rowid <= @edge") + " ORDER BY score, id LIMIT @limit + @offset)\n" +
               "LIMIT @limit OFFSET @offset";
    }
}
