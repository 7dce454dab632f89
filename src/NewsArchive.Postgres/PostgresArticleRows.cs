using System;
using System.Collections.Generic;
using System.Data;
using System.Linq;
using NewsArchive.Core.Model;
using NewsArchive.Core.Storage;
using Npgsql;

namespace NewsArchive.Postgres;

/// <summary>A page's article rows in PostgreSQL, written by the functions of PostgreSQL migration 4 in one statement:
/// every table's rows of the page go as parallel arrays (the n-th article's bylines, layout, mentions and titles name it
/// by n, people by name), so a page costs one round trip however many articles, bylines and people it has. On this
/// 2-core machine each round trip waits for the server process to be scheduled beside the importer's analysis threads:
/// twelve statements a page spent more time waiting than PostgreSQL spent writing (bench/Compare-Engines.ps1).</summary>
internal sealed class PostgresArticleRows : IArticleRows
{
    /// <summary>The article arrays, in the order of the functions' parameters after the page's own.</summary>
    private static readonly string ArticleArguments = string.Join(", ", new[]
    {
        "sequences", "kickers", "titles", "subtitles", "datelines", "event_dates", "bodies", "paragraph_counts", "characters", "vectors", "terms",
        "byline_articles", "byline_positions", "byline_roles", "byline_names",
        "layout_articles", "intertitles", "captions", "continued_on", "continued_from",
        "names",
        "mention_articles", "mention_names", "mention_positions", "mention_roles",
        "title_articles", "title_names", "title_positions", "title_texts",
    }.Select(name => "@" + name));

    private readonly NpgsqlConnection _connection;

    public PostgresArticleRows(NpgsqlConnection connection) => _connection = connection;

    /// <summary>Writes the articles of a stored page (Update-Issue's re-analysis) inside <paramref name="transaction"/>.</summary>
    public void Insert(long pageId, IReadOnlyList<ParsedArticle> articles, IDbTransaction transaction)
    {
        if (articles.Count == 0)
        {
            return;
        }

        using var command = new NpgsqlCommand("SELECT newsarchive_insert_articles(@page, " + ArticleArguments + ")", _connection, (NpgsqlTransaction)transaction);
        command.Parameters.AddWithValue("page", pageId);
        AddArticleArrays(command, articles);
        command.ExecuteNonQuery();
    }

    /// <summary>Stores a page and its articles in one statement, which is its own transaction: the function takes the
    /// page's lock, decides against what is stored, and writes (see PostgreSQL migration 4).</summary>
    public PageSaveOutcome Save(PageRecord page, IReadOnlyList<ParsedArticle> articles, bool allowReplace, int parserVersion)
    {
        using var command = new NpgsqlCommand(
            "SELECT newsarchive_save_page(@newspaper, @issue_date, @page, @source_path, @sha256, @encoding, @text, @parser_version, @imported_at, @allow_replace, " +
            ArticleArguments + ")", _connection);
        command.Parameters.AddWithValue("newspaper", page.Newspaper);
        command.Parameters.AddWithValue("issue_date", StoreDate.Format(page.Date));
        command.Parameters.AddWithValue("page", page.Page);
        command.Parameters.AddWithValue("source_path", NpgsqlTypes.NpgsqlDbType.Text, (object?)page.SourcePath ?? DBNull.Value);
        command.Parameters.AddWithValue("sha256", page.Sha256);
        command.Parameters.AddWithValue("encoding", page.Encoding);
        command.Parameters.AddWithValue("text", PageText.Pack(page.Text));
        command.Parameters.AddWithValue("parser_version", parserVersion);
        command.Parameters.AddWithValue("imported_at", StoreDate.FormatTime(page.ImportedAt ?? DateTime.UtcNow));
        command.Parameters.AddWithValue("allow_replace", allowReplace);
        AddArticleArrays(command, articles);
        return (PageSaveOutcome)Enum.Parse(typeof(PageSaveOutcome), (string)command.ExecuteScalar()!);
    }

    private static void AddArticleArrays(NpgsqlCommand command, IReadOnlyList<ParsedArticle> articles)
    {
        var bodies = articles.Select(a => a.Body).ToArray();
        Add(command, "sequences", articles.Select(a => a.Sequence).ToArray());
        Add(command, "kickers", articles.Select(a => a.Kicker).ToArray());
        Add(command, "titles", articles.Select(a => a.Title).ToArray());
        Add(command, "subtitles", articles.Select(a => a.Subtitle).ToArray());
        Add(command, "datelines", articles.Select(a => a.Dateline).ToArray());
        Add(command, "event_dates", articles.Select(ArticleColumns.EventDate).ToArray());
        Add(command, "bodies", bodies);
        Add(command, "paragraph_counts", articles.Select(a => a.Paragraphs.Count).ToArray());
        Add(command, "characters", articles.Select((a, i) => ArticleColumns.Characters(a, bodies[i])).ToArray());
        var search = articles.Select(a => PostgresSearchDocument.Entry(a.Title, a.Body)).ToArray();
        Add(command, "vectors", search.Select(e => e.Vector).ToArray());
        Add(command, "terms", search.Select(e => e.Terms).ToArray());

        var bylines = articles.SelectMany((a, n) => a.Bylines.Select((b, position) => (Article: n + 1, Position: position, b.Role, b.Name))).ToList();
        Add(command, "byline_articles", bylines.Select(b => b.Article).ToArray());
        Add(command, "byline_positions", bylines.Select(b => b.Position).ToArray());
        Add(command, "byline_roles", bylines.Select(b => b.Role).ToArray());
        Add(command, "byline_names", bylines.Select(b => b.Name).ToArray());

        var layouts = articles.Select((a, n) => (Article: a, N: n + 1)).Where(l => ArticleColumns.HasLayout(l.Article)).ToList();
        Add(command, "layout_articles", layouts.Select(l => l.N).ToArray());
        Add(command, "intertitles", layouts.Select(l => ArticleLayout.JoinList(l.Article.Intertitles)).ToArray());
        Add(command, "captions", layouts.Select(l => ArticleLayout.JoinList(l.Article.Captions)).ToArray());
        Add(command, "continued_on", layouts.Select(l => l.Article.ContinuedOn).ToArray());
        Add(command, "continued_from", layouts.Select(l => l.Article.ContinuedFrom).ToArray());

        AddPeople(command, articles);
    }

    /// <summary>A person named twice in one article is one mention, with the first naming's position and titles (the
    /// later naming's titles only where the first had none at that position), as SQLite's INSERT OR IGNORE keeps them.</summary>
    private static void AddPeople(NpgsqlCommand command, IReadOnlyList<ParsedArticle> articles)
    {
        var mentions = articles
            .SelectMany((a, n) => a.People.Select((p, position) => (Article: n + 1, p.Name, Position: position, Role: ArticleColumns.Role(p), p.Titles)))
            .ToList();
        var firstMentions = mentions.GroupBy(m => (m.Article, m.Name)).Select(g => g.First()).ToList();
        var titles = mentions
            .SelectMany(m => m.Titles.Select((title, position) => (m.Article, m.Name, Position: position, Title: title)))
            .GroupBy(t => (t.Article, t.Name, t.Position)).Select(g => g.First()).ToList();
        Add(command, "names", mentions.Select(m => m.Name).Distinct(StringComparer.Ordinal).ToArray());
        Add(command, "mention_articles", firstMentions.Select(m => m.Article).ToArray());
        Add(command, "mention_names", firstMentions.Select(m => m.Name).ToArray());
        Add(command, "mention_positions", firstMentions.Select(m => m.Position).ToArray());
        Add(command, "mention_roles", firstMentions.Select(m => m.Role).ToArray());
        Add(command, "title_articles", titles.Select(t => t.Article).ToArray());
        Add(command, "title_names", titles.Select(t => t.Name).ToArray());
        Add(command, "title_positions", titles.Select(t => t.Position).ToArray());
        Add(command, "title_texts", titles.Select(t => t.Title).ToArray());
    }

    private static void Add<T>(NpgsqlCommand command, string name, T[] values) =>
        command.Parameters.Add(new NpgsqlParameter<T[]>(name, values));
}
