using System.Collections.Generic;
using System.Data.Common;
using Dapper;
using NewsArchive.Core.Storage;

namespace NewsArchive.Postgres;

/// <summary>PostgreSQL's SQL where the engines differ: regular expressions over lower-cased text, date functions, and
/// the search over article_search (PostgreSQL migration 2).</summary>
internal sealed class PostgresDialect : SqlDialect
{
    public static PostgresDialect Instance { get; } = new();

    /// <summary>ts_rank's weights for D, C, B, A: body tokens are D, title tokens A, so a title hit weighs five times a
    /// body hit, as in SQLite's bm25(article_search, 5.0, 1.0).</summary>
    private const string RankWeights = "CAST('{0.2, 0, 0, 1}' AS real[])";

    internal override string InList(string column, string parameter) => $"{column} = ANY(@{parameter})";

    internal override string InIdBatch(string column, string parameter) => $"{column} = ANY(@{parameter})";

    internal override object IdBatch(long[] ids) => ids;

    internal override object? NoLimit => null;

    internal override string OrderedJoin => "JOIN";

    internal override string IssueIdentity => "(p.newspaper, p.issue_date)";

    internal override string Total(string expression) => $"CAST(COALESCE(SUM({expression}), 0) AS double precision)";

    internal override string IsoWeek => "to_char(CAST(p.issue_date AS date), 'IYYY-\"W\"IW')";

    internal override string MatchesPattern(string column, string parameter) => $"lower({column}) ~ @{parameter}";

    internal override string PatternValue(string wildcard) => WildcardPattern.ToRegex(wildcard);

    internal override string EqualsIgnoringCase(string column, string parameter) => $"lower({column}) = lower(@{parameter})";

    /// <summary>Every match is ranked: the GIN index finds them, and ranking reads only their tsvectors.</summary>
    internal override long? FindWindowEdge(DbConnection connection, ArticleFilter filter) => null;

    internal override string RankedSearch(DbConnection connection, ArticleFilter filter, IReadOnlyList<string> where, DynamicParameters parameters, long? windowEdge)
    {
        var match = PostgresTextMatch.Compile(filter.Text!, "s", "search");
        parameters.Add("rank", match.RankQuery);
        foreach (var parameter in match.Parameters)
        {
            parameters.Add(parameter.Key, parameter.Value);
        }

        var joins = where.Count > 0 ? " JOIN articles a ON a.id = s.article_id JOIN pages p ON p.id = a.page_id" : string.Empty;
        var conditions = new List<string>(where) { match.Condition };
        // Negated, so that ascending order is best first, as bm25's scores are in SQLite.
        return "SELECT s.article_id AS id, -ts_rank(" + RankWeights + ", s.tokens, CAST(@rank AS tsquery)) AS score, 0 AS tier\n" +
               "FROM article_search s" + joins + "\n" +
               "WHERE " + string.Join("\n  AND ", conditions) + "\n" +
               "ORDER BY score, id\nLIMIT @limit OFFSET @offset";
    }
}
