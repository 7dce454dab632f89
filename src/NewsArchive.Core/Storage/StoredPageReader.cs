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

/// <summary>A stored page's kept text, with the hash that identifies this version of the page.</summary>
public sealed class StoredText
{
    public StoredText(string text, string sha256)
    {
        Text = text;
        Sha256 = sha256;
    }

    public string Text { get; }
    public string Sha256 { get; }
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
        ArticleReader.AddPatterns(where, parameters, "p.newspaper", "newspaper", newspapers);
        ArticleReader.AddDateRange(where, parameters, null, from, to);

        if (exceptVersion is not null)
        {
            where.Add("p.parser_version <> @version");
            parameters.Add("version", exceptVersion.Value);
        }

        var sql = "SELECT p.id AS Id, p.newspaper AS Newspaper, p.issue_date AS IssueDate, p.page AS Page, p.parser_version AS ParserVersion FROM pages p" +
                  (where.Count > 0 ? " WHERE " + string.Join(" AND ", where) : string.Empty) + " ORDER BY p.issue_date, p.newspaper, p.page";
        return _store.Connection.Query<Row>(sql, parameters).Select(r => new StoredPageKey
        {
            Id = r.Id,
            Newspaper = r.Newspaper,
            Date = StoreDate.Parse(r.IssueDate),
            Page = (int)r.Page,
            ParserVersion = (int)r.ParserVersion,
        }).ToList();
    }

    /// <summary>The kept text of a page and the hash of its file, or null when the page is no longer stored.</summary>
    /// <exception cref="System.IO.InvalidDataException">The kept text is damaged.</exception>
    public StoredText? Text(long pageId)
    {
        var row = _store.Connection.QuerySingleOrDefault<TextRow>("SELECT text AS Text, sha256 AS Sha256 FROM pages WHERE id = @pageId", new { pageId });
        return row is null ? null : new StoredText(PageText.Unpack(row.Text), row.Sha256);
    }

    private sealed class TextRow
    {
        public object? Text { get; set; }
        public string Sha256 { get; set; } = string.Empty;
    }

    private sealed class Row
    {
        public long Id { get; set; }
        public string Newspaper { get; set; } = string.Empty;
        public string IssueDate { get; set; } = string.Empty;
        public long Page { get; set; }
        public long ParserVersion { get; set; }
    }
}
