using System;
using System.Collections.Generic;

namespace NewsArchive.Core.Model;

/// <summary>An article as the archive returns it.</summary>
public sealed class Article
{
    public long Id { get; set; }
    public string Newspaper { get; set; } = string.Empty;
    public DateTime Date { get; set; }
    public int Page { get; set; }
    public int Sequence { get; set; }
    public string? Kicker { get; set; }
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public Byline[] Bylines { get; set; } = Array.Empty<Byline>();
    public string? Dateline { get; set; }
    public DateTime? EventDate { get; set; }
    public string[] Paragraphs { get; set; } = Array.Empty<string>();
    public string Body => string.Join("\n", Paragraphs);
    /// <summary>The intertitles (小标题) among the paragraphs.</summary>
    public string[] Intertitles { get; set; } = Array.Empty<string>();
    /// <summary>Picture captions, kept out of the body; photographers are in Bylines.</summary>
    public string[] Captions { get; set; } = Array.Empty<string>();
    /// <summary>The page the story goes on to ("（下转第三版）"), or null.</summary>
    public int? ContinuedOn { get; set; }
    /// <summary>The page the story comes from ("（上接第一版）"), or null.</summary>
    public int? ContinuedFrom { get; set; }
    public int Characters { get; set; }
    public long PageId { get; set; }

    /// <summary>The officials the article names, in order of first mention, with the titles it gives them.</summary>
    public PersonMention[] Officials { get; set; } = Array.Empty<PersonMention>();

    /// <summary>Other titled people the article names (company heads, academics, citizens); reporters are in Bylines.</summary>
    public PersonMention[] People { get; set; } = Array.Empty<PersonMention>();

    /// <summary>With Get-Article -Text: a piece of the body around the first hit, hits marked 【…】; otherwise null.</summary>
    public string? Snippet { get; set; }

    /// <summary>The bylines as one line for tables: "本报记者 陈润; 实习生 邓灵".</summary>
    public string BylineText => string.Join("; ", (IEnumerable<Byline>)Bylines);

    public override string ToString() => Title ?? "(untitled)";
}
