namespace NewsArchive.Core.Text;

/// <summary>Character classes the parser and the search index agree on.</summary>
public static class ChineseText
{
    /// <summary>CJK Unified Ideographs with Extension A and the compatibility block; enough for newspaper text.</summary>
    public static bool IsHan(char c) =>
        (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || (c >= '\uF900' && c <= '\uFAFF');

    public static bool IsAsciiLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

    /// <summary>Full-width digits (０-９) as ASCII; any other character unchanged.</summary>
    public static char NarrowDigit(char c) => c >= '０' && c <= '９' ? (char)('0' + (c - '０')) : c;

    public static string NarrowDigits(string text)
    {
        var chars = text.ToCharArray();
        var changed = false;
        for (var i = 0; i < chars.Length; i++)
        {
            var narrow = NarrowDigit(chars[i]);
            if (narrow != chars[i])
            {
                chars[i] = narrow;
                changed = true;
            }
        }

        return changed ? new string(chars) : text;
    }

    /// <summary>Closing quotes and brackets that may follow the punctuation that really ends a sentence: 。” or ！）.</summary>
    public static bool IsCloser(char c) => c is '”' or '’' or '」' or '』' or '"' or '\'' or '）' or ')' or '】' or '》' or '〉';

    /// <summary>Punctuation after which a paragraph may end. A block that ends otherwise was cut by a column break.</summary>
    public static bool IsSentenceFinal(char c) => c is '。' or '！' or '？' or '!' or '?' or '…' or '；' or ';' or '：' or ':' or '.';
}
