using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Extractor version 16 as studied on real-officials-s29 and s30 (NetEase news of 2016; tibet.cn reprints of
/// regional papers of Tibet, Sichuan and Qinghai, 2018) after their measurements, and on s32 (ACE 2005 newswire, 2000)
/// after its second: the shapes of their errors. Every sentence is written for the test; the names are invented or of
/// public figures.</summary>
public class RegionalNewsStudiedTests
{
    [Theory]
    // Tibetan names of two parts after a title, not cut short by a surname (格|松丹增, 罗|绒多吉) nor missed where no
    // surname starts them; known parts all through end the name before a verb the lexicon lacks (有些激动).
    [InlineData("乡党委副书记扎西达哇说，今年牧民收入增加了。", "扎西达哇", "乡党委副书记")]
    [InlineData("县委副书记格松丹增说，新路明年通车。", "格松丹增", "县委副书记")]
    [InlineData("镇派出所所长罗绒多吉接到指令后立即出发。", "罗绒多吉", "镇派出所所长")]
    [InlineData("乡长次仁多吉有些激动地介绍，大棚已经建成。", "次仁多吉", "乡长")]
    public void ATibetanNameIsReadWhole(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // 挂职 (seconded as) ends the title before it, and binds the name after 的 as 时任 does; so do 作为 and 原任.
    [InlineData("援藏工作队挂职县委组织部副部长的李明远告诉记者，水厂已经建成。", "李明远", "县委组织部副部长")]
    [InlineData("援藏工作队挂职理塘县副县长王建民告诉记者，产业园已经投产。", "王建民", "理塘县副县长")]
    [InlineData("作为市公安局局长的王明山表示，案件已经告破。", "王明山", "市公安局局长")]
    // 现场 (on the scene) ends the title before it; a headquarters on the scene is part of the title.
    [InlineData("论坛现场阿坝州人民政府副州长刘明华表示，旅游业正在恢复。", "刘明华", "阿坝州人民政府副州长")]
    [InlineData("黄河水利委员会驻现场总指挥张明德说，截流很顺利。", "张明德", "黄河水利委员会驻现场总指挥")]
    // Following (跟随) is no part of the title.
    [InlineData("记者跟随镇长王明华来到村口。", "王明华", "镇长")]
    public void AVerbOfHoldingOrAPlaceEndsTheTitle(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // Places whose name holds a stop word (若尔盖: 若 "if"; 索非亚: 非 "not") and a bureau named with 保护和.
    [InlineData("若尔盖县委常委、副县长张明锐说，牧场已经恢复。", "张明锐", "若尔盖县委常委、副县长")]
    [InlineData("索非亚市长安娜·伊万诺娃说，地铁将延长。", "安娜·伊万诺娃", "索非亚市长")]
    [InlineData("色达县环境保护和林业局局长马明军说，草场得到保护。", "马明军", "色达县环境保护和林业局局长")]
    public void APlaceOrBureauWithAStopWordKeepsItsTitle(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A dotted name ends before a rank or post after it, at an honorific (阁下), and with its run of syllables where
    // nothing else ends it; the dot operator joins its parts too.
    [InlineData("美国太平洋舰队作战部长约翰·皮特斯中校说，演习将如期举行。", "约翰·皮特斯", "美国太平洋舰队作战部长")]
    [InlineData("罗马尼亚政府总理阿德里安·讷斯塔塞阁下出席了招待会。", "阿德里安·讷斯塔塞", "罗马尼亚政府总理")]
    [InlineData("俄罗斯太空部队司令弗拉基米尔·波波夫金应美国战略司令部司令之邀访美。", "弗拉基米尔·波波夫金", "俄罗斯太空部队司令")]
    [InlineData("尼泊尔总理普拉昌达⋅达哈尔出席了会议。", "普拉昌达⋅达哈尔", "尼泊尔总理")]
    // Local time after a transliterated name ends it (美国总统X当地时间17日).
    [InlineData("美国总统特朗普当地时间17日在白宫会见了来访的客人。", "特朗普", "美国总统")]
    // So do 便 "then" and 所说 "what … said".
    [InlineData("美国国务卿约翰·克里便宣布了新的制裁。", "约翰·克里", "美国国务卿")]
    [InlineData("正如印度空军参谋长提亚吉所说，空军需要新战机。", "提亚吉", "印度空军参谋长")]
    // Armed forces (部队) are the state's, not a team.
    [InlineData("菲律宾武装部队总参谋长罗伯托·桑托斯说，人质已经获救。", "罗伯托·桑托斯", "菲律宾武装部队总参谋长")]
    public void AForeignNameEndsBeforeARankOrAnHonorific(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A state and its post after a title are the next title, not a name (会议主席卡塔尔埃米尔X).
    [InlineData("本届首脑会议主席卡塔尔埃米尔哈马德将继续斡旋。", "哈马德", "卡塔尔埃米尔")]
    // An organ named again by its post places a full name between them, even one holding a stop (以).
    [InlineData("自治区国土资源厅严明宏厅长介绍，勘查已经开始。", "严明宏", "厅长")]
    [InlineData("台南市政府卫生局许以霖局长表示，疫苗可以预防。", "许以霖", "局长")]
    public void ARankOrAnOrganNamedAgainPlacesAName(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A head of state's, a government's or an organ's adviser holds office; a post after a title starts the next title.
    [InlineData("法国总统外事顾问奥迪贝尔说，两国关系很好。", "奥迪贝尔", "法国总统外事顾问")]
    [InlineData("意大利政府高级顾问比亚吉遇害。", "比亚吉", "意大利政府高级顾问")]
    public void AStatesAdviserHoldsOffice(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A firm's or a centre's adviser does not, nor is an advisory group after a title a name.
    [InlineData("网络信息中心顾问李明德表示，域名注册量还在增长。", "李明德")]
    [InlineData("市人民政府专家顾问团顾问吕明民出席了会议。", "顾问团")]
    public void AnAdviserOfAnotherBodyHoldsNone(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    [InlineData("本届首脑会议主席卡塔尔埃米尔哈马德将继续斡旋。", "卡塔尔埃米尔哈马德")]
    // Taiwan's legislators, like delegates to a people's congress, hold no office by that title.
    [InlineData("立法委员陈明妃表示，会持续争取经费。", "陈明妃")]
    [InlineData("立法委員陳明妃表示，會持續爭取經費。", "陳明妃")]
    public void AStateTitleOrALegislatorIsNoOfficialName(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // Words after a post that open no name: entrusted by (委托), in office (任上), grandly (隆重), a premier's office (公署).
    [InlineData("受张明远委员长委托，李建华宣读了贺信。", "委托")]
    [InlineData("他从县委书记任上调到市里工作。", "任上调")]
    [InlineData("一名副书记隆重送上锦旗。", "隆重")]
    [InlineData("新加坡总理公署发表声明。", "公署")]
    // Having served as (担任过) binds no name after 的.
    [InlineData("曾经担任过市长的李明远并不强硬。", "李明远")]
    public void AWordAfterAPostIsNoName(string text, string name) => AssertNotOfficial(text, name);
}
