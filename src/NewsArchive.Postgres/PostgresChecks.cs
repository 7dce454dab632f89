using System.Collections.Generic;
using System.Data;
using System.Linq;
using Dapper;
using NewsArchive.Core.Storage;

namespace NewsArchive.Postgres;

/// <summary>The checks Test-Archive runs on a PostgreSQL archive. The server guards its own files (there is no
/// integrity_check to run); rows are checked as on SQLite, and the search index for what PostgreSQL keeps of it.</summary>
internal static class PostgresChecks
{
    public static IReadOnlyList<IArchiveCheck> All { get; } = new IArchiveCheck[]
    {
        new OrphanRowsCheck(),
        new UnmentionedPeopleCheck(),
        new PageArticlesCheck(),
        new PostgresSearchIndexCheck(),
    };
}

/// <summary>Rows whose parent is gone, which the foreign keys forbid unless they were switched off (session_replication_role).</summary>
internal sealed class OrphanRowsCheck : IArchiveCheck
{
    private static readonly (string Table, string Parent, string Condition)[] Links =
    {
        ("articles", "pages", "NOT EXISTS (SELECT 1 FROM pages p WHERE p.id = c.page_id)"),
        ("bylines", "articles", "NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id)"),
        ("mentions", "articles", "NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id)"),
        ("mentions", "people", "NOT EXISTS (SELECT 1 FROM people pe WHERE pe.id = c.person_id)"),
        ("mention_titles", "mentions", "NOT EXISTS (SELECT 1 FROM mentions m WHERE m.article_id = c.article_id AND m.person_id = c.person_id)"),
        ("article_search", "articles", "NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = c.article_id)"),
    };

    public string Name => "ForeignKeys";

    public IEnumerable<ArchiveProblem> Run(ArchiveStore store, IDbTransaction snapshot) =>
        from link in Links
        let count = store.Connection.ExecuteScalar<long>($"SELECT count(*) FROM {link.Table} c WHERE {link.Condition}", transaction: snapshot)
        where count > 0
        select new ArchiveProblem(Name, $"{count} rows of {link.Table} refer to a missing row of {link.Parent}.", link.Table);
}

/// <summary>Every article has its search entry (written in the article's own transaction, so one missing is damage).</summary>
internal sealed class PostgresSearchIndexCheck : IArchiveCheck
{
    public string Name => "SearchIndex";

    public IEnumerable<ArchiveProblem> Run(ArchiveStore store, IDbTransaction snapshot)
    {
        var lost = store.Connection.Query<long>(
            "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_search s WHERE s.article_id = a.id) ORDER BY a.id",
            transaction: snapshot).ToList();
        if (lost.Count > 0)
        {
            yield return new ArchiveProblem(Name,
                $"{lost.Count} articles are missing from the search index (ids {string.Join(", ", lost.Take(10))}{(lost.Count > 10 ? ", …" : string.Empty)}); Get-Article -Text cannot find them.",
                "article_search");
        }
    }
}
