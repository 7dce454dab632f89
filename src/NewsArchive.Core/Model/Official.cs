using System;
using System.Collections.Generic;

namespace NewsArchive.Core.Model;

/// <summary>One official across the archive (or the part Find-Official looked at): the titles used for them, latest first,
/// and the articles and dates they appear in.</summary>
public sealed class Official
{
    private TextList<string> _titles = TextList<string>.Empty;

    public string Name { get; set; } = string.Empty;
    public IReadOnlyList<string> Titles { get => _titles; set => _titles = TextList<string>.From(value); }
    public string? LatestTitle => Titles.Count > 0 ? Titles[0] : null;
    public int Articles { get; set; }
    public DateTime FirstSeen { get; set; }
    public DateTime LastSeen { get; set; }

    public override string ToString() => LatestTitle is null ? Name : LatestTitle + Name;
}

/// <summary>One title one official held, with the first and last issue that used it (Find-Official -Timeline).</summary>
public sealed class OfficialTitleSpan
{
    public string Name { get; set; } = string.Empty;
    public string Title { get; set; } = string.Empty;
    public DateTime FirstUsed { get; set; }
    public DateTime LastUsed { get; set; }
    public int Articles { get; set; }

    public override string ToString() => Title + Name;
}
