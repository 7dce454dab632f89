using System;
using System.Globalization;
using System.IO;
using System.Text.RegularExpressions;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Parsing;

/// <summary>Where a page belongs: newspaper, issue date and page number.</summary>
public sealed class PageIdentity
{
    public PageIdentity(string newspaper, DateTime date, int page)
    {
        Newspaper = newspaper;
        Date = date;
        Page = page;
    }

    public string Newspaper { get; }
    public DateTime Date { get; }
    public int Page { get; }

    public override string ToString() => $"{Newspaper} {Date:yyyy-MM-dd} page {Page}";
}

/// <summary>Works out a page's newspaper, date and page: what the caller said first, then the file's front matter, then
/// its path (<c>…/2020-03-13/…</c>, <c>20200313</c>, <c>2020/03/13</c>; the page from a trailing <c>_01</c>).</summary>
public static class IssueLocator
{
    private static readonly Regex PathDate = new(
        @"(?<![0-9])(?<y>(?:19|20)[0-9]{2})(?<sep>[-_./]?)(?<m>[01][0-9])\k<sep>(?<d>[0-3][0-9])(?![0-9])",
        RegexOptions.CultureInvariant);

    private static readonly Regex TrailingPage = new(@"(?:^|[_\-\s.第])(?<page>[0-9]{1,3})版?$", RegexOptions.CultureInvariant);

    // "江城日报_20210518_01": a name of CJK characters ending in 报 before the date names the paper.
    private static readonly Regex NewspaperPrefix = new(@"^(?<name>[\u4e00-\u9fff]{1,12}报)[_\-\s]", RegexOptions.CultureInvariant);

    public static PageIdentity Locate(string? path, FrontMatter frontMatter, string? newspaper, DateTime? date, int? page)
    {
        var fileName = path is null ? string.Empty : Path.GetFileNameWithoutExtension(path);
        var resolvedNewspaper = FirstNonEmpty(newspaper, frontMatter.Newspaper, NewspaperFromFileName(fileName))
            ?? throw new PageFormatException(PageError.UnknownNewspaper,
                "The newspaper of this page is not known. Pass -Newspaper, or start the file with front matter ('---', 'newspaper: 衡阳日报', '---').");

        var resolvedDate = date?.Date ?? DateFromFrontMatter(frontMatter.Date) ?? DateFromPath(path)
            ?? throw new PageFormatException(PageError.UnknownDate,
                "The issue date of this page is not known. Pass -Date, add 'date: 2020-03-13' to the file's front matter, or put the date in its path (…/2020-03-13/… or …_20200313_01.txt).");

        var resolvedPage = page ?? PageFromFrontMatter(frontMatter.Page) ?? PageFromFileName(StripDate(fileName))
            ?? throw new PageFormatException(PageError.UnknownPage,
                "The page number of this page is not known. Pass -Page, add 'page: 1' to the file's front matter, or end the file name with it (…_01.txt).");

        if (resolvedPage < 1)
        {
            throw new PageFormatException(PageError.InvalidPage, $"Page {resolvedPage} is not a page number: pages count from 1.");
        }

        return new PageIdentity(resolvedNewspaper.Trim(), resolvedDate, resolvedPage);
    }

    public static DateTime? DateFromPath(string? path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        // The date nearest the file name wins: …/2020/archive-20200313_01.txt is the 13th.
        DateTime? found = null;
        foreach (Match match in PathDate.Matches(path!.Replace('\\', '/')))
        {
            if (TryDate(match.Groups["y"].Value, match.Groups["m"].Value, match.Groups["d"].Value, out var date))
            {
                found = date;
            }
        }

        return found;
    }

    private static DateTime? DateFromFrontMatter(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value!.Trim();
        if (DateTime.TryParseExact(text, new[] { "yyyy-MM-dd", "yyyy-M-d", "yyyy/M/d", "yyyyMMdd", "yyyy.M.d", "yyyy年M月d日" },
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new PageFormatException(PageError.InvalidDate, $"The front matter's date '{text}' is not a date. Write it as yyyy-MM-dd, e.g. 2020-03-13.");
    }

    private static int? PageFromFrontMatter(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var text = value!.Trim().TrimStart('第').TrimEnd('版');
        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page)
            ? page
            : throw new PageFormatException(PageError.InvalidPage, $"The front matter's page '{value}' is not a page number.");
    }

    private static int? PageFromFileName(string fileName)
    {
        var match = TrailingPage.Match(fileName);
        return match.Success ? int.Parse(match.Groups["page"].Value, CultureInfo.InvariantCulture) : null;
    }

    private static string? NewspaperFromFileName(string fileName)
    {
        var match = NewspaperPrefix.Match(fileName);
        return match.Success ? match.Groups["name"].Value : null;
    }

    private static string StripDate(string fileName)
    {
        var match = PathDate.Match(fileName);
        return match.Success ? fileName.Remove(match.Index, match.Length) : fileName;
    }

    private static bool TryDate(string y, string m, string d, out DateTime date) =>
        DateTime.TryParseExact($"{y}-{m}-{d}", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    private static string? FirstNonEmpty(params string?[] values)
    {
        foreach (var value in values)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return value;
            }
        }

        return null;
    }
}
