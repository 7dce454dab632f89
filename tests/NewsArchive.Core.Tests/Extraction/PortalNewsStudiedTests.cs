using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Extractor version 14 as studied on real-officials-s27 and s28 (Sina portal news of 2018 and web stories of
/// 2016–2018) after their measurements: the shapes of their errors. Every sentence is written for the test; the names
/// are invented or of public figures.</summary>
public class PortalNewsStudiedTests
{
    [Theory]
    // A bare 主任 after the name of a hospital's, university's or firm's department head is that body's post.
    [InlineData("杨明民主任说，患者要按时服药。第二军医大学附属长海医院血液科主任、教授杨明民介绍了新疗法。", "杨明民")]
    public void ABarePostAfterAHospitalTitleIsNoOffice(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // A bare post keeps its office where no title places the person in a firm or society.
    [InlineData("会议由张明远主任主持，市发改委主任张明远说，项目已开工。", "张明远", "主任、市发改委主任")]
    public void ABarePostOfAnOfficialStaysAnOffice(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // Branches of societies, associations of one place, lawyers' and students' associations, open tournaments, laboratories
    // and attached schools hold no office; two team captains are no police brigade.
    [InlineData("南亚分会秘书长王金明说，活动很成功。", "王金明")]
    [InlineData("全国律协新闻发言人蒋明敏表示，律师权利应受保护。", "蒋明敏")]
    [InlineData("重点实验室主任邢建明介绍了芯片的进展。", "邢建明")]
    [InlineData("华师附中国际部副主任袁明拔说，学生很优秀。", "袁明拔")]
    [InlineData("皇马两大队长拉莫斯和马塞洛都没有出场。", "拉莫斯")]
    public void ASocietysBranchOrATeamHoldsNoOffice(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // A police brigade's commander still holds office.
    [InlineData("交警大队大队长王明强说，路口已经恢复通行。", "王明强", "交警大队大队长")]
    // Verbs of web news end a name (X否定, X赶赴现场).
    [InlineData("英国首相特雷莎•梅否定了这一说法。", "特雷莎•梅", "英国首相")]
    [InlineData("中国驻芝加哥总领事洪磊赶赴现场。", "洪磊", "中国驻芝加哥总领事")]
    public void AVerbEndsANameOrABrigadeCommandsAnOffice(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // 连续 and 时间 after a post open no name (院长连续三年, 厕所长时间: 所长 then 时间).
    [InlineData("法院院长连续三年出席发布会。", "连续")]
    [InlineData("有人在厕所长时间玩手机。", "时间玩")]
    public void AWordAfterAPostOpensNoName(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // A centre's post held by a professor, a medical rank, a university or a football club by its short name: no office.
    [InlineData("中欧卫生管理与政策中心主任蔡明南教授主持了论坛。", "蔡明南")]
    [InlineData("中山大学附属第三医院陶明欣副主任医师认为不能一概而论。", "陶明欣")]
    [InlineData("原北大党委书记郝明平转任教育部副部长。", "郝明平")]
    [InlineData("皇马主席弗洛伦蒂诺表示，主帅不会下课。", "弗洛伦蒂诺")]
    public void ACentreOfAUniversityOrAClubHoldsNoOffice(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // A centre of a named organ of state is the state's, even for someone who also heads a sports federation; the last
    // title of a chain headed by 时任 binds the name after 的.
    [InlineData("国家体育总局棋牌运动管理中心副主任、中国国际象棋协会副主席叶明川说，比赛很精彩。", "叶明川", "国家体育总局棋牌运动管理中心副主任、中国国际象棋协会副主席")]
    [InlineData("2008年，时任北京市委常委、教工委书记的朱明璐调任南京市委书记。", "朱明璐", "时任北京市委常委、教工委书记")]
    public void AStateCentreOrAHeldWhenChainHoldsOffice(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    // A post of its own that ends like a post any body has (总书记 ends with 书记) is no bare post: a company title beside
    // it does not unmake the official.
    public void AWholePostIsNoBarePost() =>
        AssertOfficial("王明远总书记出席了会议。集团公司董事长王明远说，企业要创新。", "王明远", "总书记、集团公司董事长");
}
