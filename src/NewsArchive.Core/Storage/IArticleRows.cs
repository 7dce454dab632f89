using System.Collections.Generic;
using System.Data;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Storage;

/// <summary>Writes the articles cut from a page, with their bylines, people, mentions and titles, inside the page's
/// transaction: the rows are the same on every engine, the fastest way to write them is not.</summary>
internal interface IArticleRows
{
    void Insert(long pageId, IReadOnlyList<ParsedArticle> articles, IDbTransaction transaction);
}

/// <summary>Column values of an article row that are computed, the same on every engine.</summary>
internal static class ArticleColumns
{
    /// <summary>The characters of the text: the body without the line breaks that join its paragraphs.</summary>
    public static int Characters(ParsedArticle article, string body) => body.Length - System.Math.Max(0, article.Paragraphs.Count - 1);

    public static string? EventDate(ParsedArticle article) => article.EventDate is null ? null : StoreDate.Format(article.EventDate.Value);

    public static string Role(PersonMention person) => person.Role == PersonRole.Official ? "official" : "other";

    /// <summary>Whether the article has a row in article_layout: only those with intertitles, captions or continuations.</summary>
    public static bool HasLayout(ParsedArticle article) =>
        article.Intertitles.Count > 0 || article.Captions.Count > 0 || article.ContinuedOn is not null || article.ContinuedFrom is not null;
}
