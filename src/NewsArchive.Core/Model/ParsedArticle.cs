using System;
using System.Collections.Generic;

namespace NewsArchive.Core.Model;

/// <summary>One article as the parser cut it from a page, before it is stored.</summary>
public sealed class ParsedArticle
{
    public int Sequence { get; set; }
    public string? Kicker { get; set; }
    /// <summary>Null for text that stands before the page's first headline (a story continued from another page).</summary>
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public List<Byline> Bylines { get; } = new();
    public string? Dateline { get; set; }
    public DateTime? EventDate { get; set; }
    /// <summary>The body's paragraphs in reading order; intertitles (小标题) stand among them as paragraphs of their own.</summary>
    public List<string> Paragraphs { get; } = new();
    /// <summary>The intertitles (小标题) that divide the body, as they also stand in <see cref="Paragraphs"/>.</summary>
    public List<string> Intertitles { get; } = new();
    /// <summary>Picture captions and picture notes ("（附图片２张）"), kept out of the body; their credits are in Bylines.</summary>
    public List<string> Captions { get; } = new();
    /// <summary>The page the story goes on to ("（下转第三版）" is 3); null when it ends on this page.</summary>
    public int? ContinuedOn { get; set; }
    /// <summary>The page the story comes from ("（上接第一版）" is 1); null when it starts on this page.</summary>
    public int? ContinuedFrom { get; set; }
    public List<PersonMention> People { get; } = new();

    public string Body => string.Join("\n", Paragraphs);
}
