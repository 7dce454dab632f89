using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Parsing;

/// <summary>Reads an article's body blocks into paragraphs. Each block is, in this order: a continuation note (recorded,
/// kept out of the text), a caption or credit (to Captions and Bylines; it does not interrupt a paragraph a column cut),
/// a marked author line (to Bylines), an intertitle (a paragraph of its own, also listed), or paragraph text, which is
/// joined to the next block when a column break cut it: it ends without ending a sentence, and the page's line wrap,
/// if kept, does not show it ending short.</summary>
internal sealed class BodyReader
{
    /// <summary>How many paragraphs may stand before the lead and its dateline: an editor's note, a 核心阅读 box and its
    /// text.</summary>
    private const int MaxPrefaceParagraphs = 3;

    private static readonly string[] EditorNoteOpenings = { "编者按", "编者的话", "编者注", "编前", "编后" };

    /// <summary>Labels of the boxes some papers set between the head and the lead, holding a summary.</summary>
    private static readonly string[] BoxLabels = { "核心阅读", "阅读提示", "内容提要", "导读", "提要" };

    private readonly ParsedArticle _article;
    private readonly PageLayout _layout;
    private readonly StringBuilder _paragraph = new();
    private int _leadIndex = -1;

    private BodyReader(ParsedArticle article, PageLayout layout)
    {
        _article = article;
        _layout = layout;
    }

    /// <summary>Adds the paragraphs of blocks [start, end) to <paramref name="article"/> and resolves its event date.</summary>
    public static void Read(ParsedArticle article, List<PageBlock> blocks, int start, int end, PageLayout layout, DateTime? issueDate)
    {
        var reader = new BodyReader(article, layout);
        for (var i = start; i < end; i++)
        {
            reader.Add(blocks[i], i + 1 < end ? blocks[i + 1] : null, NextText(blocks, i + 1, end));
        }

        reader.Flush();
        reader.ResolveEventDate(issueDate);
    }

    /// <summary>The block the text goes on in after <paramref name="from"/>: captions and credits set between the pieces
    /// of a paragraph are stepped over.</summary>
    private static PageBlock? NextText(List<PageBlock> blocks, int from, int end)
    {
        var i = from;
        while (i < end && blocks[i].IsText && blocks[i].Lines.Sum(l => l.Text.Length) <= CaptionReader.MaxCaptionLength &&
               CaptionReader.TryRead(blocks[i], Markup.StripEmphasis(blocks[i].Join(string.Empty)), i + 1 < end ? blocks[i + 1] : null, new List<string>(), new List<Byline>()))
        {
            i++;
        }

        return i < end ? blocks[i] : null;
    }

    /// <summary>Whether a block opens an editor's note (编者按：…), which goes before the story and its dateline.</summary>
    public static bool IsEditorNote(PageBlock block) =>
        block.IsText && Array.Exists(EditorNoteOpenings, o => Markup.StripEmphasis(block.Lines[0].Text).TrimStart().StartsWith(o, StringComparison.Ordinal));

    /// <summary>Whether a block opens what stands between the head and the lead: an editor's note or a box (核心阅读).</summary>
    public static bool OpensPreface(PageBlock block) =>
        IsEditorNote(block) || block.IsText && Array.IndexOf(BoxLabels, Markup.StripEmphasis(block.Join(string.Empty)).Trim()) >= 0;

    /// <summary>Reads one block; <paramref name="following"/> is the block after it, <paramref name="next"/> the block its
    /// text would go on in (captions stepped over).</summary>
    private void Add(PageBlock block, PageBlock? following, PageBlock? next)
    {
        var raw = block.Join(string.Empty);
        var text = Markup.StripEmphasis(raw);
        if (block.IsText && TakeContinuationNotes(ref text))
        {
            return;
        }

        if (block.IsText && CaptionReader.TryRead(block, text, _paragraph.Length == 0 ? following : null, _article.Captions, _article.Bylines))
        {
            return;
        }

        if (block.IsText && BylineParser.StartsWithMark(text) && BylineParser.TryParseHeaderBlock(block, out var bylines))
        {
            _article.Bylines.AddRange(bylines);
            return;
        }

        if (_paragraph.Length == 0 && !ReadParagraphStart(block, raw, next, ref text))
        {
            return;
        }

        Flow.AppendContinuation(_paragraph, text);
        if (!block.IsText || Flow.EndsSentence(text) || _layout.EndsShort(block))
        {
            Flush();
        }
    }

    /// <summary>Reads a block that opens a paragraph: the lead with its dateline, an intertitle (false: the block is
    /// done), or the first text of a paragraph. Before the lead an editor's note or a box's text may stand.</summary>
    private bool ReadParagraphStart(PageBlock block, string raw, PageBlock? next, ref string text)
    {
        var leadPending = _leadIndex < 0 && _article.Paragraphs.Count <= MaxPrefaceParagraphs;
        var note = IsEditorNote(block);
        // The dateline opens the lead; it is a field of its own, not body text.
        var dateline = leadPending && !note ? DatelineParser.Take(ref text, _article.Bylines) : null;
        if (dateline is null && IntertitleReader.Read(block, raw, next, _layout) is { } intertitle)
        {
            Flush();
            _article.Intertitles.Add(intertitle);
            _article.Paragraphs.Add(intertitle);
            return false;
        }

        if (leadPending && (dateline is not null || !note && !FollowsBoxLabel()))
        {
            _article.Dateline = dateline;
            _leadIndex = _article.Paragraphs.Count;
        }

        text = text.TrimStart(' ', '\u3000');
        return text.Length > 0;
    }

    /// <summary>Takes "（上接第一版）" off the start and "（下转第三版）" off the end of the block, recording them; true when
    /// nothing else is left. The text before a 下转 note is where the story breaks off: its paragraph ends there.</summary>
    private bool TakeContinuationNotes(ref string text)
    {
        if (ContinuationNote.TakeLeading(ref text, out var onward, out var page))
        {
            Record(onward, page);
        }

        var breaksOff = false;
        if (ContinuationNote.TakeTrailing(ref text, out onward, out page))
        {
            Record(onward, page);
            breaksOff = onward;
        }

        if (text.Trim().Length == 0)
        {
            if (breaksOff)
            {
                Flush();
            }

            return true;
        }

        if (breaksOff)
        {
            Flow.AppendContinuation(_paragraph, text.TrimEnd());
            Flush();
            return true;
        }

        return false;
    }

    private void Record(bool onward, int page)
    {
        if (onward)
        {
            _article.ContinuedOn = page;
        }
        else
        {
            _article.ContinuedFrom = page;
        }
    }

    /// <summary>Whether the last paragraph is the label of a box set before the lead (核心阅读), whose text comes next.</summary>
    private bool FollowsBoxLabel() =>
        _article.Paragraphs.Count > 0 && Array.IndexOf(BoxLabels, _article.Paragraphs[_article.Paragraphs.Count - 1]) >= 0;

    private void Flush()
    {
        var text = _paragraph.ToString().Trim();
        _paragraph.Clear();
        if (text.Length > 0)
        {
            _article.Paragraphs.Add(text);
        }
    }

    private void ResolveEventDate(DateTime? issueDate)
    {
        if (_article.Paragraphs.Count == 0)
        {
            return;
        }

        var lead = _article.Paragraphs[Math.Max(0, Math.Min(_leadIndex, _article.Paragraphs.Count - 1))];
        var datelineDate = _article.Dateline is null ? null : EventDateResolver.Resolve(_article.Dateline, issueDate);
        // "今天" in a lead dated 本报北京1月14日讯 is the 14th, whatever day the issue came out.
        _article.EventDate = EventDateResolver.Resolve(lead, datelineDate ?? issueDate, datelineDate);
    }
}
