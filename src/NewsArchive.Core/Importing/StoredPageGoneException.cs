using System;

namespace NewsArchive.Core.Importing;

/// <summary>A stored page that was to be re-analysed was removed meanwhile (Remove-Issue in another session), or kept
/// being replaced (Import-Issue -Force) while it was analysed: nothing was written for it.</summary>
public sealed class StoredPageGoneException : Exception
{
    public StoredPageGoneException(string message, bool removed)
        : base(message)
    {
        Removed = removed;
    }

    /// <summary>True when the page is no longer in the archive; false when it was replaced again and again.</summary>
    public bool Removed { get; }
}
