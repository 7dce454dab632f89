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
    [InlineData("该公司营运长王明华说，订单回升。", "王明华")]
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
}
