using System.Collections.Generic;
using System.Text;
using NewsArchive.Core.Text;

namespace NewsArchive.Core.Search;

/// <summary>Turns text into the tokens of the full-text index, the same way at index and at query time. FTS5 does not
/// segment Chinese (unicode61 keeps a Han run whole, trigram drops short terms), so Han text is cut here into
/// overlapping bigrams, and each run's last character is added as a one-character token: every Han character of a run
/// then starts exactly one token, which is what a one-character (prefix) query needs. Letters and digits of other
/// scripts stay whole words, lower-cased; everything else (punctuation, spaces, line breaks) separates runs, so no
/// token ever spans a comma, a paragraph or two fields.</summary>
public static class SearchTokenizer
{
    /// <summary>The index form of <paramref name="text"/>: its tokens separated by spaces, for a unicode61 FTS5 column.</summary>
    public static string IndexText(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        // One pass without intermediate strings: an import tokenizes every article it stores.
        var output = new StringBuilder(text!.Length * 3);
        var previous = CharKind.Separator;
        var last = '\0';
        foreach (var raw in text)
        {
            var c = Normalize(raw);
            var kind = Classify(c);
            if (previous == CharKind.Han)
            {
                if (kind == CharKind.Han)
                {
                    output.Append(last).Append(c).Append(' ');
                }
                else
                {
                    output.Append(last).Append(' ');
                }
            }
            else if (previous == CharKind.Word && kind != CharKind.Word)
            {
                output.Append(' ');
            }

            if (kind == CharKind.Word)
            {
                output.Append(c);
            }

            previous = kind;
            last = c;
        }

        if (previous == CharKind.Han)
        {
            output.Append(last).Append(' ');
        }

        return output.ToString();
    }

    /// <summary>The tokens of <paramref name="text"/> in index order (for tests and diagnostics).</summary>
    public static IReadOnlyList<string> IndexTokens(string? text) =>
        IndexText(text).Split(new[] { ' ' }, System.StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The runs of <paramref name="text"/> that the index sees: Han runs and words, normalised (full-width
    /// letters and digits narrowed, letters lower-cased), in order; separators dropped.</summary>
    public static IReadOnlyList<TextSegment> Segments(string text)
    {
        var segments = new List<TextSegment>();
        var run = new StringBuilder();
        var runIsHan = false;
        foreach (var raw in text)
        {
            var c = Normalize(raw);
            var kind = Classify(c);
            if (kind == CharKind.Separator || (run.Length > 0 && (kind == CharKind.Han) != runIsHan))
            {
                Flush();
            }

            if (kind != CharKind.Separator)
            {
                runIsHan = kind == CharKind.Han;
                run.Append(c);
            }
        }

        Flush();
        return segments;

        void Flush()
        {
            if (run.Length > 0)
            {
                segments.Add(new TextSegment(run.ToString(), runIsHan));
                run.Clear();
            }
        }
    }

    /// <summary>Han characters for search: the ideograph blocks plus 〇, the zero of dates written 二〇二〇年.</summary>
    public static bool IsSearchHan(char c) => ChineseText.IsHan(c) || c == '〇';

    private enum CharKind
    {
        Separator,
        Han,
        Word,
    }

    internal static bool IsTokenChar(char c) => Classify(c) != CharKind.Separator;

    private static CharKind Classify(char c) =>
        IsSearchHan(c) ? CharKind.Han : char.IsLetterOrDigit(c) ? CharKind.Word : CharKind.Separator;

    /// <summary>Full-width ASCII (ＡＢＣ１２３, common in OCR'd Chinese) as ASCII, then lower case.</summary>
    internal static char Normalize(char c)
    {
        if (c >= '\uFF01' && c <= '\uFF5E')
        {
            c = (char)(c - 0xFEE0);
        }

        return char.ToLowerInvariant(c);
    }
}

/// <summary>One run the index sees: a run of Han characters, or one word of letters and digits.</summary>
public readonly struct TextSegment
{
    public TextSegment(string text, bool isHan)
    {
        Text = text;
        IsHan = isHan;
    }

    public string Text { get; }
    public bool IsHan { get; }

    public override string ToString() => Text;
}
