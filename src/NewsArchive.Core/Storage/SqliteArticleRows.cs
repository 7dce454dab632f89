using System;
using System.Collections.Generic;
using System.Data;
using System.Globalization;
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
    }

    public void Insert(long pageId, IReadOnlyList<ParsedArticle> articles, IDbTransaction transaction)
    {
        Enlist((SqliteTransaction)transaction);
        foreach (var article in articles)
        {
            var body = article.Body;
            var articleId = InsertArticle(pageId, article, body);
            for (var i = 0; i < article.Bylines.Count; i++)
            {
                InsertByline(articleId, i, article.Bylines[i]);
            }

            if (ArticleColumns.HasLayout(article))
            {
                InsertLayout(articleId, article);
            }

            for (var i = 0; i < article.People.Count; i++)
            {
                var person = article.People[i];
                var personId = PersonId(person.Name);
                InsertMention(articleId, personId, i, ArticleColumns.Role(person));
                for (var t = 0; t < person.Titles.Count; t++)
                {
                    InsertMentionTitle(articleId, personId, t, person.Titles[t]);
                }
            }
        }
    }

    private void Enlist(SqliteTransaction transaction)
    {
        foreach (var command in new[] { _article, _byline, _layout, _findPerson, _addPerson, _mention, _mentionTitle })
        {
            command.Transaction = transaction;
        }
    }

    private long InsertArticle(long pageId, ParsedArticle article, string body) =>
        (long)Run(_article, true, pageId, article.Sequence, article.Kicker, article.Title, article.Subtitle, article.Dateline,
            ArticleColumns.EventDate(article), body, article.Paragraphs.Count, ArticleColumns.Characters(article, body))!;

    private void InsertByline(long articleId, int position, Byline byline) => Run(_byline, false, articleId, position, byline.Role, byline.Name);

    private void InsertLayout(long articleId, ParsedArticle article) =>
        Run(_layout, false, articleId, ArticleLayout.JoinList(article.Intertitles), ArticleLayout.JoinList(article.Captions),
            article.ContinuedOn, article.ContinuedFrom);

    private long PersonId(string name) => (long)(Run(_findPerson, true, name) ?? Run(_addPerson, true, name))!;

    private void InsertMention(long articleId, long personId, int position, string role) => Run(_mention, false, articleId, personId, position, role);

    private void InsertMentionTitle(long articleId, long personId, int position, string title) =>
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
