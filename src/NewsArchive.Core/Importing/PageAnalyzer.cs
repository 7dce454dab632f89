using System;
using NewsArchive.Core.Extraction;
using NewsArchive.Core.Model;
using NewsArchive.Core.Parsing;

namespace NewsArchive.Core.Importing;

/// <summary>Everything the archive learns from a page's text: its articles and what is extracted from them. Import and
/// re-analysis both come through here, so a stored page re-analysed later is treated exactly as a new one.</summary>
public static class PageAnalyzer
{
    /// <summary>Changes whenever the analysis would produce different output for the same text: the parser's version in
    /// the hundreds, the extractor's below.</summary>
    public static int Version => PageParser.Version * 100 + OfficialExtractor.Version;

    public static ParsedPage Analyze(string text, DateTime? issueDate)
    {
        var page = PageParser.Parse(text, issueDate);
        OfficialExtractor.Extract(page.Articles);
        return page;
    }
}
