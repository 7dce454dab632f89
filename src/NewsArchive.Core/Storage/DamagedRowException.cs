using System;

namespace NewsArchive.Core.Storage;

/// <summary>A stored row whose values cannot be read (damaged on disk, or written behind the module's back); readers
/// report it and go on with the other rows.</summary>
public sealed class DamagedRowException : Exception
{
    public DamagedRowException(string target, string message, Exception inner)
        : base(message, inner)
    {
        Target = target;
    }

    /// <summary>The row, as "newspaper date page N".</summary>
    public string Target { get; }
}
