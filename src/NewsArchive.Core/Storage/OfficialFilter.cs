using System;
using System.Collections.Generic;

namespace NewsArchive.Core.Storage;

/// <summary>What Find-Official asks of the store. Every criterion given must hold; text criteria are PowerShell wildcard
/// patterns (case-insensitive), exact without wildcards. A title criterion keeps only the mentions with such a title.</summary>
public sealed class OfficialFilter
{
    public IReadOnlyCollection<string>? Names { get; set; }
    public IReadOnlyCollection<string>? Titles { get; set; }
    public IReadOnlyCollection<string>? Newspapers { get; set; }
    public DateTime? From { get; set; }
    public DateTime? To { get; set; }
}
