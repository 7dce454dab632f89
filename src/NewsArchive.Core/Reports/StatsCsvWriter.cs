using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsArchive.Core.Reports;

/// <summary>Writes statistics as RFC 4180 CSV: a header of the key and measure names, then one line per row; a field is
/// quoted when it holds a comma, quote or line break. The encoding (UTF-8 with BOM, so Excel shows Chinese) is the
/// writer's, chosen by the caller.</summary>
public static class StatsCsvWriter
{
    public static void Write(TextWriter writer, IEnumerable<StatsRow> rows, IReadOnlyList<StatsDimension> dimensions)
    {
        var columns = StatsColumn.For(dimensions);
        WriteLine(writer, columns.Select(c => c.Name));
        foreach (var row in rows)
        {
            WriteLine(writer, columns.Select(c => StatsColumn.Text(c.Value(row))));
        }
    }

    public static string Field(string value) =>
        value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    private static void WriteLine(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(",", fields.Select(Field)));
        // CRLF as RFC 4180 says; Excel and Import-Csv read it on every platform.
        writer.Write("\r\n");
    }
}
