using System.Linq;
using NewsArchive.Core.Extraction;
using NewsArchive.Core.Model;
using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Version 6: the kinds of misses issue 9 lists from real news text, each on sentences written for the test (none
/// is taken from an evaluation set).</summary>
public class RealTextShapesTests
{
    [Theory]
    [InlineData("会后，总统曾表示将继续推动改革。")]
    [InlineData("发言人向记者介绍了有关情况。")]
    [InlineData("两国领导人有可能在峰会期间会晤。")]
    [InlineData("他说，已同总理和财长多次沟通。")]
    [InlineData("第一副总统代行总统职权。")]
    public void WordsAfterATitleAreNoName(string text) => Assert.DoesNotContain(Extract(text), p => p.Role == PersonRole.Official);

    [Theory]
    [InlineData("格鲁吉亚总统谢瓦尔德纳泽表示，愿意加强合作。", "谢瓦尔德纳泽", "格鲁吉亚总统")]
    [InlineData("罗马尼亚总统康斯坦丁内斯库在欢迎仪式上讲话。", "康斯坦丁内斯库", "罗马尼亚总统")]
    [InlineData("南非总统博塔将因病缺席会议。", "博塔", "南非总统")]
    [InlineData("挪威首相斯托尔滕贝格也将出席。", "斯托尔滕贝格", "挪威首相")]
    [InlineData("蒙古总理巴特包勒德说，两国关系良好。", "巴特包勒德", "蒙古总理")]
    [InlineData("以色列国防部长莫法兹去年曾访问该地区。", "莫法兹", "以色列国防部长")]
    [InlineData("阿外长萨利赫强调，将坚持对话。", "萨利赫", "阿外长")]
    [InlineData("非国大副主席姆贝基出席集会。", "姆贝基", "非国大副主席")]
    [InlineData("加拿大总督克拉克森主持仪式。", "克拉克森", "加拿大总督")]
    [InlineData("美国国务卿鲍威尔抵达开罗。", "鲍威尔", "美国国务卿")]
    [InlineData("泰国前总理差瓦立出席论坛。", "差瓦立", "泰国前总理")]
    public void ForeignOfficialsAreReadWhole(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    public void TitlesAfterAForeignOneInTheSameSentenceAreForeignToo()
    {
        var people = Extract("伊拉克总统塔拉巴尼、外交部长兹巴里等出席。");
        Assert.Equal(new[] { "塔拉巴尼", "兹巴里" }, people.Select(p => p.Name));
    }

    [Theory]
    [InlineData("大家认真学习王明远书记的讲话精神。", "王明远", "书记")]
    [InlineData("全市上下积极响应王明远总书记的号召。", "王明远", "总书记")]
    [InlineData("卡斯特罗索总统访华期间，双方签署了协议。", "卡斯特罗索", "总统")]
    [InlineData("（新华社电）据报道，日本首相森田一郎访问了欧洲。", "森田一郎", "日本首相")]
    public void NamesBeforeTheirTitleOrAfterAVerb(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    public void AStateBeforeAPostIsNotItsHolder()
    {
        var person = Assert.Single(Extract("会见了来访的蒙古总理巴特包勒德。"));
        Assert.Equal("巴特包勒德", person.Name);
    }

    [Fact]
    public void FullWidthDigitsAndLettersAroundANameEndIt() =>
        AssertOfficial("１２月３１日，ＷＴＯ总干事穆尔在日内瓦表示，谈判将继续。", "穆尔", "ＷＴＯ总干事");

    [Fact]
    public void ListsAfterOneTitleShareIt()
    {
        var people = Extract("党和国家领导人张明远、李国华、王志刚出席大会。");
        Assert.Equal(new[] { "张明远", "李国华", "王志刚" }, people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal(new[] { "党和国家领导人" }, p.Titles));
    }

    [Fact]
    public void PeoplesOrganisationsHoldNoOffice() =>
        Assert.Equal(PersonRole.Other, Assert.Single(Extract("全国工商联副主席张建国出席。")).Role);
}
