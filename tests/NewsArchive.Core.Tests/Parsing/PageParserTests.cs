using System;
using System.Linq;
using NewsArchive.Core.Model;
using NewsArchive.Core.Parsing;
using Xunit;

namespace NewsArchive.Core.Tests.Parsing;

/// <summary>Pages in the archive's markup, cut into the articles a reader sees on the printed page.</summary>
public class PageParserTests
{
    private static readonly DateTime Issue = new(2021, 5, 18);

    private static ParsedArticle[] Parse(string text) => PageParser.Parse(text, Issue).Articles.ToArray();

    private static ParsedArticle Single(string text) => Assert.Single(Parse(text));

    private static string[] Bylines(ParsedArticle article) => article.Bylines.Select(b => b.ToString()).ToArray();

    [Fact]
    public void ReadsEveryFieldOfAFullArticle()
    {
        var article = Single(
            "赵启航在全市重大项目建设推进会上强调——\n\n## 抢抓黄金施工期 全力推动项目提速\n\n钱伟民主持\n\n■本报记者 周 航  \n见习记者 林晓彤\n\n" +
            "**本报讯** 5月17日上午，全市重大项目建设推进会召开。\n\n赵启航指出，今年以来项目建设总体良好。\n");

        Assert.Equal(1, article.Sequence);
        Assert.Equal("赵启航在全市重大项目建设推进会上强调——", article.Kicker);
        Assert.Equal("抢抓黄金施工期 全力推动项目提速", article.Title);
        Assert.Equal("钱伟民主持", article.Subtitle);
        Assert.Equal(new[] { "本报记者 周航", "见习记者 林晓彤" }, Bylines(article));
        Assert.Equal("本报讯", article.Dateline);
        Assert.Equal(new DateTime(2021, 5, 17), article.EventDate);
        Assert.Equal(new[] { "5月17日上午，全市重大项目建设推进会召开。", "赵启航指出，今年以来项目建设总体良好。" }, article.Paragraphs);
    }

    // ---- Kickers ----

    [Theory]
    [InlineData("乡村振兴进行时")]
    [InlineData("市政府召开第七十二次常务会议")]
    [InlineData("赵启航检查防汛工作时强调：")]
    public void AShortLineAboveAHeadlineIsItsKicker(string kicker)
    {
        var articles = Parse($"## 第一篇\n\n本报讯 会议召开。\n\n{kicker}\n\n## 第二篇\n\n本报讯 会议召开。\n");
        Assert.Null(articles[0].Kicker);
        Assert.Equal(kicker, articles[1].Kicker);
        Assert.Equal(new[] { "会议召开。" }, articles[0].Paragraphs);
    }

    [Fact]
    public void ALineThatEndsASentenceBelongsToTheStoryAbove()
    {
        var articles = Parse("## 第一篇\n\n本报讯 会议召开。\n\n市领导黄立新参加会议。\n\n## 第二篇\n\n本报讯 活动举行。\n");
        Assert.Null(articles[1].Kicker);
        Assert.Equal(new[] { "会议召开。", "市领导黄立新参加会议。" }, articles[0].Paragraphs);
    }

    [Fact]
    public void ABylineAboveAHeadlineIsNotAKicker()
    {
        var articles = Parse("## 第一篇\n\n本报讯 会议召开。\n\n■本报记者 陈 润\n\n## 第二篇\n\n本报讯 活动举行。\n");
        Assert.Null(articles[1].Kicker);
    }

    [Fact]
    public void ALongLineAboveAHeadlineIsNotAKicker()
    {
        var longLine = string.Concat(Enumerable.Repeat("全市上下坚持把项目建设作为稳增长的压舱石", 5));
        var articles = Parse($"## 第一篇\n\n本报讯 会议召开。\n\n{longLine}\n\n## 第二篇\n\n本报讯 活动举行。\n");
        Assert.Null(articles[1].Kicker);
    }

    [Fact]
    public void AKickerWithEmphasisLosesTheMarkup() =>
        Assert.Equal("乡村振兴进行时", Single("**乡村振兴进行时**\n\n## 小山村走出致富路\n\n本报讯 会议召开。\n").Kicker);

    // ---- Continued text and pages without kicker or byline ----

    [Fact]
    public void TextBeforeTheFirstHeadlineIsAnUntitledArticle()
    {
        var articles = Parse("（上接第一版）着力构建多层次医疗保障\n\n体系。会议要求落实责任。\n\n市领导黄立新参加会议。\n\n## 审议城市绿化条例\n\n本报讯 5月17日，会议召开。\n");

        Assert.Equal(2, articles.Length);
        Assert.Null(articles[0].Title);
        Assert.Null(articles[0].Kicker);
        Assert.Equal(new[] { "着力构建多层次医疗保障体系。会议要求落实责任。", "市领导黄立新参加会议。" }, articles[0].Paragraphs);
        Assert.Equal(1, articles[0].ContinuedFrom);
        Assert.Equal(new[] { 1, 2 }, articles.Select(a => a.Sequence));
        Assert.Equal("审议城市绿化条例", articles[1].Title);
    }

    [Fact]
    public void APageWithNoKickerBylineOrDatelineIsJustTitleAndBody()
    {
        var article = Single("# 我市首条过江地铁隧道全线贯通\n\n隧道全长3.2公里，最深处位于江面以下56米。\n\n建设者们实现了毫米级精准控制。\n");
        Assert.Null(article.Kicker);
        Assert.Null(article.Subtitle);
        Assert.Empty(article.Bylines);
        Assert.Null(article.Dateline);
        Assert.Null(article.EventDate);
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void ArticlesAreNumberedInPageOrder()
    {
        var articles = Parse("# 甲\n\n正文一。\n\n# 乙\n\n正文二。\n\n## 丙\n\n正文三。\n");
        Assert.Equal(new[] { "甲", "乙", "丙" }, articles.Select(a => a.Title));
        Assert.Equal(new[] { 1, 2, 3 }, articles.Select(a => a.Sequence));
    }

    // ---- Subtitles ----

    [Fact]
    public void AHeadingOfLevelThreeIsASubtitle()
    {
        var article = Single("# 深化政企合作\n\n### 钱伟民会见沈乐天一行\n\n**本报讯（记者 何静）** 昨日下午，市长会见了客人。\n");
        Assert.Equal("钱伟民会见沈乐天一行", article.Subtitle);
        Assert.Equal("深化政企合作", article.Title);
    }

    [Fact]
    public void AHeadlineSetOverTwoLinesOfTheSameLevelIsOneTitle()
    {
        var article = Single("# 抢抓黄金施工期\n\n# 全力推动项目提速\n\n■本报记者 周 航\n\n本报讯 昨日，推进会召开。\n");
        Assert.Equal("抢抓黄金施工期 全力推动项目提速", article.Title);
        Assert.Null(article.Subtitle);
        Assert.Single(article.Paragraphs);
    }

    [Fact]
    public void ASmallerHeadlineRightBelowTheTitleIsItsSubtitle()
    {
        var article = Single("# 守牢防汛安全底线\n\n## 市委书记带队检查重点堤段\n\n本报讯 昨日，检查防汛工作。\n");
        Assert.Equal("守牢防汛安全底线", article.Title);
        Assert.Equal("市委书记带队检查重点堤段", article.Subtitle);
    }

    [Fact]
    public void ASmallerHeadlineRightAboveALargerOneIsItsKicker()
    {
        var article = Single("## 全市重大项目建设推进会召开\n\n# 抢抓黄金施工期\n\n本报讯 昨日，推进会召开。\n");
        Assert.Equal("全市重大项目建设推进会召开", article.Kicker);
        Assert.Equal("抢抓黄金施工期", article.Title);
    }

    [Fact]
    public void SubtitleLinesJoinedByAHardBreakBecomeOneSubtitleWithASpace()
    {
        var article = Single("## 守牢防汛安全底线\n\n压实责任 补齐短板  \n全力保障人民群众生命财产安全\n\n■本报记者 周 航\n\n本报讯 昨日，检查防汛工作。\n");
        Assert.Equal("压实责任 补齐短板 全力保障人民群众生命财产安全", article.Subtitle);
    }

    [Fact]
    public void ABackslashHardBreakWorksToo() =>
        Assert.Equal("部署稳就业工作 确定住房政策措施",
            Single("## 国务院常务会议\n\n部署稳就业工作\\\n确定住房政策措施\n\n新华社北京5月17日电 会议召开。\n").Subtitle);

    [Fact]
    public void ABylineWrittenWithAColonIsABylineNotASubtitle()
    {
        var article = Single("## 标题\n\n记者：王伟\n\n本报讯 会议召开。\n");
        Assert.Null(article.Subtitle);
        Assert.Equal(new[] { "记者 王伟" }, Bylines(article));
    }

    [Fact]
    public void PlainTextAfterAHeadlineIsBodyWhenNoBylineOrDatelineFollows()
    {
        // A lead-in line set apart under the head stays apart from the lead it heads.
        var article = Single("## 我市外贸增长\n\n机电产品出口增势明显\n\n全市外贸进出口总值达386.2亿元。\n");
        Assert.Null(article.Subtitle);
        Assert.Equal(new[] { "机电产品出口增势明显", "全市外贸进出口总值达386.2亿元。" }, article.Paragraphs);
    }

    // ---- Datelines ----

    [Theory]
    [InlineData("本报讯 5月17日，会议召开。", "本报讯")]
    [InlineData("**本报讯** 5月17日，会议召开。", "本报讯")]
    [InlineData("【本报讯】5月17日，会议召开。", "本报讯")]
    [InlineData("本报北京1月9日讯 5月17日，会议召开。", "本报北京1月9日讯")]
    [InlineData("新华社北京5月17日电 5月17日，会议召开。", "新华社北京5月17日电")]
    [InlineData("新华社北京５月１７日电 5月17日，会议召开。", "新华社北京５月１７日电")]
    public void ReadsTheDatelineThatOpensTheLead(string lead, string dateline)
    {
        var article = Single($"## 标题\n\n{lead}\n");
        Assert.Equal(dateline, article.Dateline);
        Assert.Equal(new[] { "5月17日，会议召开。" }, article.Paragraphs);
    }

    [Theory]
    [InlineData("新华社电 会议召开。", "新华社电")]
    [InlineData("本报江城讯 记者从市水文局了解到，今年汛期来得早。", "本报江城讯")]
    [InlineData("新华社北京电（记者 王伟）会议召开。", "新华社北京电")]
    // OCR drops spaces: "本报讯" is unambiguous, so it opens the lead even when the text follows it directly.
    [InlineData("本报讯记者今天获悉，会议召开。", "本报讯")]
    public void ReadsDatelinesWithoutADate(string lead, string dateline) =>
        Assert.Equal(dateline, Single($"## 标题\n\n{lead}\n").Dateline);

    [Fact]
    public void ADatelineBylineInParenthesesIsAddedToTheBylines()
    {
        var article = Single("## 标题\n\n新华社北京1月9日电（记者 王 伟）国务院总理主持召开常务会议。\n");
        Assert.Equal("新华社北京1月9日电", article.Dateline);
        Assert.Equal(new[] { "记者 王伟" }, Bylines(article));
        Assert.Equal(new[] { "国务院总理主持召开常务会议。" }, article.Paragraphs);
    }

    [Fact]
    public void SeveralContributorsInTheDatelineAreEachAdded()
    {
        var article = Single("## 标题\n\n**本报讯（记者 王伟 通讯员 李娜）** 昨日，会议召开。\n");
        Assert.Equal("本报讯", article.Dateline);
        Assert.Equal(new[] { "记者 王伟", "通讯员 李娜" }, Bylines(article));
    }

    [Fact]
    public void ADatelineStandingAloneInItsBlockOpensTheLeadThatFollows()
    {
        var article = Single("## 标题\n\n**本报讯（记者 王伟）**\n\n昨日，会议召开。\n\n第二段。\n");
        Assert.Equal("本报讯", article.Dateline);
        Assert.Equal(new[] { "记者 王伟" }, Bylines(article));
        Assert.Equal(new[] { "昨日，会议召开。", "第二段。" }, article.Paragraphs);
        Assert.Equal(new DateTime(2021, 5, 17), article.EventDate);
    }

    [Fact]
    public void AContributorAlreadyInTheBylineIsNotAddedTwice()
    {
        var article = Single("## 标题\n\n■记者 王 伟\n\n本报讯（记者 王伟 通讯员 李娜） 昨日，会议召开。\n");
        Assert.Equal(new[] { "记者 王伟", "通讯员 李娜" }, Bylines(article));
    }

    [Fact]
    public void AParenthesisAfterTheDatelineThatIsNotABylineStaysInTheText()
    {
        var article = Single("## 标题\n\n本报讯（国家统计局数据）今年前4个月，全市外贸增长。\n");
        Assert.Equal("本报讯", article.Dateline);
        Assert.Empty(article.Bylines);
        Assert.Equal(new[] { "（国家统计局数据）今年前4个月，全市外贸增长。" }, article.Paragraphs);
    }

    [Fact]
    public void TheEventDateFallsBackToTheDatelinesDate()
    {
        var article = PageParser.Parse("## 标题\n\n本报北京1月9日讯 全国两会筹备工作进展顺利。\n", new DateTime(2020, 1, 10)).Articles[0];
        Assert.Equal(new DateTime(2020, 1, 9), article.EventDate);
    }

    [Theory]
    // Company and office names hold 网, 报, 台 and 电: a lead that starts with one has no dateline.
    [InlineData("国家电网江城供电公司近日完成主网架改造。")]
    [InlineData("本报记者日前从市电力公司了解到，迎峰度夏准备就绪。")]
    [InlineData("江城广播电视台电视新闻中心推出系列报道。")]
    public void ALeadThatOnlyLooksLikeADatelineKeepsItsText(string lead)
    {
        var article = Single($"## 标题\n\n{lead}\n");
        Assert.Null(article.Dateline);
        Assert.Equal(new[] { lead }, article.Paragraphs);
    }

    // ---- Column breaks ----

    [Fact]
    public void AColumnBreakInsideAWordIsMendedWithNothingBetween()
    {
        var article = Single("## 标题\n\n本报讯 要高度重视困难\n\n挑战，经济逆势而\n\n上。\n\n第二段。\n");
        Assert.Equal(new[] { "要高度重视困难挑战，经济逆势而上。", "第二段。" }, article.Paragraphs);
    }

    [Fact]
    public void AColumnBreakAfterACommaContinuesTheParagraph()
    {
        var article = Single("## 标题\n\n本报讯 对项目推进中遇到的堵点难点问题，\n\n实行“一个项目、一名领导”。\n");
        Assert.Equal(new[] { "对项目推进中遇到的堵点难点问题，实行“一个项目、一名领导”。" }, article.Paragraphs);
    }

    [Fact]
    public void ASentenceEndingInAClosingQuoteEndsTheParagraph()
    {
        var article = Single("## 标题\n\n本报讯 他说：“项目建设没有旁观者。”\n\n第二段。\n");
        Assert.Equal(2, article.Paragraphs.Count);
    }

    [Fact]
    public void LatinWordsCutByAColumnBreakGetASpace()
    {
        var article = Single("## 标题\n\n本报讯 论坛以Open Source\n\nSummit为题，采用5G\n\n技术直播。\n");
        Assert.Equal(new[] { "论坛以Open Source Summit为题，采用5G技术直播。" }, article.Paragraphs);
    }

    [Fact]
    public void SoftWrappedLinesInOneBlockFlowTogether()
    {
        var article = Single("## 标题\n\n本报讯 全市重大项目\n建设推进会召开。\n");
        Assert.Equal(new[] { "全市重大项目建设推进会召开。" }, article.Paragraphs);
    }

    [Theory]
    [InlineData("（本报记者 王伟）")]
    [InlineData("(完)")]
    public void ABlockThatIsOneParenthesisedNoteStandsAlone(string note)
    {
        var article = Single($"## 标题\n\n本报讯 会议要求落实责任。\n\n{note}\n\n第三段。\n");
        Assert.Equal(new[] { "会议要求落实责任。", note, "第三段。" }, article.Paragraphs);
    }

    [Fact]
    public void AContinuationNoteIsRecordedAndKeptOutOfTheBody()
    {
        var article = Single("## 标题\n\n本报讯 会议要求落实责任。\n\n（下转第2版）\n");
        Assert.Equal(new[] { "会议要求落实责任。" }, article.Paragraphs);
        Assert.Equal(2, article.ContinuedOn);
        Assert.Null(article.ContinuedFrom);
    }

    [Fact]
    public void ATextEndingInAParenthesisThatIsNotANoteStillContinues()
    {
        var article = Single("## 标题\n\n本报讯 会议审议了《条例（修正案草案）》的\n\n说明。\n");
        Assert.Equal(new[] { "会议审议了《条例（修正案草案）》的说明。" }, article.Paragraphs);
    }

    [Fact]
    public void EmphasisMarkupIsNotKept() =>
        Assert.Equal(new[] { "会议指出，要坚持就业优先。" }, Single("## 标题\n\n本报讯 会议指出，要坚持**就业优先**。\n").Paragraphs);

    // ---- Errors and file forms ----

    [Theory]
    [InlineData("本报讯 全市动员会议召开。\n\n第二段。\n")]
    [InlineData("#话题 全市动员会议召开。\n")]
    [InlineData("####### 不是标题\n")]
    [InlineData("### 只有副题\n\n正文。\n")]
    public void APageWithoutAHeadlineIsAnError(string text)
    {
        var error = Assert.Throws<PageFormatException>(() => PageParser.Parse(text, Issue));
        Assert.Equal(PageError.NoHeadline, error.Error);
    }

    [Fact]
    public void CrlfAndABomReadTheSameAsLf()
    {
        const string page = "乡村振兴进行时\n\n## 小山村走出致富路\n\n压实责任  \n补齐短板\n\n■本报记者 邹 雨\n\n本报讯 昨日，记者走进\n\n桃源村。\n\n第二段。\n";
        var lf = Parse(page);
        var crlf = Parse("\uFEFF" + page.Replace("\n", "\r\n"));

        Assert.Equal(lf.Length, crlf.Length);
        Assert.Equal(lf[0].Kicker, crlf[0].Kicker);
        Assert.Equal(lf[0].Title, crlf[0].Title);
        Assert.Equal("压实责任 补齐短板", crlf[0].Subtitle);
        Assert.Equal(Bylines(lf[0]), Bylines(crlf[0]));
        Assert.Equal(lf[0].Dateline, crlf[0].Dateline);
        Assert.Equal(new[] { "昨日，记者走进桃源村。", "第二段。" }, crlf[0].Paragraphs);
        Assert.Equal(new DateTime(2021, 5, 17), crlf[0].EventDate);
    }

    [Fact]
    public void FrontMatterIsReadAndNotTakenForText()
    {
        var page = PageParser.Parse("---\nnewspaper: 江城日报\ndate: 2021-05-18\npage: 2\n---\n\n## 标题\n\n本报讯 会议召开。\n", Issue);
        Assert.Equal("江城日报", page.FrontMatter.Newspaper);
        Assert.Equal("2021-05-18", page.FrontMatter.Date);
        Assert.Equal("2", page.FrontMatter.Page);
        Assert.Equal(new[] { "会议召开。" }, Assert.Single(page.Articles).Paragraphs);
    }

    [Fact]
    public void AnUnclosedFrontMatterIsNotFrontMatter()
    {
        var page = PageParser.Parse("---\nnewspaper: 江城日报\n\n## 标题\n\n本报讯 会议召开。\n", Issue);
        Assert.Null(page.FrontMatter.Newspaper);
    }
}
