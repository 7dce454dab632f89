using System;
using NewsArchive.Core.Parsing;
using Xunit;

namespace NewsArchive.Core.Tests.Parsing;

/// <summary>The date an article reports on, read from its lead the way a reader of that day's paper would.</summary>
public class EventDateResolverTests
{
    private static readonly DateTime Issue = new(2020, 3, 13);

    private static string? Resolve(string lead, DateTime? issue = null, DateTime? fallback = null) =>
        EventDateResolver.Resolve(lead, issue ?? Issue, fallback)?.ToString("yyyy-MM-dd");

    [Theory]
    [InlineData("3月12日上午，全市动员会议召开。", "2020-03-12")]
    [InlineData("3月12号，全市动员会议召开。", "2020-03-12")]
    [InlineData("三月十二日，全市动员会议召开。", "2020-03-12")]
    [InlineData("３月１２日上午，全市动员会议召开。", "2020-03-12")]
    [InlineData("昨日下午，市长会见了客人。", "2020-03-12")]
    [InlineData("昨天，市长会见了客人。", "2020-03-12")]
    [InlineData("昨晚，市长会见了客人。", "2020-03-12")]
    [InlineData("昨夜，暴雨袭城。", "2020-03-12")]
    [InlineData("今晨，江面起雾。", "2020-03-13")]
    [InlineData("前晚，一场大火。", "2020-03-11")]
    [InlineData("今日，全市启动专项行动。", "2020-03-13")]
    [InlineData("记者今天从市商务局获悉，外贸增长。", "2020-03-13")]
    [InlineData("前日，市政府召开常务会议。", "2020-03-11")]
    [InlineData("前天，市政府召开常务会议。", "2020-03-11")]
    [InlineData("12日上午，全市动员会议召开。", "2020-03-12")]
    [InlineData("１２日下午，全市动员会议召开。", "2020-03-12")]
    [InlineData("2019年3月1日，条例正式施行。", "2019-03-01")]
    [InlineData("2019年三月一日，条例正式施行。", "2019-03-01")]
    public void ReadsTheDateOfTheLead(string lead, string expected) => Assert.Equal(expected, Resolve(lead));

    [Theory]
    [InlineData("今年3月10日，全市动员会议召开。", "2020-03-10")]
    [InlineData("去年12月31日，条例正式施行。", "2019-12-31")]
    [InlineData("前年5月1日，条例正式施行。", "2018-05-01")]
    [InlineData("明年1月1日起，新条例正式施行。", "2021-01-01")]
    [InlineData("本月10日，全市动员会议召开。", "2020-03-10")]
    [InlineData("上月28日，全市动员会议召开。", "2020-02-28")]
    [InlineData("下月1日起，新条例正式施行。", "2020-04-01")]
    public void ReadsYearsAndMonthsNamedRelativeToTheIssue(string lead, string expected) => Assert.Equal(expected, Resolve(lead));

    [Fact]
    public void ADateWithATwoDigitYearIsNotGuessed() => Assert.Null(Resolve("19年3月1日，条例正式施行。"));

    [Fact]
    public void TheFirstDateOfTheLeadWins() =>
        Assert.Equal("2020-03-10", Resolve("3月10日，会议召开。会议要求，3月12日前完成部署。"));

    [Fact]
    public void DecemberInAJanuaryIssueIsLastYear() =>
        Assert.Equal("2019-12-31", Resolve("12月31日，全市跨年活动平稳有序。", new DateTime(2020, 1, 2)));

    [Fact]
    public void JanuaryInADecemberIssueIsNextYear() =>
        Assert.Equal("2021-01-01", Resolve("1月1日起，新条例正式施行。", new DateTime(2020, 12, 28)));

    [Fact]
    public void ADayAloneStillToComeThisMonthIsLastMonth() =>
        Assert.Equal("2020-02-28", Resolve("28日上午，全市动员会议召开。", new DateTime(2020, 3, 2)));

    [Fact]
    public void YesterdayCrossesTheYear() =>
        Assert.Equal("2019-12-31", Resolve("昨日，全市跨年活动平稳有序。", new DateTime(2020, 1, 1)));

    [Theory]
    [InlineData("2月30日，全市动员会议召开。")]
    [InlineData("13月1日，全市动员会议召开。")]
    [InlineData("2019年2月29日，全市动员会议召开。")]
    public void AnImpossibleDateIsNoDate(string lead) => Assert.Null(Resolve(lead));

    [Fact]
    public void AnImpossibleDateGivesWayToTheNextOne() =>
        Assert.Equal("2020-03-12", Resolve("2月30日的会议推迟到3月12日召开。"));

    [Theory]
    [InlineData("近年来，全市脱贫攻坚取得决定性成就。")]
    [InlineData("日前，市政府召开常务会议。")]
    [InlineData("1至4月全市重大项目完成投资412.6亿元。")]
    [InlineData("今年以来，全市经济稳中向好。")]
    [InlineData("")]
    public void ALeadWithoutADateHasNone(string lead) => Assert.Null(Resolve(lead));

    [Fact]
    public void WithoutADateTheFallbackIsUsed() =>
        Assert.Equal("2020-01-09", Resolve("近年来，全市脱贫攻坚取得决定性成就。", fallback: new DateTime(2020, 1, 9)));

    [Fact]
    public void RelativeDatesNeedTheIssueDate() =>
        Assert.Null(EventDateResolver.Resolve("昨日，市长会见了客人。", issueDate: null));

    [Fact]
    public void AFullDateNeedsNoIssueDate() =>
        Assert.Equal(new DateTime(2019, 3, 1), EventDateResolver.Resolve("2019年3月1日，条例正式施行。", issueDate: null));

    [Fact]
    public void FullWidthDigitsAndLettersReadAsAscii()
    {
        Assert.Equal("ABc12 第三", Text.ChineseText.NarrowAlphanumerics("ＡＢｃ１２ 第三"));
        Assert.Equal(new DateTime(2019, 3, 1), EventDateResolver.Resolve("２０１９年３月１日，条例正式施行。", issueDate: null));
    }

    [Theory]
    [InlineData("3", 3)]
    [InlineData("１２", 12)]
    [InlineData("三", 3)]
    [InlineData("十二", 12)]
    [InlineData("二十五", 25)]
    [InlineData("版", 0)]
    public void SmallNumbersReadInDigitsOrNumerals(string value, int number) =>
        Assert.Equal(number, Text.ChineseText.ParseSmallNumber(value));
}
