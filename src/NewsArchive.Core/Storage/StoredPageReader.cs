using System;
using System.Collections.Generic;
using System.Linq;
using Dapper;

namespace NewsArchive.Core.Storage;

/// <summary>A stored page's key and the analysis version that cut it.</summary>
public sealed class StoredPageKey
{
    public long Id { get; set; }
    public string Newspaper { get; set; } = string.Empty;
    public DateTime Date { get; set; }
    public int Page { get; set; }
    public int ParserVersion { get; set; }
}

/// <summary>Lists stored pages and reads their kept text, for re-analysis.</summary>
public sealed class StoredPageReader
{
    private readonly ArchiveStore _store;

    public StoredPageReader(ArchiveStore store) => _store = store;

    /// <summary>Pages matching the newspapers (wildcards) and dates; with <paramref name="exceptVersion"/>, only those another
    /// analysis version cut. Keys only: the texts are read one at a time while the pages are rewritten.</summary>
    public IReadOnlyList<StoredPageKey> Pages(IReadOnlyCollection<string>? newspapers, DateTime? from, DateTime? to, int? exceptVersion)
    {
        var where = new List<string>();
        var parameters = new DynamicParameters();
        ArticleReader.AddPatterns(where, parameters, "newspaper", "newspaper", newspapers);
        if (from is not null)
        {
            where.Add("issue_date >= @from");
            parameters.Add("from", StoreDate.Format(from.Value));
        }

        if (to is not null)
        {
            where.Add("issue_date <= @to");
            parameters.Add("to", StoreDate.Format(to.Value));
        }

        if (exceptVersion is not null)
        {
            where.Add("parser_version <> @version");
            parameters.Add("version", exceptVersion.Value);
        }

        var sql = "SELECT id AS Id, newspaper AS Newspaper, issue_date AS IssueDate, page AS Page, parser_version AS ParserVersion FROM pages" +
                  (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty) + " ORDER BY issue_date, newspaper, page";
        return _store.Connection.Query<Row>(sql, parameters).Select(r => new StoredPageKey
        {
            Id = r.Id,
            Newspaper = r.Newspaper,
            Date = StoreDate.Parse(r.IssueDate),
            Page = (int)r.Page,
            ParserVersion = (int)r.ParserVersion,
        }).ToList();
    }

    public string Text(long pageId) =>
        _store.Connection.QuerySingle<string>("SELECT text FROM pages WHERE id = @pageId", new { pageId });

    private sealed class Row
    {
        public long Id { get; set; }
        public string Newspaper { get; set; } = string.Empty;
        public string IssueDate { get; set; } = string.Empty;
        public long Page { get; set; }
        public long ParserVersion { get; set; }
    }
}
