using System.Linq;
using NewsArchive.Core.Extraction;
using NewsArchive.Core.Model;
using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Version 8: where a name after a title ends and whether a title names an office, by the general shapes issue
/// 9's real-text errors showed (words of the sentence run into a name, posts used as modifiers, delegates of a group).
/// Every sentence is written for the test; the names are invented.</summary>
public class SentenceWordsTests
{
    [Theory]
    // Time words and verbs of news end a transliterated name (X明天, X中午, X介入, X面对, X预定).
    [InlineData("加拿大总理莫里诺明天将抵达北京。", "莫里诺", "加拿大总理")]
    [InlineData("秘鲁外长卡洛塔中午在利马签署协议。", "卡洛塔", "秘鲁外长")]
    [InlineData("以色列总理本卡隆介入后局势缓和。", "本卡隆", "以色列总理")]
    [InlineData("智利总统巴切维面对国会的质询。", "巴切维", "智利总统")]
    [InlineData("瑞典首相斯坦伦预定下周访华。", "斯坦伦", "瑞典首相")]
    // The written-style adverb 亦, and 就 and 则, close a name (X亦表示, X就此, X则认为).
    [InlineData("法国总统马尔康亦向大会致信。", "马尔康", "法国总统")]
    [InlineData("县水利局副局长高立平就防汛工作作了部署。", "高立平", "县水利局副局长")]
    [InlineData("联合国秘书长卡雷诺则预定明日抵达。", "卡雷诺", "联合国秘书长")]
    // Version 7 ran each of these into the name (卢加明天, 卢加凌, 萨拉姆坚, 卢加面, 卢加成, 马克亦, 郑刚亦, 郑刚则).
    [InlineData("巴西总统卢加明天抵达。", "卢加", "巴西总统")]
    [InlineData("巴西总统卢加凌晨抵达。", "卢加", "巴西总统")]
    [InlineData("伊拉克总统萨拉姆坚称没有武器。", "萨拉姆", "伊拉克总统")]
    [InlineData("巴西总统卢加面对国会的质询。", "卢加", "巴西总统")]
    [InlineData("巴西总统卢加成功连任。", "卢加", "巴西总统")]
    [InlineData("法国总统马克亦表示反对。", "马克", "法国总统")]
    [InlineData("县长郑刚亦出席了会议。", "郑刚", "县长")]
    [InlineData("县长郑刚则表示支持。", "郑刚", "县长")]
    public void AWordOfTheSentenceEndsTheName(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // After a foreign title the model reads on where the rules stop at three characters: a Japanese name of four or five
    // characters, a transliteration with a Han first syllable.
    [InlineData("日本前首相石田康一、韩国外长金正浩出席了会议。", "石田康一", "日本前首相")]
    [InlineData("日本前首相松井健太郎、韩国外长金正浩出席了会议。", "松井健太郎", "日本前首相")]
    [InlineData("墨西哥司法部长龚萨雷斯警告说，局势仍很严峻。", "龚萨雷斯", "墨西哥司法部长")]
    public void TheModelReadsOnAfterAForeignTitle(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A conjunction that is a surname too starts no name after a title (和副总统, 和有关专家) unless the model is sure.
    [InlineData("内阁的几位部长和副总统联名致信议会。")]
    [InlineData("国防部长和副总统出席了会议。")]
    [InlineData("市水利局领导和有关专家察看了堤坝。")]
    // A verb that is a rare surname (谈) after a title goes on the sentence (负责人谈…, 市长谈话).
    [InlineData("市环保局负责人谈空气治理")]
    [InlineData("在市长谈话之后，会议结束。")]
    public void AWordOfTheSentenceIsNoName(string text) => Assert.DoesNotContain(Extract(text), p => p.Role == PersonRole.Official);

    [Fact]
    public void ANameBeforeItsPostIsReadAfterAConjunction()
    {
        var people = Extract("会议学习了王国强总书记和孙立平总理的讲话。");
        Assert.Equal(new[] { "王国强", "孙立平" }, people.Where(p => p.Role == PersonRole.Official).Select(p => p.Name).OrderBy(n => n == "孙立平"));
    }

    [Fact]
    public void AConjunctionBeforeANameAndItsPostIsNotTheName() =>
        AssertOfficial("抗议持续了一周，但卡隆多总统仍按计划出访。", "卡隆多", "总统");

    [Theory]
    // A post that modifies a noun names the office (总统府, 总统选举, 总统权力), not a person, before or after it.
    [InlineData("示威者包围总统府及议会大楼。")]
    [InlineData("该国因总统选举引发的争议仍未平息。")]
    [InlineData("修宪将部分总统权力移交国会。")]
    [InlineData("三名市长候选人昨晚进行了辩论。")]
    public void APostModifyingANounNamesNoOne(string text) => Assert.DoesNotContain(Extract(text), p => p.Role == PersonRole.Official);

    [Theory]
    // A 代表 speaks for a group (学员代表, 中方代表, 谈判代表) unless the title says it represents a state or body.
    [InlineData("会上，学员代表周明远发言。", "周明远", false)]
    [InlineData("反政府武装的谈判代表卡迪尔抵达奥斯陆。", "卡迪尔", false)]
    [InlineData("中国常驻联合国代表李光华在安理会发言。", "李光华", true)]
    [InlineData("美国贸易代表史密森表示将继续磋商。", "史密森", true)]
    [InlineData("政府朝核问题特别代表金东元今天抵京。", "金东元", true)]
    public void ADelegateOfAGroupHoldsNoOffice(string text, string name, bool official) =>
        Assert.Equal(official ? PersonRole.Official : PersonRole.Other, Assert.Single(Extract(text), p => p.Name == name).Role);

    [Fact]
    public void ThePeopleInChargeOfOrgansListedAfterOneTitleAreOfficials()
    {
        var people = Extract("国务院有关部门负责人赵立新、钱永康、孙国柱一起参加了考察。");
        Assert.Equal(new[] { "赵立新", "钱永康", "孙国柱" }, people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal(new[] { "国务院有关部门负责人" }, p.Titles));
        Assert.All(people, p => Assert.Equal(PersonRole.Official, p.Role));
    }

    [Theory]
    [InlineData("车间安全负责人孙立明说，安全生产无小事。", "孙立明")]
    [InlineData("该项目副主任钱国庆介绍了进度。", "钱国庆")]
    public void ThePersonInChargeOfNoOrganHoldsNoOffice(string text, string name) =>
        Assert.NotEqual(PersonRole.Official, Assert.Single(Extract(text), p => p.Name == name).Role);

    [Fact]
    public void AStateAsTaiwanWritesItIsNoNameBeforeItsPost() =>
        AssertOfficial("消息人士说,南韩总理金泰植将于中午抵达。", "金泰植", "南韩总理");

    [Theory]
    // A state as Taiwan or AFP writes it, opening a clause before a post, is no name holding the post (南韩, 叶门).
    [InlineData("据报道，南韩总理表示欢迎。")]
    [InlineData("叶门总统表示，将继续谈判。")]
    public void AStateAsTaiwanWritesItHoldsNoPost(string text) => Assert.DoesNotContain(Extract(text), p => p.Role == PersonRole.Official);

    [Fact]
    public void AConjunctionBeforeTheNextTitleEndsTheName()
    {
        Assert.Equal(new[] { "吴国栋", "郑立新" }, Extract("市委书记吴国栋和市长郑立新陪同考察。").Select(p => p.Name));
        // A two-character name: version 7 read 孙明和.
        Assert.Equal(new[] { "孙明", "郑立新" }, Extract("市委书记孙明和市长郑立新陪同考察。").Select(p => p.Name));
    }

    [Fact]
    public void AnOppositionLeaderHoldsNoOffice() =>
        Assert.Equal(PersonRole.Other, Assert.Single(Extract("反对派领袖马列科呼吁支持者继续集会。"), p => p.Name == "马列科").Role);

    [Fact]
    public void APostAfterTheNameRepeatsTheOfficeGivenBefore() =>
        Assert.Equal(PersonRole.Other, Assert.Single(Extract("南方理工大学副书记孙维明出席。孙维明副书记在致辞中表示欢迎。"), p => p.Name == "孙维明").Role);

    [Fact]
    public void ATransliterationOfTwoSyllablesStandsBeforeAStatesPost() =>
        AssertOfficial("他说,萨巴总统领导的政府将继续执政。", "萨巴", "总统");

    [Theory]
    // An organisation, a name, then the post: the holder is the name, the title the post as written after it.
    [InlineData("会议邀请了市府法制办法规处郑良才处长作专题辅导。", "郑良才", "处长")]
    [InlineData("青山市委孙伯涛书记提出了三点要求。", "孙伯涛", "书记")]
    public void ANameBetweenItsOrganisationAndItsPostHoldsThePost(string text, string name, string titles) =>
        AssertOfficial(text, name, titles);

    [Theory]
    // Words between an organisation and its post are part of the title (国防 of 国防部长, 政协 of 市政协主席).
    [InlineData("法国国防部长表示将增兵。")]
    [InlineData("市政协主席出席了开幕式。")]
    public void AWordBetweenAnOrganisationAndItsPostIsNoName(string text) => Assert.Empty(Extract(text));

    [Theory]
    // Civil-service ranks and advisers by their state office are posts of public office.
    [InlineData("省住建厅规划处刘建华调研员陪同调研。", "刘建华", "调研员")]
    [InlineData("会上，副厅级纪检员周子健作了讲话。", "周子健", "副厅级纪检员")]
    [InlineData("该国总统的国家安全顾问马尔多表示，演习将如期举行。", "马尔多", "国家安全顾问")]
    public void CivilServiceRanksAndStateAdvisersHoldOffice(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    public void ATitleInBracketsAfterTheNameIsThePersons()
    {
        var person = Assert.Single(Extract("友好协会名誉主席卡尔森（冰岛总理）出席了招待会。"), p => p.Name == "卡尔森");
        Assert.Equal(PersonRole.Official, person.Role);
        Assert.Contains("冰岛总理", person.Titles);
    }

    [Theory]
    // 高峰 of 领袖高峰会, 成功 after 两国总理, 荣誉 of 荣誉主席, an expert panel's head.
    [InlineData("两国领袖高峰会上将讨论贸易问题。")]
    [InlineData("更为重要的是，两国总理成功实现了互访。")]
    [InlineData("他是多个慈善组织的荣誉主席。")]
    [InlineData("省防灾指挥部专家组组长何立民作了说明。")]
    public void NoOfficialIsNamed(string text) => Assert.DoesNotContain(Extract(text), p => p.Role == PersonRole.Official);

    [Fact]
    public void AVerbOfASpeechEndsTheName()
    {
        AssertOfficial("省外事办公室主任许光华致欢迎词。", "许光华", "省外事办公室主任");
        AssertOfficial("县长郑刚致欢迎词。", "郑刚", "县长");
    }

    [Theory]
    // The head of a government bureau or an intergovernmental bank holds an office; a company's 总裁 does not.
    [InlineData("澳门金融管理局总裁陈志远表示，利率将保持稳定。", "陈志远", true)]
    [InlineData("亚洲开发银行总裁山田浩二主持了研讨会。", "山田浩二", true)]
    [InlineData("某商业银行总裁马立新表示，利率将保持稳定。", "马立新", false)]
    public void AHeadOfAnOrganOrAnIntergovernmentalBankHoldsOffice(string text, string name, bool official) =>
        Assert.Equal(official ? PersonRole.Official : PersonRole.Other, Assert.Single(Extract(text), p => p.Name == name).Role);

    [Fact]
    public void AnIdeographicSpaceJoinsTheHalvesOfATransliteratedName() =>
        AssertOfficial("美国国务卿玛德琳　奥尔布莱曾告诉记者，会谈将继续。", "玛德琳　奥尔布莱", "美国国务卿");

    [Fact]
    public void AClauseMayOpenWithTheNameBeforeAPostThatSaysEnough()
    {
        var people = Extract("事故发生后，市政府何立人市长、卢安波副市长赶到现场。");
        Assert.Contains(people, p => p.Name == "卢安波" && p.Role == PersonRole.Official && p.Titles.SequenceEqual(new[] { "副市长" }));
        // A name the model alone does not read surely (version 7 found no one here).
        AssertOfficial("事故发生后，殷海副市长赶到现场。", "殷海", "副市长");
    }

    [Theory]
    // A list closed by a word of kinship names the official's family: the title is only the first's.
    [InlineData("网友议论的对象是现任驻日代表谢长明、谢维平父子，谢长明随即发文驳斥。", "谢维平")]
    [InlineData("县长王刚、刘芳夫妇出席了婚礼。", "刘芳")]
    public void AListClosedByKinshipNamesTheFamily(string text, string relative)
    {
        var people = Extract(text);
        Assert.Equal(PersonRole.Official, people[0].Role);
        var person = Assert.Single(people, p => p.Name == relative);
        Assert.NotEqual(PersonRole.Official, person.Role);
    }

    [Theory]
    // Friendship associations, research societies and social organisations are no organs of state.
    [InlineData("高雄市里长联谊总会总主席刘文芳发起募款。", "刘文芳")]
    [InlineData("上海市终身教育研究会家庭教育专业委员会主任姚红出席。", "姚红")]
    [InlineData("镇社会公益组织浦善公益服务中心主任张小妹介绍。", "张小妹")]
    // People's organisations, sports federations and Olympic committees, a factory's workshop.
    [InlineData("中日友协秘书长王立明致辞。", "王立明")]
    [InlineData("省妇联主席李秀芳出席。", "李秀芳")]
    [InlineData("美国奥委会主席卡尔森表示欢迎。", "卡尔森")]
    [InlineData("国际滑雪联合会主席马尔蒂表示欢迎。", "马尔蒂")]
    [InlineData("车间主任张国强介绍了生产情况。", "张国强")]
    // Public-health institutions, like hospitals.
    [InlineData("区疾控中心主任何立群介绍了疫情。", "何立群")]
    [InlineData("浦锦社区卫生服务中心主任张国锋说。", "张国锋")]
    public void TheHeadOfAnAssociationHoldsNoOffice(string text, string name) =>
        Assert.NotEqual(PersonRole.Official, Assert.Single(Extract(text), p => p.Name == name).Role);

    [Theory]
    // States of the twentieth century are foreign states: the name after their posts is read as a transliteration
    // (谢苗卡夫, not a Chinese 谢苗卡), and the state is part of the title (民主德国总理).
    [InlineData("苏联外交部副部长谢苗卡夫今天会见了美国临时代办。", "谢苗卡夫", "苏联外交部副部长")]
    [InlineData("苏联外交部长谢瓦尔德卡泽谈判结束时发表声明。", "谢瓦尔德卡泽", "苏联外交部长")]
    [InlineData("民主德国总理施托夫曼明天访华。", "施托夫曼", "民主德国总理")]
    public void AStateOfTheTwentiethCenturyIsForeign(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // Where nothing the rules know ends the last part of a dotted name, the sentence running on in it (一再, 下令) is cut
    // off where the model ends the name; a last character that is no syllable but no word either stays (纳巴阿差).
    [InlineData("美国财政部长罗伯特·卡特尔一再强调，美元坚挺。", "罗伯特·卡特尔", "美国财政部长")]
    [InlineData("当时的美国大使约翰·皮卡林下令调查。", "约翰·皮卡林", "美国大使")]
    [InlineData("泰国前总理沙立·纳巴阿差表示支持。", "沙立·纳巴阿差", "泰国前总理")]
    public void TheSentenceRunningOnInADottedNameIsCutOff(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A single dash between transliterations joins a name as a dot does (older papers: 卡本—古里安).
    [InlineData("以色列总理本—古里安在10日晚上接见美国大使。", "本—古里安", "以色列总理")]
    [InlineData("象牙海岸总统乌弗埃—博瓦尼的特使抵达。", "乌弗埃—博瓦尼", "象牙海岸总统")]
    // A monarch's regnal number is part of the name.
    [InlineData("英国国王乔治六世访问加拿大。", "乔治六世", "英国国王")]
    [InlineData("法国国王路易十四世修建了凡尔赛宫。", "路易十四世", "法国国王")]
    // 为 before a post is "as" (以X为团长, 以X为首); a 为 inside a name stays (张为民, 李有为).
    [InlineData("以交通部副部长郭鲁为团长的中国政府代表团抵达。", "郭鲁", "交通部副部长")]
    [InlineData("县长李有为出席会议。", "李有为", "县长")]
    [InlineData("上海市长江泽民说，要搞好浦东开发。", "江泽民", "上海市长")]
    [InlineData("联合国秘书长安南则预定晚间抵达。", "安南", "联合国秘书长")]
    public void TheNameEndsWhereItShould(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // The whole dotted name before its post, back to the start of the clause.
    [InlineData("西丽玛沃·班达拉奈克总理的随行人员抵达。", "西丽玛沃·班达拉奈克")]
    [InlineData("研究报告表明，罗伯特·卡特尔总统把问题交给了国会。", "罗伯特·卡特尔")]
    [InlineData("昨天，让·皮埃尔·杜邦总理抵达。", "让·皮埃尔·杜邦")]
    public void ADottedNameBeforeItsPostIsReadWhole(string text, string name) =>
        Assert.Equal(PersonRole.Official, Assert.Single(Extract(text), p => p.Name == name).Role);

    [Theory]
    // A post's 长 starting a place (长江) names no one unless a firm ending follows the name.
    [InlineData("四川省长江两岸已是油菜花盛开的季节。")]
    [InlineData("据介绍，地处长江上游的地区雨量充沛。")]
    public void APostRunningIntoAPlaceNamesNoOne(string text) => Assert.DoesNotContain(Extract(text), p => p.Role == PersonRole.Official);

    [Theory]
    // Two characters after the post that no surname starts (访法: visits France) name no holder when the model is sure
    // of the name before the post; 部长 after a name the model is sure of is that minister's.
    [InlineData("卡隆多总统访法是结束两国分歧的一步。", "卡隆多", "总统")]
    [InlineData("这一点，卡尔多纳部长最近确认。", "卡尔多纳", "部长")]
    public void ANameBeforeItsPostIsTheHolder(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    public void ADepartmentBeforeItsHeadIsNoName()
    {
        Assert.Empty(Extract("宣传部部长出席。"));
        Assert.Empty(Extract("国防部长出席。"));
    }
}
