using System;
using System.Collections.Generic;
using System.Data;
using System.Globalization;
using System.Linq;
using Microsoft.Data.Sqlite;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Storage;

/// <summary>An article's rows in SQLite: INSERTs prepared once per writer and only re-bound (an import writes tens of rows
/// per page, hundreds of thousands a year; preparing each row's SQL again costs several times the insert).</summary>
internal sealed class SqliteArticleRows : IArticleRows
{
    private readonly SqliteCommand _article;
    private readonly SqliteCommand _byline;
    private readonly SqliteCommand _layout;
    private readonly SqliteCommand _findPerson;
    private readonly SqliteCommand _addPerson;
    private readonly SqliteCommand _mention;
    private readonly SqliteCommand _mentionTitle;
    private readonly SqliteCommand _summaryRows;
    private readonly SqliteCommand _pairsPending;

    public SqliteArticleRows(SqliteConnection connection)
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
        // A page's summary rows go in as one JSON array: one statement a page instead of one a row.
        _summaryRows = Prepare(connection,
            """
            INSERT INTO stats_by_page (page_id, kind, item, articles, characters, mentions)
            SELECT $1, value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4 FROM json_each($2)
            """, 2);
        _pairsPending = Prepare(connection, "INSERT OR IGNORE INTO stats_pairs_pending (page_id) VALUES ($1)", 1);
    }

    /// <summary>Writes the articles and counts them into the statistics' summary tables (what was stored, so a person
    /// or title that INSERT OR IGNORE left out is not counted either).</summary>
    public void Insert(long pageId, IReadOnlyList<ParsedArticle> articles, IDbTransaction transaction)
    {
        Enlist((SqliteTransaction)transaction);
        var summary = new PageSummary();
        foreach (var article in articles)
        {
            var body = article.Body;
            var characters = ArticleColumns.Characters(article, body);
            var articleId = InsertArticle(pageId, article, body, characters);
            for (var i = 0; i < article.Bylines.Count; i++)
            {
                InsertByline(articleId, i, article.Bylines[i]);
            }

            if (ArticleColumns.HasLayout(article))
            {
                InsertLayout(articleId, article);
            }

            var officials = new List<long>();
            var titles = new List<(long PersonId, string Title)>();
            for (var i = 0; i < article.People.Count; i++)
            {
                var person = article.People[i];
                var personId = PersonId(person.Name);
                if (InsertMention(articleId, personId, i, ArticleColumns.Role(person)) && person.Role == PersonRole.Official)
                {
                    officials.Add(personId);
                }

                for (var t = 0; t < person.Titles.Count; t++)
                {
                    if (InsertMentionTitle(articleId, personId, t, person.Titles[t]))
                    {
                        titles.Add((personId, person.Titles[t]));
                    }
                }
            }

            summary.AddArticle(characters, officials, article.Bylines.Select(b => b.Name),
                titles.Where(t => officials.Contains(t.PersonId)).Select(t => t.Title));
        }

        WriteSummary(pageId, summary);
    }

    /// <summary>Writes the page's rows of stats_by_page and queues its pairs (StatsSummaries counts them in batches).</summary>
    private void WriteSummary(long pageId, PageSummary summary)
    {
        if (summary.IsEmpty)
        {
            return;
        }

        Run(_summaryRows, false, pageId, JsonRows(summary.Rows.Select(r => new[] { r.Kind, r.Item, r.Articles, r.Characters, r.Mentions })));
        Run(_pairsPending, false, pageId);
    }

    /// <summary>Rows of numbers and strings as a JSON array of arrays.</summary>
    private static string JsonRows(IEnumerable<object[]> rows) =>
        "[" + string.Join(",", rows.Select(row => "[" + string.Join(",", row.Select(JsonValue)) + "]")) + "]";

    private static string JsonValue(object value) => value is string text
        ? Reports.StatsJsonWriter.String(text)
        : Convert.ToString(value, CultureInfo.InvariantCulture)!;

    private void Enlist(SqliteTransaction transaction)
    {
        foreach (var command in new[] { _article, _byline, _layout, _findPerson, _addPerson, _mention, _mentionTitle, _summaryRows, _pairsPending })
        {
            command.Transaction = transaction;
        }
    }

    private long InsertArticle(long pageId, ParsedArticle article, string body, int characters) =>
        (long)Run(_article, true, pageId, article.Sequence, article.Kicker, article.Title, article.Subtitle, article.Dateline,
            ArticleColumns.EventDate(article), body, article.Paragraphs.Count, characters)!;

    private void InsertByline(long articleId, int position, Byline byline) => Run(_byline, false, articleId, position, byline.Role, byline.Name);

    private void InsertLayout(long articleId, ParsedArticle article) =>
        Run(_layout, false, articleId, ArticleLayout.JoinList(article.Intertitles), ArticleLayout.JoinList(article.Captions),
            article.ContinuedOn, article.ContinuedFrom);

    private long PersonId(string name) => (long)(Run(_findPerson, true, name) ?? Run(_addPerson, true, name))!;

    /// <returns>Whether the row was stored (INSERT OR IGNORE leaves out a person named twice in one article).</returns>
    private bool InsertMention(long articleId, long personId, int position, string role) => Stored(_mention, articleId, personId, position, role);

    private bool InsertMentionTitle(long articleId, long personId, int position, string title) =>
        Stored(_mentionTitle, articleId, personId, position, title);

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

    private static bool Stored(SqliteCommand command, params object?[] values)
    {
        Bind(command, values);
        return command.ExecuteNonQuery() > 0;
    }

    private static void Bind(SqliteCommand command, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static object? Run(SqliteCommand command, bool scalar, params object?[] values)
    {
        Bind(command, values);
        if (!scalar)
        {
            command.ExecuteNonQuery();
            return null;
        }

        var result = command.ExecuteScalar();
        return result is null or DBNull ? null : result;
    }
}
