using System;
using System.Collections.Generic;

namespace NewsArchive.Core.Model;

/// <summary>An article as the archive returns it.</summary>
public sealed class Article
{
    private TextList<Byline> _bylines = TextList<Byline>.Empty;
    private TextList<string>? _paragraphs = TextList<string>.From(Array.Empty<string>(), TextList<string>.ParagraphSeparator);
    private string? _storedBody;
    private string? _snippet;
    private Func<string>? _buildSnippet;
    private TextList<PersonMention> _officials = TextList<PersonMention>.Empty;
    private TextList<PersonMention> _people = TextList<PersonMention>.Empty;
    private TextList<string> _intertitles = TextList<string>.Empty;
    private TextList<string> _captions = TextList<string>.Empty;

    public long Id { get; set; }
    public string Newspaper { get; set; } = string.Empty;
    public DateTime Date { get; set; }
    public int Page { get; set; }
    public int Sequence { get; set; }
    public string? Kicker { get; set; }
    public string? Title { get; set; }
    public string? Subtitle { get; set; }
    public IReadOnlyList<Byline> Bylines { get => _bylines; set => _bylines = TextList<Byline>.From(value); }
    public string? Dateline { get; set; }
    public DateTime? EventDate { get; set; }
    public IReadOnlyList<string> Paragraphs
    {
        get => _paragraphs ??= SplitStoredBody(_storedBody!);
        set
        {
            _paragraphs = TextList<string>.From(value, TextList<string>.ParagraphSeparator);
            _storedBody = null;
        }
    }

    public string Body => _storedBody ?? string.Join(TextList<string>.ParagraphSeparator, Paragraphs);
    /// <summary>The intertitles (小标题) among the paragraphs.</summary>
    public IReadOnlyList<string> Intertitles { get => _intertitles; set => _intertitles = TextList<string>.From(value); }
    /// <summary>Picture captions, kept out of the body; photographers are in Bylines.</summary>
    public IReadOnlyList<string> Captions { get => _captions; set => _captions = TextList<string>.From(value); }
    /// <summary>The page the story goes on to ("（下转第三版）"), or null.</summary>
    public int? ContinuedOn { get; set; }
    /// <summary>The page the story comes from ("（上接第一版）"), or null.</summary>
    public int? ContinuedFrom { get; set; }
    public int Characters { get; set; }
    public long PageId { get; set; }

    /// <summary>The officials the article names, in order of first mention, with the titles it gives them.</summary>
    public IReadOnlyList<PersonMention> Officials { get => _officials; set => _officials = TextList<PersonMention>.From(value); }

    /// <summary>Other titled people the article names (company heads, academics, citizens); reporters are in Bylines.</summary>
    public IReadOnlyList<PersonMention> People { get => _people; set => _people = TextList<PersonMention>.From(value); }

    /// <summary>With Get-Article -Text: a piece of the body around the first hit, hits marked 【…】; otherwise null.</summary>
    public string? Snippet
    {
        get
        {
            if (_buildSnippet is not null)
            {
                _snippet = _buildSnippet();
                _buildSnippet = null;
            }

            return _snippet;
        }
        set
        {
            _snippet = value;
            _buildSnippet = null;
        }
    }

    /// <summary>The bylines as one line for tables: "本报记者 陈润; 实习生 邓灵".</summary>
    public string BylineText => _bylines.ToString();

    public override string ToString() => Title ?? "(untitled)";

    /// <summary>Sets the body as the store keeps it (paragraphs joined by line feeds), split into <see cref="Paragraphs"/>
    /// only when they are read: every match of a common term makes thousands of articles that are mostly counted, piped
    /// on or shown as a table row without their paragraphs.</summary>
    internal void SetStoredBody(string body)
    {
        _storedBody = body;
        _paragraphs = null;
    }

    /// <summary>Sets how <see cref="Snippet"/> is made, on its first read: only the rows a user looks at need one.</summary>
    internal void SetSnippetSource(Func<string> build)
    {
        _snippet = null;
        _buildSnippet = build;
    }

    private static TextList<string> SplitStoredBody(string body) =>
        new(body.Length == 0 ? Array.Empty<string>() : body.Split('\n'), TextList<string>.ParagraphSeparator);
}
