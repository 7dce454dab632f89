using System;

namespace NewsArchive.Core.Model;

/// <summary>One issue of one newspaper as the archive holds it: which pages were imported, from where and when. Its
/// Newspaper and Date bind by property name to Get-Article and Remove-Issue.</summary>
public sealed class Issue
{
    public string Newspaper { get; set; } = string.Empty;
    public DateTime Date { get; set; }
    public int[] Pages { get; set; } = Array.Empty<int>();
    public int Articles { get; set; }
    public string[] SourcePaths { get; set; } = Array.Empty<string>();

    /// <summary>When the last of its pages was imported (UTC).</summary>
    public DateTime ImportedAt { get; set; }

    public int PageCount => Pages.Length;

    public override string ToString() => $"{Newspaper} {Date:yyyy-MM-dd}";
}
