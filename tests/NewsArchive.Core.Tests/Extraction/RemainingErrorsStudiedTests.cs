using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Extractor version 18, studied on the errors left on every development set (s26–s33 above all: mainland web
/// news of 2016–2018, Taiwan's political news): names run on into a verb or a date, public figures' names cut short,
/// Taiwan's caucus posts, time words and prepositions in front of a title. Every sentence is written for the test; the
/// names are invented or of public figures.</summary>
public class RemainingErrorsStudiedTests
{
    [Theory]
    // 任 and 兼 "serving as" before a post end the name, as 为 does (局长范力任组长, 副市长李强兼秘书长).
    [InlineData("调查组由市网信办执法督查局局长范明任组长，市工商局参加。", "范明", "市网信办执法督查局局长")]
    [InlineData("会议由副市长李建兼秘书长主持。", "李建", "副市长")]
    // Weeks and months before now, for days on end, and Taiwan's written dates end a name (川普上星期, X连日, X今(22日)).
    [InlineData("美国总统川普上星期与共和党人私下会面。", "川普", "美国总统")]
    [InlineData("台北市长柯明哲连日疾呼，疫情严峻。", "柯明哲", "台北市长")]
    [InlineData("基隆市長謝國明今(22日)表示，很遺憾。", "謝國明", "基隆市長")]
    // A public figure's name of four characters, Chinese or Japanese, ends itself (林郑月娥上京, 安倍晋三比他的前任).
    [InlineData("特首林郑月娥上京述职。", "林郑月娥", "特首")]
    [InlineData("日本首相安倍晋三比他的大多数前任更强硬。", "安倍晋三", "日本首相")]
    // 新 before the post of a name the page knows is the title's (梅加瓦蒂新总统).
    [InlineData("梅加瓦蒂新总统目前打算暂时空出副总统的职位。", "梅加瓦蒂", "新总统")]
    public void ANameEndsWhereTheSentenceGoesOn(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    public void ATransliteratedFigureStartsALongerName() =>
        // 阿卜杜拉 is a public figure, but 阿卜杜拉希扬 is the whole name: only Chinese and Japanese names end themselves.
        AssertOfficial("伊朗外长阿卜杜拉希扬当天抵达北京。", "阿卜杜拉希扬", "伊朗外长");

    [Theory]
    // Taiwan's caucus officers, premier and vice-ministers written short.
    [InlineData("民進黨團總召柯明銘表示，法案將優先審查。", "柯明銘", "民進黨團總召")]
    [InlineData("國民黨團書記長曾明宗說，不會支持。", "曾明宗", "國民黨團書記長")]
    [InlineData("經濟部次長曾文明今天表示，電價不漲。", "曾文明", "經濟部次長")]
    [InlineData("副閣揆鄭文華表示支持。", "鄭文華", "副閣揆")]
    // Time words, prepositions of regard and an election in front of a title are no part of it.
    [InlineData("不过，本周国务院副总理刘明将带队赴美谈判。", "刘明", "国务院副总理")]
    [InlineData("對於民進黨立法院黨團總召柯明銘說的話，他不回應。", "柯明銘", "民進黨立法院黨團總召")]
    [InlineData("2022大选台南市长黄明哲连任。", "黄明哲", "台南市长")]
    public void ATitleIsReadWhole(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    public void NewEndsACommonGivenName() =>
        // 新 ends many given names: only a name the page knows gives it to the post.
        AssertOfficial("王新书记在会上讲话。", "王新", "书记");

    [Fact]
    public void TotalOfAMeetingIsNoPost() => AssertNotOfficial("他说，大会总召开了三次会议。", "大会");

    [Theory]
    // A military rank is no office (the labelling guidelines): a rank alone makes no official, a rank after an office
    // adds no title, and the armed service before a rank goes with it.
    [InlineData("空军少将彭明谦表示，演习成功。", "彭明谦")]
    [InlineData("印度海军中将库马明说，演习成功。", "库马明")]
    public void ARankAloneIsNoOffice(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    [InlineData("林肯号指挥官海军少将克劳明说，任务完成。", "克劳明", "林肯号指挥官")]
    // A rank says the person serves, so a post of a unit or a military college is an office then.
    [InlineData("空军指挥学院副院长刘晓明少将出席。", "刘晓明", "空军指挥学院副院长")]
    public void ARankAddsNoTitle(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // 和, 及 and 与 between two fields of government are inside the organ's name.
    [InlineData("香港特区政府劳工及福利局局长罗明光表示，计划将推出。", "罗明光", "香港特区政府劳工及福利局局长")]
    [InlineData("武汉市经济和信息化局副局长张明红介绍了情况。", "张明红", "武汉市经济和信息化局副局长")]
    [InlineData("乌兹别克斯坦投资和外贸部长乌穆明科夫抵达北京。", "乌穆明科夫", "乌兹别克斯坦投资和外贸部长")]
    public void AJoinerBetweenFieldsIsInsideTheOrgan(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    public void AJoinerBetweenANameAndAPostStaysAStop() =>
        // 和 after a name is "and": the title starts after it.
        AssertOfficial("会见了王明和商务部部长李建华。", "李建华", "商务部部长");

    [Theory]
    // A surname repeated is a reduplicated word after a post (总书记殷殷嘱托), and a firm's department holds no office.
    [InlineData("各级各相关部门要牢记总书记殷殷嘱托，进一步深化改革。", "殷殷")]
    [InlineData("项目标段工程部部长秦明说，工期提前了。", "秦明")]
    // A surname and a post are a short form (到时候蔡总统), the negation starts no name (与总统不合), an opinion follows a
    // post (请教副院长看法), and a charity's ambassador holds no office.
    [InlineData("到时候蔡总统已经卸任，电费却要涨。", "时候蔡")]
    [InlineData("阁揆下台的原因，包括理念与总统不合。", "不合")]
    [InlineData("他选上总统要恢复兵役，请教副院长看法？", "看法")]
    [InlineData("他出席了“2022公益大使”授证典礼。", "公益")]
    public void NoOfficeIsRead(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // A village's or community's name may start with a stop word (吉安镇向前村, 南坪街道后堡社区), but not a locative (县里).
    [InlineData("重庆市永川区吉安镇向前村党总支书记刘长明说，今年好。", "刘长明", "重庆市永川区吉安镇向前村党总支书记")]
    [InlineData("南岸区南坪街道后堡社区党委书记杨明莉说，今年好。", "杨明莉", "南岸区南坪街道后堡社区党委书记")]
    [InlineData("他在县里向村党支部书记王明了解情况。", "王明", "村党支部书记")]
    // The chief of a river system (总河长) is a post.
    [InlineData("近日，市委书记、市总河长袁明军签发第8号市级总河长令。", "袁明军", "市委书记、市总河长")]
    public void APlaceOrAChiefIsReadWhole(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A known name at the end of a title's left part that holds more words is the holder (坚定维护习近平总书记).
    [InlineData("要坚定维护习近平总书记的核心地位。", "习近平", "总书记")]
    [InlineData("我和中国习近平主席正在沟通。", "习近平", "主席")]
    [InlineData("在老布什总统发布命令之后，战事开始。", "老布什", "总统")]
    public void AKnownNameEndsTheLeftPart(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    public void LeadingIsAVerbAfterAKnownName() =>
        // 领导 after a known name is "led by": it adds no title.
        Assert.DoesNotContain(Extract("内政部长叶明亚来自阿巴斯领导的法塔赫。"), p => p.Name == "阿巴斯" && System.Linq.Enumerable.Contains(p.Titles, "领导"));

    [Theory]
    // 1990s press: a political commissar is named by the post alone; a government head after a name at a clause's start
    // (郑长淮厅长登上车); the last part of a dotted name before its post (阿沛·阿旺晋美副委员长), also a known one whose last
    // character is a stop (萨达姆·侯赛因总统: 因); 当 "when" before a title; names counted before their shared post.
    [InlineData("司令员季明斌、政委路宝银、副司令员方登华等领导同志立即召开紧急会议。", "路宝银", "政委")]
    [InlineData("１０时３０分，班车就要发出了，郑长明厅长登上车，一再嘱咐。", "郑长明", "厅长")]
    [InlineData("阿沛·阿旺晋美副委员长来到西藏自治区档案馆。", "阿沛·阿旺晋美", "副委员长")]
    [InlineData("１０点零６分：萨达姆·侯赛因总统发表电视讲话。", "萨达姆·侯赛因", "总统")]
    [InlineData("下午两点多钟，当铁道部部长李森明踏上了站台。", "李森明", "铁道部部长")]
    [InlineData("昨天清晨，记者随谢丽明和庄晓天两位副市长去暗访。", "谢丽明", "副市长")]
    [InlineData("昨天清晨，记者随谢丽明和庄晓天两位副市长去暗访。", "庄晓天", "副市长")]
    // Words after a name that the readings ran on into (X坦率地说, X迎上前来, X刚从医院回来, X以及).
    [InlineData("列席会议的副市长李述坦率地说，我们尊重人大的意见。", "李述", "副市长")]
    [InlineData("在这里恭候的市委常委李海迎上前来。", "李海", "市委常委")]
    [InlineData("村党支部书记李行家刚从医院回来。", "李行家", "村党支部书记")]
    // A Japanese minister in charge (担当大臣: 当 is no "when" there).
    [InlineData("日本行政改革担当大臣冈田克也表示反对。", "冈田克也", "日本行政改革担当大臣")]
    // "Former" before a bare post at a clause's start, or between an organ and a prefixed post, is the title's; after a
    // time word it is "ago".
    [InlineData("前总统马英九说，要改革。", "马英九", "前总统")]
    [InlineData("美国商务部前副部长赫塞明说，要改革。", "赫塞明", "美国商务部前副部长")]
    [InlineData("三天前总统布什说，要改革。", "布什", "总统")]
    // Verbs and "such as" before a title are no part of it (如淮阴市副市长X, 递补原党主席X); 如皋 keeps its 如.
    [InlineData("其他城市，如淮阴市副市长姜明梅，也表了态。", "姜明梅", "淮阴市副市长")]
    [InlineData("党章规定由副主席递补原党主席王明远的职务。", "王明远", "原党主席")]
    [InlineData("如皋市市长王明远表示欢迎。", "王明远", "如皋市市长")]
    public void NinetiesPressShapes(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A president's guards and a hospital's department of integrated medicine hold no office.
    [InlineData("海地在总统卫士被暗杀后宣布戒严。", "卫士")]
    [InlineData("华瑞医院中西医结合科邬敬明主任提醒市民。", "邬敬明")]
    public void NoOfficeIsReadEither(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // Web news (s42): 在回答…时 is a clause of time, not the end of a Korean name (金永在说 still is); a surname and an
    // honorific name no one; 公职 is no name; 市长安镇人 is "from 长安 town".
    [InlineData("外交部发言人陆明在回答记者提问时表示，双方同意。", "陆明", "外交部发言人")]
    [InlineData("朝鲜驻俄罗斯大使金永在说，会谈顺利。", "金永在", "朝鲜驻俄罗斯大使")]
    public void WebNewsShapes(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    [InlineData("记者分别采访了院方发言人杨先生和他的堂哥。", "杨先生")]
    [InlineData("他是兼职担任香槟市副市长的公职。", "公职")]
    [InlineData("今年34岁的莫焕明，是广东省东莞市长安镇人。", "安镇人")]
    public void WebNewsNonNames(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // Zaobao 2000 (s44): an official's trade or learning is no title (教授, 经济学者); 候任 (elect) is kept like 现任;
    // 州务卿 and 幕僚长 are posts.
    [InlineData("巴勒斯坦总理法雅明是一位经济学者。巴勒斯坦总理法雅明说，改革将继续。", "法雅明", "巴勒斯坦总理")]
    [InlineData("美国候任总统布明什说，他将组建新内阁。", "布明什", "美国候任总统")]
    [InlineData("佛州州务卿哈里明宣布了结果。", "哈里明", "佛州州务卿")]
    [InlineData("白宫幕僚长波德明说，总统很满意。", "波德明", "白宫幕僚长")]
    public void ZaobaoShapes(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A name before 发言人 names whose spokesman it is; 宣誓 after a post is the oath; leaders of a movement for
    // democracy or independence, and chairs of an art museum, hold no office.
    [InlineData("小布什发言人弗莱明说，总统很满意。", "小布什")]
    [InlineData("新总统宣誓就职。", "宣誓")]
    [InlineData("巴布亚独运领袖埃卢明遭到逮捕。", "埃卢明")]
    [InlineData("新加坡美术馆前主席卢明德出席。", "卢明德")]
    public void ZaobaoNonOfficials(string text, string name) => AssertNotOfficial(text, name);
}
