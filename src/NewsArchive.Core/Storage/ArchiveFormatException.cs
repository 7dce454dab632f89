using System;

namespace NewsArchive.Core.Storage;

/// <summary>The file at an archive's path is not an archive this module may open: another application's database, a
/// file that is no database, an empty file where an archive is to be read, or an archive newer than this module.
/// Nothing was written to it.</summary>
public sealed class ArchiveFormatException : Exception
{
    public ArchiveFormatException(string message, bool newer = false, Exception? inner = null)
        : base(message, inner)
    {
        IsNewer = newer;
    }

    /// <summary>True when the file is a NewsArchive archive of a newer schema: updating the module is the remedy.</summary>
    public bool IsNewer { get; }
}
