using System;
using System.Collections.Generic;
using Dapper;

namespace NewsArchive.Core.Storage;

/// <summary>The filters on where an article appeared (newspaper, issue date range, page), as SQL conditions on the pages
/// table aliased <c>p</c>, built from the same pieces as Get-Article's so -Newspaper, -From, -To mean the same.</summary>
internal static class PageConditions
{
    public static void Add(List<string> where, DynamicParameters parameters, IReadOnlyCollection<string>? newspapers,
        DateTime? from, DateTime? to, IReadOnlyCollection<int>? pages)
    {
        ArticleReader.AddPatterns(where, parameters, "p.newspaper", "newspaper", newspapers);
        ArticleReader.AddDateRange(where, parameters, null, from, to);
        if (pages is { Count: > 0 })
        {
            where.Add("p.page IN @pages");
            parameters.Add("pages", pages);
        }
    }
}
