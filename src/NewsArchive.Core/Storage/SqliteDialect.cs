using System.Collections.Generic;
using System.Data.Common;
using Dapper;

namespace NewsArchive.Core.Storage;

/// <summary>SQLite's SQL where the engines differ: GLOB over lower-cased text, NOCASE, date arithmetic, FTS5.</summary>
internal sealed class SqliteDialect : SqlDialect
{
    /// <summary>Search results best first: bm25 with a hit in the title weighing five times a hit in the body.</summary>
    private const string RankScore = "bm25(article_search, 5.0, 1.0)";

    /// <summary>The Thursday of the ISO week holding p.issue_date: its year is the ISO year, and its day of the year tells
    /// the ISO week. Written with date arithmetic rather than strftime('%V') so any SQLite since 3.8 computes it.</summary>
    private const string IsoThursday =
        "date(p.issue_date, printf('%+d days', 3 - (CAST(strftime('%w', p.issue_date) AS INTEGER) + 6) % 7))";

    internal override string InList(string column, string parameter) => $"{column} IN @{parameter}";

    internal override object? NoLimit => -1;

    internal override string OrderedJoin => "CROSS JOIN";

    internal override string IssueIdentity => "p.newspaper || char(0) || p.issue_date";

    internal override string Total(string expression) => $"TOTAL({expression})";

    internal override string IsoWeek =>
        $"strftime('%Y', {IsoThursday}) || '-W' || printf('%02d', (CAST(strftime('%j', {IsoThursday}) AS INTEGER) - 1) / 7 + 1)";

    /// <summary>The grouping sorts hundreds of thousands of rows on a large archive: in memory, not in temporary files.</summary>
    internal override void BeforeStatistics(DbConnection connection) => connection.Execute("PRAGMA temp_store = MEMORY");

    internal override string MatchesPattern(string column, string parameter) => $"lower({column}) GLOB @{parameter}";

    internal override string PatternValue(string wildcard) => WildcardPattern.ToGlob(wildcard);

    internal override string EqualsIgnoringCase(string column, string parameter) => $"{column} = @{parameter} COLLATE NOCASE";

    /// <summary>FTS5 walks its matches newest first without scoring them, so this costs a fraction of ranking them.</summary>
    internal override long? FindWindowEdge(DbConnection connection, ArticleFilter filter) =>
        connection.ExecuteScalar<long?>(
            "SELECT rowid FROM article_search WHERE article_search MATCH @match ORDER BY rowid DESC LIMIT 1 OFFSET @window",
            new { match = filter.Text!.MatchExpression, window = ArticleReader.RankingWindow });

    internal override string RankedSearch(ArticleFilter filter, IReadOnlyList<string> where, DynamicParameters parameters, long? windowEdge)
    {
        // Joining every hit to its article and page costs several times its bm25 score: only when other filters need
        // them. (The index holds only stored articles; the outer join drops any a damaged index still has.)
        var joins = where.Count > 0 ? " JOIN articles a ON a.id = article_search.rowid JOIN pages p ON p.id = a.page_id" : string.Empty;
        var conditions = new List<string>(where) { "article_search MATCH @match" };
        parameters.Add("match", filter.Text!.MatchExpression);
        var hits = "SELECT article_search.rowid AS id, " + RankScore + " AS score\n" +
                   "FROM article_search" + joins + "\n" +
                   "WHERE " + string.Join("\n  AND ", conditions);
        if (windowEdge is null)
        {
            return "SELECT id, score, 0 AS tier FROM (" + hits + ")\nORDER BY score, id\nLIMIT @limit OFFSET @offset";
        }

        // Two tiers, each ranked on its own; the second is only scored when paging reaches past the first. Each tier's
        // LIMIT also keeps its ORDER BY (SQLite may drop an unlimited subquery's), which UNION ALL keeps.
        parameters.Add("edge", windowEdge.Value);
        return "SELECT id, score, 0 AS tier FROM (" + hits + " AND article_search.rowid > @edge ORDER BY score, id LIMIT @limit + @offset)\n" +
               "UNION ALL\nSELECT id, score, 1 AS tier FROM (" + hits + " AND article_search.rowid <= @edge ORDER BY score, id LIMIT @limit + @offset)\n" +
               "LIMIT @limit OFFSET @offset";
    }
}
