using System;
using System.Text.RegularExpressions;
using NewsArchive.Core.Text;

namespace NewsArchive.Core.Parsing;

/// <summary>The date an article reports on: the first date named in its lead ("3月12日", "昨日", "１２日上午"), resolved
/// against the issue date.</summary>
public static class EventDateResolver
{
    private const string Number = "[0-9]{1,2}|[一二三四五六七八九十]{1,3}";

    private static readonly Regex DateExpression = new(
        @"(?<y>[0-9]{4})年(?<m>" + Number + ")月(?<d>" + Number + ")[日号]" +
        @"|(?<ry>今年|去年|明年|前年)(?<m>" + Number + ")月(?<d>" + Number + ")[日号]" +
        @"|(?<![0-9年])(?<m>" + Number + ")月(?<d>" + Number + ")[日号]" +
        @"|(?<rm>本月|上月|下月)(?<d>" + Number + ")[日号]" +
        @"|(?<![0-9月年])(?<d>[0-9]{1,2})日(?=上午|下午|晚|早|凌晨|中午|夜|傍晚|，|,|、|在|起|至|召开|举行)" +
        @"|(?<rel>[昨今前明][日天晚夜]|[昨今明][晨早午])",
        RegexOptions.CultureInvariant);

    /// <summary>The first date in <paramref name="lead"/>; null when it names none or names an impossible one.</summary>
    public static DateTime? Resolve(string lead, DateTime? issueDate, DateTime? fallback = null)
    {
        var text = ChineseText.NarrowAlphanumerics(lead);
        foreach (Match match in DateExpression.Matches(text))
        {
            var resolved = ResolveMatch(match, issueDate);
            if (resolved is not null)
            {
                return resolved;
            }
        }

        return fallback;
    }

    private static DateTime? ResolveMatch(Match match, DateTime? issueDate)
    {
        var relative = match.Groups["rel"];
        if (relative.Success)
        {
            if (issueDate is null)
            {
                return null;
            }

            // 昨日/昨天/昨晚/昨夜 are the day before the issue, 前日/前晚 two days, 今晨/今晚 the issue's day, 明天 the next.
            var offset = relative.Value[0] switch
            {
                '昨' => -1,
                '前' => -2,
                '明' => 1,
                _ => 0,
            };
            return issueDate.Value.Date.AddDays(offset);
        }

        var day = ToNumber(match.Groups["d"].Value);
        var month = match.Groups["m"].Success ? ToNumber(match.Groups["m"].Value) : issueDate?.Month ?? 0;
        if (match.Groups["y"].Success)
        {
            return MakeDate(int.Parse(match.Groups["y"].Value), month, day);
        }

        if (issueDate is null)
        {
            return null;
        }

        var issue = issueDate.Value.Date;
        var relativeYear = match.Groups["ry"];
        if (relativeYear.Success)
        {
            // 今年5月17日, 去年12月31日: the year is named relative to the issue's.
            var years = relativeYear.Value switch { "去年" => -1, "前年" => -2, "明年" => 1, _ => 0 };
            return MakeDate(issue.Year + years, month, day);
        }

        var relativeMonth = match.Groups["rm"];
        if (relativeMonth.Success)
        {
            // 本月17日, 上月28日: the month is named relative to the issue's.
            var named = issue.AddMonths(relativeMonth.Value switch { "上月" => -1, "下月" => 1, _ => 0 });
            return MakeDate(named.Year, named.Month, day);
        }
        if (!match.Groups["m"].Success)
        {
            // "12日" alone: this month, or last month when the day is still to come ("28日" in an issue of the 2nd).
            var thisMonth = MakeDate(issue.Year, issue.Month, day);
            return thisMonth is not null && thisMonth <= issue.AddDays(7) ? thisMonth : MakeDate(issue.AddMonths(-1).Year, issue.AddMonths(-1).Month, day);
        }

        // "12月31日" in an issue of January 2nd is last year: take the year that puts the date nearest the issue.
        DateTime? best = null;
        for (var year = issue.Year - 1; year <= issue.Year + 1; year++)
        {
            var candidate = MakeDate(year, month, day);
            if (candidate is not null && (best is null || Math.Abs((candidate.Value - issue).TotalDays) < Math.Abs((best.Value - issue).TotalDays)))
            {
                best = candidate;
            }
        }

        return best;
    }

    private static DateTime? MakeDate(int year, int month, int day) =>
        year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateTime(year, month, day) : null;

    private static int ToNumber(string value) => ChineseText.ParseSmallNumber(value);
}
