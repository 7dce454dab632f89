namespace NewsArchive.Core.Importing;

/// <summary>What an import did with one page file.</summary>
public enum ImportStatus
{
    /// <summary>A new page was stored.</summary>
    Imported,
    /// <summary>The same content was already stored for this newspaper, date and page: nothing was written.</summary>
    Unchanged,
    /// <summary>Other content for the same newspaper, date and page was replaced (-Force).</summary>
    Replaced,
}
