using System.Text;

namespace NewsArchive.Core.Storage;

/// <summary>PowerShell wildcards (<c>*</c>, <c>?</c>, <c>[abc]</c>, backtick escapes) as SQLite GLOB patterns over
/// lower-cased text, so <c>-Title '*脱贫*'</c> means what it means everywhere else in PowerShell.</summary>
public static class WildcardPattern
{
    public static bool HasWildcards(string pattern) => pattern.IndexOfAny(new[] { '*', '?', '[' }) >= 0;

    public static string ToGlob(string pattern)
    {
        var glob = new StringBuilder(pattern.Length + 8);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '`' && i + 1 < pattern.Length)
            {
                AppendLiteral(glob, pattern[++i]);
            }
            else if (c == '[')
            {
                var close = pattern.IndexOf(']', i + 1);
                if (close < 0)
                {
                    AppendLiteral(glob, c);
                    continue;
                }

                glob.Append(pattern, i, close - i + 1);
                i = close;
            }
            else if (c is '*' or '?')
            {
                glob.Append(c);
            }
            else
            {
                AppendLiteral(glob, c);
            }
        }

        return glob.ToString().ToLowerInvariant();
    }

    private static void AppendLiteral(StringBuilder glob, char c)
    {
        if (c is '*' or '?' or '[' or ']')
        {
            glob.Append('[').Append(c).Append(']');
        }
        else
        {
            glob.Append(c);
        }
    }
}
