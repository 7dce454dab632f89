using System;
using System.Collections.Generic;
using System.Linq;
using NewsArchive.Core.Storage;

namespace NewsArchive.Core.Reports;

/// <summary>Everything the HTML report shows, read from the store with a handful of grouped queries.</summary>
public sealed class StatsReport
{
    public string Scope { get; set; } = string.Empty;
    public DateTime GeneratedAt { get; set; }
    public StatsSummary Summary { get; set; } = new();

    /// <summary>The period of the time chart and table.</summary>
    public StatsDimension Period { get; set; } = StatsDimension.Month;

    public IReadOnlyList<StatsRow> Timeline { get; set; } = Array.Empty<StatsRow>();
    public IReadOnlyList<StatsRow> Officials { get; set; } = Array.Empty<StatsRow>();
    public IReadOnlyList<StatsRow> Titles { get; set; } = Array.Empty<StatsRow>();
    public IReadOnlyList<StatsRow> Reporters { get; set; } = Array.Empty<StatsRow>();
    public IReadOnlyList<StatsRow> Pages { get; set; } = Array.Empty<StatsRow>();
    public IReadOnlyList<StatsRow> Newspapers { get; set; } = Array.Empty<StatsRow>();

    /// <summary>A table counted by the dimensions the caller asked for, when no section above already shows it.</summary>
    public IReadOnlyList<StatsDimension> RequestedDimensions { get; set; } = Array.Empty<StatsDimension>();

    public IReadOnlyList<StatsRow> Requested { get; set; } = Array.Empty<StatsRow>();

    /// <summary>Reads a report. The time chart uses the period in <paramref name="requested"/> if there is one, else the
    /// one that suits the span of the archive. <paramref name="step"/> is told the name of each query as it starts.</summary>
    public static StatsReport Load(StatsReader reader, IssueFilter filter, IReadOnlyList<StatsDimension> requested,
        DateTime generatedAt, Action<string>? step = null)
    {
        IReadOnlyList<StatsRow> By(string name, params StatsDimension[] dimensions)
        {
            step?.Invoke(name);
            return reader.Query(dimensions, filter);
        }

        // The tables that the summary is added up from first; the period of the time chart needs its first and last issue.
        var newspapers = By("Newspaper", StatsDimension.Newspaper);
        var officials = By("Official", StatsDimension.Official);
        var reporters = By("Reporter", StatsDimension.Reporter);
        step?.Invoke("Summary");
        var summary = reader.Summary(filter, newspapers, officials, reporters);
        var period = requested.Where(StatsReader.IsPeriod).Cast<StatsDimension?>().FirstOrDefault()
                     ?? (summary.FirstIssue is { } first && summary.LastIssue is { } last ? StatsPeriods.For(first, last) : StatsDimension.Month);
        var report = new StatsReport
        {
            GeneratedAt = generatedAt,
            Summary = summary,
            Period = period,
            Timeline = By(period.ToString(), period),
            Officials = officials,
            Titles = By("Title", StatsDimension.Title),
            Reporters = reporters,
            Pages = By("Page", StatsDimension.Page),
            Newspapers = newspapers,
        };

        report.Scope = Describe(report.Newspapers, summary, filter);
        var distinct = requested.Distinct().ToArray();
        if (distinct.Length > 1)
        {
            report.RequestedDimensions = distinct;
            report.Requested = By(string.Join(",", distinct), distinct);
        }

        return report;
    }

    /// <summary>"衡阳日报 · 2020-03-13 – 2020-03-31 · pages 1, 2": what the report covers, for its heading.</summary>
    private static string Describe(IReadOnlyList<StatsRow> newspapers, StatsSummary summary, IssueFilter filter)
    {
        var parts = new List<string>();
        var names = newspapers.Select(n => n.Newspaper!).OrderBy(n => n, StringComparer.Ordinal).ToArray();
        parts.Add(names.Length == 0 ? "No articles" : names.Length <= 3 ? string.Join("、", names) : string.Join("、", names.Take(3)) + $" and {names.Length - 3} more");
        var first = filter.Date ?? filter.From ?? summary.FirstIssue;
        var last = filter.Date ?? filter.To ?? summary.LastIssue;
        if (first is not null || last is not null)
        {
            parts.Add((first is null ? "…" : StatsColumn.IsoDate(first.Value)) + " – " + (last is null ? "…" : StatsColumn.IsoDate(last.Value)));
        }

        if (filter.Pages is { Count: > 0 })
        {
            parts.Add((filter.Pages.Count == 1 ? "page " : "pages ") + string.Join(", ", filter.Pages.OrderBy(p => p)));
        }

        return string.Join(" · ", parts);
    }
}
