using System;

namespace NewsArchive.Core.Model;

/// <summary>What Copy-Archive did: the pages of the source, how many it copied, how many the destination already held as
/// they are (an earlier, interrupted copy), and how many it could not copy.</summary>
public sealed class ArchiveCopyResult
{
    public string Source { get; set; } = string.Empty;
    public string Destination { get; set; } = string.Empty;
    public int Pages { get; set; }
    public int Copied { get; set; }
    public int AlreadyThere { get; set; }
    public int Failed { get; set; }
    public TimeSpan Elapsed { get; set; }
}
