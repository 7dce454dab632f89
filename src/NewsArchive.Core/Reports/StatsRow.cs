using System;
using System.Collections.Generic;
using System.Globalization;

namespace NewsArchive.Core.Reports;

/// <summary>One row of statistics: the key values it is counted by (only those asked for are set) and what the articles
/// with those keys add up to. Every measure is over the row's articles, so Officials on a Reporter row is how many
/// different officials that reporter's articles name.</summary>
public sealed class StatsRow
{
    public DateTime? Day { get; set; }

    /// <summary>ISO 8601 week, as 2020-W11.</summary>
    public string? Week { get; set; }

    /// <summary>Year and month, as 2020-03.</summary>
    public string? Month { get; set; }

    public int? Year { get; set; }
    public string? Newspaper { get; set; }
    public int? Page { get; set; }
    public string? Reporter { get; set; }
    public string? Official { get; set; }
    public string? Title { get; set; }

    /// <summary>Articles with these keys.</summary>
    public int Articles { get; set; }

    /// <summary>Distinct pages those articles are on.</summary>
    public int Pages { get; set; }

    /// <summary>Characters of body text in those articles.</summary>
    public long Characters { get; set; }

    /// <summary>Distinct contributors named in their bylines.</summary>
    public int Reporters { get; set; }

    /// <summary>Distinct officials they name.</summary>
    public int Officials { get; set; }

    /// <summary>Officials named, counted once per article (an official in three articles is three mentions).</summary>
    public int Mentions { get; set; }

    /// <summary>The first and last issue date among those articles.</summary>
    public DateTime FirstIssue { get; set; }

    public DateTime LastIssue { get; set; }

    /// <summary>The key values, in the order they were asked for, as text: "2020-03 · 1".</summary>
    public string Key => string.Join(" · ", KeyValues());

    /// <summary>The value of one key as text (ISO date for Day), or null when this row is not counted by it.</summary>
    public string? KeyText(StatsDimension dimension) => dimension switch
    {
        StatsDimension.Day => Day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        StatsDimension.Week => Week,
        StatsDimension.Month => Month,
        StatsDimension.Year => Year?.ToString(CultureInfo.InvariantCulture),
        StatsDimension.Newspaper => Newspaper,
        StatsDimension.Page => Page?.ToString(CultureInfo.InvariantCulture),
        StatsDimension.Reporter => Reporter,
        StatsDimension.Official => Official,
        StatsDimension.Title => Title,
        _ => null,
    };

    /// <summary>The dimensions this row is counted by, in the order they were asked for (kept out of the public shape so
    /// that Export-Csv and ConvertTo-Json see only keys and measures).</summary>
    internal IReadOnlyList<StatsDimension> Dimensions { get; set; } = Array.Empty<StatsDimension>();

    public override string ToString() => $"{Key}: {Articles} articles";

    private IEnumerable<string> KeyValues()
    {
        foreach (var dimension in Dimensions)
        {
            yield return KeyText(dimension) ?? string.Empty;
        }
    }
}

/// <summary>What a filtered part of the archive holds, for the head of a report.</summary>
public sealed class StatsSummary
{
    public int Articles { get; set; }
    public int Pages { get; set; }
    public int Issues { get; set; }
    public int Newspapers { get; set; }
    public long Characters { get; set; }
    public int Reporters { get; set; }
    public int Officials { get; set; }
    public int Mentions { get; set; }
    public DateTime? FirstIssue { get; set; }
    public DateTime? LastIssue { get; set; }
}
