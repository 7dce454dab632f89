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
    public int? First { get; set; }
    public int Skip { get; set; }
}
