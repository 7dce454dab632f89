using System;

namespace NewsArchive.Core.Text;

/// <summary>Character classes the parser and the search index agree on.</summary>
public static class ChineseText
{
    /// <summary>CJK Unified Ideographs with Extension A and the compatibility block; enough for newspaper text.</summary>
    public static bool IsHan(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');

    public static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>Full-width digits and Latin letters (０-９, Ａ-Ｚ, ａ-ｚ) as ASCII; any other character unchanged.</summary>
    public static char NarrowAlphanumeric(char c) =>
        (c >= '０' && c <= '９') || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ') ? (char)(c - 0xFEE0) : c;

    /// <summary>The text with full-width digits and Latin letters as ASCII, as dates and datelines are read.</summary>
    public static string NarrowAlphanumerics(string text)
    {
        var chars = text.ToCharArray();
        var changed = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var narrow = NarrowAlphanumeric(chars[i]);
            if (narrow != chars[i])
            {
                chars[i] = narrow;
                changed = true;
            }
        }

        return changed ? new string(chars) : text;
    }

    /// <summary>A number up to 99 written in digits (ASCII or full-width) or in Chinese numerals (三, 十二, 二十五, 三十一);
    /// 0 when <paramref name="value"/> is none.</summary>
    public static int ParseSmallNumber(string value)
    {
        value = NarrowAlphanumerics(value);
        if (value.Length > 0 && value[0] >= '0' && value[0] <= '9')
        {
            return int.TryParse(value, out var number) ? number : 0;
        }

        const string digits = "零一二三四五六七八九";
        var ten = value.IndexOf('十');
        if (ten < 0)
        {
            return value.Length == 1 ? Math.Max(0, digits.IndexOf(value[0])) : 0;
        }

        var tens = ten == 0 ? 1 : digits.IndexOf(value[0]);
        var units = ten == value.Length - 1 ? 0 : digits.IndexOf(value[ten + 1]);
        return tens < 0 || units < 0 ? 0 : tens * 10 + units;
    }

    /// <summary>Closing quotes and brackets that may follow the punctuation that really ends a sentence: 。” or ！）.</summary>
    public static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '"' or '\'' or '）' or ')' or '】' or '》' or '〉';

    /// <summary>Punctuation after which a paragraph may end. A block that ends otherwise was cut by a column break.</summary>
    public static bool IsSentenceFinal(char c) => c is '。' or '！' or '？' or '!' or '?' or '…' or '；' or ';' or '：' or ':' or '.';
}
