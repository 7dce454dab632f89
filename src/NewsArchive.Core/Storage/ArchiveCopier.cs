using System;
using System.Collections.Generic;
using System.Linq;
using Dapper;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Storage;

/// <summary>A page of the source archive, as Copy-Archive plans it.</summary>
public sealed class CopyPage
{
    public long Id { get; set; }
    public string Newspaper { get; set; } = string.Empty;
    public string IssueDate { get; set; } = string.Empty;
    public long Page { get; set; }
    public string Sha256 { get; set; } = string.Empty;

    public override string ToString() => $"{Newspaper} {IssueDate} page {Page}";
}

/// <summary>Copies an archive into another, on either engine, page by page: each page with everything cut from it (its
/// kept text, articles, bylines, people and titles, its analysis version and import time) in one transaction of the
/// destination, through the same <see cref="PageWriter"/> as an import. A page the destination already holds with the
/// same content is left alone, so an interrupted copy run again goes on where it stopped.</summary>
public sealed class ArchiveCopier
{
    private readonly ArchiveStore _source;
    private readonly PageWriter _writer;

    public ArchiveCopier(ArchiveStore source, ArchiveStore destination)
    {
        _source = source;
        _writer = new PageWriter(destination);
        Destination = destination;
    }

    public ArchiveStore Destination { get; }

    /// <summary>The source's pages, oldest issue first, and which of them the destination already holds as they are.</summary>
    public (IReadOnlyList<CopyPage> ToCopy, int AlreadyThere) Plan()
    {
        const string pages = "SELECT id AS Id, newspaper AS Newspaper, issue_date AS IssueDate, page AS Page, sha256 AS Sha256 FROM pages ORDER BY issue_date, newspaper, page";
        var held = new HashSet<(string, string, long, string)>(
            Destination.Connection.Query<CopyPage>(pages).Select(p => (p.Newspaper, p.IssueDate, p.Page, p.Sha256)));
        var source = _source.Connection.Query<CopyPage>(pages).ToList();
        var toCopy = source.Where(p => !held.Contains((p.Newspaper, p.IssueDate, p.Page, p.Sha256))).ToList();
        return (toCopy, source.Count - toCopy.Count);
    }

    /// <summary>Copies one page; other content stored for it in the destination is replaced only with <paramref name="replace"/>.</summary>
    public PageSaveOutcome Copy(CopyPage page, bool replace)
    {
        var stored = _source.Connection.QuerySingle<StoredPageRow>(
            """
            SELECT newspaper AS Newspaper, issue_date AS IssueDate, page AS Page, source_path AS SourcePath, sha256 AS Sha256,
                   encoding AS Encoding, text AS Text, parser_version AS ParserVersion, imported_at AS ImportedAt
            FROM pages WHERE id = @Id
            """, new { page.Id });
        var record = new PageRecord(stored.Newspaper, StoreDate.Parse(stored.IssueDate), (int)stored.Page, stored.SourcePath, stored.Sha256,
            stored.Encoding, PageText.Unpack(stored.Text))
        {
            ImportedAt = StoreDate.ParseTime(stored.ImportedAt),
        };
        return _writer.Save(record, Articles(page.Id), replace, (int)stored.ParserVersion);
    }

    /// <summary>The articles of a stored page as the analysis gave them: people in the order they were named.</summary>
    private IReadOnlyList<ParsedArticle> Articles(long pageId)
    {
        var connection = _source.Connection;
        var parameters = new { pageId };
        var articles = connection.Query<ArticleRow>(
            """
            SELECT id AS Id, sequence AS Sequence, kicker AS Kicker, title AS Title, subtitle AS Subtitle, dateline AS Dateline,
                   event_date AS EventDate, body AS Body
            FROM articles WHERE page_id = @pageId ORDER BY sequence
            """, parameters).ToList();
        var bylines = connection.Query<ArticleReader.BylineRow>(
            "SELECT b.article_id AS ArticleId, b.role AS Role, b.name AS Name FROM bylines b JOIN articles a ON a.id = b.article_id " +
            "WHERE a.page_id = @pageId ORDER BY b.article_id, b.position", parameters).ToLookup(b => b.ArticleId);
        var titles = connection.Query<ArticleReader.TitleRow>(
            "SELECT t.article_id AS ArticleId, t.person_id AS PersonId, t.title AS Title FROM mention_titles t JOIN articles a ON a.id = t.article_id " +
            "WHERE a.page_id = @pageId ORDER BY t.article_id, t.person_id, t.position", parameters).ToLookup(t => (t.ArticleId, t.PersonId), t => t.Title);
        var people = connection.Query<ArticleReader.MentionRow>(
            "SELECT m.article_id AS ArticleId, m.person_id AS PersonId, pe.name AS Name, m.role AS Role FROM mentions m " +
            "JOIN people pe ON pe.id = m.person_id JOIN articles a ON a.id = m.article_id WHERE a.page_id = @pageId ORDER BY m.article_id, m.position",
            parameters).ToLookup(m => m.ArticleId);

        return articles.Select(row =>
        {
            var article = new ParsedArticle
            {
                Sequence = (int)row.Sequence,
                Kicker = row.Kicker,
                Title = row.Title,
                Subtitle = row.Subtitle,
                Dateline = row.Dateline,
                EventDate = StoreDate.ParseNullable(row.EventDate),
            };
            article.Paragraphs.AddRange(row.Body.Length == 0 ? Array.Empty<string>() : row.Body.Split('\n'));
            article.Bylines.AddRange(bylines[row.Id].Select(b => new Byline(b.Role, b.Name)));
            article.People.AddRange(people[row.Id].Select(m => new PersonMention(m.Name,
                m.Role == "official" ? PersonRole.Official : PersonRole.Other, titles[(m.ArticleId, m.PersonId)].ToArray())));
            return article;
        }).ToList();
    }

    private sealed class StoredPageRow
    {
        public string Newspaper { get; set; } = string.Empty;
        public string IssueDate { get; set; } = string.Empty;
        public long Page { get; set; }
        public string? SourcePath { get; set; }
        public string Sha256 { get; set; } = string.Empty;
        public string Encoding { get; set; } = string.Empty;
        public object Text { get; set; } = string.Empty;
        public long ParserVersion { get; set; }
        public string ImportedAt { get; set; } = string.Empty;
    }

    private sealed class ArticleRow
    {
        public long Id { get; set; }
        public long Sequence { get; set; }
        public string? Kicker { get; set; }
        public string? Title { get; set; }
        public string? Subtitle { get; set; }
        public string? Dateline { get; set; }
        public string? EventDate { get; set; }
        public string Body { get; set; } = string.Empty;
    }
}
