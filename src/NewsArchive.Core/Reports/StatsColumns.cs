using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace NewsArchive.Core.Reports;

/// <summary>A column of a statistics table as the file writers lay it out: the keys asked for, then the measures.</summary>
public sealed class StatsColumn
{
    private StatsColumn(string name, bool isNumber, Func<StatsRow, object?> value, bool isMeasure = true)
    {
        Name = name;
        IsNumber = isNumber;
        Value = value;
        IsMeasure = isMeasure;
    }

    public string Name { get; }

    /// <summary>Numbers are written bare in JSON and right-aligned, sorted numerically in HTML.</summary>
    public bool IsNumber { get; }

    /// <summary>False for the key columns (Year and Page are numbers, but not amounts to print as 1,234).</summary>
    public bool IsMeasure { get; }

    /// <summary>The cell: a number, a string, an ISO date string, or null.</summary>
    public Func<StatsRow, object?> Value { get; }

    /// <summary>The columns for rows counted by these dimensions: one per key, in the order asked, then every measure.</summary>
    public static IReadOnlyList<StatsColumn> For(IEnumerable<StatsDimension> dimensions) =>
        dimensions.Distinct().Select(Key).Concat(Measures).ToArray();

    private static readonly StatsColumn[] Measures =
    {
        new("Articles", true, r => r.Articles),
        new("Pages", true, r => r.Pages),
        new("Characters", true, r => r.Characters),
        new("Reporters", true, r => r.Reporters),
        new("Officials", true, r => r.Officials),
        new("Mentions", true, r => r.Mentions),
        new("FirstIssue", false, r => IsoDate(r.FirstIssue)),
        new("LastIssue", false, r => IsoDate(r.LastIssue)),
    };

    private static StatsColumn Key(StatsDimension dimension) => dimension switch
    {
        StatsDimension.Year => new(dimension.ToString(), true, r => r.Year, isMeasure: false),
        StatsDimension.Page => new(dimension.ToString(), true, r => r.Page, isMeasure: false),
        _ => new(dimension.ToString(), false, r => r.KeyText(dimension), isMeasure: false),
    };

    public static string IsoDate(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A cell as invariant text: 1234 not "1,234", dates as yyyy-MM-dd; null as empty.</summary>
    public static string Text(object? value) => value switch
    {
        null => string.Empty,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
