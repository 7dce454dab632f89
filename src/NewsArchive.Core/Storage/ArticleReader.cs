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
    /// term's 2,296 matches took 25-29 ms of CPU in SQLite, the newest 500 0-10 ms (sqlite3 CLI, three runs each). Issue 11
    /// (a first page in 10 ms at most): ranking the newest 500 matches of 经济 took 7.3-8.7 ms (x10 real text) and 8.4 ms
    /// (decade), the newest 200 1.7-1.8 and 2.5 ms (medians of nine, load average 12).</summary>
    public const int RankingWindow = 200;

    private readonly ArchiveStore _store;

    public ArticleReader(ArchiveStore store) => _store = store;

    public IEnumerable<Article> Query(ArticleFilter filter) => filter.Text is null ? Browse(filter) : Search(filter);

    /// <summary>Articles without a text search: one statement of whole rows, in the archive's order.</summary>
    private IEnumerable<Article> Browse(ArticleFilter filter)
    {
        var (sql, parameters) = BuildQuery(_store, filter, null);
        var batch = new List<Article>(BatchSize);
        var pages = new Dictionary<long, (string Newspaper, DateTime Date, int Page)>();
        using (var reader = _store.Connection.ExecuteReader(sql, parameters))
        {
            while (reader.Read())
            {
                batch.Add(ReadArticle(reader, pages).Article);
                if (batch.Count == BatchSize)
                {
                    // The rest of the rows are still being read on the store's connection: SQLite runs other queries
                    // meanwhile, PostgreSQL runs them on a connection of their own.
                    foreach (var article in Complete(batch, _store.ConnectionWhileReading))
                    {
                        yield return article;
                    }

                    batch.Clear();
                }
            }
        }

        // The rows are all read: the last batch's details on the store's connection.
        foreach (var article in Complete(batch, _store.Connection))
        {
            yield return article;
        }
    }

    /// <summary>A text search: the ranked ids first (the search reads only ids and scores, however many match), then
    /// each batch of them as whole rows with their details, in one command. Sorting every match with its body (the
    /// statement before issue 11's third round) cost more than the search: on real text x10, every match of 经济 (8,950
    /// rows) spilled the bodies into SQLite's sorter.</summary>
    private IEnumerable<Article> Search(ArticleFilter filter)
    {
        var terms = filter.Text!.HighlightTerms;
        // While this statement is open, every other statement on the connection reads the same state of the archive (an
        // SQLite read transaction lasts while any statement is active): the rows ranked and their details, read after
        // all of them, come from one snapshot even if an import commits meanwhile.
        using var snapshot = filter.First is null && _store.Dialect.RanksInMemory ? _store.Connection.ExecuteReader("SELECT 1 FROM article_totals") : null;
        snapshot?.Read();
        if (snapshot is not null && RankInMemory(filter) is { } ranked)
        {
            for (var start = Math.Max(0, filter.Skip); start < ranked.Count; start += BatchSize)
            {
                foreach (var article in Complete(ranked.GetRange(start, Math.Min(BatchSize, ranked.Count - start)), _store.Connection))
                {
                    yield return article;
                }
            }

            yield break;
        }

        if (snapshot is not null)
        {
            // More matching text than RankInMemory holds.
            _store.Dialect.BeforeLongScan(_store.Connection);
        }

        var (sql, parameters) = BuildQuery(_store, filter, FindWindowEdge(filter));
        var batch = new List<long>(BatchSize);
        foreach (var id in _store.Connection.Query<long>(sql, parameters, buffered: false))
        {
            batch.Add(id);
            if (batch.Count == BatchSize)
            {
                foreach (var article in Load(batch, terms, _store.ConnectionWhileReading))
                {
                    yield return article;
                }

                batch.Clear();
            }
        }

        foreach (var article in Load(batch, terms, _store.Connection))
        {
            yield return article;
        }
    }

    /// <summary>Every match of a search without -First, ranked in memory: one statement reads the matches' whole rows (the
    /// exact test in SQL, as <see cref="SqlDialect.RankedSearch"/> makes it) and each is scored here from the text just
    /// read, with the engine's own formula (<see cref="SqlDialect.MatchingRows"/>), instead of reading every match twice
    /// (once to rank in SQL, once for its row). Null when the engine ranks in SQL only, or when the matches' text passes
    /// <see cref="InMemoryCharacters"/>: then the ranked ids are read first and the rows a batch at a time, as for a page.
    /// On real text x10, every match of 经济 (8,950 rows): ranking in SQL took 66-76 ms of the reader's 222-231.</summary>
    private List<Article>? RankInMemory(ArticleFilter filter)
    {
        var (where, parameters) = BuildConditions(_store, filter);
        var matching = _store.Dialect.MatchingRows(_store.Connection, filter, where, parameters);
        if (matching is null)
        {
            return null;
        }

        var (fromWhere, score) = matching.Value;
        var terms = filter.Text!.HighlightTerms;
        var scored = new List<(double Score, Article Article)>();
        long characters = 0;
        var pages = new Dictionary<long, (string Newspaper, DateTime Date, int Page)>();
        using var reader = _store.Connection.ExecuteReader(ArticleColumns + "\n" + fromWhere, parameters);
        while (reader.Read())
        {
            var (article, body) = ReadArticle(reader, pages);
            characters += body.Length;
            if (characters > InMemoryCharacters)
            {
                return null;
            }

            article.SetSnippetSource(() => SearchSnippet.Build(body, terms));
            scored.Add((score(article.Title, body, article.Characters), article));
        }

        // As SQL orders them: by score (lower is better), then by id.
        scored.Sort((x, y) => x.Score != y.Score ? x.Score.CompareTo(y.Score) : x.Article.Id.CompareTo(y.Article.Id));
        return scored.ConvertAll(s => s.Article);
    }

    /// <summary>The current row of <see cref="ArticleColumns"/> as an article with its body. Read column by column: a
    /// page's newspaper and date once for all its articles (<paramref name="pages"/>), and no boxing of every value, which
    /// was a fifth of reading the rows (perf, every match of 经济).</summary>
    private static (Article Article, string Body) ReadArticle(System.Data.IDataReader reader, Dictionary<long, (string Newspaper, DateTime Date, int Page)> pages)
    {
        var pageId = reader.GetInt64(12);
        if (!pages.TryGetValue(pageId, out var page))
        {
            page = (reader.GetString(1), StoreDate.Parse(reader.GetString(2)), (int)StoredValues.Integer(reader, 3));
            pages.Add(pageId, page);
        }

        var body = reader.GetString(10);
        var article = new Article
        {
            Id = reader.GetInt64(0),
            Newspaper = page.Newspaper,
            Date = page.Date,
            Page = page.Page,
            Sequence = (int)StoredValues.Integer(reader, 4),
            Kicker = StoredValues.Text(reader, 5),
            Title = StoredValues.Text(reader, 6),
            Subtitle = StoredValues.Text(reader, 7),
            Dateline = StoredValues.Text(reader, 8),
            EventDate = StoreDate.ParseNullable(StoredValues.Text(reader, 9)),
            Characters = (int)StoredValues.Integer(reader, 11),
            PageId = pageId,
        };
        article.SetStoredBody(body);
        return (article, body);
    }

    /// <summary>How much text (characters of the matches' bodies) a search without -First ranks in memory: 32 Mi
    /// characters, about 64 MiB of strings; every match of 经济 on real text x50 (38,321 rows) is about a third of it.</summary>
    private const long InMemoryCharacters = 32L << 20;

    /// <summary>For a page of search results ranked <see cref="SearchRanking.Newest"/>: the id below the newest
    /// <see cref="RankingWindow"/> matches of the text (other filters aside), or null when no more than that many match.
    /// </summary>
    private long? FindWindowEdge(ArticleFilter filter) =>
        filter.Text is null || filter.First is null || filter.Ranking == SearchRanking.Full
            ? null
            : _store.Dialect.FindWindowEdge(_store.Connection, filter);

    /// <param name="windowEdge">With a search: rank the matches above this id first (see <see cref="FindWindowEdge"/>).</param>
    private static (string Sql, DynamicParameters Parameters) BuildQuery(ArchiveStore store, ArticleFilter filter, long? windowEdge)
    {
        var dialect = store.Dialect;
        var (where, parameters) = BuildConditions(store, filter);
        if (filter.Text is not null)
        {
            // Rank and page on ids alone; the rows are read a batch at a time (Load).
            var ranked = dialect.RankedSearch(store.Connection, filter, where, parameters, windowEdge);
            parameters.Add("limit", filter.First ?? dialect.NoLimit);
            parameters.Add("offset", Math.Max(0, filter.Skip));
            return ("SELECT hits.id FROM (" + ranked + ") hits\nORDER BY hits.tier, hits.score, hits.id", parameters);
        }

        parameters.Add("limit", filter.First ?? dialect.NoLimit);
        parameters.Add("offset", Math.Max(0, filter.Skip));
        var sql = ArticleColumns + "\nFROM articles a JOIN pages p ON p.id = a.page_id" +
            (where.Count > 0 ? "\nWHERE " + string.Join("\n  AND ", where) : string.Empty) +
            "\nORDER BY p.issue_date, p.newspaper, p.page, a.sequence\nLIMIT @limit OFFSET @offset";
        return (sql, parameters);
    }

    /// <summary>The filter's conditions other than the text, on articles <c>a</c> and pages <c>p</c>.</summary>
    private static (List<string> Where, DynamicParameters Parameters) BuildConditions(ArchiveStore store, ArticleFilter filter)
    {
        var dialect = store.Dialect;
        var where = new List<string>();
        var parameters = new DynamicParameters();
        if (filter.Ids is { Count: > 0 })
        {
            where.Add(dialect.InList("a.id", "ids"));
            parameters.Add("ids", filter.Ids.ToArray());
        }

        dialect.AddPatterns(where, parameters, "p.newspaper", "newspaper", filter.Newspapers);
        dialect.AddPatterns(where, parameters, "a.title", "title", filter.Titles);
        if (filter.Reporters is { Count: > 0 })
        {
            var any = new List<string>();
            dialect.AddPatterns(any, parameters, "b.name", "reporter", filter.Reporters.Select(r => r.Replace(" ", string.Empty).Replace("\u3000", string.Empty)).ToList());
            where.Add("EXISTS (SELECT 1 FROM bylines b WHERE b.article_id = a.id AND " + string.Join(" AND ", any) + ")");
        }

        if (filter.Officials is { Count: > 0 })
        {
            var any = new List<string>();
            dialect.AddPatterns(any, parameters, "pe.name", "official", filter.Officials);
            where.Add("EXISTS (SELECT 1 FROM mentions m JOIN people pe ON pe.id = m.person_id WHERE m.article_id = a.id AND m.role = 'official' AND " +
                      string.Join(" AND ", any) + ")");
        }

        AddDateRange(where, parameters, filter.Date, filter.From, filter.To);

        if (filter.Pages is { Count: > 0 })
        {
            where.Add(dialect.InList("p.page", "pages"));
            parameters.Add("pages", filter.Pages.ToArray());
        }

        return (where, parameters);
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

    /// <summary>The columns of an article row (articles <c>a</c>, pages <c>p</c>) as <see cref="ReadArticle"/> reads them.</summary>
    private const string ArticleColumns =
        """
        SELECT a.id AS Id, p.newspaper AS Newspaper, p.issue_date AS IssueDate, p.page AS Page, a.sequence AS Sequence,
               a.kicker AS Kicker, a.title AS Title, a.subtitle AS Subtitle, a.dateline AS Dateline, a.event_date AS EventDate,
               a.body AS Body, a.characters AS Characters, a.page_id AS PageId
        """;

    /// <summary>The articles of a batch of ranked ids, in their order, with their details and a snippet made on first
    /// read: the rows and the details in one command. An id whose article is gone by now (PostgreSQL reads a batch on a
    /// connection of its own) is left out.</summary>
    private IEnumerable<Article> Load(List<long> ids, IReadOnlyList<string> terms, System.Data.Common.DbConnection connection)
    {
        if (ids.Count == 0)
        {
            return Array.Empty<Article>();
        }

        var dialect = _store.Dialect;
        using var reader = connection.ExecuteReader(
            ArticleColumns + "\nFROM articles a JOIN pages p ON p.id = a.page_id WHERE " + dialect.InIdBatch("a.id", "ids") + ";\n" + ArticleDetails.Sql(dialect),
            new { ids = dialect.IdBatch(ids.ToArray()) });
        var rows = new Dictionary<long, Article>(ids.Count);
        var pages = new Dictionary<long, (string Newspaper, DateTime Date, int Page)>();
        while (reader.Read())
        {
            var (article, body) = ReadArticle(reader, pages);
            article.SetSnippetSource(() => SearchSnippet.Build(body, terms));
            rows[article.Id] = article;
        }

        var batch = new List<Article>(ids.Count);
        foreach (var id in ids)
        {
            if (rows.TryGetValue(id, out var article))
            {
                batch.Add(article);
            }
        }

        if (!reader.NextResult())
        {
            throw new InvalidOperationException("The batch's command returned no details.");
        }

        ArticleDetails.Read(reader, batch);
        return batch;
    }

    private IEnumerable<Article> Complete(List<Article> batch, System.Data.Common.DbConnection connection)
    {
        if (batch.Count == 0)
        {
            return batch;
        }

        var dialect = _store.Dialect;
        using var details = connection.ExecuteReader(ArticleDetails.Sql(dialect), new { ids = dialect.IdBatch(batch.Select(a => a.Id).ToArray()) });
        ArticleDetails.Read(details, batch);
        return batch.ToArray();
    }

    /// <summary>Rows of the details as <see cref="ArchiveCopier"/> reads them.</summary>
    internal sealed class MentionRow
    {
        public long ArticleId { get; set; }
        public long PersonId { get; set; }
        public string Name { get; set; } = string.Empty;
        public string Role { get; set; } = string.Empty;
    }

    internal sealed class TitleRow
    {
        public long ArticleId { get; set; }
        public long PersonId { get; set; }
        public string Title { get; set; } = string.Empty;
    }

    internal sealed class BylineRow
    {
        public long ArticleId { get; set; }
        public string Role { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
    }
}
