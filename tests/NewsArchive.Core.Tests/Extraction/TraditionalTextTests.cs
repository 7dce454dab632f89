using System.Linq;
using NewsArchive.Core.Model;
using NewsArchive.Core.Text;
using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Pages in Traditional characters (Taiwan, Hong Kong) are read folded to Simplified ones and the people found are
/// given back as written. Every sentence is written for the test; the names are invented.</summary>
public class TraditionalTextTests
{
    [Theory]
    [InlineData("總統林志遠今天表示，將全力支持地方建設。", "林志遠", "總統")]
    [InlineData("高雄市長陳明輝說，市府會全力配合中央。", "陳明輝", "高雄市長")]
    [InlineData("行政院長蘇國華與副總統賴文德一同出席典禮。", "賴文德", "副總統")]
    [InlineData("韓國總統金在亨訪問美國時發表談話。", "金在亨", "韓國總統")]
    public void AnOfficialInTraditionalTextIsFoundAsWritten(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    public void EveryOfficialOfATraditionalSentenceIsFound()
    {
        var people = Extract("行政院長蘇國華與副總統賴文德一同出席典禮。");
        Assert.Equal(new[] { "蘇國華", "賴文德" }, people.Where(p => p.Role == PersonRole.Official).Select(p => p.Name));
        Assert.Equal(new[] { "行政院長" }, people.Single(p => p.Name == "蘇國華").Titles);
    }

    [Fact]
    public void FoldingKeepsLengthAndLeavesSimplifiedAlone()
    {
        Assert.Equal("台北市长柯明说", TraditionalChinese.Fold("台北市長柯明說"));
        Assert.Equal("市委书记王刚说", TraditionalChinese.Fold("市委书记王刚说"));
    }

    [Fact]
    public void ASimplifiedPageWithAFewTraditionalCharactersIsNotReadAsTraditional()
    {
        Assert.False(TraditionalChinese.IsTraditional(new[] { "市委书记王刚会见了台湾客人陳先生一行，双方就经贸合作交换了意见。" }));
        Assert.True(TraditionalChinese.IsTraditional(new[] { "高雄市長陳明輝說，市府會全力配合中央。" }));
    }

    [Theory]
    // Taiwan's household registration office is a government office though its name ends like a firm's (事務所); a
    // village's 里長 and a command post's 指揮官 hold office.
    [InlineData("板橋戶政事務所主任盧美蘭表示，民眾可線上預約。", "盧美蘭", true)]
    [InlineData("鳳山誠德里長陳世明說，里民很團結。", "陳世明", true)]
    [InlineData("某律师事务所主任王刚表示。", "王刚", false)]
    public void OfficesOfTaiwanText(string text, string name, bool official) =>
        Assert.Equal(official ? PersonRole.Official : PersonRole.Other, Assert.Single(Extract(text), p => p.Name == name).Role);

    [Theory]
    // A verb of news before a title is no part of it (包含議長, 特赦前總統).
    [InlineData("出席者包含議長邱文勝等人。", "邱文勝", "議長")]
    [InlineData("他宣布特赦前總統陳明輝。", "陳明輝", "前總統")]
    public void AWordBeforeATitleIsNoPartOfIt(string text, string name, string titles) => AssertOfficial(text, name, titles);
}
