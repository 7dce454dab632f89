using System;
using System.Collections.Generic;
using System.Data;
using System.Globalization;
using System.Linq;
using Dapper;
using Microsoft.Data.Sqlite;
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
    private RowStatements? _statements;

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
            connection.Execute("DELETE FROM pages WHERE id = @Id", new { existing.Id }, transaction);
        }

        var pageId = connection.ExecuteScalar<long>(
            """
            INSERT INTO pages (newspaper, issue_date, page, source_path, sha256, encoding, text, parser_version, imported_at)
            VALUES (@Newspaper, @date, @Page, @SourcePath, @Sha256, @Encoding, @Text, @parserVersion, @importedAt);
            SELECT last_insert_rowid();
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
                importedAt = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", CultureInfo.InvariantCulture),
            },
            transaction);

        InsertArticles(pageId, articles, transaction);
        if (existing is not null)
        {
            DeleteUnmentionedPeople(transaction);
        }

        transaction.Commit();
        _store.ArticlesQueued(articles.Count);
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
            var (where, parameters) = filter.ToSql();
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

        _store.Connection.Execute("DELETE FROM articles WHERE page_id = @pageId", new { pageId }, transaction);
        _store.Connection.Execute("UPDATE pages SET parser_version = @parserVersion WHERE id = @pageId", new { pageId, parserVersion }, transaction);
        InsertArticles(pageId, articles, transaction);
        // A name the new analysis no longer finds leaves its person mentioned nowhere.
        DeleteUnmentionedPeople(transaction);
        transaction.Commit();
        _store.ArticlesQueued(articles.Count);
        return true;
    }

    private void InsertArticles(long pageId, IReadOnlyList<ParsedArticle> articles, IDbTransaction transaction)
    {
        // An import writes tens of rows per page, hundreds of thousands a year: statements are prepared once per writer
        // and only re-bound, which costs a fraction of preparing each row's SQL again.
        var statements = _statements ??= new RowStatements(_store.Connection);
        statements.Enlist((SqliteTransaction)transaction);
        foreach (var article in articles)
        {
            var body = article.Body;
            var articleId = statements.InsertArticle(pageId, article, body);
            for (var i = 0; i < article.Bylines.Count; i++)
            {
                statements.InsertByline(articleId, i, article.Bylines[i]);
            }

            if (article.Intertitles.Count > 0 || article.Captions.Count > 0 || article.ContinuedOn is not null || article.ContinuedFrom is not null)
            {
                statements.InsertLayout(articleId, article);
            }

            for (var i = 0; i < article.People.Count; i++)
            {
                var person = article.People[i];
                var personId = statements.PersonId(person.Name);
                statements.InsertMention(articleId, personId, i, person.Role == PersonRole.Official ? "official" : "other");
                for (var t = 0; t < person.Titles.Count; t++)
                {
                    statements.InsertMentionTitle(articleId, personId, t, person.Titles[t]);
                }
            }
        }
    }

    /// <summary>The prepared INSERTs of an article's rows, bound by position.</summary>
    private sealed class RowStatements
    {
        private readonly SqliteCommand _article;
        private readonly SqliteCommand _byline;
        private readonly SqliteCommand _layout;
        private readonly SqliteCommand _findPerson;
        private readonly SqliteCommand _addPerson;
        private readonly SqliteCommand _mention;
        private readonly SqliteCommand _mentionTitle;

        public RowStatements(SqliteConnection connection)
        {
            _article = Prepare(connection,
                """
                INSERT INTO articles (page_id, sequence, kicker, title, subtitle, dateline, event_date, body, paragraph_count, characters)
                VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id
                """, 10);
            _byline = Prepare(connection, "INSERT INTO bylines (article_id, position, role, name) VALUES ($1, $2, $3, $4)", 4);
            _layout = Prepare(connection,
                "INSERT INTO article_layout (article_id, intertitles, captions, continued_on, continued_from) VALUES ($1, $2, $3, $4, $5)", 5);
            _findPerson = Prepare(connection, "SELECT id FROM people WHERE name = $1", 1);
            _addPerson = Prepare(connection, "INSERT INTO people (name) VALUES ($1) RETURNING id", 1);
            _mention = Prepare(connection, "INSERT OR IGNORE INTO mentions (article_id, person_id, position, role) VALUES ($1, $2, $3, $4)", 4);
            _mentionTitle = Prepare(connection, "INSERT OR IGNORE INTO mention_titles (article_id, person_id, position, title) VALUES ($1, $2, $3, $4)", 4);
        }

        public void Enlist(SqliteTransaction transaction)
        {
            foreach (var command in new[] { _article, _byline, _layout, _findPerson, _addPerson, _mention, _mentionTitle })
            {
                command.Transaction = transaction;
            }
        }

        public long InsertArticle(long pageId, ParsedArticle article, string body) =>
            (long)Run(_article, true, pageId, article.Sequence, article.Kicker, article.Title, article.Subtitle, article.Dateline,
                article.EventDate is null ? null : StoreDate.Format(article.EventDate.Value), body, article.Paragraphs.Count,
                body.Length - Math.Max(0, article.Paragraphs.Count - 1))!;

        public void InsertByline(long articleId, int position, Byline byline) => Run(_byline, false, articleId, position, byline.Role, byline.Name);

        public void InsertLayout(long articleId, ParsedArticle article) =>
            Run(_layout, false, articleId, ArticleLayout.JoinList(article.Intertitles), ArticleLayout.JoinList(article.Captions),
                article.ContinuedOn, article.ContinuedFrom);

        public long PersonId(string name) => (long)(Run(_findPerson, true, name) ?? Run(_addPerson, true, name))!;

        public void InsertMention(long articleId, long personId, int position, string role) => Run(_mention, false, articleId, personId, position, role);

        public void InsertMentionTitle(long articleId, long personId, int position, string title) =>
            Run(_mentionTitle, false, articleId, personId, position, title);

        private static SqliteCommand Prepare(SqliteConnection connection, string sql, int parameters)
        {
            var command = connection.CreateCommand();
            command.CommandText = sql;
            for (var i = 1; i <= parameters; i++)
            {
                command.Parameters.Add(new SqliteParameter("$" + i.ToString(CultureInfo.InvariantCulture), null));
            }

            return command;
        }

        private static object? Run(SqliteCommand command, bool scalar, params object?[] values)
        {
            for (var i = 0; i < values.Length; i++)
            {
                command.Parameters[i].Value = values[i] ?? DBNull.Value;
            }

            if (!scalar)
            {
                command.ExecuteNonQuery();
                return null;
            }

            var result = command.ExecuteScalar();
            return result is null or DBNull ? null : result;
        }
    }
}
