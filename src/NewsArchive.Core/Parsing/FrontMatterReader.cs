using System;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Parsing;

/// <summary>Reads and removes the optional front-matter block (<c>---</c> … <c>---</c>) at the top of a page.</summary>
internal static class FrontMatterReader
{
    private const int MaxLines = 40;

    public static FrontMatter Take(ref string text)
    {
        var start = 0;
        while (start < text.Length && (text[start] == '\n' || text[start] == ' ' || text[start] == '\t'))
        {
            start++;
        }

        if (string.CompareOrdinal(text, start, "---\n", 0, 4) != 0)
        {
            return FrontMatter.Empty;
        }

        string? newspaper = null, date = null, page = null;
        var position = start + 4;
        for (var lineNumber = 0; lineNumber < MaxLines && position <= text.Length; lineNumber++)
        {
            var end = text.IndexOf('\n', position);
            var line = (end < 0 ? text.Substring(position) : text.Substring(position, end - position)).Trim();
            position = end < 0 ? text.Length : end + 1;
            if (line == "---")
            {
                text = text.Substring(position);
                return new FrontMatter(newspaper, date, page);
            }

            var colon = line.IndexOfAny(new[] { ':', '：' });
            if (colon <= 0)
            {
                continue;
            }

            var value = line.Substring(colon + 1).Trim().Trim('"', '\'');
            switch (line.Substring(0, colon).Trim().ToLowerInvariant())
            {
                case "newspaper":
                    newspaper = value;
                    break;
                case "date":
                    date = value;
                    break;
                case "page":
                    page = value;
                    break;
            }

            if (end < 0)
            {
                break;
            }
        }

        // An opening "---" with no closing one is a horizontal rule, not front matter.
        return FrontMatter.Empty;
    }
}
