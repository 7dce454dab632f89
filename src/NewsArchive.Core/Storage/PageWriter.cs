using System;
using System.Collections.Generic;
using System.Data;
using System.Globalization;
using System.Linq;
using Dapper;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Storage;

/// <summary>What <see cref="PageWriter.Save"/> did.</summary>
public enum PageSaveOutcome
{
    Inserted,
    Replaced,
    /// <summary>The same content was already stored: nothing was written.</summary>
    Unchanged,
    /// <summary>Other content is stored and replacing it was not allowed: nothing was written.</summary>
    Conflict,
}

/// <summary>Writes pages with everything cut from them, one transaction per page: a page that fails leaves nothing behind.</summary>
public sealed class PageWriter
{
    private readonly ArchiveStore _store;

    public PageWriter(ArchiveStore store) => _store = store;

    public StoredPage? Find(string newspaper, DateTime date, int page, System.Data.IDbTransaction? transaction = null) =>
        _store.Connection.QuerySingleOrDefault<StoredPage>(
            "SELECT id AS Id, sha256 AS Sha256 FROM pages WHERE newspaper = @newspaper AND issue_date = @date AND page = @page",
            new { newspaper, date = StoreDate.Format(date), page }, transaction);

    /// <summary>Stores a page and its articles in one transaction, deciding inside it what is already stored: another
    /// process may have stored the same page since the caller looked (overlapping imports of one folder). The same
    /// content is left alone; other content is replaced only with <paramref name="allowReplace"/>, atomically, so
    /// readers see the old page or the new one, never neither.</summary>
    public PageSaveOutcome Save(PageRecord page, IReadOnlyList<ParsedArticle> articles, bool allowReplace, int parserVersion)
    {
        var outcome = _store.Write(() => _store.SavePage(page, articles, allowReplace, parserVersion) ?? SaveOnce(page, articles, allowReplace, parserVersion));
        if (outcome is PageSaveOutcome.Inserted or PageSaveOutcome.Replaced)
        {
            _store.ArticlesQueued(articles.Count);
        }

        return outcome;
    }

    private PageSaveOutcome SaveOnce(PageRecord page, IReadOnlyList<ParsedArticle> articles, bool allowReplace, int parserVersion)
    {
        var connection = _store.Connection;
        using var write = _store.BeginWrite();
        var transaction = write.Transaction;
        var existing = Find(page.Newspaper, page.Date, page.Page, transaction);
        if (existing is not null && existing.Sha256 == page.Sha256)
        {
            return PageSaveOutcome.Unchanged;
        }

        if (existing is not null && !allowReplace)
        {
            return PageSaveOutcome.Conflict;
        }

        if (existing is not null)
        {
            SubtractFromSummaries(existing.Id, transaction);
            connection.Execute("DELETE FROM pages WHERE id = @Id", new { existing.Id }, transaction);
        }

        var pageId = connection.ExecuteScalar<long>(
            """
            INSERT INTO pages (newspaper, issue_date, page, source_path, sha256, encoding, text, parser_version, imported_at)
            VALUES (@Newspaper, @date, @Page, @SourcePath, @Sha256, @Encoding, @Text, @parserVersion, @importedAt)
            RETURNING id
            """,
            new
            {
                page.Newspaper,
                date = StoreDate.Format(page.Date),
                page.Page,
                page.SourcePath,
                page.Sha256,
                page.Encoding,
                Text = PageText.Pack(page.Text),
                parserVersion,
                importedAt = StoreDate.FormatTime(page.ImportedAt ?? DateTime.UtcNow),
            },
            transaction);

        InsertArticles(pageId, articles, transaction);
        if (existing is not null)
        {
            DeleteUnmentionedPeople(transaction);
        }

        transaction.Commit();
        return existing is null ? PageSaveOutcome.Inserted : PageSaveOutcome.Replaced;
    }

    /// <summary>Removes the pages that <paramref name="filter"/> selects, with everything cut from them (the cascading
    /// deletes of the schema take articles, bylines and mentions, and whatever later steps hang off them), in one
    /// transaction.</summary>
    /// <returns>The issues as they were before removal; empty when nothing matched.</returns>
    public IReadOnlyList<Issue> Remove(IssueFilter filter)
    {
        using var write = _store.BeginWrite();
        var transaction = write.Transaction;
        var removed = new IssueReader(_store).Query(filter, transaction).ToList();
        if (removed.Count > 0)
        {
            var (where, parameters) = filter.ToSql(_store.Dialect);
            if (_store.Dialect.KeepsStatsSummaries)
            {
                StatsSummaries.Subtract(_store.Connection, "a.page_id IN (SELECT p.id FROM pages AS p " + where + ")", parameters, transaction);
            }

            _store.Connection.Execute("DELETE FROM pages AS p " + where, parameters, transaction);
            DeleteUnmentionedPeople(transaction);
        }

        transaction.Commit();
        // Their indexed texts are queued for removal from the search index.
        _store.ArticlesQueued(removed.Sum(issue => issue.Articles));
        return removed;
    }

    /// <summary>People exist only to be mentioned: once the last article naming someone is gone, so are they.</summary>
    private void DeleteUnmentionedPeople(System.Data.IDbTransaction transaction) =>
        _store.Connection.Execute(
            "DELETE FROM people WHERE NOT EXISTS (SELECT 1 FROM mentions m WHERE m.person_id = people.id)", transaction: transaction);

    /// <summary>Replaces the articles of a stored page (after re-analysing its kept text) in one transaction, provided the
    /// page is still the version that was analysed: another session may have replaced (Import-Issue -Force, which gives
    /// the new row the same id) or removed it since its text was read, and a stale analysis must never be stored.</summary>
    /// <param name="analysedSha256">The hash of the version whose text was analysed.</param>
    /// <returns>False, with nothing written, when the page is gone or is another version now.</returns>
    public bool ReplaceArticles(long pageId, string analysedSha256, IReadOnlyList<ParsedArticle> articles, int parserVersion)
    {
        using var write = _store.BeginWrite();
        var transaction = write.Transaction;
        var stored = _store.Connection.QuerySingleOrDefault<string?>("SELECT sha256 FROM pages WHERE id = @pageId", new { pageId }, transaction);
        if (stored != analysedSha256)
        {
            return false;
        }

        SubtractFromSummaries(pageId, transaction);
        _store.Connection.Execute("DELETE FROM articles WHERE page_id = @pageId", new { pageId }, transaction);
        _store.Connection.Execute("UPDATE pages SET parser_version = @parserVersion WHERE id = @pageId", new { pageId, parserVersion }, transaction);
        InsertArticles(pageId, articles, transaction);
        // A name the new analysis no longer finds leaves its person mentioned nowhere.
        DeleteUnmentionedPeople(transaction);
        transaction.Commit();
        _store.ArticlesQueued(articles.Count);
        return true;
    }

    /// <summary>Takes a page's stored articles out of the summary tables, before they are deleted.</summary>
    private void SubtractFromSummaries(long pageId, IDbTransaction transaction)
    {
        if (_store.Dialect.KeepsStatsSummaries)
        {
            StatsSummaries.Subtract(_store.Connection, OnePage, PageParameter(pageId), transaction);
        }
    }

    private const string OnePage = "a.page_id = @summaryPage";

    private static DynamicParameters PageParameter(long pageId)
    {
        var parameters = new DynamicParameters();
        parameters.Add("summaryPage", pageId);
        return parameters;
    }

    private void InsertArticles(long pageId, IReadOnlyList<ParsedArticle> articles, IDbTransaction transaction) =>
        _store.ArticleRows().Insert(pageId, articles, transaction);
}
