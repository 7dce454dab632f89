using System.Data;
using Dapper;

namespace NewsArchive.Core.Storage;

/// <summary>Keeps the statistics' summary tables (schema step 6) in step with the articles, inside the transaction that
/// writes or removes a page, so <see cref="StatsReader"/> reads a few hundred thousand summary rows instead of joining
/// every article with its mentions and bylines (issue 11: the HTML report of a decade took 5-6 s of CPU).
/// <c>stats_by_page</c> holds, per page, what its articles add up to (kind <see cref="PageKind"/>) and what the articles
/// of each official, reporter and title on it add up to; statistics under any page filter are sums over it.
/// <c>stats_pairs</c> counts, archive-wide, the articles each official, reporter or title shares with each official and
/// reporter: the distinct officials and reporters of a name's articles are the number of its pairs. A page's rows are
/// added as its articles are written (<see cref="SqliteArticleRows"/>, <see cref="PageSummary"/>), which also queues
/// the page in <c>stats_pairs_pending</c>; the pairs of queued pages are counted in batches (<see cref="PendingBatch"/>
/// pages, and whatever is queued when a writer finishes or an archive is opened), as the search index is kept. Until
/// then statistics that need pairs count the articles instead. Before a page's articles are deleted, its rows and
/// counted pairs are subtracted here, from the stored rows.</summary>
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

    /// <summary>The pairs of the selected pages' articles: for each official, reporter or title, the articles it shares
    /// with each official and reporter (itself included).</summary>
    private const string PairCounts =
        "SELECT f.kind AS kind, f.item AS item, g.kind AS other_kind, g.item AS other_item, COUNT(*) AS articles\n" +
        "FROM items f CROSS JOIN items g ON g.article_id = f.article_id\n" +
        "WHERE f.kind <> 0 AND g.kind IN (1, 2)\n" +
        "GROUP BY f.kind, f.item, g.kind, g.item";

    /// <summary>Adds @sign times <see cref="PairCounts"/> to stats_pairs.</summary>
    private const string AddPairCounts =
        "INSERT INTO stats_pairs (kind, item, other_kind, other_item, articles)\n" +
        "SELECT kind, item, other_kind, other_item, @sign * articles FROM (" + PairCounts + ") WHERE true\n" +
        "ON CONFLICT (kind, item, other_kind, other_item) DO UPDATE SET articles = articles + excluded.articles;\n";

    /// <summary>Articles whose page's pairs are counted in stats_pairs (not waiting in stats_pairs_pending).</summary>
    private const string PairsCounted = "a.page_id NOT IN (SELECT page_id FROM stats_pairs_pending)";

    /// <summary>How many written pages wait for their pairs to be counted before a batch is: counting them together
    /// upserts each pair once a batch instead of once a page (per page, the upserts into stats_pairs cost 2.5-3 s of an
    /// import's 20 s of CPU on real text x10, and 20 MiB of its peak memory).</summary>
    public const int PendingBatch = 500;

    /// <summary>Whether every written page's pairs are counted: otherwise stats_pairs is not to be read.</summary>
    public static bool PairsComplete(IDbConnection connection) =>
        !connection.ExecuteScalar<bool>("SELECT EXISTS (SELECT 1 FROM stats_pairs_pending)");

    /// <summary>How many written pages wait for their pairs to be counted.</summary>
    public static long PendingPages(IDbConnection connection, IDbTransaction? transaction = null) =>
        connection.ExecuteScalar<long>("SELECT COUNT(*) FROM stats_pairs_pending", transaction: transaction);

    /// <summary>Counts the pairs of every page waiting for it, in one write transaction.</summary>
    public static void CountPendingPairs(ArchiveStore store)
    {
        using var write = store.BeginWrite();
        var parameters = new DynamicParameters();
        parameters.Add("sign", 1);
        store.Connection.Execute(
            string.Format(Items, "a.page_id IN (SELECT page_id FROM stats_pairs_pending)") + AddPairCounts + "DELETE FROM stats_pairs_pending;",
            parameters, write.Transaction);
        write.Transaction.Commit();
    }

    /// <summary>The page rows and pairs of the summary tables that differ from those counted afresh from the articles
    /// (rows missing, extra or with other counts), for Test-Archive. Pairs of pages still waiting are not expected.</summary>
    public static (long PageRows, long Pairs) CountDifferences(IDbConnection connection, IDbTransaction transaction)
    {
        const string ExpectedPageRows = "SELECT page_id, kind, item, COUNT(*), SUM(characters), SUM(mentions) FROM items GROUP BY page_id, kind, item";
        const string StoredPageRows = "SELECT page_id, kind, item, articles, characters, mentions FROM stats_by_page";
        const string StoredPairs = "SELECT kind, item, other_kind, other_item, articles FROM stats_pairs";
        return (connection.ExecuteScalar<long>(string.Format(Items, "1") + Difference(ExpectedPageRows, StoredPageRows), transaction: transaction),
                connection.ExecuteScalar<long>(string.Format(Items, PairsCounted) + Difference(PairCounts, StoredPairs), transaction: transaction));
    }

    /// <summary>How many rows are in one of the two selects and not the other.</summary>
    private static string Difference(string a, string b) =>
        $"SELECT (SELECT COUNT(*) FROM ({a} EXCEPT {b})) + (SELECT COUNT(*) FROM ({b} EXCEPT {a}))";

    /// <summary>Takes the articles of the pages <paramref name="articleCondition"/> selects out of the counts, before they
    /// are deleted: their page rows, and their pairs where those were counted (else they leave the queue). A pair no
    /// article shares any more is deleted (the partial index finds them).</summary>
    public static void Subtract(IDbConnection connection, string articleCondition, DynamicParameters parameters, IDbTransaction transaction)
    {
        parameters.Add("sign", -1);
        var pages = "(SELECT a.page_id FROM articles a WHERE " + articleCondition + ")";
        connection.Execute(
            string.Format(Items, "(" + articleCondition + ") AND " + PairsCounted) + AddPairCounts +
            "DELETE FROM stats_pairs WHERE articles = 0;\n" +
            "DELETE FROM stats_pairs_pending WHERE page_id IN " + pages + ";\n" +
            "DELETE FROM stats_by_page WHERE page_id IN " + pages + ";",
            parameters, transaction);
    }
}
