using System;

namespace NewsArchive.Core.Parsing;

/// <summary>Why a page file could not be read as a page. Each kind becomes its own error id in the cmdlets.</summary>
public enum PageError
{
    EmptyFile,
    TooLarge,
    Binary,
    InvalidEncoding,
    NoHeadline,
    UnknownNewspaper,
    UnknownDate,
    InvalidDate,
    InvalidPage,
    UnknownPage,
    /// <summary>The path names a device, FIFO or socket, not a file that holds a page.</summary>
    NotAFile,
}

/// <summary>A page file that cannot be imported as it is; the message says what to do about it.</summary>
public sealed class PageFormatException : Exception
{
    public PageFormatException(PageError error, string message)
        : base(message)
    {
        Error = error;
    }

    public PageError Error { get; }
}
