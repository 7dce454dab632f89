using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Extractor version 19, studied on the false officials left on every development set: shapes of names and of
/// the words around them that recur in unseen news text, not single strings. Every sentence is written for the test; the
/// names are invented.</summary>
public class Version19StudiedTests
{
    [Theory]
    // A middle dot set off by a space on each side joins the parts of a foreign name, as a plain dot does.
    [InlineData("保加利亚驻华大使彼得雷伊 · 科霍夫说：“合作前景广阔。”", "彼得雷伊 · 科霍夫", "保加利亚驻华大使")]
    [InlineData("联合国粮农组织动物卫生司司长塔马瓦　·　天兰表示，疫情可控。", "塔马瓦　·　天兰", "联合国粮农组织动物卫生司司长")]
    public void ASpacedDotJoinsAForeignName(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A preposition and an institution after a title are no name (法官向学校通报), nor is the institution alone.
    [InlineData("有的单位希望法官向学校通报案件情况。", "向学校")]
    [InlineData("基金的托管行是理事会主任委员银行——东方银行。", "银行")]
    // 驻 of a mission and 做 "serve as" stand before a post, never in its holder's name.
    [InlineData("西班牙、匈牙利等国驻华大使出席了招待会。", "国驻华")]
    [InlineData("他常说“白天做书记，夜里做学问”。", "白天做")]
    // The correlative 边…边 "while" is two things done at once, not the surname 边.
    [InlineData("两位副县长边看边记，问得很细。", "边看")]
    // 时 after a post someone served as (担任市长时) is "when".
    [InlineData("市区从他担任市长时规划，到今年才开工。", "时规划")]
    public void AWordOfTheSentenceIsNoName(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // The progressive 正 before a verb with 着 goes on the sentence; 正在 already did.
    [InlineData("市交通局局长王建正忙着调度车辆。", "王建", "市交通局局长")]
    [InlineData("市交通局局长王建正在调度车辆。", "王建", "市交通局局长")]
    // 时 is a surname where no verb of serving stands before the title.
    [InlineData("县长时明表示，工程将如期完工。", "时明", "县长")]
    public void ANameEndsBeforeTheSentenceGoesOn(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A post before 令 is a decree (总统令), and 官 before 方 is the word 官方: neither names a holder.
    [InlineData("起草完毕的相应总统令将择日公布。", "相应")]
    [InlineData("交通部尚未正式发布官方消息。", "方消息")]
    public void APostRunsIntoAWord(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // 令狐 is a surname and 令人 "makes one…" goes on after a holder.
    [InlineData("局长令狐明说，工作顺利。", "令狐明", "局长")]
    [InlineData("李明市长令人敬佩。", "李明", "市长")]
    public void DecreeLeavesHoldersAlone(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    public void ARussianNameKeepsItsLastSyllables() =>
        // 可 of -可夫 is a syllable after a foreign title, as 科 is; 将 after it is the sentence's.
        AssertOfficial("俄罗斯副外长巴斯尤可夫将此归因于美国。", "巴斯尤可夫", "俄罗斯副外长");

    [Fact]
    public void AnUzbekNameBeforeItsPostIsReadWhole() =>
        // 济 is a syllable too (米尔济约耶夫): the name before the post is all syllables, not only its end.
        AssertOfficial("主席同今年访华的米尔济约夫总统举行会晤。", "米尔济约夫", "总统");

    [Theory]
    // Taiwan's farmers' associations, service clubs, temples' committees, stores and a campaign's headquarters written
    // short hold no office, whether the body stands in the title or before the name.
    [InlineData("將軍區農會王明成總幹事表示，今年收成很好。", "王明成")]
    [InlineData("學甲扶輪社林建明社長指出，捐贈將持續。", "林建明")]
    [InlineData("下營上帝廟主委姜金明則建議舉辦活動。", "姜金明")]
    [InlineData("賣場發言人李小真表示，食物銀行將擴大。", "李小真")]
    [InlineData("黃市長競總發言人陳美玲昨質疑對手。", "陳美玲")]
    [InlineData("市長候選人選戰執行總幹事蕭漢明認為，民調有落差。", "蕭漢明")]
    public void ALocalBodyOfNoOfficeGivesNone(string text, string name) => AssertNotOfficial(text, name);

    [Fact]
    public void APlaceNamedAfterATempleIsTheState() =>
        // 文庙 names a neighbourhood there: its committee's secretary holds office.
        AssertOfficial("文庙居民区书记汪明梁介绍了情况。", "汪明梁", "文庙居民区书记");

    [Theory]
    // Offices only schools have make no official, however the school is written (北理工, 该院, 市四中).
    [InlineData("北理工招生就业处郝明强处长提醒毕业生理性求职。", "郝明强")]
    [InlineData("据该院学生处高明彦主任介绍，就业形势喜人。", "高明彦")]
    [InlineData("我们找到校长和教导主任苏明鸿了解情况。", "苏明鸿")]
    [InlineData("市四中考点主任张明涛告诉记者，考场秩序良好。", "张明涛")]
    public void ASchoolsOfficeIsNoOffice(string text, string name) => AssertNotOfficial(text, name);

    [Fact]
    public void AStateBeforeADottedNameBoundsIt() =>
        // The holder's state before a dotted name and its post (美国X·Y总统) ends the name's first part, as a stop does.
        AssertOfficial("自1939年美国富兰克明·罗斯德总统以来，白宫一直使用该车。", "富兰克明·罗斯德", "总统");

    [Theory]
    // 中校 and 少校 are ranks like 上校: they end the name before them and add no title.
    [InlineData("布隆迪军方发言人卡尼拉卡扎中校称，外交官拒绝停车。", "卡尼拉卡扎", "布隆迪军方发言人")]
    [InlineData("美国海军司令部作战部长约翰·皮德少校表示，转移后更安全。", "约翰·皮德", "美国海军司令部作战部长")]
    public void ALowerRankEndsTheName(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    public void ALowerRankAloneIsNoOffice() => AssertNotOfficial("空军中校王明远说，演习成功。", "王明远");

    [Theory]
    // A party school's leaders hold office, its scholars do not.
    [InlineData("中央党校教授辛明认为，工程建设领域问题突出。", "辛明")]
    [InlineData("省委党校副教授王明说，改革要深化。", "王明")]
    public void APartySchoolsScholarHoldsNoOffice(string text, string name) => AssertNotOfficial(text, name);

    [Fact]
    public void APartySchoolsLeaderHoldsOffice() => AssertOfficial("省委党校常务副校长王明说，改革要深化。", "王明", "省委党校常务副校长");

    [Fact]
    public void AWordStartingWithAStopStaysInTheTitle() =>
        // 同乡 is "fellow-townsman", not "with": the association stays in the title, and holds no office.
        Assert.Contains(Extract("美国南平同乡会主席廖明先、常务副主席吴明潮等将于当天飞抵。"),
            p => p.Name == "廖明先" && p.Role == NewsArchive.Core.Model.PersonRole.Other && string.Join("、", p.Titles) == "美国南平同乡会主席");

    [Fact]
    public void HeritageStaysInTheTitle() =>
        // 非遗 is intangible heritage, not "not" (whether such a centre is an office is not decided here).
        Assert.Contains(Extract("迪庆州非遗保护中心主任赵明说，舞蹈要传承。"),
            p => p.Name == "赵明" && string.Join("、", p.Titles) == "迪庆州非遗保护中心主任");

    [Fact]
    public void ARadicalDescribedInsideANameKeepsItWhole() =>
        // 1990s GB2312 text describes a rare character by its radical and the rest, (金字旁容), as it does by (容加金旁).
        AssertOfficial("国务院副总理王（金字旁容）明２９日致电祝贺。", "王（金字旁容）明", "国务院副总理");

    [Theory]
    // An ASCII question mark between two transliterations is a middle dot lost to an encoding; elsewhere it asks.
    [InlineData("邮报泄露了美国总统唐纳德?特朗明与墨西哥总统的通话。", "唐纳德?特朗明", "美国总统")]
    [InlineData("美国总统特朗明?他说了什么", "特朗明", "美国总统")]
    public void ALostDotJoinsAForeignName(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A discipline team is an organ every body has: in a chain it is the body's named before it.
    [InlineData("全国总工会书记处书记、纪检组组长张明１８日在发布会上说。", "张明")]
    [InlineData("中华全国总工会书记处书记、纪检组长张明来到山西。", "张明")]
    public void ADisciplineTeamInAChainIsTheBodys(string text, string name) => AssertNotOfficial(text, name);

    [Fact]
    public void AMinistrysDisciplineTeamHoldsOffice() =>
        AssertOfficial("国家林业局党组成员、纪检组组长王明说，要严格执纪。", "王明", "国家林业局党组成员、纪检组组长");

    [Fact]
    public void AFullNameEndsBeforeAClauseOfTime() =>
        // 时 and a comma close a clause of time: the full name before them is read whole (not 安明, then 侯).
        AssertOfficial("秘书长３０日在此间会见中国新任驻埃及大使安明侯时，对中国的立场表示赞赏。", "安明侯", "中国新任驻埃及大使");

    [Fact]
    public void AWordBeforeAClauseOfTimeStaysAWord() => AssertNotOfficial("他去年竞选新北市长连任时，外界就不断追问。", "连任");

    [Fact]
    public void ATitleGivenBySurnameOnlyNamesNoOne() =>
        // 李姓主任 keeps the name back: what follows the post is the sentence (曾许诺, "once promised").
        AssertNotOfficial("一位李姓主任曾许诺治愈率可达80%。", "曾许诺治");

    [Fact]
    public void ThePeopleIsNoSurname() =>
        Assert.Contains(Extract("百姓代表王明说，很满意。"), p => p.Name == "王明");

    [Fact]
    public void AHospitalWardIsNoOffice() => AssertNotOfficial("南院区妇产科二病区主任霍明伟接受采访时表示。", "霍明伟");

    [Fact]
    public void AHoldingCompanyIsAFirm() => AssertNotOfficial("而是万通控股主席冯明在年会上透露的。", "冯明");

    [Theory]
    // A bare post after a conjunction is, like one after 、, a post of the body the person before it serves.
    [InlineData("行业协会理事长王明和秘书长李强出席。", "李强")]
    [InlineData("县总工会主席何明，副主席吴小红来到该村。", "吴小红")]
    [InlineData("校友会主席阿卜杜勒·卡拉勒和副主席穆罕默德·阿亚西出席。", "穆罕默德·阿亚西")]
    // A name kept back with 某 names no one.
    [InlineData("群星村村支书刘某辉向记者承认，这座墓确实存在。", "刘某辉")]
    public void NoOfficeIsNamed(string text, string name) => AssertNotOfficial(text, name);

    [Fact]
    public void AStatesPostAfterAConjunctionKeepsItsOffice() =>
        AssertOfficial("市长王明和副市长李强出席。", "李强", "副市长");

    [Fact]
    public void AListItemNeedsAnEnding() =>
        // After 、 a reading nothing ends (南丁格|尔奖章获得者) is the next phrase of the sentence, not a second holder.
        AssertNotOfficial("卫生部副部长张文明、南丁格尔奖章获得者黎秀芳及护士代表分别在会上发了言。", "南丁格");

    [Fact]
    public void NotYetEndsAListedName() =>
        // 未 "not yet" ends a name as 仍 does.
        AssertOfficial("递补原党主席马英明、朱立明未完成的任期。", "朱立明", "原党主席");

    [Fact]
    public void APoliceGeneralsRankEndsTheName() =>
        AssertOfficial("泰国警察总监素拉明警上将表示，案件已破。", "素拉明", "泰国警察总监");

    [Fact]
    public void ACivicGroupIsNoOrgan() => AssertNotOfficial("美国妇女团体理事会主席波尔明批评了这项规则。", "波尔明");

    [Fact]
    public void ARailwayStationIsTheRailwaysFirm() => AssertNotOfficial("拉萨火车站负责人吴明安介绍，国庆客流较大。", "吴明安");

    [Theory]
    // Liberation fronts and resistance organisations are armed movements; the Red Crescent is the Red Cross's like.
    [InlineData("查谟和克什米尔解放阵线领导人阿马努明在信中呼吁对话。", "阿马努明")]
    [InlineData("战俘由西撒人阵红新月会主席阿布拉明移交给红十字会。", "阿布拉明")]
    public void AnArmedMovementOrAReliefSocietyHoldsNoOffice(string text, string name) => AssertNotOfficial(text, name);

    [Fact]
    public void AStateFirmsBureauIsAFirm() =>
        AssertNotOfficial("中铁十一局高铁指挥部管理组组长闫明原介绍，桥梁主体已完工。", "闫明原");

    [Theory]
    // A new holder of a post any body has, after 的 and a federation or society, holds that body's post.
    [InlineData("他最近与国际足联的新主席布拉明会面时提议比赛。", "布拉明")]
    [InlineData("行业协会的新任秘书长王明表示，将加强自律。", "王明")]
    public void ANewHolderAfterANonGovernmentOwnerHoldsNoOffice(string text, string name) => AssertNotOfficial(text, name);

    [Fact]
    public void LedByIsNoTitle() =>
        // 领导 before 的 after a name is the verb "led by": no title for that name.
        AssertOfficial("当日，由总理萨拉姆·法耶明领导的紧急政府宣誓就职。", "萨拉姆·法耶明", "总理");

    [Fact]
    public void LedByAloneMakesNoOfficial() => AssertNotOfficial("伊朗公开支持卡尔扎明领导的阿富汗政府。", "卡尔扎明");

    [Fact]
    public void ACapacityNamesNoHolder() =>
        // 身份 after a post is the capacity of one (以战区陆军领导身份): the post is the office, and nothing before it its holder.
        AssertNotOfficial("今年2月曾以东部战区陆军领导身份亮相的王文明大校。", "陆军");

    [Fact]
    public void AFactorysPartySecretaryAfterItsNameHoldsNoOffice() =>
        AssertNotOfficial("我们碰到了兰州第三毛纺厂的党委书记滕明发。", "滕明发");

    [Fact]
    public void ABureausDeputyAfterItsNameHoldsOffice() =>
        // 社会组织管理局 is the state's bureau for social organisations, and 副局长 no post of any body.
        AssertOfficial("民政部社会组织管理局的副局长刘明国总结了三种功能。", "刘明国", "副局长");

    [Fact]
    public void ATechnicalCommitteeAdvises() =>
        AssertNotOfficial("浙江省消防标准化技术委员会委员刘明祥表示与本案当事人无关。", "刘明祥");

    [Fact]
    public void ASurnameAndPostAfterAVerbIsNoLongerName() =>
        // 祝毛主席: 毛主席 is the surname and the post; 祝 "wish" starts no name the model would read.
        AssertNotOfficial("每次演出都有“祝毛主席万寿无疆”的口号。", "祝毛");

    [Fact]
    public void ACommonNameBeforeAPostStaysAName() => AssertOfficial("王林书记说，要抓落实。", "王林", "书记");

    [Fact]
    public void AnOppositionGroupsOfficerHoldsNoOffice() =>
        AssertNotOfficial("叙利亚主要反对组织全国联盟的秘书长瓦埃明　米尔德在多哈说。", "瓦埃明　米尔德");
}
