using System.Linq;
using NewsArchive.Core.Extraction;
using NewsArchive.Core.Model;
using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Officials6: shapes of 1990s wire copy (the kinds of error of the fourth held-out set, studied after its one
/// measurement). Every sentence is written for the test; the names are invented or of public figures.</summary>
public class XinhuaWireTests
{
    [Fact]
    // The headline comes first in the article, so its titles come first, though the body is read before it.
    public void ATitleOfTheHeadlineComesFirst()
    {
        var article = new ParsedArticle { Title = "李明远总理会见外宾" };
        article.Paragraphs.Add("国务院总理李明远今天在人民大会堂会见了来访的客人。");
        OfficialExtractor.Extract(new[] { article });
        var person = Assert.Single(article.People, p => p.Name == "李明远");
        Assert.Equal(new[] { "总理", "国务院总理" }, person.Titles);
    }

    [Theory]
    // A date in Chinese numerals, a meeting as a place and 预计 end a title (七月中旬, 发布会上, 预计).
    [InlineData("七月中旬科技部部长王明华率领专家访问台湾。", "王明华", "科技部部长")]
    [InlineData("一九九三年七月科技部部长王明华访问台湾。", "王明华", "科技部部长")]
    [InlineData("在今天举行的新闻发布会上国务院侨办主任陈建国说，交流会继续。", "陈建国", "国务院侨办主任")]
    [InlineData("预计巴解组织首席谈判代表沙阿斯将前往华盛顿。", "沙阿斯", "巴解组织首席谈判代表")]
    public void ADateOrAPlaceOfMeetingIsNotPartOfTheTitle(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // Standing bodies (常任委员会), ministries named with 和 (国防和国民服务部) and bodies of trade and development.
    [InlineData("最高人民会议常任委员会委员长金永南出席了追悼会。", "金永南", "最高人民会议常任委员会委员长")]
    [InlineData("坦桑尼亚国防和国民服务部国务部长基纳纳今天举行了会谈。", "基纳纳", "坦桑尼亚国防和国民服务部国务部长")]
    [InlineData("中国常驻联合国贸易和发展会议代表李仲周在这里宣布。", "李仲周", "中国常驻联合国贸易和发展会议代表")]
    public void AnOrganNamedWithWordsThatStopTitlesElsewhereIsRead(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A monarch's name before the post, a leader's before 总统 after 支持 (领导的 is "led by"), Macau's governor.
    [InlineData("有关各方同意参加西哈努克国王建议召开的圆桌会议。", "西哈努克", "国王")]
    [InlineData("会议重申支持卡巴总统领导的合法政府。", "卡巴", "总统")]
    [InlineData("一九九三年，澳督韦奇立向各政务司下达了一份备忘录。", "韦奇立", "澳督")]
    public void ANameBeforeItsPostOrAfterAColonialPostIsRead(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // Names listed before a name written before its post share the post.
    [InlineData("程思远、雷洁琼副委员长专为论坛发来了贺词。", "程思远", "副委员长")]
    [InlineData("程思远、雷洁琼副委员长专为论坛发来了贺词。", "雷洁琼", "副委员长")]
    public void NamesListedBeforeAPostShareIt(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    // 时 after a name closes a clause of time: the ambassador is 武韬, not 武韬时.
    public void TimeClauseParticleEndsAName() =>
        AssertOfficial("俄罗斯总理普里马科夫会见中国驻俄大使武韬时指出，发展对华关系是重点。", "武韬", "中国驻俄大使");

    [Theory]
    // A team named after a post, a ministers' meeting of a kind, a delegation: nobody holds the post there.
    [InlineData("萨克拉门托国王队的明星克里斯·韦伯受伤。", "萨克拉门托")]
    [InlineData("在阿盟总部召开的阿拉伯外长紧急会议将推迟举行。", "阿拉伯")]
    public void APostNamingATeamOrAMeetingNamesNoHolder(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // Japanese names: a family name and a given name of up to three characters, whatever the given name ends with.
    [InlineData("日本外相冈田克也说，日方重视对华关系。", "冈田克也", "日本外相")]
    [InlineData("日本外务省事务次官谷内正太郎说，会谈是建设性的。", "谷内正太郎", "日本外务省事务次官")]
    [InlineData("日本首相鸠山由纪夫表示，将继续推进改革。", "鸠山由纪夫", "日本首相")]
    [InlineData("日本外务大臣中村和夫10日在东京表示。", "中村和夫", "日本外务大臣")]
    [InlineData("日本首相安倍在会上表示，将访问中国。", "安倍", "日本首相")]
    [InlineData("总评议长太田薰先生倡议两国工会交流。", "太田薰", "总评议长")]
    public void AJapaneseNameIsReadWhole(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    // The family name alone before a post names the person the page gave in full, and adds no title (like 温总理).
    public void AJapaneseFamilyNameBeforeAPostIsThePersonNamedInFull()
    {
        var people = Extract("日本首相小泉纯一郎今天会见了客人。会见后，小泉首相对记者说，两国关系很重要。");
        var person = Assert.Single(people, p => p.Name.StartsWith("小泉"));
        Assert.Equal("小泉纯一郎", person.Name);
        Assert.Equal(new[] { "日本首相" }, person.Titles);
    }

    [Fact]
    // Alone, a family name before 首相 is the prime minister, though 曾 after the post is a surname.
    public void AJapaneseFamilyNameAloneBeforeAPostIsAName() =>
        AssertOfficial("小渊首相曾在不久前的会谈中表明，这一认识没有变化。", "小渊", "首相");

    [Theory]
    // Transliteration syllables of 亚历山大, 费尔南德斯, 莫伊尼汉 and the like: the name is read whole after a foreign title.
    [InlineData("智利总统亚历山德里要求在经济方面享有特别权。", "亚历山德里", "智利总统")]
    [InlineData("德国副总理明特费林表示，改革将继续。", "明特费林", "德国副总理")]
    public void ATransliteratedNameOfCommonSyllablesIsReadWhole(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A name holding a character that ends titles elsewhere (其 of 钱其琛) before its post.
    [InlineData("布什和贝克在华盛顿接见了钱其琛外长。", "钱其琛", "外长")]
    [InlineData("钱其琛外长说，中方的立场是一贯的。", "钱其琛", "外长")]
    public void ANameHoldingAStopIsReadBeforeItsPost(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A stop right before the post is the sentence's word, not a name's end.
    [InlineData("尤其总统说，这是一个好消息。", "尤其")]
    [InlineData("林彪给总理写了一封信。", "林彪给")]
    public void AStopRightBeforeAPostEndsNoName(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // Diplomatic and state posts: a chargé d'affaires, a head of state, a ministry's secretary of state, a spokesman,
    // and a ministry's chief engineer.
    [InlineData("美国临时代办弗里尔斯出席了招待会。", "弗里尔斯", "美国临时代办")]
    [InlineData("柬埔寨国家元首西哈努克今天抵达北京。", "西哈努克", "柬埔寨国家元首")]
    [InlineData("柬埔寨国防部国务秘书肯文松说，两军合作良好。", "肯文松", "柬埔寨国防部国务秘书")]
    [InlineData("据铁道部总工程师华茂昆介绍，京九铁路运营良好。", "华茂昆", "铁道部总工程师")]
    public void ADiplomaticOrStatePostIsAnOffice(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    // A project's chief engineer holds no office.
    public void AProjectsChiefEngineerIsNoOfficial() =>
        AssertNotOfficial("工程指挥部施工总工程师陆明远汇报了进度。", "陆明远");

    [Theory]
    // Ministers written short with 相, a prosecutor named by the post alone, and 成为 after a name.
    [InlineData("日本前文部科学相中山成彬说，教科书问题已经解决。", "中山成彬", "日本前文部科学相")]
    [InlineData("日本财相尾身幸次说，日元汇率稳定。", "尾身幸次", "日本财相")]
    [InlineData("根据检察官莫拉桑当天向法庭提出的起诉书。", "莫拉桑", "检察官")]
    [InlineData("危地马拉总统贝尔杰成为首位来访的中美洲总统。", "贝尔杰", "危地马拉总统")]
    public void AShortMinistersPostOrAProsecutorIsAnOffice(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // 应 and 于 start words of the sentence far more often than names (应美国总统的邀请, 在于布什总统).
    [InlineData("冠军应美国总统布什的邀请到白宫。", "应美国")]
    [InlineData("检验标准在于布什总统和美国人是否接受。", "于布什")]
    public void ASurnameThatIsAWordStartsNoName(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // Names with those surnames still read where the model finds them names.
    [InlineData("中共中央政治局委员于幼军出席。", "于幼军", "中共中央政治局委员")]
    [InlineData("省住房和城乡建设厅副厅长应柏平出席。", "应柏平", "省住房和城乡建设厅副厅长")]
    public void ANameWithSuchASurnameIsStillRead(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A dotted name before its post, after a stop word (给), and a leader's name after 使得.
    [InlineData("这给林登·约翰逊总统留下的局面不同。", "林登·约翰逊", "总统")]
    [InlineData("而这样做使得卡特总统要在非洲之角谋求和平。", "卡特", "总统")]
    public void ANameBeforeItsPostStartsAfterAStop(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A two-character name with no surname the model is sure of, ended as a list ends names (布赫和…); a Korean name
    // ending in 在 before a verb of speech (在 "at" needs a place).
    [InlineData("全国人大常委会副委员长布赫和原副委员长雷洁琼出席了仪式。", "布赫", "全国人大常委会副委员长")]
    [InlineData("朝鲜驻俄罗斯大使金永在表示，朝方欢迎。", "金永在", "朝鲜驻俄罗斯大使")]
    [InlineData("省长王明在会上说，要抓好春耕。", "王明", "省长")]
    public void ANameEndsWhereTheSentenceSaysSo(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // The American Institute in Taiwan is the United States' office there; 实现 goes on the sentence after a post.
    [InlineData("美国在台协会台北办事处处长包道格说，双方保持沟通。", "包道格", "美国在台协会台北办事处处长")]
    [InlineData("胡锦涛主席和基什内尔总统实现互访。", "基什内尔", "总统")]
    public void AnOfficeNamedLikeAnAssociationOrAVerbAfterAPost(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // Public figures every reader knows end names where the rules could not (他 is "he"; 热地 has no surname), and are
    // read before 时.
    [InlineData("泰国前总理他信表示，他将回国。", "他信", "泰国前总理")]
    [InlineData("全国人大常委会副委员长热地、国务委员唐家璇出席。", "热地", "全国人大常委会副委员长")]
    [InlineData("素姬去年会见中国国家主席习近平时，赞扬两国关系。", "习近平", "中国国家主席")]
    public void APublicFigureIsKnownOnEveryPage(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // Knowing a figure changes neither a longer dotted name (纳吉布·拉扎克) nor a short form the page uses (安倍).
    [InlineData("马来西亚副总理纳吉布·拉扎克说，两国合作良好。", "纳吉布·拉扎克", "马来西亚副总理")]
    [InlineData("日本首相安倍在会上表示，将访问中国。", "安倍", "日本首相")]
    public void KnowingAFigureKeepsTheNameAsWritten(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    // Knowing a name makes nobody an official: only a title does.
    public void AKnownFigureWithoutATitleIsNoOfficial() => AssertNotOfficial("克林顿在演讲中谈到了经济。", "克林顿");

    [Theory]
    // A central bank's governor and a securities regulator's chairman hold office; a securities firm's head does not.
    [InlineData("日本央行总裁福井俊彦表示，将维持利率不变。", "福井俊彦", "日本央行总裁")]
    [InlineData("美国证券交易委员会主席考克斯说，调查仍在进行。", "考克斯", "美国证券交易委员会主席")]
    public void ACentralBankOrARegulatorIsAnOrganOfState(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A Japanese or Korean party's 代表 is its leader, former ones too; a delegate to a party congress holds no office.
    [InlineData("公明党代表太田昭宏表示，将继续执政联盟。", "太田昭宏", "公明党代表")]
    [InlineData("韩国大国家党前代表朴槿惠说，将参加竞选。", "朴槿惠", "韩国大国家党前代表")]
    public void AForeignPartysLeaderIsItsDaibiao(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    public void ADelegateToAPartyCongressIsNoOfficial() => AssertNotOfficial("十七大党代表王明说，要抓好落实。", "王明");

    [Fact]
    // The pope heads a state; 已故 (the late) is no part of the title.
    public void ThePopeHoldsOffice() => AssertOfficial("已故教皇约翰·保罗二世曾说，和平是可能的。", "约翰·保罗二世", "教皇");

    [Theory]
    // Commanders of armies and divisions hold office; 证实 ends a title and a name; 周 of a weekday is a surname where
    // one more character and a verb make a name.
    [InlineData("在日本华中方面军司令官松井石根指挥下，日军进行了屠杀。", "松井石根", "日本华中方面军司令官")]
    [InlineData("国务卿在节目中证实布什总统曾让布莱尔选择。", "布什", "总统")]
    [InlineData("卫生局局长周一岳表示，将加强监管。", "周一岳", "卫生局局长")]
    public void ACommanderOrAWeekdayLikeNameIsRead(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    // A weekday after a post is still a time word (局长周一表示).
    public void AWeekdayAfterAPostIsNoName() => Assert.DoesNotContain(Extract("卫生局局长周一表示，将加强监管。"), p => p.Name.StartsWith("周"));
}
