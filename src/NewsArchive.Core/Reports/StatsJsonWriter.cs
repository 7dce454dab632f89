using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;

namespace NewsArchive.Core.Reports;

/// <summary>Writes statistics as a JSON array of objects, one per row, with the keys asked for and every measure; numbers
/// bare, dates as ISO yyyy-MM-dd strings. Written by hand: the shape is flat and netstandard2.0 has no JSON writer of its
/// own, and a package for it would clash with the one PowerShell loads.</summary>
public static class StatsJsonWriter
{
    public static void Write(TextWriter writer, IEnumerable<StatsRow> rows, IReadOnlyList<StatsDimension> dimensions)
    {
        var columns = StatsColumn.For(dimensions);
        writer.Write('[');
        var first = true;
        foreach (var row in rows)
        {
            writer.Write(first ? "\n  {" : ",\n  {");
            first = false;
            for (var i = 0; i < columns.Count; i++)
            {
                if (i > 0)
                {
                    writer.Write(", ");
                }

                writer.Write(String(columns[i].Name));
                writer.Write(": ");
                var value = columns[i].Value(row);
                writer.Write(value is null ? "null" : columns[i].IsNumber ? StatsColumn.Text(value) : String(StatsColumn.Text(value)));
            }

            writer.Write('}');
        }

        writer.Write(first ? "]\n" : "\n]\n");
    }

    /// <summary>A JSON string literal: quotes, backslashes and control characters escaped; everything else (CJK too) as is.
    /// '&lt;', '&gt;' and '&amp;' are escaped as well, so the text is safe to paste into a script block.</summary>
    public static string String(string value)
    {
        var json = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                default:
                    if (c < ' ' || c is '<' or '>' or '&' or '\u2028' or '\u2029')
                    {
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(c);
                    }

                    break;
            }
        }

        return json.Append('"').ToString();
    }
}
