namespace NewsArchive.Core.Model;

/// <summary>The optional block at the top of a page file: <c>---</c> / <c>newspaper:</c> / <c>date:</c> / <c>page:</c> / <c>---</c>.
/// Values are kept as written; <see cref="Parsing.IssueLocator"/> validates them.</summary>
public sealed class FrontMatter
{
    public static readonly FrontMatter Empty = new(null, null, null);

    public FrontMatter(string? newspaper, string? date, string? page)
    {
        Newspaper = newspaper;
        Date = date;
        Page = page;
    }

    public string? Newspaper { get; }
    public string? Date { get; }
    public string? Page { get; }
}
