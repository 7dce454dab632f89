using System;
using System.Collections.Generic;
using System.Data;
using System.Diagnostics;
using System.Linq;
using Dapper;
using System.Data.Common;
using NewsArchive.Core.Importing;
using NewsArchive.Core.Parsing;

namespace NewsArchive.Core.Storage;

/// <summary>One thing that is wrong with an archive.</summary>
public sealed class ArchiveProblem
{
    public ArchiveProblem(string check, string message, string? target = null)
    {
        Check = check;
        Message = message;
        Target = target;
    }

    /// <summary>The name of the check that found it.</summary>
    public string Check { get; }
    public string Message { get; }

    /// <summary>What it concerns (a page as "newspaper date page N", a table), when known.</summary>
    public string? Target { get; }

    public override string ToString() => Target is null ? $"{Check}: {Message}" : $"{Check}: {Target}: {Message}";
}

/// <summary>What Test-Archive reports: whether the archive is healthy and, if not, every problem found.</summary>
public sealed class ArchiveHealth
{
    public ArchiveHealth(string path, IReadOnlyList<string> checks, IReadOnlyList<ArchiveProblem> problems, long pages, long articles, TimeSpan elapsed)
    {
        Path = path;
        Checks = checks.ToArray();
        Problems = problems.ToArray();
        Pages = pages;
        Articles = articles;
        Elapsed = elapsed;
    }

    public string Path { get; }
    public bool Healthy => Problems.Length == 0;
    public string[] Checks { get; }
    public ArchiveProblem[] Problems { get; }
    public long Pages { get; }
    public long Articles { get; }
    public TimeSpan Elapsed { get; }
}

/// <summary>One check of an archive. Checks only read; each reports every problem it finds, not just the first.</summary>
public interface IArchiveCheck
{
    string Name { get; }

    /// <summary>Runs the check; every query goes through <paramref name="snapshot"/>, the read transaction all checks share.</summary>
    IEnumerable<ArchiveProblem> Run(ArchiveStore store, IDbTransaction snapshot);
}

/// <summary>The checks Test-Archive runs on an SQLite archive, in order (a PostgreSQL archive has its own list). A feature that keeps its own invariant (a full-text index that must
/// hold every article, say) adds its check to <see cref="Default"/>; nothing else changes.</summary>
public static class ArchiveChecks
{
    public static IReadOnlyList<IArchiveCheck> Default { get; } = new IArchiveCheck[]
    {
        new IntegrityCheck(),
        new ForeignKeyCheck(),
        new UnmentionedPeopleCheck(),
        new PageArticlesCheck(),
        new SearchIndexCheck(),
        new StatsSummariesCheck(),
    };

    /// <summary>Runs <paramref name="checks"/> (default: <see cref="Default"/>) inside one read transaction, so a
    /// concurrent import cannot make a consistent archive look broken half-way through.</summary>
    public static ArchiveHealth Run(ArchiveStore store, IEnumerable<IArchiveCheck>? checks = null, Action<string>? onCheck = null)
    {
        var clock = Stopwatch.StartNew();
        var list = (checks ?? store.Checks).ToList();
        var problems = new List<ArchiveProblem>();
        using var snapshot = store.BeginSnapshot();
        foreach (var check in list)
        {
            onCheck?.Invoke(check.Name);
            problems.AddRange(Damaged(check.Name, () => check.Run(store, snapshot).ToList()) ?? new List<ArchiveProblem>());
        }

        var pages = Damaged("Counts", () => store.Connection.ExecuteScalar<long>("SELECT count(*) FROM pages", transaction: snapshot));
        var articles = Damaged("Counts", () => store.Connection.ExecuteScalar<long>("SELECT count(*) FROM articles", transaction: snapshot));
        snapshot.Rollback();
        return new ArchiveHealth(store.Path, list.Select(c => c.Name).ToList(), problems, pages, articles, clock.Elapsed);

        // A damaged file makes queries fail outright ("database disk image is malformed"), a damaged value fails to
        // convert: that is the finding, not a reason to stop checking. Busy is not damage: it goes to the caller.
        T? Damaged<T>(string check, Func<T> run)
        {
            try
            {
                return run();
            }
            catch (Exception ex) when ((ex is DbException db && !store.IsBusy(db)) || ex is System.IO.InvalidDataException or FormatException)
            {
                problems.Add(new ArchiveProblem(check, $"The check could not read the archive: {ex.Message}"));
                return default;
            }
        }
    }

    /// <summary>The report for an archive that cannot even be opened as one (not a database, or damaged at its start).</summary>
    public static ArchiveHealth Unreadable(string path, Exception reason) =>
        new(path, new[] { "Open" }, new[] { new ArchiveProblem("Open", $"The archive cannot be opened: {reason.Message}", path) }, 0, 0, TimeSpan.Zero);
}

/// <summary>SQLite's own <c>PRAGMA integrity_check</c>: pages, indexes and constraints of the file itself.</summary>
public sealed class IntegrityCheck : IArchiveCheck
{
    public string Name => "Integrity";

    public IEnumerable<ArchiveProblem> Run(ArchiveStore store, IDbTransaction snapshot) =>
        store.Connection.Query<string>("PRAGMA integrity_check", transaction: snapshot)
            .Where(line => line != "ok")
            .Select(line => new ArchiveProblem(Name, line));
}

/// <summary><c>PRAGMA foreign_key_check</c>: rows whose parent is gone (an article without its page, a byline without
/// its article…), which the cascading deletes should never leave behind.</summary>
public sealed class ForeignKeyCheck : IArchiveCheck
{
    public string Name => "ForeignKeys";

    public IEnumerable<ArchiveProblem> Run(ArchiveStore store, IDbTransaction snapshot) =>
        store.Connection.Query<ForeignKeyRow>("SELECT \"table\" AS TableName, rowid AS RowId, parent AS Parent FROM pragma_foreign_key_check", transaction: snapshot)
            .Select(row => new ArchiveProblem(Name,
                $"A row of {row.TableName}{(row.RowId is null ? string.Empty : $" (rowid {row.RowId})")} refers to a missing row of {row.Parent}.",
                row.TableName));

    private sealed class ForeignKeyRow
    {
        public string TableName { get; set; } = string.Empty;
        public long? RowId { get; set; }
        public string Parent { get; set; } = string.Empty;
    }
}

/// <summary>People are kept only while an article mentions them; a person mentioned nowhere is an orphan.</summary>
public sealed class UnmentionedPeopleCheck : IArchiveCheck
{
    public string Name => "OrphanPeople";

    public IEnumerable<ArchiveProblem> Run(ArchiveStore store, IDbTransaction snapshot)
    {
        var orphans = store.Connection.ExecuteScalar<long>(
            "SELECT count(*) FROM people WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.person_id = people.id)", transaction: snapshot);
        if (orphans > 0)
        {
            yield return new ArchiveProblem(Name, $"{orphans} people are mentioned in no article.", "people");
        }
    }
}

/// <summary>Every page holds exactly the articles its kept text yields: a page with none, or with fewer or more than the
/// analysis of its text gives, was stored partly or by a defect. Pages analysed by another version of the parser are
/// compared only for "has articles" (their count may rightly differ until they are re-analysed).</summary>
public sealed class PageArticlesCheck : IArchiveCheck
{
    public string Name => "PageArticles";

    public IEnumerable<ArchiveProblem> Run(ArchiveStore store, IDbTransaction snapshot)
    {
        const string sql =
            "SELECT p.id AS Id, p.newspaper AS Newspaper, p.issue_date AS IssueDate, p.page AS Page, p.text AS Text, " +
            "p.parser_version AS ParserVersion, (SELECT count(*) FROM articles a WHERE a.page_id = p.id) AS Articles FROM pages p ORDER BY p.id";
        foreach (var page in store.Connection.Query<PageRow>(sql, transaction: snapshot, buffered: false))
        {
            var target = $"{page.Newspaper} {page.IssueDate} page {page.Page}";
            var (expected, damage) = ExpectedArticles(page.Text);
            if (damage is not null)
            {
                yield return new ArchiveProblem(Name, $"The page's kept text is damaged: {damage}", target);
            }
            else if (page.ParserVersion == PageAnalyzer.Version)
            {
                if (expected != page.Articles)
                {
                    yield return new ArchiveProblem(Name, $"The page holds {page.Articles} articles; its text yields {expected}.", target);
                }
            }
            else if (page.Articles == 0 && expected > 0)
            {
                yield return new ArchiveProblem(Name, $"The page holds no articles; its text yields {expected}.", target);
            }
        }
    }

    /// <returns>The number of articles the kept text yields, or why the kept text cannot be read.</returns>
    private static (int Articles, string? Damage) ExpectedArticles(object storedText)
    {
        try
        {
            return (PageAnalyzer.Analyze(PageText.Unpack(storedText), null).Articles.Count, null);
        }
        catch (PageFormatException)
        {
            return (0, null);
        }
        catch (System.IO.InvalidDataException ex)
        {
            return (0, ex.Message);
        }
    }

    private sealed class PageRow
    {
        public long Id { get; set; }
        public string Newspaper { get; set; } = string.Empty;
        public string IssueDate { get; set; } = string.Empty;
        public long Page { get; set; }
        public object Text { get; set; } = string.Empty;
        public long ParserVersion { get; set; }
        public long Articles { get; set; }
    }
}

/// <summary>Every article is in the full-text index, or queued for it (an import still running, or stopped before it
/// indexed its last batch, which the next open indexes), and the index holds nothing else.</summary>
public sealed class SearchIndexCheck : IArchiveCheck
{
    public string Name => "SearchIndex";

    public IEnumerable<ArchiveProblem> Run(ArchiveStore store, IDbTransaction snapshot)
    {
        var index = new SearchIndex((SqliteArchiveStore)store);
        var lost = index.FindUnindexedArticles(snapshot).Except(index.FindQueuedArticles(snapshot)).ToList();
        if (lost.Count > 0)
        {
            yield return new ArchiveProblem(Name,
                $"{lost.Count} articles are missing from the search index (ids {string.Join(", ", lost.Take(10))}{(lost.Count > 10 ? ", …" : string.Empty)}); Get-Article -Text cannot find them.",
                "article_search");
        }

        var orphans = index.FindOrphanEntries(snapshot);
        if (orphans.Count > 0)
        {
            yield return new ArchiveProblem(Name, $"{orphans.Count} search index entries belong to no article.", "article_search");
        }
    }
}

/// <summary>The statistics' summary tables agree with the articles they summarise (Export-Stats reads them).</summary>
public sealed class StatsSummariesCheck : IArchiveCheck
{
    public string Name => "Statistics";

    public IEnumerable<ArchiveProblem> Run(ArchiveStore store, IDbTransaction snapshot)
    {
        var (pageRows, pairs) = StatsSummaries.CountDifferences(store.Connection, snapshot);
        if (pageRows > 0)
        {
            yield return new ArchiveProblem(Name, $"{pageRows} rows of the statistics by page differ from the articles; Export-Stats would count them wrong.", "stats_by_page");
        }

        if (pairs > 0)
        {
            yield return new ArchiveProblem(Name, $"{pairs} rows of the statistics' name pairs differ from the articles; Export-Stats would count officials and reporters wrong.", "stats_pairs");
        }
    }
}
