using System;
using System.Text.RegularExpressions;
using NewsArchive.Core.Text;

namespace NewsArchive.Core.Parsing;

/// <summary>Tells an intertitle (小标题: a short line that heads a part of a long story, "研究对象的独特把握") from the top
/// of a paragraph that a column's foot cut off. Both are short blocks that end without punctuation; what differs is the
/// evidence around them: a mark or bold type, a number, how the page's lines end, whether the block reads as prose cut
/// mid-clause, and whether the next block reads as the rest of its sentence.</summary>
internal static class IntertitleReader
{
    /// <summary>Longest intertitle set plain; a two-part one ("A B") or a marked, bold or numbered one may run longer.</summary>
    private const int MaxPlainLength = 36;

    /// <summary>Shortest intertitle set plain: "核心阅读"; three characters alone ("免去龙") are a cut, not a head.</summary>
    private const int MinPlainLength = 4;

    /// <summary>A plain line this long holding an enumeration comma is a list in running text, not a head.</summary>
    private const int MinListLength = 20;
    private const int MaxSetOffLength = 40;

    /// <summary>A next block whose first sentence ends within this many characters is the rest of a cut one ("行会谈。").</summary>
    private const int MaxSentenceRest = 5;

    /// <summary>A next block whose first item of a list ends within this many characters continues the list ("新、省军区…").</summary>
    private const int MaxListItemRest = 2;

    private const string Marks = "■□●◆▲★◇○△◎◉▶►";

    /// <summary>Characters a heading does not end on but a line cut mid-clause often does (的, 和, 在, 将…).</summary>
    private const string ClauseOpenEndings = "的了和与及在对把将从向并而或被让给以于为是其之等第各每该这那此所由自至使令跟比按据随凭若又也都就还才更最很太不没未已曾、，；：—…“《（(,;:";

    /// <summary>Commas, full-width and ASCII: a line holding one is a clause of running text.</summary>
    private static readonly char[] ClauseCommas = { '，', ',' };

    /// <summary>Characters that do not open a paragraph but continue one (的, 了, 们…).</summary>
    private const string ContinuationOpenings = "的了着过们地得之";

    /// <summary>"二是…", "其次…": an enumerated point of running text, not a heading.</summary>
    private static readonly Regex ProseOpening = new(@"^(?:[一二三四五六七八九十]是|首先|其次|再次|最后|同时|此外|另外)", RegexOptions.CultureInvariant);

    /// <summary>What headings hardly ever hold and sentences often do: an aspect particle, a date in brackets after 今天 or
    /// 当天 ("今天（5月30日）"), a list.</summary>
    private static readonly Regex ProseSigns = new(@"了|[（(][0-9０-９]{1,2}月?[0-9０-９]{1,2}日[）)]|、.*、", RegexOptions.CultureInvariant);

    /// <summary>What headings seldom hold: an enumeration comma, a bracketed aside. Enough to call prose a line that also
    /// fills the column's lines.</summary>
    private static readonly Regex WeakProseSigns = new(@"[、（(]", RegexOptions.CultureInvariant);

    /// <summary>A head in two parts set apart by a space ("假期最后一天 各地迎来返程客流高峰"); prose has no such gap.</summary>
    private static readonly Regex TwoPart = new(@"[\u4e00-\u9fff》”0-9%][ \u3000]+[\u4e00-\u9fff《“0-9]", RegexOptions.CultureInvariant);

    private static readonly Regex Numbered = new(
        @"^(?:[一二三四五六七八九十]{1,3}[、．.]|[（(][一二三四五六七八九十0-9０-９]{1,3}[）)]|[0-9０-９]{1,2}[、．.](?![0-9０-９])|第[一二三四五六七八九十]{1,3}[，、])",
        RegexOptions.CultureInvariant);

    /// <summary>The intertitle <paramref name="block"/> holds (marks and bold taken off), or null when it is prose.
    /// <paramref name="raw"/> is the block's text with its bold markup, <paramref name="next"/> the block after it.</summary>
    public static string? Read(PageBlock block, string raw, PageBlock? next, PageLayout layout)
    {
        var text = Markup.StripEmphasis(raw).Trim();
        if (block.HeadingLevel >= 3)
        {
            // A small heading inside the body ("### …") is a sub-head by its markup.
            return text;
        }

        if (text.Length < 2 || Flow.EndsSentence(text) && !EndsAsHeading(text))
        {
            return null;
        }

        var marked = Marks.IndexOf(text[0]) >= 0;
        var bare = marked ? text.TrimStart(Marks.ToCharArray()).Trim() : text;
        var setOff = marked || IsBold(raw) || Numbered.IsMatch(bare);
        var twoPart = TwoPart.IsMatch(bare);
        if (bare.Length < 2 || bare.Length > (setOff || twoPart ? MaxSetOffLength : MaxPlainLength) || HasSentenceInside(bare))
        {
            return null;
        }

        if (setOff)
        {
            return bare;
        }

        // A plain line: prose cut by a column stops mid-clause, runs to the end of its lines, or goes on in the next block.
        // One line that fills the column is only taken for prose when it reads as prose too: a heading can fill a line.
        if (bare.Length < MinPlainLength || bare.IndexOfAny(ClauseCommas) >= 0 || bare.Length >= MinListLength && bare.IndexOf('、') >= 0 ||
            ClauseOpenEndings.IndexOf(bare[bare.Length - 1]) >= 0 || ProseOpening.IsMatch(bare) ||
            ProseSigns.IsMatch(bare) || (block.Lines.Count > 1 ? !layout.EndsShort(block) : layout.FillsLines(bare) && WeakProseSigns.IsMatch(bare)))
        {
            return null;
        }

        return next is { IsText: true } && !ContinuesSentence(Markup.StripEmphasis(next.Lines[0].Text)) ? bare : null;
    }

    /// <summary>A heading may end on ？ or ！ ("如何破解？"); prose has more than one sentence or a clause before it.</summary>
    private static bool EndsAsHeading(string text)
    {
        var last = text[text.Length - 1];
        return (last == '？' || last == '！') && text.Length <= MaxPlainLength && text.IndexOfAny(new[] { '。', '，', '；' }) < 0;
    }

    private static bool IsBold(string raw)
    {
        var text = raw.Trim();
        return text.Length > 4 && text.StartsWith("**", StringComparison.Ordinal) && text.EndsWith("**", StringComparison.Ordinal) &&
               text.IndexOf("**", 2, StringComparison.Ordinal) == text.Length - 2;
    }

    private static bool HasSentenceInside(string text) => text.Substring(0, text.Length - 1).IndexOfAny(new[] { '。', '！', '？', '；' }) >= 0;

    /// <summary>Whether a block opens as the rest of a sentence: its first sentence or list item is only a few characters
    /// long ("会见。", "新、省军区…"), it starts with a character that continues a word or clause, or it is the note that sends the story to another page
    /// (the line before it is where a column's foot cut the story).</summary>
    private static bool ContinuesSentence(string next)
    {
        var text = next.TrimStart();
        if (text.Length == 0 || ContinuationNote.TakeLeading(ref text, out _, out _))
        {
            return true;
        }

        if (ContinuationOpenings.IndexOf(text[0]) >= 0 || ChineseText.IsCloser(text[0]) || "，。、；：！？".IndexOf(text[0]) >= 0)
        {
            return true;
        }

        for (var i = 0; i < text.Length && i <= MaxSentenceRest; i++)
        {
            if (text[i] is '。' or '！' or '？' || text[i] == '、' && i <= MaxListItemRest)
            {
                return true;
            }
        }

        return false;
    }
}
