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

    /// <param name="onDamaged">Called with each page row whose values cannot be read (a date that is no date); the row
    /// is left out and the rest are read. Without it such a row throws.</param>
    public IEnumerable<Issue> Query(IssueFilter filter, Action<DamagedRowException>? onDamaged = null) =>
        Fold(Readable(Pages(filter, null), onDamaged));

    internal IEnumerable<Issue> Query(IssueFilter filter, System.Data.IDbTransaction transaction) =>
        Fold(Readable(Pages(filter, transaction).ToList(), null));

    private static IEnumerable<ReadPage> Readable(IEnumerable<PageRow> rows, Action<DamagedRowException>? onDamaged)
    {
        foreach (var row in rows)
        {
            ReadPage page;
            try
            {
                page = new ReadPage(row, StoreDate.Parse(row.IssueDate),
                    DateTime.Parse(row.ImportedAt, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal));
            }
            catch (FormatException ex) when (onDamaged is not null)
            {
                var target = $"{row.Newspaper} {row.IssueDate} page {row.Page}";
                onDamaged(new DamagedRowException(target, $"{target}: a stored value cannot be read ({ex.Message}).", ex));
                continue;
            }

            yield return page;
        }
    }

    private IEnumerable<PageRow> Pages(IssueFilter filter, System.Data.IDbTransaction? transaction)
    {
        var (where, parameters) = filter.ToSql();
        var sql =
            "SELECT p.newspaper AS Newspaper, p.issue_date AS IssueDate, p.page AS Page, p.source_path AS SourcePath, " +
            "p.imported_at AS ImportedAt, (SELECT count(*) FROM articles a WHERE a.page_id = p.id) AS Articles\n" +
            "FROM pages p " + where + "\nORDER BY p.issue_date, p.newspaper, p.page";
        return _store.Connection.Query<PageRow>(sql, parameters, transaction, buffered: false);
    }

    private static IEnumerable<Issue> Fold(IEnumerable<ReadPage> pages)
    {
        List<ReadPage>? current = null;
        foreach (var page in pages)
        {
            if (current is not null && (current[0].Row.Newspaper != page.Row.Newspaper || current[0].Date != page.Date))
            {
                yield return ToIssue(current);
                current = null;
            }

            current ??= new List<ReadPage>();
            current.Add(page);
        }

        if (current is not null)
        {
            yield return ToIssue(current);
        }
    }

    private static Issue ToIssue(List<ReadPage> pages) => new()
    {
        Newspaper = pages[0].Row.Newspaper,
        Date = pages[0].Date,
        Pages = pages.Select(p => (int)p.Row.Page).ToArray(),
        Articles = (int)pages.Sum(p => p.Row.Articles),
        SourcePaths = pages.Select(p => p.Row.SourcePath).Where(p => !string.IsNullOrEmpty(p)).Select(p => p!).ToArray(),
        ImportedAt = pages.Max(p => p.ImportedAt),
    };

    /// <summary>A page row with its stored dates read.</summary>
    private sealed class ReadPage
    {
        public ReadPage(PageRow row, DateTime date, DateTime importedAt)
        {
            Row = row;
            Date = date;
            ImportedAt = importedAt;
        }

        public PageRow Row { get; }
        public DateTime Date { get; }
        public DateTime ImportedAt { get; }
    }

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
