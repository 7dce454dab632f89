using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsArchive.Core.Parsing;

/// <summary>What a page's columns say about its blocks. A paragraph cut by the foot of a column fills whole lines: when the
/// OCR kept the column's lines its last line is a full one, while a line that ends a paragraph, an intertitle or a caption
/// ends short; when it did not, the cut piece is still a whole number of column lines long (less the first line's
/// indent), and the column width shows in the pieces the page certainly cut (long, and stopped mid-sentence).</summary>
internal sealed class PageLayout
{
    /// <summary>Lines inside wrapped blocks needed before the page's line width is trusted.</summary>
    private const int MinWrappedLines = 6;

    /// <summary>How far short of the column a line may end and still be a full one: a paragraph's first line is indented
    /// by two characters, and a line may hold half-width digits and letters.</summary>
    private const double FullLineSlack = 2.5;

    /// <summary>Indent of a paragraph's first line, in characters.</summary>
    private const double Indent = 2;

    /// <summary>A block this long that stops mid-sentence is certainly a column's cut, not a heading or a caption.</summary>
    private const int MinCertainCutLength = 30;

    /// <summary>Certain cuts needed before a column width is inferred from them, and the share they must agree on.</summary>
    private const int MinCertainCuts = 3;
    private const double MinAgreement = 0.8;

    /// <summary>Column widths looked for, in characters.</summary>
    private const int MinColumnWidth = 8;
    private const int MaxColumnWidth = 40;

    /// <summary>How far a cut piece may overrun whole lines: punctuation that may not open a line goes up to the line
    /// before, and half-width digits do not fill a column exactly.</summary>
    private const double FillSlack = 1.5;

    private PageLayout(double? lineWidth, double? columnWidth)
    {
        LineWidth = lineWidth;
        ColumnWidth = columnWidth ?? lineWidth;
    }

    /// <summary>The page's usual line width in full-width characters (Latin letters and digits count half), or null when
    /// the page does not keep its lines.</summary>
    public double? LineWidth { get; }

    /// <summary>The width of the page's columns: its line width, or the width its cut pieces agree on; null when unknown.</summary>
    public double? ColumnWidth { get; }

    public static PageLayout Measure(List<PageBlock> blocks)
    {
        // Every line of a wrapped block but its last runs the full width of the column (less the indent on a first line).
        var widths = blocks.Where(b => b.IsText && b.Lines.Count > 1)
            .SelectMany(b => b.Lines.Take(b.Lines.Count - 1).Where(l => !l.HardBreak))
            .Select(l => Math.Round(Width(l.Text)))
            .ToList();
        if (widths.Count < MinWrappedLines)
        {
            return new PageLayout(null, InferColumnWidth(blocks));
        }

        var usual = widths.GroupBy(w => w).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        return new PageLayout(usual, null);
    }

    /// <summary>True when <paramref name="text"/> is as long as a piece a column's foot cuts: whole column lines, less the
    /// indent when it opens a paragraph. False when the column width is unknown.</summary>
    public bool FillsLines(string text) => ColumnWidth is { } column && FillsLines(Width(text), column);

    private static bool FillsLines(double width, double column)
    {
        foreach (var offset in new[] { Indent, 0 })
        {
            var over = (width + offset) % column;
            if (width + offset >= column - FillSlack && (over <= FillSlack || over >= column - FillSlack))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The widest column width that nearly all the page's certain cuts fill whole lines of; null when there are
    /// too few of them or they do not agree. (A width that fits also fits its divisors, hence the widest.)</summary>
    private static double? InferColumnWidth(List<PageBlock> blocks)
    {
        var cuts = new List<double>();
        for (var i = 0; i + 1 < blocks.Count; i++)
        {
            var text = Markup.StripEmphasis(blocks[i].Join(string.Empty)).Trim();
            if (blocks[i].IsText && blocks[i + 1].IsText && text.Length >= MinCertainCutLength && !Flow.EndsSentence(text))
            {
                cuts.Add(Width(text));
            }
        }

        if (cuts.Count < MinCertainCuts)
        {
            return null;
        }

        for (var column = MaxColumnWidth; column >= MinColumnWidth; column--)
        {
            if (cuts.Count(w => FillsLines(w, column)) >= MinAgreement * cuts.Count)
            {
                return column;
            }
        }

        return null;
    }

    /// <summary>True when the block's last line is short of the column: whatever it holds ends there, punctuated or not.
    /// False when it runs to the column's end or the page keeps no lines.</summary>
    public bool EndsShort(PageBlock block) => LineWidth is { } width && Width(block.Lines[block.Lines.Count - 1].Text) < width - FullLineSlack;

    /// <summary>Display width: CJK characters count one, ASCII half.</summary>
    public static double Width(string text)
    {
        var width = 0.0;
        foreach (var c in text)
        {
            width += c < '\u0100' ? 0.5 : 1.0;
        }

        return width;
    }
}
