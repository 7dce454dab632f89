using System.Collections.Generic;
using System.Data.Common;
using Dapper;
using NewsArchive.Core.Reports;

namespace NewsArchive.Core.Storage;

/// <summary>The SQL that differs between the engines, for the readers that otherwise run the same SQL on both: pattern
/// matching, case-insensitive equality, "no limit", date keys of statistics, a few functions, and the text search.</summary>
public abstract class SqlDialect
{
    /// <summary>SQLite's.</summary>
    public static SqlDialect Sqlite { get; } = new SqliteDialect();

    /// <summary>"<paramref name="column"/> is one of the array bound to <paramref name="parameter"/>" (Dapper expands a
    /// list for SQLite's IN; Npgsql binds the array itself).</summary>
    internal abstract string InList(string column, string parameter);

    /// <summary>"<paramref name="column"/> is one of the ids bound to <paramref name="parameter"/>" as <see cref="IdBatch"/> made them.</summary>
    internal abstract string InIdBatch(string column, string parameter);

    /// <summary>A batch of ids as one parameter value, the same statement for every batch.</summary>
    internal abstract object IdBatch(long[] ids);

    /// <summary>The value of a LIMIT parameter that limits nothing.</summary>
    internal abstract object? NoLimit { get; }

    /// <summary>A join that keeps the order written (SQLite's planner takes CROSS JOIN as an order; others need none).</summary>
    internal abstract string OrderedJoin { get; }

    /// <summary>One value per (newspaper, issue date) of pages aliased <c>p</c>, for COUNT(DISTINCT …).</summary>
    internal abstract string IssueIdentity { get; }

    /// <summary>The sum of a column as a floating-point number, 0.0 over no rows.</summary>
    internal abstract string Total(string expression);

    /// <summary>The ISO week ("2020-W11") of the issue date of pages aliased <c>p</c>.</summary>
    internal abstract string IsoWeek { get; }

    /// <summary>Whether the archive keeps the statistics' summary tables (<see cref="StatsSummaries"/>), which page writes
    /// then keep up to date and statistics read.</summary>
    internal virtual bool KeepsStatsSummaries => false;

    /// <summary>Run before a statistics query (engine settings for a large grouping).</summary>
    internal virtual void BeforeStatistics(DbConnection connection)
    {
    }

    /// <summary>Run before a search reads more matching text than it ranks in memory (every match of a common term over
    /// decades): engine settings for reading each of many rows once or twice.</summary>
    internal virtual void BeforeLongScan(DbConnection connection)
    {
    }

    /// <summary>"<paramref name="column"/> matches the wildcard pattern bound to <paramref name="parameter"/>".</summary>
    internal abstract string MatchesPattern(string column, string parameter);

    /// <summary>The value to bind for <see cref="MatchesPattern"/>.</summary>
    internal abstract string PatternValue(string wildcard);

    /// <summary>"<paramref name="column"/> equals <paramref name="parameter"/>, ignoring case".</summary>
    internal abstract string EqualsIgnoringCase(string column, string parameter);

    /// <summary>For a search ranked Newest, the id below which matches form the second tier (see ArticleReader), or null
    /// when the engine ranks every match at once.</summary>
    internal abstract long? FindWindowEdge(DbConnection connection, ArticleFilter filter);

    /// <summary>The search: a subquery of rows (id, score, tier) for the matches of <paramref name="filter"/>'s text that
    /// also meet <paramref name="where"/> (conditions on articles <c>a</c> and pages <c>p</c>), already limited to the page
    /// of results asked for (@limit, @offset), ordered by tier, score (best first), id. Every candidate the engine's index
    /// finds is checked against the text, so the matches are exactly the articles holding the query's terms.</summary>
    internal abstract string RankedSearch(DbConnection connection, ArticleFilter filter, IReadOnlyList<string> where, DynamicParameters parameters, long? windowEdge);

    /// <summary>Whether <see cref="MatchingRows"/> gives anything.</summary>
    internal virtual bool RanksInMemory => false;

    /// <summary>Where the engine ranks a search in memory as well: the FROM and WHERE of every match of
    /// <paramref name="filter"/>'s text that also meets <paramref name="where"/>, as whole rows of articles <c>a</c> and
    /// pages <c>p</c>, unordered (the same exact test as <see cref="RankedSearch"/>), and the score
    /// <see cref="RankedSearch"/> gives a row, from its title, body and characters, to the last bit. Null where the
    /// engine ranks in SQL only.</summary>
    internal virtual (string FromWhere, System.Func<string?, string, long, double> Score)? MatchingRows(
        DbConnection connection, ArticleFilter filter, IReadOnlyList<string> where, DynamicParameters parameters) => null;

    /// <summary>The key of a period dimension over pages aliased <c>p</c>.</summary>
    internal string PeriodKey(StatsDimension dimension) => dimension switch
    {
        StatsDimension.Day => "p.issue_date",
        StatsDimension.Week => IsoWeek,
        StatsDimension.Month => "substr(p.issue_date, 1, 7)",
        _ => "CAST(substr(p.issue_date, 1, 4) AS INTEGER)",
    };

    /// <summary>Adds "column matches any of these patterns" as one condition: PowerShell wildcards, or (without any) a
    /// name compared regardless of case.</summary>
    internal void AddPatterns(List<string> where, DynamicParameters parameters, string column, string name, IReadOnlyCollection<string>? patterns)
    {
        if (patterns is not { Count: > 0 })
        {
            return;
        }

        var any = new List<string>();
        var index = 0;
        foreach (var pattern in patterns)
        {
            var parameter = name + index++;
            if (WildcardPattern.HasWildcards(pattern))
            {
                any.Add(MatchesPattern(column, parameter));
                parameters.Add(parameter, PatternValue(pattern));
            }
            else
            {
                any.Add(EqualsIgnoringCase(column, parameter));
                parameters.Add(parameter, pattern.Replace("`", string.Empty));
            }
        }

        where.Add("(" + string.Join(" OR ", any) + ")");
    }
}
