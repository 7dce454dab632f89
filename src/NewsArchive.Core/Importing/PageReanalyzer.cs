using System;
using System.Diagnostics;
using System.Linq;
using NewsArchive.Core.Storage;

namespace NewsArchive.Core.Importing;

/// <summary>What re-analysing one stored page did.</summary>
public sealed class ReanalysisResult
{
    public ReanalysisResult(string newspaper, DateTime date, int page, int previousVersion, int version, int articles, int officials, TimeSpan elapsed)
    {
        Newspaper = newspaper;
        Date = date;
        Page = page;
        PreviousVersion = previousVersion;
        Version = version;
        Articles = articles;
        Officials = officials;
        Elapsed = elapsed;
    }

    public string Newspaper { get; }
    public DateTime Date { get; }
    public int Page { get; }
    public int PreviousVersion { get; }
    public int Version { get; }
    public int Articles { get; }
    /// <summary>Official mentions (one per official per article) found now.</summary>
    public int Officials { get; }
    public TimeSpan Elapsed { get; }
}

/// <summary>Re-analyses stored pages from their kept text, through the same <see cref="PageAnalyzer"/> as import, and
/// replaces their articles in one transaction per page.</summary>
public sealed class PageReanalyzer
{
    private readonly StoredPageReader _reader;
    private readonly PageWriter _writer;

    public PageReanalyzer(ArchiveStore store)
    {
        _reader = new StoredPageReader(store);
        _writer = new PageWriter(store);
    }

    public ReanalysisResult Reanalyze(StoredPageKey page)
    {
        var clock = Stopwatch.StartNew();
        var parsed = PageAnalyzer.Analyze(_reader.Text(page.Id), page.Date);
        _writer.ReplaceArticles(page.Id, parsed.Articles, PageAnalyzer.Version);
        var officials = parsed.Articles.Sum(a => a.People.Count(p => p.Role == Model.PersonRole.Official));
        return new ReanalysisResult(page.Newspaper, page.Date, page.Page, page.ParserVersion, PageAnalyzer.Version, parsed.Articles.Count, officials, clock.Elapsed);
    }
}
