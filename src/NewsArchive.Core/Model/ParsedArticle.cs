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
    public List<string> Paragraphs { get; } = new();
    public List<PersonMention> People { get; } = new();

    public string Body => string.Join("\n", Paragraphs);
}
