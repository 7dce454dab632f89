using System;
using System.Collections.Generic;
using System.Data;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Storage;

/// <summary>An article's details beyond its row (bylines, layout, the people it names and their titles), read for a batch
/// of articles with one command of four statements, column by column. Through Dapper and LINQ this was a third of every
/// match of 经济 (real text x10, 8,950 articles, perf): an object per row, boxed values, groupings, and each person's
/// name read again in every article that names them.</summary>
internal static class ArticleDetails
{
    /// <summary>The four statements for the ids bound to <c>@ids</c> (SQLite: JSON read by json_each, so the statements
    /// stay the same for every batch, where a list of 256 bound values made SQLite parse each one anew; PostgreSQL: an
    /// array). One command of several statements: one round trip to a server (PostgreSQL) instead of one each.</summary>
    public static string Sql(SqlDialect dialect) =>
        "SELECT article_id, role, name FROM bylines WHERE " + dialect.InIdBatch("article_id", "ids") + " ORDER BY article_id, position;\n" +
        "SELECT article_id, intertitles, captions, continued_on, continued_from\n" +
        "FROM article_layout WHERE " + dialect.InIdBatch("article_id", "ids") + ";\n" +
        "SELECT article_id, person_id, title FROM mention_titles WHERE " + dialect.InIdBatch("article_id", "ids") + " ORDER BY article_id, person_id, position;\n" +
        "SELECT m.article_id, m.person_id, m.role, pe.name\n" +
        "FROM mentions m JOIN people pe ON pe.id = m.person_id\n" +
        "WHERE " + dialect.InIdBatch("m.article_id", "ids") + " ORDER BY m.article_id, m.position";

    /// <summary>Reads the four results of <see cref="Sql"/> from <paramref name="reader"/>, positioned on the first of
    /// them, into the batch's articles (an id the batch does not hold is skipped).</summary>
    public static void Read(IDataReader reader, IReadOnlyList<Article> batch)
    {
        var articles = new Dictionary<long, Article>(batch.Count);
        foreach (var article in batch)
        {
            articles[article.Id] = article;
        }

        ReadBylines(reader, articles);
        NextResult(reader);
        ReadLayouts(reader, articles);
        NextResult(reader);
        var titles = ReadTitles(reader);
        NextResult(reader);
        ReadPeople(reader, articles, titles);
    }

    private static void NextResult(IDataReader reader)
    {
        if (!reader.NextResult())
        {
            throw new InvalidOperationException("The details command returned fewer results than it has statements.");
        }
    }

    private static void ReadBylines(IDataReader reader, Dictionary<long, Article> articles)
    {
        foreach (var (id, rows) in Grouped(reader, r => new Byline(r.GetString(1), r.GetString(2))))
        {
            if (articles.TryGetValue(id, out var article))
            {
                article.Bylines = rows;
            }
        }
    }

    private static void ReadLayouts(IDataReader reader, Dictionary<long, Article> articles)
    {
        while (reader.Read())
        {
            if (!articles.TryGetValue(reader.GetInt64(0), out var article))
            {
                continue;
            }

            new ArticleLayout
            {
                ArticleId = article.Id,
                Intertitles = StoredValues.Text(reader, 1),
                Captions = StoredValues.Text(reader, 2),
                ContinuedOn = reader.IsDBNull(3) ? null : StoredValues.Integer(reader, 3),
                ContinuedFrom = reader.IsDBNull(4) ? null : StoredValues.Integer(reader, 4),
            }.ApplyTo(article);
        }
    }

    /// <summary>The titles of each (article, person), in order.</summary>
    private static Dictionary<(long Article, long Person), List<string>> ReadTitles(IDataReader reader)
    {
        var titles = new Dictionary<(long, long), List<string>>();
        while (reader.Read())
        {
            var key = (reader.GetInt64(0), reader.GetInt64(1));
            if (!titles.TryGetValue(key, out var list))
            {
                titles.Add(key, list = new List<string>(1));
            }

            list.Add(reader.GetString(2));
        }

        return titles;
    }

    /// <summary>Each article's officials and other people, in the order the article names them.</summary>
    private static void ReadPeople(IDataReader reader, Dictionary<long, Article> articles, Dictionary<(long, long), List<string>> titles)
    {
        // A person's name is read once for the batch: the same officials recur in article after article.
        var names = new Dictionary<long, string>();
        foreach (var (id, people) in Grouped(reader, r =>
                 {
                     var person = r.GetInt64(1);
                     if (!names.TryGetValue(person, out var name))
                     {
                         names.Add(person, name = r.GetString(3));
                     }

                     var role = r.GetString(2) == "official" ? PersonRole.Official : PersonRole.Other;
                     var held = titles.TryGetValue((r.GetInt64(0), person), out var list) ? list.ToArray() : Array.Empty<string>();
                     return new PersonMention(name, role, held);
                 }))
        {
            if (articles.TryGetValue(id, out var article))
            {
                article.Officials = Array.FindAll(people, p => p.Role == PersonRole.Official);
                article.People = Array.FindAll(people, p => p.Role == PersonRole.Other);
            }
        }
    }

    /// <summary>The rows of the current result, ordered by their first column (an article id), as one array per id.</summary>
    private static IEnumerable<(long Id, T[] Rows)> Grouped<T>(IDataReader reader, Func<IDataReader, T> read)
    {
        var rows = new List<T>();
        long? current = null;
        while (reader.Read())
        {
            var id = reader.GetInt64(0);
            if (current is { } open && open != id)
            {
                yield return (open, rows.ToArray());
                rows.Clear();
            }

            current = id;
            rows.Add(read(reader));
        }

        if (current is { } last)
        {
            yield return (last, rows.ToArray());
        }
    }
}
