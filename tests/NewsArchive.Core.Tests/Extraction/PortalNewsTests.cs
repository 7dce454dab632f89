using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Extractor version 14: shapes of web-portal news (entertainment, business and world channels of 2007–2019),
/// found by reading what the extractor reported on unlabelled public web news (WMT newstest 2019/2020 sources, the SXU
/// 2007 web news of SIGHAN 2008, SogouC). Every sentence is written for the test; the names are invented or of public
/// figures.</summary>
public class PortalNewsTests
{
    [Theory]
    // A firm's chief executive as Taiwan and wire copy write it (执行长) is no bank governor (行长), nor are its operating
    // and financial chiefs officials.
    [InlineData("执行长扎克伯格在电话会议上称此事严重。", "扎克伯格")]
    [InlineData("美国特斯拉汽车及其执行长马斯克已同意和解。", "马斯克")]
    [InlineData("通用电气董事长兼首席执行长伊梅尔特表示乐观。", "伊梅尔特")]
    public void AFirmsChiefExecutiveHoldsNoOffice(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // An organ's 执行长 still holds an office by its organisation.
    [InlineData("责任被推给前任军情局执行长谢明章督导不周。", "谢明章", "前任军情局执行长")]
    [InlineData("国安局副执行长李明远列席会议。", "李明远", "国安局副执行长")]
    public void AnOrgansChiefExecutiveHoldsOffice(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // Goodwill and brand ambassadors hold no embassy; juries, students' unions, homeowners' committees and fan clubs hold
    // no office.
    [InlineData("联合国艾滋病规划署的地区亲善大使成龙转交此信。", "成龙")]
    [InlineData("品牌形象大使杨明丽出席活动。", "杨明丽")]
    [InlineData("奥运推广大使刘明翔说，他会继续训练。", "刘明翔")]
    [InlineData("本届电影节评委会主席凯特·布兰切特表示，竞争激烈。", "凯特·布兰切特")]
    [InlineData("金马奖评审团主席巩明俐宣布获奖名单。", "巩明俐")]
    [InlineData("学生会主席张明远在典礼上发言。", "张明远")]
    [InlineData("小区业主委员会主任李明强说，物业费不会上涨。", "李明强")]
    public void AnAmbassadorOfABrandOrAJuryHoldsNoOffice(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // 邀请 after a holder's name ends the name (普京邀请 is no name).
    [InlineData("习近平应俄罗斯总统普京邀请出席论坛。", "普京", "俄罗斯总统")]
    public void InvitingEndsAName(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // An era named after a holder (女王时代) and a strategic dialogue of ministers name nobody.
    [InlineData("它以维多利亚女王时代的小说为例。", "时代")]
    [InlineData("双方同意建立中巴外长战略对话。", "战略")]
    public void AnEraOrADialogueAfterAPostIsNoName(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // A post any body has, after 的 and a firm, society or campaign, is that body's, not an office (the owner before 的 is
    // no part of the title as written).
    [InlineData("北京典当行业协会的秘书长郝明琴介绍说，业务增长。", "郝明琴")]
    [InlineData("美国炼油工业协会的发言人马伊萨诺对记者表示不满。", "马伊萨诺")]
    [InlineData("希拉里竞选阵营的发言人霍华德·沃尔富森说，民调领先。", "霍华德·沃尔富森")]
    public void APostOfAFirmBeforeDeIsNoOffice(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // A ministry's spokesman after 的 stays an official.
    [InlineData("外交部的发言人秦明刚说，中方关注此事。", "秦明刚", "发言人")]
    // Deciding, can, praising and believing end a name or open none (雅克·朗决定, 布隆博格可以, 大使盛赞, 法官相信).
    [InlineData("当时的法国文化部长雅克·朗决定每年举办音乐节。", "雅克·朗", "法国文化部长")]
    [InlineData("纽约市长麦克·布隆博格可以算是一个单身汉。", "麦克·布隆博格", "纽约市长")]
    [InlineData("巴勒斯坦驻华大使迪亚布盛赞两国的友好交往。", "迪亚布", "巴勒斯坦驻华大使")]
    public void AMinistrysSpokesmanOrAVerbAfterAName(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    [InlineData("迪亚布大使盛赞两大文明友好交往的历史。", "盛赞")]
    [InlineData("律师说服法官相信，辩方并没有隐瞒证据。", "相信")]
    public void APraiseOrABeliefAfterAPostIsNoName(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // Words of a clause before a title end it (按…指示, 因…去世, 不过, 开除党籍, 命令, 求教于), and departments named with
    // 管理和 keep their whole name.
    [InlineData("贸促局亦按经济财政司司长梁明特指示，全面检视内部管理。", "梁明特", "经济财政司司长")]
    [InlineData("不过国家发展改革委财政金融司副司长曹明炼明确表示支持。", "曹明炼", "国家发展改革委财政金融司副司长")]
    [InlineData("会议决定给予开除党籍原市交通局局长张明鸣处分。", "张明鸣", "原市交通局局长")]
    [InlineData("国家网信办网络综合协调管理和执法督查局局长范明力说，整治将持续。", "范明力", "国家网信办网络综合协调管理和执法督查局局长")]
    public void AClauseWordEndsATitle(string text, string name, string titles) => AssertOfficial(text, name, titles);
}
