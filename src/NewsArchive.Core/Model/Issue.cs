using System;
using System.Collections.Generic;

namespace NewsArchive.Core.Model;

/// <summary>One issue of one newspaper as the archive holds it: which pages were imported, from where and when. Its
/// Newspaper and Date bind by property name to Get-Article and Remove-Issue.</summary>
public sealed class Issue
{
    private TextList<int> _pages = TextList<int>.Empty;
    private TextList<string> _sourcePaths = TextList<string>.Empty;

    public string Newspaper { get; set; } = string.Empty;
    public DateTime Date { get; set; }
    public IReadOnlyList<int> Pages { get => _pages; set => _pages = TextList<int>.From(value); }
    public int Articles { get; set; }
    public IReadOnlyList<string> SourcePaths { get => _sourcePaths; set => _sourcePaths = TextList<string>.From(value); }

    /// <summary>When the last of its pages was imported (UTC).</summary>
    public DateTime ImportedAt { get; set; }

    public int PageCount => Pages.Count;

    public override string ToString() => $"{Newspaper} {Date:yyyy-MM-dd}";
}
