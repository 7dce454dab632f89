using System;
using System.Collections.Generic;
using System.IO;
using System.Text;

namespace NewsArchive.Core.Text;

/// <summary>Folds Traditional characters to their Simplified forms one for one (說→说, 縣長→县长), so text keeps its
/// length and every position: a span found in the folded text is the same span of the original. The table is OpenCC's
/// (<c>TraditionalCharacters.txt</c>, embedded); characters that are Simplified forms too are left alone.</summary>
internal static class TraditionalChinese
{
    private const string Resource = "NewsArchive.TraditionalCharacters.txt";

    /// <summary>A page is read as Traditional when at least this share of its Han characters are Traditional only
    /// (Taiwan and Hong Kong news run 15–30 %; a Simplified page quoting a Traditional name stays far below).</summary>
    private const double TraditionalShareFrom = 0.05;

    /// <summary>And at least this many of them, so a short line with one such character is not folded.</summary>
    private const int TraditionalCountFrom = 3;

    private static readonly Lazy<Dictionary<char, char>> Table = new(Load);

    /// <summary>Whether the texts, taken together, are written in Traditional characters.</summary>
    public static bool IsTraditional(IEnumerable<string> texts)
    {
        var table = Table.Value;
        int han = 0, traditional = 0;
        foreach (var text in texts)
        {
            foreach (var c in text)
            {
                if (ChineseText.IsHan(c))
                {
                    han++;
                    if (table.ContainsKey(c))
                    {
                        traditional++;
                    }
                }
            }
        }

        return traditional >= TraditionalCountFrom && traditional >= TraditionalShareFrom * han;
    }

    /// <summary>The text with every Traditional character replaced by its Simplified form; same length.</summary>
    public static string Fold(string text)
    {
        var table = Table.Value;
        char[]? folded = null;
        for (var i = 0; i < text.Length; i++)
        {
            if (table.TryGetValue(text[i], out var simple))
            {
                folded ??= text.ToCharArray();
                folded[i] = simple;
            }
        }

        return folded is null ? text : new string(folded);
    }

    private static Dictionary<char, char> Load()
    {
        using var stream = typeof(TraditionalChinese).Assembly.GetManifestResourceStream(Resource)
                           ?? throw new InvalidOperationException($"Embedded resource {Resource} is missing.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<char, char>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (line.Length == 2 && line[0] != '#')
            {
                table[line[0]] = line[1];
            }
        }

        return table;
    }
}
