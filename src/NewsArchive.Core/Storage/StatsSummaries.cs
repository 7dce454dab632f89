using System.Data;
using Dapper;

namespace NewsArchive.Core.Storage;

/// <summary>Keeps the statistics' summary tables (schema step 6) in step with the articles, inside the transaction that
/// writes or removes a page, so <see cref="StatsReader"/> reads a few hundred thousand summary rows instead of joining
/// every article with its mentions and bylines (issue 11: the HTML report of a decade took 5-6 s of CPU).
/// <c>stats_by_page</c> holds, per page, what its articles add up to (kind <see cref="PageKind"/>) and what the articles
/// of each official, reporter and title on it add up to; statistics under any page filter are sums over it.
/// <c>stats_pairs</c> counts, archive-wide, the articles each official, reporter or title shares with each official and
/// reporter: the distinct officials and reporters of a name's articles are the number of its pairs. A page's rows and
/// pairs are added as its articles are written (<see cref="SqliteArticleRows"/>, <see cref="PageSummary"/>) and
/// subtracted here, from the stored rows, before its articles are deleted.</summary>
internal static class StatsSummaries
{
    /// <summary>The kinds of item, as stored (small integers keep the tables small).</summary>
    internal const int PageKind = 0;
    internal const int OfficialKind = 1;
    internal const int ReporterKind = 2;
    internal const int TitleKind = 3;

    /// <summary>The articles of the pages that <c>{0}</c> (a condition on articles <c>a</c>) selects, and one row per
    /// article and item it is counted under: the page itself, each official it names, each contributor of its byline and
    /// each title its officials hold, with what the measures need of the article. Items repeat within an article only
    /// in bylines and titles, hence DISTINCT there (as StatsReader's query over the articles does).</summary>
    private const string Items =
        """
        WITH art AS MATERIALIZED (
            SELECT a.id, a.page_id, a.characters,
                   (SELECT COUNT(*) FROM mentions mc WHERE mc.article_id = a.id AND mc.role = 'official') AS mentions
            FROM articles a WHERE {0}
        ),
        items AS MATERIALIZED (
            SELECT 0 AS kind, art.id AS article_id, '' AS item, art.page_id, art.characters, art.mentions FROM art
            UNION ALL
            SELECT 1, art.id, m.person_id, art.page_id, art.characters, art.mentions
            FROM art CROSS JOIN mentions m ON m.article_id = art.id AND m.role = 'official'
            UNION ALL
            SELECT DISTINCT 2, art.id, b.name, art.page_id, art.characters, art.mentions
            FROM art CROSS JOIN bylines b ON b.article_id = art.id
            UNION ALL
            SELECT DISTINCT 3, art.id, t.title, art.page_id, art.characters, art.mentions
            FROM art CROSS JOIN mention_titles t ON t.article_id = art.id
            CROSS JOIN mentions tm ON tm.article_id = t.article_id AND tm.person_id = t.person_id AND tm.role = 'official'
        )

        """;

    /// <summary>Adds @sign times the pairs of the selected pages' articles.</summary>
    private const string CountPairs =
        """
        INSERT INTO stats_pairs (kind, item, other_kind, other_item, articles)
        SELECT f.kind, f.item, g.kind, g.item, @sign * COUNT(*)
        FROM items f CROSS JOIN items g ON g.article_id = f.article_id
        WHERE f.kind <> 0 AND g.kind IN (1, 2)
        GROUP BY f.kind, f.item, g.kind, g.item
        ON CONFLICT (kind, item, other_kind, other_item) DO UPDATE SET articles = articles + excluded.articles;

        """;

    /// <summary>The page rows and pairs of the summary tables that differ from those counted afresh from the articles
    /// (rows missing, extra or with other counts), for Test-Archive.</summary>
    public static (long PageRows, long Pairs) CountDifferences(IDbConnection connection, IDbTransaction transaction)
    {
        var items = string.Format(Items, "1");
        const string ExpectedPageRows = "SELECT page_id, kind, item, COUNT(*), SUM(characters), SUM(mentions) FROM items GROUP BY page_id, kind, item";
        const string StoredPageRows = "SELECT page_id, kind, item, articles, characters, mentions FROM stats_by_page";
        const string ExpectedPairs =
            "SELECT f.kind, f.item, g.kind, g.item, COUNT(*) FROM items f CROSS JOIN items g ON g.article_id = f.article_id " +
            "WHERE f.kind <> 0 AND g.kind IN (1, 2) GROUP BY f.kind, f.item, g.kind, g.item";
        const string StoredPairs = "SELECT kind, item, other_kind, other_item, articles FROM stats_pairs";
        return (connection.ExecuteScalar<long>(items + Difference(ExpectedPageRows, StoredPageRows), transaction: transaction),
                connection.ExecuteScalar<long>(items + Difference(ExpectedPairs, StoredPairs), transaction: transaction));
    }

    /// <summary>How many rows are in one of the two selects and not the other.</summary>
    private static string Difference(string a, string b) =>
        $"SELECT (SELECT COUNT(*) FROM ({a} EXCEPT {b})) + (SELECT COUNT(*) FROM ({b} EXCEPT {a}))";

    /// <summary>Takes the articles of the pages <paramref name="articleCondition"/> selects out of the counts, before they
    /// are deleted. A pair no article shares any more is deleted (the partial index finds them).</summary>
    public static void Subtract(IDbConnection connection, string articleCondition, DynamicParameters parameters, IDbTransaction transaction)
    {
        parameters.Add("sign", -1);
        var items = string.Format(Items, articleCondition);
        connection.Execute(
            items + CountPairs +
            "DELETE FROM stats_pairs WHERE articles = 0;\n" +
            "DELETE FROM stats_by_page WHERE page_id IN (SELECT a.page_id FROM articles a WHERE " + articleCondition + ");",
            parameters, transaction);
    }
}
