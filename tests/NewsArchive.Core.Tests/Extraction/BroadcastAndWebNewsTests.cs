using System.Linq;
using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Officials7 (extractor version 11): shapes of broadcast transcripts and 2007 web news, the kinds of error of
/// the held-out sets s22 and s23, studied after their measurements. Every sentence is written for the test; the names are
/// invented or of public figures.</summary>
public class BroadcastAndWebNewsTests
{
    [Theory]
    // Transcripts write the day in Chinese numerals and 号: it ends the name and opens no title.
    [InlineData("国务院副总理李明远一号下午会见了代表团。", "李明远", "国务院副总理")]
    [InlineData("美国总统特朗普二号说，他的团队没有勾结。", "特朗普", "美国总统")]
    [InlineData("国家主席习近平三十一号签署了主席令。", "习近平", "国家主席")]
    [InlineData("当地时间三十号中午国务院总理李明远抵达马尼拉。", "李明远", "国务院总理")]
    public void ADayInChineseNumeralsEndsANameAndOpensNoTitle(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // 前 after a verb that stops titles is the former holder's, and 现任, 前任, 时任 stay at the head of the title, as written.
    [InlineData("阿巴斯任命前财政部长萨利姆·法尼兹出任新总理。", "萨利姆·法尼兹", "前财政部长")]
    [InlineData("他已经锁定现任总统普罗夫的接班人。", "普罗夫", "现任总统")]
    [InlineData("责任被推给前任军情局执行长谢明章督导不周。", "谢明章", "前任军情局执行长")]
    public void AFormerOrServingHoldersPrefixIsKept(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // 前 that ends a time word (此前, 三天前) is no former holder's prefix, even right before the post.
    [InlineData("此前总统普罗夫表示，谈判继续。", "普罗夫", "总统")]
    [InlineData("三天前总统普罗夫表示，谈判继续。", "普罗夫", "总统")]
    [InlineData("泰国前总理他信说，双方谈了合作。", "他信", "泰国前总理")]
    public void QianOfATimeWordIsNoFormerHoldersPrefix(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // Verbs after a name that the readings ran on into: 提供, 看来, 出任, 防止, 精心.
    [InlineData("伊朗最高领袖阿里·哈米内为总统提供建议。", "阿里·哈米内", "伊朗最高领袖")]
    [InlineData("伊朗总统艾哈迈迪-内贾看来并不满足。", "艾哈迈迪-内贾", "伊朗总统")]
    [InlineData("乌内阁责令内务部长楚什可防止部队擅自调动。", "楚什可", "内务部长")]
    [InlineData("南部战区空军某团团长刘明锐精心整理宣讲资料。", "刘明锐", "南部战区空军某团团长")]
    [InlineData("秘鲁前总统藤森欲竞选日本参议员。", "藤森", "秘鲁前总统")]
    [InlineData("市长王明欲辞职，理由未公布。", "王明", "市长")]
    [InlineData("前任市长王明远的做法受到批评。", "王明远", "前任市长")]
    public void AVerbAfterANameEndsIt(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // Verbs that take an official as their object end the title before it (责令, 罢免).
    [InlineData("乌内阁通过决议，责令内务部长楚什可防止部队调动。", "楚什可", "内务部长")]
    [InlineData("村民建议罢免曹家村村委会主任赵明女。", "赵明女", "曹家村村委会主任")]
    public void AVerbTakingTheOfficialEndsTheTitle(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // Clubs, Japanese and Korean companies, promotion societies and forest farms hold no office.
    [InlineData("香港赛马会主席陈明泽出席了仪式。", "陈明泽")]
    [InlineData("韩国双龙自动车株式会社副社长张海明说，销量回升。", "张海明")]
    [InlineData("俄罗斯中华文化促进会秘书长那明伟介绍了情况。", "那明伟")]
    [InlineData("原山林场党委书记孙明博带领职工植树。", "孙明博")]
    public void AClubOrACompanyHoldsNoOffice(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // Fleets and group armies are units of the armed forces, not teams or companies; battalion commanders, a national
    // security adviser and colonial Hong Kong's chief secretary hold office.
    [InlineData("海军东海舰队某基地岸导团营长温明良深入驻训营区。", "温明良", "海军东海舰队某基地岸导团营长")]
    [InlineData("陆军第七十六集团军某旅作训科长魏明说，训练从难。", "魏明", "陆军第七十六集团军某旅作训科长")]
    [InlineData("总统国家安全事务助理弗莱恩承认作了伪证。", "弗莱恩", "总统国家安全事务助理")]
    [InlineData("退休后留在香港的前布政司钟明杰说，事情并未结束。", "钟明杰", "前布政司")]
    public void AnArmyUnitOrAnAdviserHoldsOffice(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    // 司令部 is a headquarters: its 司令 is the post after it, and nothing of 部 goes into the commander's name.
    public void AHeadquartersIsNoPost()
    {
        var person = Assert.Single(Extract("美军太平洋舰队反潜战司令部司令约翰·威克森少将说，演习顺利。"), p => p.Name.Contains("威克森"));
        Assert.Equal("约翰·威克森", person.Name);
        Assert.Equal("美军太平洋舰队反潜战司令部司令", person.Titles.First());
    }

    [Fact]
    // 号召 (a call) is no date: 习近平总书记号召 keeps the post.
    public void HaozhaoIsNoDate() => AssertOfficial("青年们响应习近平总书记号召，投身建设。", "习近平", "总书记");

    [Theory]
    // A head of a bureau, ministry, station or agency, a minister written with 相 and a press officer stand before a
    // name on their own: the page has named the body already.
    [InlineData("此案引起局领导高度重视，局长马明新、副局长杨春光作出指示。", "马明新", "局长")]
    [InlineData("接替首相职务的财相布兰也对他进行了称赞。", "布兰", "财相")]
    [InlineData("国防部长的新闻官埃里克·拉森在飞机上说，访问顺利。", "埃里克·拉森", "新闻官")]
    [InlineData("派出所所长高明科带领民警赶到现场。", "高明科", "派出所所长")]
    public void AHeadOfABodyStandsAlone(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    // 院长 alone is a hospital's or a university's as often as a court's: it names no official on its own.
    public void ADeanAloneIsNoOfficial() => AssertNotOfficial("院长朱明丹查房时说，病人恢复良好。", "朱明丹");

    [Fact]
    // A transcript's line break mended inside a list of titles (…吉尔吉斯斯坦总理 / 白俄罗斯总理、…) leaves a state and its
    // post after a post: the state is no holder's name.
    public void AStateAndItsPostAreNoName() =>
        Assert.DoesNotContain(Extract("李克强分别会见俄罗斯总理、吉尔吉斯斯坦总理白俄罗斯总理、哈萨克斯坦总理。"), p => p.Name.StartsWith("白俄"));

    [Theory]
    // 1990s GB2312 texts describe a character they cannot write (朱（容加金旁）基): the name is read whole, as written.
    [InlineData("国务院副总理朱（容加金旁）基今天会见了客人。", "朱（容加金旁）基", "国务院副总理")]
    [InlineData("朱（容加金旁）基总理说，改革要加快。", "朱（容加金旁）基", "总理")]
    [InlineData("市长王（佩去亻加王旁）明主持会议。", "王（佩去亻加王旁）明", "市长")]
    public void ADescribedCharacterStaysInTheName(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    // A bracket of the sentence with 加 in it (本报加拉加斯电) describes no character.
    public void ADatelineIsNoDescribedCharacter() =>
        AssertOfficial("（本报加拉加斯电）委内瑞拉总统查韦斯今天说，合作继续。", "查韦斯", "委内瑞拉总统");

    [Theory]
    // Regional news of 2006 (real-officials-s26, studied after its measurement): a middle initial inside a dotted name,
    // words that ran names on (甚至, 允许, 早在, 将军 after a name, 所说), 正如 before a title, a lone 指挥官.
    [InlineData("美国战略司令部司令詹姆斯·Ｅ·加特兰说，部署完成。", "詹姆斯·Ｅ·加特兰", "美国战略司令部司令")]
    [InlineData("美国总统乔治-布朗甚至表示，谈判可以继续。", "乔治-布朗", "美国总统")]
    [InlineData("美国防部长拉姆斯菲德允许议员参观基地。", "拉姆斯菲德", "美国防部长")]
    [InlineData("美国助理国务卿格鲁斯早在5月就说过。", "格鲁斯", "美国助理国务卿")]
    [InlineData("美国海军司令拉夫赫德将军日前说，舰队将出发。", "拉夫赫德", "美国海军司令")]
    [InlineData("正如印度空军参谋长提亚格所说，合作重要。", "提亚格", "印度空军参谋长")]
    // (A rank after the name is kept as a title, as everywhere: see README, "left alone".)
    [InlineData("航母战斗群的指挥官劳伦森上校说，任务完成。", "劳伦森", "指挥官")]
    public void RegionalNewsOf2006(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A commercial bank's branch, the basketball association and the Go academy hold no office; 就业处 is one word.
    [InlineData("中行四马路支行原行长胡明东被判刑。", "胡明东")]
    [InlineData("中国篮协常务副主席李元明说，联赛改革继续。", "李元明")]
    [InlineData("中国棋院院长陈明德出席了比赛。", "陈明德")]
    [InlineData("北京交通大学就业处处长贾明义介绍了情况。", "贾明义")]
    public void ABankBranchOrASportsBodyHoldsNoOffice(string text, string name) => AssertNotOfficial(text, name);
}
