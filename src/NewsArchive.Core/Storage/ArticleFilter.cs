using System;
using System.Collections.Generic;

namespace NewsArchive.Core.Storage;

/// <summary>What Get-Article asks of the store. Every criterion given must hold (AND); null or empty means "any".
/// Text criteria are PowerShell wildcard patterns (case-insensitive), exact when they hold no wildcard.</summary>
public sealed class ArticleFilter
{
    public IReadOnlyCollection<long>? Ids { get; set; }
    public IReadOnlyCollection<string>? Newspapers { get; set; }
    public DateTime? Date { get; set; }
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
    public IReadOnlyCollection<int>? Pages { get; set; }
    public IReadOnlyCollection<string>? Titles { get; set; }
    public IReadOnlyCollection<string>? Reporters { get; set; }
    /// <summary>Names of officials the article must name (any of them).</summary>
    public IReadOnlyCollection<string>? Officials { get; set; }

    /// <summary>Full-text search: only articles whose title or body match, best matches first.</summary>
    public Search.SearchQuery? Text { get; set; }

    /// <summary>How a search that asks for a page of results (<see cref="First"/>) ranks them.</summary>
    public SearchRanking Ranking { get; set; }

    public int? First { get; set; }
    public int Skip { get; set; }
}

/// <summary>How search results are put in order when only a page of them (-First) is asked for.</summary>
public enum SearchRanking
{
    /// <summary>When more articles match than <see cref="ArticleReader.RankingWindow"/>, the most recently stored of them are
    /// ranked by relevance and come first, then the older matches, ranked by relevance among themselves: scoring every
    /// one of tens of thousands of matches to show twenty costs more than the search.</summary>
    Newest,

    /// <summary>Every match ranked by relevance, however many there are.</summary>
    Full,
}
