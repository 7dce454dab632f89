using System;
using System.Linq;
using NewsArchive.Core.Model;
using NewsArchive.Core.Parsing;
using Xunit;

namespace NewsArchive.Core.Tests.Parsing;

/// <summary>What becomes of the lines of a body that do not end a sentence on purpose: intertitles, captions and credits,
/// author lines, editor's notes and continuation notes, told from the tops of paragraphs a column's foot cut off.</summary>
public class BodyReaderTests
{
    private static readonly DateTime Issue = new(2021, 5, 18);

    private const string Lead = "本报讯 5月17日，全市重大项目建设推进会召开。";

    private static ParsedArticle Single(string text) => Assert.Single(PageParser.Parse(text, Issue).Articles);

    private static ParsedArticle Body(string body) => Single("## 标题\n\n" + Lead + "\n\n" + body + "\n");

    private static string[] Bylines(ParsedArticle article) => article.Bylines.Select(b => b.ToString()).ToArray();

    // ---- Intertitles ----

    [Theory]
    [InlineData("研究对象的独特把握", "研究对象的独特把握")]
    [InlineData("■ 研究对象的独特把握", "研究对象的独特把握")]
    [InlineData("◆项目建设跑出加速度", "项目建设跑出加速度")]
    [InlineData("**坚持问题导向，推进改革落地**", "坚持问题导向，推进改革落地")]
    [InlineData("一、千年友谊，源远流长", "一、千年友谊，源远流长")]
    [InlineData("### 项目建设跑出加速度", "项目建设跑出加速度")]
    [InlineData("假期最后一天 各地迎来返程客流高峰", "假期最后一天 各地迎来返程客流高峰")]
    [InlineData("如何破解用工难？", "如何破解用工难？")]
    public void AnIntertitleStaysAParagraphOfItsOwnAndIsListed(string line, string intertitle)
    {
        var article = Body($"{line}\n\n今年以来，全市新开工项目一百二十个，总投资超过八百亿元。");
        Assert.Equal(new[] { "5月17日，全市重大项目建设推进会召开。", intertitle, "今年以来，全市新开工项目一百二十个，总投资超过八百亿元。" }, article.Paragraphs);
        Assert.Equal(new[] { intertitle }, article.Intertitles);
    }

    [Theory]
    [InlineData("会议要求各级各部门落实", "责任。各地加快推进项目建设。")] // the next block ends its sentence at once
    [InlineData("会议要求全市上下进一步提高政治站位的", "认识，加快推进项目建设。")] // ends on a function character
    [InlineData("会议强调，要加快推进项目", "建设，确保全年目标完成。")] // holds clause punctuation
    [InlineData("专题片展现了全市干部群众", "奋力拼搏的精神风貌和实干担当。")] // 了 is prose
    [InlineData("二是加快推进重点项目建设", "确保全年目标任务如期完成。")] // an enumerated point
    [InlineData("全市上下要以更加昂扬", "的斗志投入项目建设。")] // the next block opens with a particle
    [InlineData("慰问团成员有省民政厅厅长骆宏、省水利厅副厅长申屠立", "新、省军区副司令员牛金锁。")] // a list in running text
    [InlineData("免去龙", "启明的东江市交通运输局局长职务；")] // too short for a head
    [InlineData("各位侨胞,各位朋友,", "你们虽身居海外,但一直心系故乡。")] // ASCII commas are commas too
    public void TheTopOfAParagraphACutLeftIsJoinedToItsRest(string top, string rest)
    {
        var article = Body($"{top}\n\n{rest}");
        Assert.Equal(top + rest, article.Paragraphs[1]);
        Assert.Empty(article.Intertitles);
    }

    [Fact]
    public void AShortLineBeforeAContinuationNoteIsWhereTheStoryBreaksOff()
    {
        var article = Body("王毅参加\n\n（下转第2版）");
        Assert.Equal(new[] { "5月17日，全市重大项目建设推进会召开。", "王毅参加" }, article.Paragraphs);
        Assert.Empty(article.Intertitles);
        Assert.Equal(2, article.ContinuedOn);
    }

    // ---- The page's columns ----

    /// <summary>Three paragraphs a 15-character column cut: 43 and 58 characters, three and four lines less the indent.</summary>
    private const string CutsOfAFifteenCharacterColumn =
        "全市各级各部门要坚持稳中求进工作总基调完整准确全面贯彻新发展理念加快构建新发展格局着力\n\n推动高质量发展。\n\n" +
        "各地要把项目建设作为稳增长的重要抓手扎实推进重点项目建设加快形成更多实物工作量切实发挥\n\n投资关键作用。\n\n" +
        "全市各级各部门要坚持稳中求进工作总基调完整准确全面贯彻新发展理念加快构建新发展格局着力推动高质量发展更好统筹发展和安\n\n全。\n\n";

    [Fact]
    public void OnAPageWithoutKeptLinesTheColumnWidthComesFromTheCertainCuts()
    {
        var blocks = PageBlock.Split(CutsOfAFifteenCharacterColumn);
        Assert.Equal(15, PageLayout.Measure(blocks).ColumnWidth);
        Assert.Null(PageLayout.Measure(PageBlock.Split("一段完整的文字。\n\n又一段完整的文字。\n")).ColumnWidth);
    }

    [Theory]
    [InlineData("全国青联和团中央、有关部门", false)] // fills a line (13 = 15 less the indent) and reads as prose: a cut
    [InlineData("全国青联和团中央、有关", true)] // the same signs on a short line: a head
    public void AOneLineBlockThatFillsTheColumnAndReadsAsProseIsACut(string line, bool intertitle)
    {
        var article = Single("## 标题\n\n" + Lead + "\n\n" + CutsOfAFifteenCharacterColumn + line + "\n\n继续推进各项工作落实落细。\n");
        Assert.Equal(intertitle, article.Intertitles.Contains(line));
    }

    [Fact]
    public void OnAPageThatKeepsItsLinesAShortLastLineEndsTheParagraph()
    {
        // Ten-character lines: a block whose last line is full was cut; one whose last line is short ended there.
        var article = Body(
            "全市新开工项目一百二\n十个总投资超过八百亿\n\n元。各地加快推进项目\n建设进度\n\n" +
            "目前，全市重点项目进\n展顺利，各项指标稳中\n向好，为全年目标任务\n打下坚实基础，确保各\n项工作落实落细。");
        Assert.Equal("全市新开工项目一百二十个总投资超过八百亿元。各地加快推进项目建设进度", article.Paragraphs[1]);
        Assert.Equal("目前，全市重点项目进展顺利，各项指标稳中向好，为全年目标任务打下坚实基础，确保各项工作落实落细。", article.Paragraphs[2]);
    }

    // ---- Captions and credits ----

    [Theory]
    [InlineData("图为项目建设现场。", "图为项目建设现场。", null)]
    [InlineData("5月17日，工人在项目现场施工。（新华社记者 张汉民 摄）", "5月17日，工人在项目现场施工。", "新华社记者 张汉民")]
    [InlineData("5月17日，工人在项目现场施工。 本报记者 张汉民 摄", "5月17日，工人在项目现场施工。", "本报记者 张汉民")]
    [InlineData("5月17日，工人在项目现场施工。  \n本报记者 张汉民 摄", "5月17日，工人在项目现场施工。", "本报记者 张汉民")]
    [InlineData("5月17日，工人在项目现场施工。\n\n王 东 摄", "5月17日，工人在项目现场施工。", "摄影 王东")]
    [InlineData("（附图片２张）", "（附图片２张）", null)]
    public void ACaptionGoesToCaptionsAndItsCreditToBylines(string caption, string text, string? credit)
    {
        var article = Body(caption + "\n\n今年以来，全市新开工项目一百二十个。");
        Assert.Equal(new[] { text }, article.Captions);
        Assert.Equal(credit is null ? Array.Empty<string>() : new[] { credit }, Bylines(article));
        Assert.Equal(new[] { "5月17日，全市重大项目建设推进会召开。", "今年以来，全市新开工项目一百二十个。" }, article.Paragraphs);
    }

    [Fact]
    public void ACaptionBetweenTheTwoPiecesOfACutParagraphDoesNotBreakIt()
    {
        var article = Body("会议强调，要加快推进\n\n图为项目建设现场。\n\n项目建设，确保全年目标完成。");
        Assert.Equal("会议强调，要加快推进项目建设，确保全年目标完成。", article.Paragraphs[1]);
        Assert.Equal(new[] { "图为项目建设现场。" }, article.Captions);
    }

    [Fact]
    public void ACreditClosingAStoryIsNotTheNextStorysKicker()
    {
        var articles = PageParser.Parse("## 第一篇\n\n" + Lead + "\n\n王 东 摄\n\n## 第二篇\n\n本报讯 会议召开。\n", Issue).Articles;
        Assert.Null(articles[1].Kicker);
        Assert.Equal(new[] { "摄影 王东" }, Bylines(articles[0]));
    }

    // ---- Author lines, editor's notes, boxes ----

    [Theory]
    [InlineData("王 东", "作者 王东")]
    [InlineData("张汉民", "作者 张汉民")]
    [InlineData("作者：张汉民", "作者 张汉民")]
    [InlineData("□ 张汉民", "作者 张汉民")]
    [InlineData("文/张汉民", "文 张汉民")]
    public void AnAuthorLineUnderTheHeadIsAByline(string line, string byline)
    {
        var article = Single($"## 标题\n\n{line}\n\n{Lead}\n");
        Assert.Equal(new[] { byline }, Bylines(article));
        Assert.Null(article.Subtitle);
        Assert.Equal(new[] { "5月17日，全市重大项目建设推进会召开。" }, article.Paragraphs);
    }

    [Fact]
    public void AnEditorsNoteBeforeTheLeadIsItsOwnParagraphAndTheLeadKeepsItsDateline()
    {
        var article = Single("## 标题\n\n■本报记者 王 东\n\n编者按：项目是发展的生命线。本报今起推出专栏。\n\n本报北京５月１６日讯　全市重大项目建设推进会召开。\n");
        Assert.Equal(new[] { "编者按：项目是发展的生命线。本报今起推出专栏。", "全市重大项目建设推进会召开。" }, article.Paragraphs);
        Assert.Equal("本报北京５月１６日讯", article.Dateline);
        Assert.Equal(new DateTime(2021, 5, 16), article.EventDate);
    }

    [Fact]
    public void ABoxBeforeTheLeadIsReadAsBodyNotAsSubtitles()
    {
        var article = Single("## 标题\n\n核心阅读\n\n全市重大项目建设提速。\n\n新华社北京5月16日电（记者张汉民）全市重大项目建设推进会召开。\n");
        Assert.Null(article.Subtitle);
        Assert.Equal(new[] { "核心阅读", "全市重大项目建设提速。", "全市重大项目建设推进会召开。" }, article.Paragraphs);
        Assert.Equal("新华社北京5月16日电", article.Dateline);
        Assert.Equal(new[] { "记者 张汉民" }, Bylines(article));
    }

    // ---- Continuation notes and dates ----

    [Theory]
    [InlineData("（上接第一版）\n\n着力构建多层次医疗保障体系。")]
    [InlineData("（上接第一版）着力构建多层次医疗保障体系。")]
    [InlineData("(接1版)着力构建多层次医疗保障体系。")]
    public void TheRestOfAStoryFromAnotherPageRecordsThatPage(string top)
    {
        var article = PageParser.Parse(top + "\n\n## 第二篇\n\n本报讯 会议召开。\n", Issue).Articles[0];
        Assert.Null(article.Title);
        Assert.Equal(1, article.ContinuedFrom);
        Assert.Equal(new[] { "着力构建多层次医疗保障体系。" }, article.Paragraphs);
    }

    [Fact]
    public void ANoteEndingABlockEndsTheStoryOnThisPage()
    {
        var article = Body("会议要求各级各部门加快推进（下转第十二版）");
        Assert.Equal("会议要求各级各部门加快推进", article.Paragraphs[1]);
        Assert.Equal(12, article.ContinuedOn);
    }

    [Fact]
    public void RelativeDatesInADatedLeadReadAgainstTheDatelinesDate()
    {
        var article = Single("## 标题\n\n本报北京５月１４日讯　今天，全市重大项目建设推进会召开。\n");
        Assert.Equal(new DateTime(2021, 5, 14), article.EventDate);
    }
}
