using System;
using System.Collections.Generic;
using System.Linq;
using Dapper;
using NewsArchive.Core.Model;
using NewsArchive.Core.Search;

namespace NewsArchive.Core.Storage;

/// <summary>Reads articles out of the store, streaming: rows are yielded as they are read, in batches that fetch their
/// bylines with one query, so a query over ten years never holds ten years in memory.</summary>
public sealed class ArticleReader
{
    private const int BatchSize = 256;

    /// <summary>How many of the most recently stored matches <see cref="SearchRanking.Newest"/> ranks first. Ranking reads
    /// each one's text (the index keeps no positions): on the generated decade, ranking the newest 2,000 of a two-character
    /// term's 2,296 matches took 25-29 ms of CPU in SQLite, the newest 500 0-10 ms (sqlite3 CLI, three runs each).</summary>
    public const int RankingWindow = 500;

    private readonly ArchiveStore _store;

    public ArticleReader(ArchiveStore store) => _store = store;

    public IEnumerable<Article> Query(ArticleFilter filter)
    {
        var textMatch = filter.Text is null ? null : TextMatch.Prepare(_store.Connection, filter.Text);
        var (sql, parameters) = BuildQuery(filter, textMatch, FindWindowEdge(filter));
        textMatch?.AddParameters(_store.Connection, parameters);
        var batch = new List<Article>(BatchSize);
        foreach (var row in _store.Connection.Query<ArticleRow>(sql, parameters, buffered: false))
        {
            var found = row.ToArticle();
            if (filter.Text is not null)
            {
                found.Snippet = SearchSnippet.Build(row.Body, filter.Text.HighlightTerms);
            }

            batch.Add(found);
            if (batch.Count == BatchSize)
            {
                foreach (var article in Complete(batch))
                {
                    yield return article;
                }

                batch.Clear();
            }
        }

        foreach (var article in Complete(batch))
        {
            yield return article;
        }
    }

    /// <summary>For a page of search results ranked <see cref="SearchRanking.Newest"/>: the id below the newest
    /// <see cref="RankingWindow"/> matches of the text (other filters aside), or null when no more than that many match.
    /// FTS5 walks its candidates newest first without reading them, so this costs a fraction of ranking them (the edge is
    /// counted over candidates, which a few articles that do not hold the text may be among).</summary>
    private long? FindWindowEdge(ArticleFilter filter)
    {
        if (filter.Text is null || filter.First is null || filter.Ranking == SearchRanking.Full)
        {
            return null;
        }

        return _store.Connection.ExecuteScalar<long?>(
            "SELECT rowid FROM article_search WHERE article_search MATCH @match ORDER BY rowid DESC LIMIT 1 OFFSET @window",
            new { match = filter.Text.CandidateExpression, window = RankingWindow });
    }

    /// <param name="textMatch">With a search: its SQL (its parameters are added by the caller).</param>
    /// <param name="windowEdge">With a search: rank the matches above this id first (see <see cref="FindWindowEdge"/>).</param>
    private static (string Sql, DynamicParameters Parameters) BuildQuery(ArticleFilter filter, TextMatch? textMatch, long? windowEdge)
    {
        var where = new List<string>();
        var parameters = new DynamicParameters();
        if (filter.Ids is { Count: > 0 })
        {
            where.Add("a.id IN @ids");
            parameters.Add("ids", filter.Ids);
        }

        AddPatterns(where, parameters, "p.newspaper", "newspaper", filter.Newspapers);
        AddPatterns(where, parameters, "a.title", "title", filter.Titles);
        if (filter.Reporters is { Count: > 0 })
        {
            var any = new List<string>();
            AddPatterns(any, parameters, "b.name", "reporter", filter.Reporters.Select(r => r.Replace(" ", string.Empty).Replace("\u3000", string.Empty)).ToList());
            where.Add("EXISTS (SELECT 1 FROM bylines b WHERE b.article_id = a.id AND " + string.Join(" AND ", any) + ")");
        }

        if (filter.Officials is { Count: > 0 })
        {
            var any = new List<string>();
            AddPatterns(any, parameters, "pe.name", "official", filter.Officials);
            where.Add("EXISTS (SELECT 1 FROM mentions m JOIN people pe ON pe.id = m.person_id WHERE m.article_id = a.id AND m.role = 'official' AND " +
                      string.Join(" AND ", any) + ")");
        }

        AddDateRange(where, parameters, filter.Date, filter.From, filter.To);

        if (filter.Pages is { Count: > 0 })
        {
            where.Add("p.page IN @pages");
            parameters.Add("pages", filter.Pages);
        }

        var from = "FROM articles a JOIN pages p ON p.id = a.page_id";
        var order = "p.issue_date, p.newspaper, p.page, a.sequence";
        if (textMatch is not null)
        {
            // Rank and page on ids alone, then read the page of whole rows: sorting thousands of hits with their bodies
            // costs more than the search. Every candidate of the index is checked against its text, and only the pages
            // that other filters need are joined.
            where.Add("article_search MATCH @match");
            where.Add(textMatch.Condition);
            var joins = where.Count > 2 ? " JOIN pages p ON p.id = a.page_id" : string.Empty;
            var matches = "FROM article_search JOIN articles a ON a.id = article_search.rowid" + joins + "\n" +
                          "  WHERE " + string.Join("\n    AND ", where);
            string ranked;
            if (windowEdge is null)
            {
                ranked = "SELECT id, score, 0 AS tier FROM (" + textMatch.Scored(matches) + ")";
            }
            else
            {
                // Two tiers, each ranked on its own; the second is only scored when paging reaches past the first. Each
                // tier's LIMIT also keeps its ORDER BY (SQLite may drop an unlimited subquery's), which UNION ALL keeps.
                parameters.Add("edge", windowEdge.Value);
                ranked = "SELECT id, score, 0 AS tier FROM (" + textMatch.Scored(matches + " AND article_search.rowid > @edge") + " ORDER BY score, id LIMIT @limit + @offset)\n" +
                         "UNION ALL\nSELECT id, score, 1 AS tier FROM (" + textMatch.Scored(matches + " AND article_search.rowid <= @edge") + " ORDER BY score, id LIMIT @limit + @offset)";
            }

            from = "FROM (" + ranked + (windowEdge is null ? "\nORDER BY score, id" : string.Empty) + "\nLIMIT @limit OFFSET @offset) hits\n" +
                   "JOIN articles a ON a.id = hits.id JOIN pages p ON p.id = a.page_id";
            where.Clear();
            order = "hits.tier, hits.score, a.id";
        }

        parameters.Add("limit", filter.First ?? -1);
        parameters.Add("offset", Math.Max(0, filter.Skip));
        var sql =
            """
            SELECT a.id AS Id, p.newspaper AS Newspaper, p.issue_date AS IssueDate, p.page AS Page, a.sequence AS Sequence,
                   a.kicker AS Kicker, a.title AS Title, a.subtitle AS Subtitle, a.dateline AS Dateline, a.event_date AS EventDate,
                   a.body AS Body, a.characters AS Characters, a.page_id AS PageId
            """ + "\n" + from +
            (where.Count > 0 ? "\nWHERE " + string.Join("\n  AND ", where) : string.Empty) +
            "\nORDER BY " + order + (filter.Text is null ? "\nLIMIT @limit OFFSET @offset" : string.Empty);
        return (sql, parameters);
    }

    /// <summary>Adds the issue-date conditions (an exact date, and/or a range) on pages aliased <c>p</c>.</summary>
    internal static void AddDateRange(List<string> where, DynamicParameters parameters, DateTime? date, DateTime? from, DateTime? to)
    {
        if (date is not null)
        {
            where.Add("p.issue_date = @date");
            parameters.Add("date", StoreDate.Format(date.Value));
        }

        if (from is not null)
        {
            where.Add("p.issue_date >= @from");
            parameters.Add("from", StoreDate.Format(from.Value));
        }

        if (to is not null)
        {
            where.Add("p.issue_date <= @to");
            parameters.Add("to", StoreDate.Format(to.Value));
        }
    }

    /// <summary>Adds "column matches any of these patterns" as one condition.</summary>
    internal static void AddPatterns(List<string> where, DynamicParameters parameters, string column, string name, IReadOnlyCollection<string>? patterns)
    {
        if (patterns is not { Count: > 0 })
        {
            return;
        }

        var any = new List<string>();
        var index = 0;
        foreach (var pattern in patterns)
        {
            var parameter = name + index++;
            if (WildcardPattern.HasWildcards(pattern))
            {
                any.Add($"lower({column}) GLOB @{parameter}");
                parameters.Add(parameter, WildcardPattern.ToGlob(pattern));
            }
            else
            {
                any.Add($"{column} = @{parameter} COLLATE NOCASE");
                parameters.Add(parameter, pattern.Replace("`", string.Empty));
            }
        }

        where.Add("(" + string.Join(" OR ", any) + ")");
    }

    private IEnumerable<Article> Complete(List<Article> batch)
    {
        if (batch.Count == 0)
        {
            return batch;
        }

        // The batch's ids as one JSON parameter (json_each): the statements stay the same for every batch, where a list of
        // 256 bound values made SQLite parse each one anew.
        var ids = "[" + string.Join(",", batch.Select(a => a.Id.ToString(System.Globalization.CultureInfo.InvariantCulture))) + "]";
        var bylines = _store.Connection.Query<BylineRow>(
                "SELECT article_id AS ArticleId, role AS Role, name AS Name FROM bylines WHERE article_id IN (SELECT value FROM json_each(@ids)) ORDER BY article_id, position",
                new { ids })
            .GroupBy(b => b.ArticleId)
            .ToDictionary(g => g.Key, g => g.Select(b => new Byline(b.Role, b.Name)).ToArray());
        var titles = _store.Connection.Query<TitleRow>(
                "SELECT article_id AS ArticleId, person_id AS PersonId, title AS Title FROM mention_titles WHERE article_id IN (SELECT value FROM json_each(@ids)) ORDER BY article_id, person_id, position",
                new { ids })
            .ToLookup(t => (t.ArticleId, t.PersonId), t => t.Title);
        var people = _store.Connection.Query<MentionRow>(
                """
                SELECT m.article_id AS ArticleId, m.person_id AS PersonId, pe.name AS Name, m.role AS Role
                FROM mentions m JOIN people pe ON pe.id = m.person_id
                WHERE m.article_id IN (SELECT value FROM json_each(@ids)) ORDER BY m.article_id, m.position
                """,
                new { ids })
            .GroupBy(m => m.ArticleId)
            .ToDictionary(g => g.Key, g => g.Select(m => new PersonMention(m.Name, m.Role == "official" ? PersonRole.Official : PersonRole.Other,
                titles[(m.ArticleId, m.PersonId)].ToArray())).ToArray());
        foreach (var article in batch)
        {
            if (bylines.TryGetValue(article.Id, out var found))
            {
                article.Bylines = found;
            }

            if (people.TryGetValue(article.Id, out var named))
            {
                article.Officials = named.Where(p => p.Role == PersonRole.Official).ToArray();
                article.People = named.Where(p => p.Role == PersonRole.Other).ToArray();
            }
        }

        return batch.ToArray();
    }

    private sealed class ArticleRow
    {
        public long Id { get; set; }
        public string Newspaper { get; set; } = string.Empty;
        public string IssueDate { get; set; } = string.Empty;
        public long Page { get; set; }
        public long Sequence { get; set; }
        public string? Kicker { get; set; }
        public string? Title { get; set; }
        public string? Subtitle { get; set; }
        public string? Dateline { get; set; }
        public string? EventDate { get; set; }
        public string Body { get; set; } = string.Empty;
        public long Characters { get; set; }
        public long PageId { get; set; }

        public Article ToArticle() => new()
        {
            Id = Id,
            Newspaper = Newspaper,
            Date = StoreDate.Parse(IssueDate),
            Page = (int)Page,
            Sequence = (int)Sequence,
            Kicker = Kicker,
            Title = Title,
            Subtitle = Subtitle,
            Dateline = Dateline,
            EventDate = StoreDate.ParseNullable(EventDate),
            Paragraphs = Body.Length == 0 ? Array.Empty<string>() : Body.Split('\n'),
            Characters = (int)Characters,
            PageId = PageId,
        };
    }

    private sealed class MentionRow
    {
        public long ArticleId { get; set; }
        public long PersonId { get; set; }
        public string Name { get; set; } = string.Empty;
        public string Role { get; set; } = string.Empty;
    }

    private sealed class TitleRow
    {
        public long ArticleId { get; set; }
        public long PersonId { get; set; }
        public string Title { get; set; } = string.Empty;
    }

    private sealed class BylineRow
    {
        public long ArticleId { get; set; }
        public string Role { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
    }
}
