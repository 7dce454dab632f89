using System;
using System.IO;
using System.Linq;
using System.Text;
using Dapper;
using NewsArchive.Core.Importing;
using NewsArchive.Core.Storage;
using Xunit;

namespace NewsArchive.Core.Tests.Importing;

/// <summary>Re-analysis while other sessions remove or replace the page it works on (issue 13 #2, #5).</summary>
public sealed class PageReanalyzerTests : IDisposable
{
    private const string Page = "## 第一条新闻\n\n**本报讯** 昨日，市里召开会议。\n\n## 第二条新闻\n\n本报讯 今天上午，会议继续。\n";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsarchive-reanalyse-" + Guid.NewGuid().ToString("N"));

    public PageReanalyzerTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void APageRemovedBeforeItsReanalysisIsReportedAsRemovedAndNothingIsWritten()
    {
        using var store = ArchiveStore.Open(Path.Combine(_folder, "removed.db"));
        var key = StoreOnePage(store);
        new PageWriter(store).Remove(new IssueFilter { Newspaper = key.Newspaper, Date = key.Date });

        var gone = Assert.Throws<StoredPageGoneException>(() => new PageReanalyzer(store).Reanalyze(key));
        Assert.True(gone.Removed);
        Assert.True(ArchiveChecks.Run(store).Healthy);
        Assert.Equal(0, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM articles"));
    }

    [Fact]
    public void AnAnalysisOfAnotherVersionIsNotStored()
    {
        using var store = ArchiveStore.Open(Path.Combine(_folder, "replaced.db"));
        var key = StoreOnePage(store);
        Assert.False(new PageWriter(store).ReplaceArticles(key.Id, "the hash of another version", Array.Empty<Model.ParsedArticle>(), PageAnalyzer.Version));
        Assert.Equal(2, store.Connection.ExecuteScalar<long>("SELECT count(*) FROM articles"));
    }

    private static StoredPageKey StoreOnePage(ArchiveStore store)
    {
        var options = new ImportOptions { Newspaper = "江城日报", Date = new DateTime(2021, 5, 18), Page = 1 };
        var importer = new PageImporter(store);
        importer.Save(importer.Prepare(PageImporter.Analyze("a.txt", Encoding.UTF8.GetBytes(Page), options)));
        return new StoredPageReader(store).Pages(null, null, null, null).Single();
    }
}
