using System.Collections.Generic;
using System.Data.Common;
using System.Globalization;
using System.Linq;
using Dapper;
using NewsArchive.Core.Storage;

namespace NewsArchive.Postgres;

/// <summary>PostgreSQL's SQL where the engines differ: regular expressions over lower-cased text, date functions, and
/// the search over article_search (PostgreSQL migrations 2 and 5).</summary>
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

    /// <summary>The window's edge is found inside the search's own statement (<see cref="RankedSearch"/>): no round trip.</summary>
    internal override long? FindWindowEdge(DbConnection connection, ArticleFilter filter) => null;

    /// <summary>The candidates of the GIN index (newsarchive_candidates), then the exact test and ts_rank on those alone
    /// (a subquery with OFFSET 0 keeps PostgreSQL from testing rows before they are known to be candidates). A page of
    /// results ranked Newest ranks the newest <see cref="ArticleReader.RankingWindow"/> candidates first, as SQLite does,
    /// and the older ones only when paging reaches past them: the candidates are read once into an array, newest first,
    /// and each tier fetches its slice by primary key (joining every candidate to article_search and dropping all but the
    /// window cost 14-27 ms of a 2-character term's 8,824 candidates in the year corpus; its slice, 7 ms).</summary>
    internal override string RankedSearch(DbConnection connection, ArticleFilter filter, IReadOnlyList<string> where, DynamicParameters parameters, long? windowEdge)
    {
        var match = PostgresTextMatch.Compile(filter.Text!, "s", "search");
        parameters.Add("rank", match.RankQuery);
        parameters.Add("candidates", match.Candidates);
        foreach (var parameter in match.Parameters)
        {
            parameters.Add(parameter.Key, parameter.Value);
        }

        var joins = where.Count > 0 ? " JOIN articles a ON a.id = s.article_id JOIN pages p ON p.id = a.page_id" : string.Empty;
        string Candidates(string from, string? slice)
        {
            var conditions = slice is null ? where : new[] { slice }.Concat(where).ToList();
            return "(SELECT s.article_id, s.tokens, s.terms " + from + joins +
                   (conditions.Count > 0 ? "\n  WHERE " + string.Join("\n    AND ", conditions) : string.Empty) + "\n  OFFSET 0) s";
        }

        // Negated, so that ascending order is best first, as bm25's scores are in SQLite.
        string Ranked(int tier, string candidates) =>
            "SELECT s.article_id AS id, -ts_rank(" + RankWeights + ", s.tokens, CAST(@rank AS tsquery)) AS score, " + tier + " AS tier\n" +
            "FROM " + candidates + "\nWHERE " + match.Condition + "\nORDER BY score, id";

        if (filter.First is null || filter.Ranking == SearchRanking.Full)
        {
            return Ranked(0, Candidates("FROM newsarchive_candidates(CAST(@candidates AS tsquery)) c JOIN article_search s ON s.article_id = c", null)) +
                   "\nLIMIT @limit OFFSET @offset";
        }

        // Each tier limited on its own; the second is only read (and ranked) when the first has too few.
        parameters.Add("window", ArticleReader.RankingWindow);
        const string Slice = "s.article_id = ANY(CAST((SELECT ids[{0}] FROM c) AS bigint[]))";
        return "WITH c AS MATERIALIZED (SELECT array_agg(c ORDER BY c DESC) AS ids FROM newsarchive_candidates(CAST(@candidates AS tsquery)) c)\n" +
               "(" + Ranked(0, Candidates("FROM article_search s", string.Format(CultureInfo.InvariantCulture, Slice, "1:@window"))) + " LIMIT CAST(@limit AS bigint) + @offset)\n" +
               "UNION ALL\n(" + Ranked(1, Candidates("FROM article_search s", string.Format(CultureInfo.InvariantCulture, Slice, "@window + 1:"))) + " LIMIT CAST(@limit AS bigint) + @offset)\n" +
               "LIMIT @limit OFFSET @offset";
    }
}
