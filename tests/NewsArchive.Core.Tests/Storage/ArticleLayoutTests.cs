using System;
using System.IO;
using System.Linq;
using Dapper;
using NewsArchive.Core.Model;
using NewsArchive.Core.Parsing;
using NewsArchive.Core.Storage;
using Xunit;

namespace NewsArchive.Core.Tests.Storage;

/// <summary>What the parser keeps apart from the paragraphs (intertitles, captions, continuation pages) is stored with the
/// article and comes back with it, and goes when the article goes.</summary>
public sealed class ArticleLayoutTests : IDisposable
{
    private const string Page =
        "（上接第一版）着力构建多层次医疗保障体系。\n\n" +
        "## 全市重大项目建设推进会召开\n\n王 东\n\n本报讯 5月17日，推进会召开。\n\n研究对象的独特把握\n\n" +
        "今年以来，全市新开工项目一百二十个，总投资超过八百亿元。\n\n图为项目建设现场。（新华社记者 张汉民 摄）\n\n" +
        "会议要求落实责任。\n\n（下转第三版）\n\n## 没有这些的一篇\n\n本报讯 会议召开。\n";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsarchive-layout-" + Guid.NewGuid().ToString("N"));

    public ArticleLayoutTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void IntertitlesCaptionsAndContinuationsComeBackWithTheArticle()
    {
        using var store = ArchiveStore.Open(Path.Combine(_folder, "layout.db"));
        var parsed = PageParser.Parse(Page, new DateTime(2021, 5, 18)).Articles;
        new PageWriter(store).Save(new PageRecord("测试日报", new DateTime(2021, 5, 18), 2, null, "hash", "utf-8", Page), parsed,
            allowReplace: false, parserVersion: PageParser.Version);

        var articles = new ArticleReader(store).Query(new ArticleFilter()).OrderBy(a => a.Sequence).ToArray();
        Assert.Equal(1, articles[0].ContinuedFrom);
        Assert.Null(articles[0].ContinuedOn);
        Assert.Equal(new[] { "研究对象的独特把握" }, articles[1].Intertitles);
        Assert.Contains("研究对象的独特把握", articles[1].Paragraphs);
        Assert.Equal(new[] { "图为项目建设现场。" }, articles[1].Captions);
        Assert.Equal(new[] { "作者 王东", "新华社记者 张汉民" }, articles[1].Bylines.Select(b => b.ToString()));
        Assert.Equal(3, articles[1].ContinuedOn);
        Assert.Empty(articles[2].Intertitles);
        Assert.Empty(articles[2].Captions);
        Assert.Null(articles[2].ContinuedOn);

        // One row per article that has any of these, and none left once its page is gone.
        Assert.Equal(2, store.Connection.ExecuteScalar<int>("SELECT count(*) FROM article_layout"));
        store.Connection.Execute("DELETE FROM articles");
        Assert.Equal(0, store.Connection.ExecuteScalar<int>("SELECT count(*) FROM article_layout"));
    }
}
