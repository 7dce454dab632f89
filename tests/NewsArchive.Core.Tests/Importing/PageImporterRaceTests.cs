using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using NewsArchive.Core.Importing;
using NewsArchive.Core.Storage;
using Xunit;

namespace NewsArchive.Core.Tests.Importing;

/// <summary>Two imports (two processes, two connections) that both look a page up before either stores it, as overlapping
/// scheduled tasks do: what is decided before the write must be decided again inside it.</summary>
public sealed class PageImporterRaceTests : IDisposable
{
    private const string Page = "## 第一条新闻\n\n**本报讯** 昨日，市里召开会议。\n\n## 第二条新闻\n\n本报讯 今天上午，会议继续。\n";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsarchive-race-" + Guid.NewGuid().ToString("N"));
    private readonly List<ArchiveStore> _stores = new();

    public PageImporterRaceTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void TheSamePageStoredByAnotherImportMeanwhileIsUnchanged()
    {
        var (first, second) = PrepareTwice(Page, Page, force: false);
        Assert.Equal(ImportStatus.Imported, first.Importer.Save(first.Page).Status);
        Assert.Equal(ImportStatus.Unchanged, second.Importer.Save(second.Page).Status);
        AssertOnePageWithArticles(2);
    }

    [Fact]
    public void OtherContentStoredMeanwhileIsAConflictWithoutForce()
    {
        var (first, second) = PrepareTwice(Page, Page + "\n## 第三条新闻\n\n正文。\n", force: false);
        first.Importer.Save(first.Page);
        Assert.Throws<PageConflictException>(() => second.Importer.Save(second.Page));
        AssertOnePageWithArticles(2);
    }

    [Fact]
    public void OtherContentStoredMeanwhileIsReplacedWithForce()
    {
        var (first, second) = PrepareTwice(Page, Page + "\n## 第三条新闻\n\n正文。\n", force: true);
        first.Importer.Save(first.Page);
        Assert.Equal(ImportStatus.Replaced, second.Importer.Save(second.Page).Status);
        AssertOnePageWithArticles(3);
    }

    public void Dispose()
    {
        _stores.ForEach(store => store.Dispose());
        Directory.Delete(_folder, recursive: true);
    }

    private string Database => Path.Combine(_folder, "archive.db");

    private ((PageImporter Importer, PreparedPage Page) First, (PageImporter Importer, PreparedPage Page) Second) PrepareTwice(string firstText, string secondText, bool force)
    {
        var options = new ImportOptions { Newspaper = "江城日报", Date = new DateTime(2021, 5, 18), Page = 1, Force = force };
        var firstImporter = new PageImporter(Open());
        var secondImporter = new PageImporter(Open());
        var first = firstImporter.Prepare(PageImporter.Analyze("a.txt", Encoding.UTF8.GetBytes(firstText), options));
        var second = secondImporter.Prepare(PageImporter.Analyze("b.txt", Encoding.UTF8.GetBytes(secondText), options));
        Assert.False(first.IsUnchanged);
        Assert.False(second.IsUnchanged);
        return ((firstImporter, first), (secondImporter, second));
    }

    private ArchiveStore Open()
    {
        var store = ArchiveStore.Open(Database);
        _stores.Add(store);
        return store;
    }

    private void AssertOnePageWithArticles(int articles)
    {
        var health = ArchiveChecks.Run(Open());
        Assert.True(health.Healthy, string.Join("; ", (object[])health.Problems));
        Assert.Equal(1, health.Pages);
        Assert.Equal(articles, health.Articles);
    }
}
