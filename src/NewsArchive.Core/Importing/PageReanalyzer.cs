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
/// replaces their articles in one transaction per page. The text is read and analysed outside the write transaction
/// (analysis takes far longer than the write, and other sessions must not wait for it); the write stores the analysis
/// only if the page is still the version read, else the new version is read and analysed again.</summary>
public sealed class PageReanalyzer
{
    /// <summary>Reads of a page that another session keeps replacing before it is given up (reported, not written).</summary>
    private const int MaxAttempts = 3;

    private readonly StoredPageReader _reader;
    private readonly PageWriter _writer;

    public PageReanalyzer(ArchiveStore store)
    {
        _reader = new StoredPageReader(store);
        _writer = new PageWriter(store);
    }

    /// <exception cref="StoredPageGoneException">The page was removed, or replaced on every attempt.</exception>
    /// <exception cref="System.IO.InvalidDataException">The page's kept text is damaged.</exception>
    public ReanalysisResult Reanalyze(StoredPageKey page)
    {
        var clock = Stopwatch.StartNew();
        for (var attempt = 1; attempt <= MaxAttempts; attempt++)
        {
            var stored = _reader.Text(page.Id)
                ?? throw new StoredPageGoneException($"{Describe(page)} was removed from the archive while it was being re-analysed.", removed: true);
            var parsed = PageAnalyzer.Analyze(stored.Text, page.Date);
            if (_writer.ReplaceArticles(page.Id, stored.Sha256, parsed.Articles, PageAnalyzer.Version))
            {
                var officials = parsed.Articles.Sum(a => a.People.Count(p => p.Role == Model.PersonRole.Official));
                return new ReanalysisResult(page.Newspaper, page.Date, page.Page, page.ParserVersion, PageAnalyzer.Version, parsed.Articles.Count, officials, clock.Elapsed);
            }
        }

        throw new StoredPageGoneException($"{Describe(page)} was replaced by another session {MaxAttempts} times while it was being re-analysed.", removed: false);
    }

    private static string Describe(StoredPageKey page) => $"{page.Newspaper} {page.Date:yyyy-MM-dd} page {page.Page}";
}
