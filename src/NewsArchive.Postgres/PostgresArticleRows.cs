using System.Collections.Generic;
using System.Data;
using System.Linq;
using NewsArchive.Core.Model;
using NewsArchive.Core.Storage;
using Npgsql;
using NpgsqlTypes;

namespace NewsArchive.Postgres;

/// <summary>An article's rows in PostgreSQL: each table's rows of a page in one statement over arrays (unnest), so a page
/// costs six round trips however many articles, bylines and people it has, and its search entries are written in the
/// same transaction. People are added in name order, so two importers adding the same new names take their row locks in
/// the same order and never deadlock; a name another importer is adding waits for it (ON CONFLICT), then is read.</summary>
internal sealed class PostgresArticleRows : IArticleRows
{
    private readonly NpgsqlConnection _connection;

    public PostgresArticleRows(NpgsqlConnection connection) => _connection = connection;

    public void Insert(long pageId, IReadOnlyList<ParsedArticle> articles, IDbTransaction transaction)
    {
        if (articles.Count == 0)
        {
            return;
        }

        var tx = (NpgsqlTransaction)transaction;
        var ids = InsertArticles(pageId, articles, tx);
        InsertBylines(articles, ids, tx);
        InsertLayouts(articles, ids, tx);
        var people = PersonIds(articles.SelectMany(a => a.People).Select(p => p.Name), tx);
        InsertMentions(articles, ids, people, tx);
        InsertSearchEntries(articles, ids, tx);
    }

    private long[] InsertArticles(long pageId, IReadOnlyList<ParsedArticle> articles, NpgsqlTransaction transaction)
    {
        var bodies = articles.Select(a => a.Body).ToArray();
        using var command = Command(
            """
            INSERT INTO articles (page_id, sequence, kicker, title, subtitle, dateline, event_date, body, paragraph_count, characters)
            SELECT @page, u.* FROM unnest(@sequence, @kicker, @title, @subtitle, @dateline, @event, @body, @paragraphs, @characters) AS u
            RETURNING id, sequence
            """, transaction);
        command.Parameters.AddWithValue("page", pageId);
        Add(command, "sequence", articles.Select(a => a.Sequence).ToArray());
        Add(command, "kicker", articles.Select(a => a.Kicker).ToArray());
        Add(command, "title", articles.Select(a => a.Title).ToArray());
        Add(command, "subtitle", articles.Select(a => a.Subtitle).ToArray());
        Add(command, "dateline", articles.Select(a => a.Dateline).ToArray());
        Add(command, "event", articles.Select(ArticleColumns.EventDate).ToArray());
        Add(command, "body", bodies);
        Add(command, "paragraphs", articles.Select(a => a.Paragraphs.Count).ToArray());
        Add(command, "characters", articles.Select((a, i) => ArticleColumns.Characters(a, bodies[i])).ToArray());
        var bySequence = new Dictionary<int, long>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                bySequence[reader.GetInt32(1)] = reader.GetInt64(0);
            }
        }

        return articles.Select(a => bySequence[a.Sequence]).ToArray();
    }

    private void InsertBylines(IReadOnlyList<ParsedArticle> articles, long[] ids, NpgsqlTransaction transaction)
    {
        var rows = articles.SelectMany((a, i) => a.Bylines.Select((b, position) => (Article: ids[i], Position: position, b.Role, b.Name))).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        using var command = Command(
            "INSERT INTO bylines (article_id, position, role, name) SELECT * FROM unnest(@article, @position, @role, @name)", transaction);
        Add(command, "article", rows.Select(r => r.Article).ToArray());
        Add(command, "position", rows.Select(r => r.Position).ToArray());
        Add(command, "role", rows.Select(r => r.Role).ToArray());
        Add(command, "name", rows.Select(r => r.Name).ToArray());
        command.ExecuteNonQuery();
    }

    private void InsertLayouts(IReadOnlyList<ParsedArticle> articles, long[] ids, NpgsqlTransaction transaction)
    {
        var rows = articles.Select((a, i) => (Article: a, Id: ids[i])).Where(r => ArticleColumns.HasLayout(r.Article)).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        using var command = Command(
            "INSERT INTO article_layout (article_id, intertitles, captions, continued_on, continued_from) SELECT * FROM unnest(@article, @intertitles, @captions, @on, @from)",
            transaction);
        Add(command, "article", rows.Select(r => r.Id).ToArray());
        Add(command, "intertitles", rows.Select(r => ArticleLayout.JoinList(r.Article.Intertitles)).ToArray());
        Add(command, "captions", rows.Select(r => ArticleLayout.JoinList(r.Article.Captions)).ToArray());
        Add(command, "on", rows.Select(r => r.Article.ContinuedOn).ToArray());
        Add(command, "from", rows.Select(r => r.Article.ContinuedFrom).ToArray());
        command.ExecuteNonQuery();
    }

    private Dictionary<string, long> PersonIds(IEnumerable<string> names, NpgsqlTransaction transaction)
    {
        var distinct = names.Distinct(System.StringComparer.Ordinal).OrderBy(n => n, System.StringComparer.Ordinal).ToArray();
        var ids = new Dictionary<string, long>(System.StringComparer.Ordinal);
        if (distinct.Length == 0)
        {
            return ids;
        }

        using (var insert = Command("""INSERT INTO people (name) SELECT n FROM unnest(@names) AS n ORDER BY n COLLATE "C" ON CONFLICT (name) DO NOTHING""", transaction))
        {
            Add(insert, "names", distinct);
            insert.ExecuteNonQuery();
        }

        using var select = Command("SELECT id, name FROM people WHERE name = ANY(@names)", transaction);
        Add(select, "names", distinct);
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            ids[reader.GetString(1)] = reader.GetInt64(0);
        }

        return ids;
    }

    /// <summary>A person named twice in one article is one mention, with the first naming's position and titles (the
    /// later naming's titles only where the first had none at that position), as SQLite's INSERT OR IGNORE keeps them.</summary>
    private void InsertMentions(IReadOnlyList<ParsedArticle> articles, long[] ids, Dictionary<string, long> people, NpgsqlTransaction transaction)
    {
        var mentions = articles
            .SelectMany((a, i) => a.People.Select((p, position) => (Article: ids[i], Person: people[p.Name], Position: position, Role: ArticleColumns.Role(p), p.Titles)))
            .ToList();
        if (mentions.Count == 0)
        {
            return;
        }

        var firstMentions = mentions.GroupBy(m => (m.Article, m.Person)).Select(g => g.First()).ToList();
        var titles = mentions
            .SelectMany(m => m.Titles.Select((title, position) => (m.Article, m.Person, Position: position, Title: title)))
            .GroupBy(t => (t.Article, t.Person, t.Position)).Select(g => g.First()).ToList();
        using var command = Command(
            """
            INSERT INTO mentions (article_id, person_id, position, role) SELECT * FROM unnest(@article, @person, @position, @role);
            INSERT INTO mention_titles (article_id, person_id, position, title) SELECT * FROM unnest(@titleArticle, @titlePerson, @titlePosition, @title);
            """, transaction);
        Add(command, "article", firstMentions.Select(m => m.Article).ToArray());
        Add(command, "person", firstMentions.Select(m => m.Person).ToArray());
        Add(command, "position", firstMentions.Select(m => m.Position).ToArray());
        Add(command, "role", firstMentions.Select(m => m.Role).ToArray());
        Add(command, "titleArticle", titles.Select(t => t.Article).ToArray());
        Add(command, "titlePerson", titles.Select(t => t.Person).ToArray());
        Add(command, "titlePosition", titles.Select(t => t.Position).ToArray());
        Add(command, "title", titles.Select(t => t.Title).ToArray());
        command.ExecuteNonQuery();
    }

    private void InsertSearchEntries(IReadOnlyList<ParsedArticle> articles, long[] ids, NpgsqlTransaction transaction)
    {
        using var command = Command(
            """
            INSERT INTO article_search (article_id, tokens, terms)
            SELECT u.id, CAST(u.vector AS tsvector), u.terms FROM unnest(@id, @vector, @terms) AS u (id, vector, terms)
            """, transaction);
        Add(command, "id", ids);
        Add(command, "vector", articles.Select(a => PostgresSearchDocument.Vector(a.Title, a.Body)).ToArray());
        Add(command, "terms", articles.Select(a => PostgresSearchDocument.Terms(a.Title, a.Body)).ToArray());
        command.ExecuteNonQuery();
    }

    private NpgsqlCommand Command(string sql, NpgsqlTransaction transaction) => new(sql, _connection, transaction);

    private static void Add<T>(NpgsqlCommand command, string name, T[] values) =>
        command.Parameters.Add(new NpgsqlParameter<T[]>(name, values));
}
