using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dapper;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Storage;

/// <summary>Reads the issues the archive holds, streaming: pages come ordered by issue and are folded into one
/// <see cref="Issue"/> each as they are read.</summary>
public sealed class IssueReader
{
    private readonly ArchiveStore _store;

    public IssueReader(ArchiveStore store) => _store = store;

    public IEnumerable<Issue> Query(IssueFilter filter) => Fold(Pages(filter, null));

    internal IEnumerable<Issue> Query(IssueFilter filter, System.Data.IDbTransaction transaction) =>
        Fold(Pages(filter, transaction).ToList());

    private IEnumerable<PageRow> Pages(IssueFilter filter, System.Data.IDbTransaction? transaction)
    {
        var (where, parameters) = filter.ToSql(_store.Dialect);
        var sql =
            "SELECT p.newspaper AS Newspaper, p.issue_date AS IssueDate, p.page AS Page, p.source_path AS SourcePath, " +
            "p.imported_at AS ImportedAt, (SELECT count(*) FROM articles a WHERE a.page_id = p.id) AS Articles\n" +
            "FROM pages p " + where + "\nORDER BY p.issue_date, p.newspaper, p.page";
        return _store.Connection.Query<PageRow>(sql, parameters, transaction, buffered: false);
    }

    private static IEnumerable<Issue> Fold(IEnumerable<PageRow> rows)
    {
        List<PageRow>? current = null;
        foreach (var row in rows)
        {
            if (current is not null && (current[0].Newspaper != row.Newspaper || current[0].IssueDate != row.IssueDate))
            {
                yield return ToIssue(current);
                current = null;
            }

            current ??= new List<PageRow>();
            current.Add(row);
        }

        if (current is not null)
        {
            yield return ToIssue(current);
        }
    }

    private static Issue ToIssue(List<PageRow> pages) => new()
    {
        Newspaper = pages[0].Newspaper,
        Date = StoreDate.Parse(pages[0].IssueDate),
        Pages = pages.Select(p => (int)p.Page).ToArray(),
        Articles = (int)pages.Sum(p => p.Articles),
        SourcePaths = pages.Select(p => p.SourcePath).Where(p => !string.IsNullOrEmpty(p)).Select(p => p!).ToArray(),
        ImportedAt = pages.Select(p => StoreDate.ParseTime(p.ImportedAt)).Max(),
    };

    private sealed class PageRow
    {
        public string Newspaper { get; set; } = string.Empty;
        public string IssueDate { get; set; } = string.Empty;
        public long Page { get; set; }
        public string? SourcePath { get; set; }
        public string ImportedAt { get; set; } = string.Empty;
        public long Articles { get; set; }
    }
}
