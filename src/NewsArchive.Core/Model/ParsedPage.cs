using System.Collections.Generic;

namespace NewsArchive.Core.Model;

/// <summary>What the parser makes of one page: its front matter (if any) and its articles in page order.</summary>
public sealed class ParsedPage
{
    public ParsedPage(FrontMatter frontMatter, IReadOnlyList<ParsedArticle> articles)
    {
        FrontMatter = frontMatter;
        Articles = articles;
    }

    public FrontMatter FrontMatter { get; }
    public IReadOnlyList<ParsedArticle> Articles { get; }
}
