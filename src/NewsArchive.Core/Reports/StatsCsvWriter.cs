using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;

namespace NewsArchive.Core.Reports;

/// <summary>Writes statistics as RFC 4180 CSV: a header of the key and measure names, then one line per row; a field is
/// quoted when it holds a comma, quote or line break. The encoding (UTF-8 with BOM, so Excel shows Chinese) is the
/// writer's, chosen by the caller. A cell a spreadsheet would run as a formula is neutralised unless the caller opts out.</summary>
public static class StatsCsvWriter
{
    /// <summary>What makes Excel, LibreOffice and Google Sheets read a cell as a formula (OWASP, "CSV Injection").</summary>
    private static readonly char[] FormulaStarts = { '=', '+', '-', '@', '\t', '\r' };

    public static void Write(TextWriter writer, IEnumerable<StatsRow> rows, IReadOnlyList<StatsDimension> dimensions, bool neutraliseFormulas = true)
    {
        var columns = StatsColumn.For(dimensions);
        WriteLine(writer, columns.Select(c => c.Name));
        foreach (var row in rows)
        {
            var cells = columns.Select(c => StatsColumn.Text(c.Value(row)));
            WriteLine(writer, neutraliseFormulas ? cells.Select(NeutraliseFormula) : cells);
        }
    }

    /// <summary>OWASP's rule: a cell that starts with = + - @ tab or CR gets a leading single quote, which spreadsheets
    /// show as text ('=HYPERLINK(…) stays those characters) instead of running it. Names from OCR'd pages are not trusted.</summary>
    public static string NeutraliseFormula(string cell) =>
        cell.Length > 0 && Array.IndexOf(FormulaStarts, cell[0]) >= 0 ? "'" + cell : cell;

    public static string Field(string value) =>
        value.IndexOfAny(new[] { ',', '"', '\r', '\n' }) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;

    private static void WriteLine(TextWriter writer, IEnumerable<string> fields)
    {
        writer.Write(string.Join(",", fields.Select(Field)));
        // CRLF as RFC 4180 says; Excel and Import-Csv read it on every platform.
        writer.Write("\r\n");
    }
}
