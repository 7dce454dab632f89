using System;
using System.Text;

namespace NewsArchive.Core.Storage;

/// <summary>PowerShell wildcards (<c>*</c>, <c>?</c>, <c>[abc]</c>, backtick escapes) as SQLite GLOB patterns, or as
/// anchored regular expressions for PostgreSQL, over lower-cased text, so <c>-Title '*脱贫*'</c> means what it means
/// everywhere else in PowerShell.</summary>
public static class WildcardPattern
{
    public static bool HasWildcards(string pattern) => pattern.IndexOfAny(new[] { '*', '?', '[' }) >= 0;

    public static string ToGlob(string pattern) => Translate(pattern, "*", "?", AppendGlobLiteral, (builder, set) => builder.Append(set));

    /// <summary>The pattern as a POSIX regular expression that must match the whole text (PostgreSQL's <c>~</c>).</summary>
    public static string ToRegex(string pattern) =>
        "^" + Translate(pattern, ".*", ".", AppendRegexLiteral, (builder, set) => builder.Append(set.Replace("\\", "\\\\"))) + "$";

    private static string Translate(string pattern, string any, string one, Action<StringBuilder, char> literal, Action<StringBuilder, string> set)
    {
        var translated = new StringBuilder(pattern.Length + 8);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '`' && i + 1 < pattern.Length)
            {
                literal(translated, pattern[++i]);
            }
            else if (c == '[')
            {
                var close = pattern.IndexOf(']', i + 1);
                if (close < 0)
                {
                    literal(translated, c);
                    continue;
                }

                set(translated, pattern.Substring(i, close - i + 1));
                i = close;
            }
            else if (c is '*' or '?')
            {
                translated.Append(c == '*' ? any : one);
            }
            else
            {
                literal(translated, c);
            }
        }

        return translated.ToString().ToLowerInvariant();
    }

    private static void AppendRegexLiteral(StringBuilder regex, char c)
    {
        if (c < 128 && !char.IsLetterOrDigit(c) && c != ' ')
        {
            regex.Append('\\');
        }

        regex.Append(c);
    }

    private static void AppendGlobLiteral(StringBuilder glob, char c)
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
