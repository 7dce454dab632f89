using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsArchive.Core.Importing;
using NewsArchive.Core.Model;
using NewsArchive.Core.Extraction;
using Xunit;

namespace NewsArchive.Core.Tests.Extraction;

public class OfficialExtractorTests
{
    [Fact]
    public void SeedPageGivesExactlyTheExpectedOfficialsAndTitles()
    {
        var page = PageAnalyzer.Analyze(File.ReadAllText(SharedSamples.SeedPagePath), new DateTime(2020, 3, 13));
        using var expected = JsonDocument.Parse(File.ReadAllText(SharedSamples.SeedExpectedPath));
        var articles = expected.RootElement.GetProperty("articles").EnumerateArray().ToArray();
        Assert.Equal(articles.Length, page.Articles.Count);
        for (var i = 0; i < articles.Length; i++)
        {
            var want = articles[i].GetProperty("officials").EnumerateArray()
                .Select(o => o.GetProperty("name").GetString() + ":" + string.Join("、", o.GetProperty("titles").EnumerateArray().Select(t => t.GetString())))
                .ToArray();
            var got = page.Articles[i].People.Where(p => p.Role == PersonRole.Official)
                .Select(p => p.Name + ":" + string.Join("、", p.Titles)).ToArray();
            Assert.Equal(want, got);
        }

        var notOfficials = expected.RootElement.GetProperty("notOfficials").EnumerateArray().Select(n => n.GetString()).ToHashSet();
        Assert.DoesNotContain(page.Articles.SelectMany(a => a.People).Where(p => p.Role == PersonRole.Official), p => notOfficials.Contains(p.Name));
    }

    [Theory]
    [InlineData("县委书记王建国在会上强调，要抓好春耕。", "王建国", "县委书记")]
    [InlineData("省委常委、省纪委书记、省监委主任欧阳明华出席。", "欧阳明华", "省委常委、省纪委书记、省监委主任")]
    [InlineData("国务委员兼外交部长李东会见了来访的客人。", "李东", "国务委员、外交部长")]
    [InlineData("美国总统约翰·史密斯表示，双方将继续对话。", "约翰·史密斯", "美国总统")]
    [InlineData("珠晖区委副书记、区长刘洋主持会议。", "刘洋", "珠晖区委副书记、区长")]
    [InlineData("市发展和改革委员会主任何明介绍了有关情况。", "何明", "市发展和改革委员会主任")]
    [InlineData("于都县委副书记、县长赵刚率队考察。", "赵刚", "于都县委副书记、县长")]
    [InlineData("我县县长钱进参加会议。", "钱进", "县长")]
    [InlineData("日本首相山田太郎在记者会上表示，将推进改革。", "山田太郎", "日本首相")]
    [InlineData("学习贯彻江泽民总书记重要讲话精神。", "江泽民", "总书记")]
    public void ReadsTitleThenName(string text, string name, string titles)
    {
        var person = Assert.Single(Extract(text), p => p.Role == PersonRole.Official);
        Assert.Equal(name, person.Name);
        Assert.Equal(titles, string.Join("、", person.Titles));
    }

    [Fact]
    public void AListSharesItsTitleAndALaterBareNameIsTheSamePerson()
    {
        var people = Extract("副县长张明、李红、赵小兵出席。张明指出，要抓好落实。");
        Assert.Equal(new[] { "张明", "李红", "赵小兵" }, people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal(new[] { "副县长" }, p.Titles));
    }

    [Fact]
    public void NamesListedBeforeALeadersTitleShareIt()
    {
        var people = Extract("会议由副市长张明主持，李红、赵小兵等市领导出席。");
        Assert.Equal(new[] { "张明:副市长", "李红:市领导", "赵小兵:市领导" }, people.Select(p => p.Name + ":" + string.Join("、", p.Titles)));
    }

    [Theory]
    [InlineData("部分乡镇党委书记作了发言。")]
    [InlineData("市民可拨打市长热线反映问题。")]
    [InlineData("会议研究了书记处的工作安排。")]
    [InlineData("局长办公会研究了相关事项。")]
    [InlineData("青山县长江路改造现场正在施工。")]
    [InlineData("毛主席纪念堂今天照常开放。")]
    [InlineData("他是焦裕禄式的好书记。")]
    public void TitlesWithoutANameNameNobody(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void ANameThePageGaveWithATitleTakesAPostAfterItAndIsFoundBare()
    {
        var people = Extract("市委书记包振宇主持会议。包振宇书记指出，要抓好安全生产。会后，包振宇来到企业调研。");
        var person = Assert.Single(people);
        Assert.Equal(new[] { "市委书记", "书记" }, person.Titles);
    }

    [Fact]
    public void AKnownNameInsideALongerNameIsNotAMention()
    {
        var first = new ParsedArticle();
        first.Paragraphs.Add("市领导刘云、张斌出席。");
        var second = new ParsedArticle();
        second.Paragraphs.Add("华美公司总经理刘云慧说，订单已排到下半年。");
        OfficialExtractor.Extract(new[] { first, second });
        Assert.DoesNotContain(second.People, p => p.Name == "刘云");
        Assert.Equal("刘云慧", Assert.Single(second.People).Name);
    }

    [Fact]
    public void CompanyTitlesMakeAnotherPersonNotAnOfficial()
    {
        var person = Assert.Single(Extract("市长刘洋会见了华星集团董事长周立。"), p => p.Name == "周立");
        Assert.Equal(PersonRole.Other, person.Role);
        Assert.Equal(new[] { "华星集团董事长" }, person.Titles);
    }

    [Fact]
    public void BylineNamesAreNeverPeople()
    {
        var article = new ParsedArticle();
        article.Bylines.Add(new Byline("记者", "王强"));
        article.Paragraphs.Add("市长王强主持会议。");
        OfficialExtractor.Extract(new[] { article });
        Assert.Empty(article.People);
    }

    private static PersonMention[] Extract(string paragraph)
    {
        var article = new ParsedArticle();
        article.Paragraphs.Add(paragraph);
        OfficialExtractor.Extract(new[] { article });
        return article.People.ToArray();
    }
}
