using System.Collections.Generic;
using System.Linq;
using Dapper;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Storage;

/// <summary>Officials across the archive, aggregated in SQL: per person (articles, first and last issue) and per person and
/// title (first and last issue that used it).</summary>
public sealed class OfficialReader
{
    private readonly ArchiveStore _store;

    public OfficialReader(ArchiveStore store) => _store = store;

    /// <summary>One row per official and title, ordered by name, then latest use first.</summary>
    public IEnumerable<OfficialTitleSpan> Timeline(OfficialFilter filter)
    {
        var (where, parameters) = Conditions(_store.Dialect, filter, titleColumn: "t.title");
        var sql =
            """
            SELECT pe.name AS Name, t.title AS Title, MIN(p.issue_date) AS FirstUsed, MAX(p.issue_date) AS LastUsed,
                   COUNT(DISTINCT t.article_id) AS Articles
            FROM mention_titles t
            JOIN mentions m ON m.article_id = t.article_id AND m.person_id = t.person_id
            JOIN people pe ON pe.id = m.person_id
            JOIN articles a ON a.id = m.article_id
            JOIN pages p ON p.id = a.page_id
            WHERE m.role = 'official'
            """ + where +
            "\nGROUP BY pe.name, t.title\nORDER BY pe.name, MAX(p.issue_date) DESC, MIN(p.issue_date) DESC, t.title";
        return _store.Connection.Query<SpanRow>(sql, parameters).Select(r => r.ToSpan()).ToList();
    }

    /// <summary>One object per official: titles latest first, the number of articles, first and last issue.</summary>
    public IEnumerable<Official> Officials(OfficialFilter filter)
    {
        var (where, parameters) = Conditions(_store.Dialect, filter, titleColumn: null);
        if (filter.Titles is { Count: > 0 })
        {
            var any = new List<string>();
            _store.Dialect.AddPatterns(any, parameters, "t.title", "title", filter.Titles);
            where += "\n  AND EXISTS (SELECT 1 FROM mention_titles t WHERE t.article_id = m.article_id AND t.person_id = m.person_id AND " +
                     string.Join(" AND ", any) + ")";
        }

        var sql =
            """
            SELECT pe.name AS Name, COUNT(DISTINCT m.article_id) AS Articles, MIN(p.issue_date) AS FirstSeen, MAX(p.issue_date) AS LastSeen
            FROM mentions m
            JOIN people pe ON pe.id = m.person_id
            JOIN articles a ON a.id = m.article_id
            JOIN pages p ON p.id = a.page_id
            WHERE m.role = 'official'
            """ + where + "\nGROUP BY pe.name\nORDER BY pe.name";
        var people = _store.Connection.Query<PersonRow>(sql, parameters).ToList();
        var titles = Timeline(filter).GroupBy(s => s.Name).ToDictionary(g => g.Key, g => g.Select(s => s.Title).ToArray());
        return people.Select(p => new Official
        {
            Name = p.Name,
            Articles = (int)p.Articles,
            FirstSeen = StoreDate.Parse(p.FirstSeen),
            LastSeen = StoreDate.Parse(p.LastSeen),
            Titles = titles.TryGetValue(p.Name, out var held) ? held : System.Array.Empty<string>(),
        }).ToList();
    }

    private static (string Where, DynamicParameters Parameters) Conditions(SqlDialect dialect, OfficialFilter filter, string? titleColumn)
    {
        var where = new List<string>();
        var parameters = new DynamicParameters();
        dialect.AddPatterns(where, parameters, "pe.name", "name", filter.Names);
        dialect.AddPatterns(where, parameters, "p.newspaper", "newspaper", filter.Newspapers);
        if (titleColumn is not null)
        {
            dialect.AddPatterns(where, parameters, titleColumn, "title", filter.Titles);
        }

        ArticleReader.AddDateRange(where, parameters, null, filter.From, filter.To);

        return (where.Count == 0 ? string.Empty : "\n  AND " + string.Join("\n  AND ", where), parameters);
    }

    private sealed class PersonRow
    {
        public string Name { get; set; } = string.Empty;
        public long Articles { get; set; }
        public string FirstSeen { get; set; } = string.Empty;
        public string LastSeen { get; set; } = string.Empty;
    }

    private sealed class SpanRow
    {
        public string Name { get; set; } = string.Empty;
        public string Title { get; set; } = string.Empty;
        public string FirstUsed { get; set; } = string.Empty;
        public string LastUsed { get; set; } = string.Empty;
        public long Articles { get; set; }

        public OfficialTitleSpan ToSpan() => new()
        {
            Name = Name,
            Title = Title,
            FirstUsed = StoreDate.Parse(FirstUsed),
            LastUsed = StoreDate.Parse(LastUsed),
            Articles = (int)Articles,
        };
    }
}
