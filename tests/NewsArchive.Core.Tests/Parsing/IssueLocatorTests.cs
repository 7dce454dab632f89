using System;
using NewsArchive.Core.Model;
using NewsArchive.Core.Parsing;
using Xunit;

namespace NewsArchive.Core.Tests.Parsing;

/// <summary>Where a page belongs, from what the administrator said, the file's front matter, or its path.</summary>
public class IssueLocatorTests
{
    private static readonly FrontMatter None = FrontMatter.Empty;

    private static string Describe(PageIdentity identity) => $"{identity.Newspaper} {identity.Date:yyyy-MM-dd} {identity.Page}";

    [Theory]
    [InlineData("/archive/2020-03-13/衡阳日报_01.txt")]
    [InlineData("/archive/衡阳日报_20200313_01.txt")]
    [InlineData("/archive/2020/03/13/衡阳日报_01.txt")]
    [InlineData("/archive/衡阳日报-2020-03-13-01.txt")]
    [InlineData("/archive/衡阳日报_2020_03_13_01.txt")]
    [InlineData("/archive/衡阳日报_2020.03.13_第1版.txt")]
    public void ReadsEachPathForm(string path) =>
        Assert.Equal("衡阳日报 2020-03-13 1", Describe(IssueLocator.Locate(path, None, null, null, null)));

    [Fact]
    public void ThePageIsTheFileNamesTrailingNumberNotPartOfTheDate() =>
        Assert.Equal(12, IssueLocator.Locate("/archive/2020-03-13/衡阳日报_12.txt", None, null, null, null).Page);

    [Fact]
    public void TheDateNearestTheFileNameWins() =>
        Assert.Equal(new DateTime(2020, 3, 13), IssueLocator.Locate("/scans/2020-01-01/batch/衡阳日报_20200313_01.txt", None, null, null, null).Date);

    [Fact]
    public void FrontMatterNamesThePage()
    {
        var frontMatter = new FrontMatter("江城日报", "2021-05-18", "2");
        Assert.Equal("江城日报 2021-05-18 2", Describe(IssueLocator.Locate("/in/page.txt", frontMatter, null, null, null)));
    }

    [Theory]
    [InlineData("2021-05-18")]
    [InlineData("2021-5-18")]
    [InlineData("2021/5/18")]
    [InlineData("20210518")]
    [InlineData("2021年5月18日")]
    public void FrontMatterDatesMayBeWrittenSeveralWays(string date) =>
        Assert.Equal(new DateTime(2021, 5, 18), IssueLocator.Locate(null, new FrontMatter("江城日报", date, "1"), null, null, null).Date);

    [Theory]
    [InlineData("3", 3)]
    [InlineData("第3版", 3)]
    [InlineData("03", 3)]
    public void FrontMatterPagesMayBeWrittenSeveralWays(string page, int expected) =>
        Assert.Equal(expected, IssueLocator.Locate(null, new FrontMatter("江城日报", "2021-05-18", page), null, null, null).Page);

    [Fact]
    public void FrontMatterWinsOverThePath()
    {
        var frontMatter = new FrontMatter("江城日报", "2021-05-18", "2");
        var identity = IssueLocator.Locate("/archive/2020-03-13/衡阳日报_01.txt", frontMatter, null, null, null);
        Assert.Equal("江城日报 2021-05-18 2", Describe(identity));
    }

    [Fact]
    public void ParametersWinOverFrontMatterAndPath()
    {
        var frontMatter = new FrontMatter("江城日报", "2021-05-18", "2");
        var identity = IssueLocator.Locate("/archive/2020-03-13/衡阳日报_01.txt", frontMatter, "长沙晚报", new DateTime(2019, 1, 9, 15, 30, 0), 7);
        Assert.Equal("长沙晚报 2019-01-09 7", Describe(identity));
    }

    [Fact]
    public void EachValueFallsBackOnItsOwn()
    {
        // Front matter that names only the date: the newspaper and the page still come from the path.
        var identity = IssueLocator.Locate("/archive/衡阳日报_20200313_04.txt", new FrontMatter(null, "2020-03-14", null), null, null, null);
        Assert.Equal("衡阳日报 2020-03-14 4", Describe(identity));
    }

    [Fact]
    public void AnInvalidFrontMatterDateIsAnErrorNotAFallbackToThePath()
    {
        var error = Assert.Throws<PageFormatException>(() =>
            IssueLocator.Locate("/archive/衡阳日报_20200313_01.txt", new FrontMatter(null, "2020-02-30", null), null, null, null));
        Assert.Equal(PageError.InvalidDate, error.Error);
        Assert.Contains("2020-02-30", error.Message);
    }

    [Fact]
    public void AnInvalidFrontMatterDateDoesNotMatterWhenTheDateIsGiven() =>
        Assert.Equal(new DateTime(2020, 3, 13),
            IssueLocator.Locate("/a/衡阳日报_01.txt", new FrontMatter(null, "yesterday", null), null, new DateTime(2020, 3, 13), null).Date);

    [Fact]
    public void AnInvalidFrontMatterPageIsAnError() =>
        Assert.Equal(PageError.InvalidPage, Assert.Throws<PageFormatException>(() =>
            IssueLocator.Locate(null, new FrontMatter("江城日报", "2021-05-18", "头版"), null, null, null)).Error);

    [Fact]
    public void PageZeroIsAnError() =>
        Assert.Equal(PageError.InvalidPage, Assert.Throws<PageFormatException>(() =>
            IssueLocator.Locate("/archive/衡阳日报_20200313_00.txt", None, null, null, null)).Error);

    [Fact]
    public void AnUnknownNewspaperSaysHowToGiveIt()
    {
        var error = Assert.Throws<PageFormatException>(() => IssueLocator.Locate("/archive/2020-03-13/page_01.txt", None, null, null, null));
        Assert.Equal(PageError.UnknownNewspaper, error.Error);
        Assert.Contains("-Newspaper", error.Message);
    }

    [Fact]
    public void AnUnknownDateSaysHowToGiveIt()
    {
        var error = Assert.Throws<PageFormatException>(() => IssueLocator.Locate("/archive/衡阳日报_01.txt", None, null, null, null));
        Assert.Equal(PageError.UnknownDate, error.Error);
        Assert.Contains("-Date", error.Message);
    }

    [Theory]
    [InlineData("/archive/2020-13-45/衡阳日报_01.txt")]
    [InlineData("/archive/衡阳日报_120200313_01.txt")]
    public void NumbersThatAreNotADateAreNotTakenForOne(string path) =>
        Assert.Equal(PageError.UnknownDate, Assert.Throws<PageFormatException>(() => IssueLocator.Locate(path, None, null, null, null)).Error);

    [Fact]
    public void AnUnknownPageSaysHowToGiveIt()
    {
        var error = Assert.Throws<PageFormatException>(() => IssueLocator.Locate("/archive/2020-03-13/衡阳日报.txt", None, "衡阳日报", null, null));
        Assert.Equal(PageError.UnknownPage, error.Error);
        Assert.Contains("-Page", error.Message);
    }
}
