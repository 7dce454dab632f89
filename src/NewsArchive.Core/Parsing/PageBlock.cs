using System.Collections.Generic;
using System.Text;
using NewsArchive.Core.Text;

namespace NewsArchive.Core.Parsing;

/// <summary>One line of a block, and whether it ended in a markdown hard break (two trailing spaces or a backslash).</summary>
internal readonly struct BlockLine
{
    public BlockLine(string text, bool hardBreak)
    {
        Text = text;
        HardBreak = hardBreak;
    }

    public string Text { get; }
    public bool HardBreak { get; }
}

/// <summary>A run of lines between blank lines, or one ATX heading (<c># …</c>), which always stands alone.</summary>
internal sealed class PageBlock
{
    public PageBlock(int headingLevel, List<BlockLine> lines)
    {
        HeadingLevel = headingLevel;
        Lines = lines;
    }

    /// <summary>0 for text; 1-6 for a heading.</summary>
    public int HeadingLevel { get; }
    public List<BlockLine> Lines { get; }

    public bool IsHeadline => HeadingLevel is 1 or 2;
    public bool IsText => HeadingLevel == 0;

    /// <summary>The block's text: soft-wrapped lines joined as flowing text, hard breaks as <paramref name="hardBreak"/>.</summary>
    public string Join(string hardBreak)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < Lines.Count; i++)
        {
            if (i > 0)
            {
                if (Lines[i - 1].HardBreak)
                {
                    builder.Append(hardBreak);
                }
                else
                {
                    Flow.AppendContinuation(builder, Lines[i].Text);
                    continue;
                }
            }

            builder.Append(Lines[i].Text);
        }

        return builder.ToString();
    }

    /// <summary>Splits page text (after front matter) into blocks.</summary>
    public static List<PageBlock> Split(string text)
    {
        var blocks = new List<PageBlock>();
        var current = new List<BlockLine>();
        foreach (var rawLine in text.Split('\n'))
        {
            var trimmedEnd = rawLine.TrimEnd(' ', '\t', '\u3000', '\f');
            var content = trimmedEnd.TrimStart(' ', '\t', '\u3000');
            if (content.Length == 0)
            {
                Flush(blocks, ref current);
                continue;
            }

            var level = HeadingLevelOf(content);
            if (level > 0)
            {
                Flush(blocks, ref current);
                var headingText = content.Substring(level).Trim().TrimEnd('#').Trim();
                if (headingText.Length > 0)
                {
                    blocks.Add(new PageBlock(level, new List<BlockLine> { new(Markup.StripEmphasis(headingText), false) }));
                }

                continue;
            }

            var hardBreak = rawLine.Length - trimmedEnd.Length >= 2 && rawLine.EndsWith("  ") || content.EndsWith("\\");
            current.Add(new BlockLine(content.TrimEnd('\\').TrimEnd(), hardBreak));
        }

        Flush(blocks, ref current);
        return blocks;
    }

    private static int HeadingLevelOf(string line)
    {
        var level = 0;
        while (level < line.Length && level < 7 && line[level] == '#')
        {
            level++;
        }

        // "#话题" without a space is a hashtag, not a heading; seven #s is not markdown either.
        return level is >= 1 and <= 6 && level < line.Length && (line[level] == ' ' || line[level] == '\u3000') ? level : 0;
    }

    private static void Flush(List<PageBlock> blocks, ref List<BlockLine> current)
    {
        if (current.Count > 0)
        {
            blocks.Add(new PageBlock(0, current));
            current = new List<BlockLine>();
        }
    }
}

/// <summary>How text cut across lines or column breaks is joined again.</summary>
internal static class Flow
{
    /// <summary>Appends <paramref name="next"/> to the text in <paramref name="builder"/> as its continuation: nothing in
    /// between for CJK, a space where two Latin words meet.</summary>
    public static void AppendContinuation(StringBuilder builder, string next)
    {
        if (builder.Length > 0 && next.Length > 0 && ChineseText.IsAsciiLetter(builder[builder.Length - 1]) && ChineseText.IsAsciiLetter(next[0]))
        {
            builder.Append(' ');
        }

        builder.Append(next);
    }

    /// <summary>True when a paragraph may end after this text; false when a column break cut it mid-sentence.</summary>
    public static bool EndsSentence(string text)
    {
        var end = text.Length - 1;
        while (end >= 0 && ChineseText.IsCloser(text[end]))
        {
            end--;
        }

        if (end < 0)
        {
            return true;
        }

        if (ChineseText.IsSentenceFinal(text[end]))
        {
            return true;
        }

        // A block that is one parenthesised note, "（下转第2版）" or "（本报记者 王伟）", stands on its own.
        return end < text.Length - 1 && (text[0] == '（' || text[0] == '(');
    }
}

/// <summary>Inline markdown the archive does not keep.</summary>
internal static class Markup
{
    public static string StripEmphasis(string text) => text.IndexOf("**", System.StringComparison.Ordinal) >= 0 ? text.Replace("**", string.Empty) : text;
}
