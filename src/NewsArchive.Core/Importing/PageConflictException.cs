using System;

namespace NewsArchive.Core.Importing;

/// <summary>Other content is already stored for the page's newspaper, date and page, and the caller did not ask to replace it.</summary>
public sealed class PageConflictException : Exception
{
    public PageConflictException(string message)
        : base(message)
    {
    }
}
