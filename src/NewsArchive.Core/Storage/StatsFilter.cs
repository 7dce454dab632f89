using System;
using System.Collections.Generic;

namespace NewsArchive.Core.Storage;

/// <summary>Which articles statistics are counted over. Every criterion given must hold; null or empty means "any".
/// Newspapers are PowerShell wildcard patterns, as in <see cref="ArticleFilter"/>.</summary>
public sealed class StatsFilter
{
    public IReadOnlyCollection<string>? Newspapers { get; set; }
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
    public IReadOnlyCollection<int>? Pages { get; set; }
}
