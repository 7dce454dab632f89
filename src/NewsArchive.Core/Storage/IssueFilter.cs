using System;
using System.Collections.Generic;

namespace NewsArchive.Core.Storage;

/// <summary>Which issues (or which of their pages) a caller means. Every criterion given must hold; null or empty means
/// "any". Newspapers are PowerShell wildcard patterns, exact when they hold no wildcard.</summary>
public sealed class IssueFilter
{
    public IReadOnlyCollection<string>? Newspapers { get; set; }

    /// <summary>Exactly this newspaper, as stored: case-sensitive, no wildcards, no escapes (for commands that delete).</summary>
    public string? Newspaper { get; set; }

    public DateTime? Date { get; set; }
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
    public IReadOnlyCollection<int>? Pages { get; set; }

    internal (string Where, Dapper.DynamicParameters Parameters) ToSql()
    {
        var where = new List<string>();
        var parameters = new Dapper.DynamicParameters();
        ArticleReader.AddPatterns(where, parameters, "p.newspaper", "newspaper", Newspapers);
        if (Newspaper is not null)
        {
            where.Add("p.newspaper = @exactNewspaper");
            parameters.Add("exactNewspaper", Newspaper);
        }

        ArticleReader.AddDateRange(where, parameters, Date, From, To);
        if (Pages is { Count: > 0 })
        {
            where.Add("p.page IN @pages");
            parameters.Add("pages", Pages);
        }

        return (where.Count > 0 ? "WHERE " + string.Join(" AND ", where) : string.Empty, parameters);
    }
}
