using System;
using NewsArchive.Core.Model;
using NewsArchive.Core.Parsing;

namespace NewsArchive.Core.Importing;

/// <summary>Everything the archive learns from a page's text: its articles and what is extracted from them. Import and
/// re-analysis both come through here, so a stored page re-analysed later is treated exactly as a new one.</summary>
public static class PageAnalyzer
{
    /// <summary>Changes whenever the analysis would produce different output for the same text.</summary>
    public static int Version => PageParser.Version;

    public static ParsedPage Analyze(string text, DateTime? issueDate) => PageParser.Parse(text, issueDate);
}
