using System;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Storage;

/// <summary>A row of article_layout: what the parser keeps apart from an article's paragraphs (intertitles, captions,
/// continuation pages), with its lists stored newline-separated.</summary>
internal sealed class ArticleLayout
{
    public long ArticleId { get; set; }
    public string? Intertitles { get; set; }
    public string? Captions { get; set; }
    public long? ContinuedOn { get; set; }
    public long? ContinuedFrom { get; set; }

    /// <summary>A list as stored: null when empty.</summary>
    public static string? JoinList(System.Collections.Generic.IReadOnlyCollection<string> items) => items.Count == 0 ? null : string.Join("\n", items);

    public void ApplyTo(Article article)
    {
        article.Intertitles = SplitList(Intertitles);
        article.Captions = SplitList(Captions);
        article.ContinuedOn = (int?)ContinuedOn;
        article.ContinuedFrom = (int?)ContinuedFrom;
    }

    private static string[] SplitList(string? stored) => string.IsNullOrEmpty(stored) ? Array.Empty<string>() : stored!.Split('\n');
}
