using System;
using System.Collections.Generic;
using System.Globalization;

namespace NewsArchive.Core.Reports;

/// <summary>Periods of the calendar as Export-Stats names them (2020-03-13, 2020-W11, 2020-03, 2020), so a time chart can
/// show the periods with no articles too instead of closing the gap.</summary>
public static class StatsPeriods
{
    /// <summary>The ISO 8601 week of a date: weeks start on Monday and week 1 is the one with the year's first Thursday.</summary>
    public static string IsoWeek(DateTime date)
    {
        var thursday = date.Date.AddDays(3 - ((int)date.DayOfWeek + 6) % 7);
        return thursday.Year.ToString(CultureInfo.InvariantCulture) + "-W" +
               ((thursday.DayOfYear - 1) / 7 + 1).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>The key of the period holding <paramref name="date"/>.</summary>
    public static string Key(StatsDimension period, DateTime date) => period switch
    {
        StatsDimension.Day => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        StatsDimension.Week => IsoWeek(date),
        StatsDimension.Month => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        StatsDimension.Year => date.Year.ToString(CultureInfo.InvariantCulture),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "not a period"),
    };

    /// <summary>Every period from the one holding <paramref name="first"/> to the one holding <paramref name="last"/>.</summary>
    public static IEnumerable<string> Between(StatsDimension period, DateTime first, DateTime last)
    {
        var step = period switch
        {
            StatsDimension.Day => (Func<DateTime, DateTime>)(d => d.AddDays(1)),
            StatsDimension.Week => d => d.AddDays(7),
            StatsDimension.Month => d => d.AddMonths(1),
            StatsDimension.Year => d => d.AddYears(1),
            _ => throw new ArgumentOutOfRangeException(nameof(period), period, "not a period"),
        };
        var start = period switch
        {
            StatsDimension.Week => first.Date.AddDays(-(((int)first.DayOfWeek + 6) % 7)),
            StatsDimension.Month => new DateTime(first.Year, first.Month, 1),
            StatsDimension.Year => new DateTime(first.Year, 1, 1),
            _ => first.Date,
        };
        var end = Key(period, last);
        for (var day = start; ; day = step(day))
        {
            var key = Key(period, day);
            yield return key;
            if (key == end || day > last)
            {
                yield break;
            }
        }
    }

    /// <summary>The period a time chart over this span reads best in: days up to three months, weeks up to two years,
    /// months up to twenty years, else years (so a chart never has more than a few hundred bars).</summary>
    public static StatsDimension For(DateTime first, DateTime last)
    {
        var days = (last - first).TotalDays;
        return days <= 92 ? StatsDimension.Day : days <= 731 ? StatsDimension.Week : days <= 7305 ? StatsDimension.Month : StatsDimension.Year;
    }
}
