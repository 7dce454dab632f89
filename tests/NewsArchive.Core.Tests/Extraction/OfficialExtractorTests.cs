using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsArchive.Core.Importing;
using NewsArchive.Core.Model;
using NewsArchive.Core.Extraction;
using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

public class OfficialExtractorTests
{
    [Fact]
    public void SeedPageGivesExactlyTheExpectedOfficialsAndTitles()
    {
        var page = PageAnalyzer.Analyze(File.ReadAllText(SharedSamples.SeedPagePath), new DateTime(2020, 3, 13));
        using var expected = JsonDocument.Parse(File.ReadAllText(SharedSamples.SeedExpectedPath));
        var articles = expected.RootElement.GetProperty("articles").EnumerateArray().ToArray();
        Assert.Equal(articles.Length, page.Articles.Count);
        for (var i = 0; i < articles.Length; i++)
        {
            var want = articles[i].GetProperty("officials").EnumerateArray()
                .Select(o => o.GetProperty("name").GetString() + ":" + string.Join("、", o.GetProperty("titles").EnumerateArray().Select(t => t.GetString())))
                .ToArray();
            var got = page.Articles[i].People.Where(p => p.Role == PersonRole.Official)
                .Select(p => p.Name + ":" + string.Join("、", p.Titles)).ToArray();
            Assert.Equal(want, got);
        }

        var notOfficials = expected.RootElement.GetProperty("notOfficials").EnumerateArray().Select(n => n.GetString()).ToHashSet();
        Assert.DoesNotContain(page.Articles.SelectMany(a => a.People).Where(p => p.Role == PersonRole.Official), p => notOfficials.Contains(p.Name));
    }

    [Theory]
    [InlineData("县委书记王建国在会上强调，要抓好春耕。", "王建国", "县委书记")]
    [InlineData("省委常委、省纪委书记、省监委主任欧阳明华出席。", "欧阳明华", "省委常委、省纪委书记、省监委主任")]
    [InlineData("国务委员兼外交部长李东会见了来访的客人。", "李东", "国务委员、外交部长")]
    [InlineData("美国总统约翰·史密斯表示，双方将继续对话。", "约翰·史密斯", "美国总统")]
    [InlineData("珠晖区委副书记、区长刘洋主持会议。", "刘洋", "珠晖区委副书记、区长")]
    [InlineData("市发展和改革委员会主任何明介绍了有关情况。", "何明", "市发展和改革委员会主任")]
    [InlineData("于都县委副书记、县长赵刚率队考察。", "赵刚", "于都县委副书记、县长")]
    [InlineData("我县县长钱进参加会议。", "钱进", "县长")]
    [InlineData("日本首相山田太郎在记者会上表示，将推进改革。", "山田太郎", "日本首相")]
    [InlineData("学习贯彻江泽民总书记重要讲话精神。", "江泽民", "总书记")]
    [InlineData("县公安局局长扎西多吉带领民警赶到现场。", "扎西多吉", "县公安局局长")]
    [InlineData("旗长格日勒说，要保护好草原。", "格日勒", "旗长")]
    [InlineData("法国总统让-皮埃尔·杜邦抵达北京。", "让-皮埃尔·杜邦", "法国总统")]
    [InlineData("智利总统何塞·罗德里格斯会见了代表团。", "何塞·罗德里格斯", "智利总统")]
    [InlineData("欧盟委员会主席汉斯·穆勒今天访华。", "汉斯·穆勒", "欧盟委员会主席")]
    [InlineData("非洲联盟委员会主席让·巴蒂斯特出席。", "让·巴蒂斯特", "非洲联盟委员会主席")]
    [InlineData("香港特区第五任行政长官陈明达出席典礼。", "陈明达", "香港特区第五任行政长官")]
    [InlineData("特首陈明达表示，将推动创新科技。", "陈明达", "特首")]
    [InlineData("商务及经济发展局局长邱腾华出席。", "邱腾华", "商务及经济发展局局长")]
    [InlineData("代表团团长、省长王刚回答了提问。", "王刚", "代表团团长、省长")]
    [InlineData("市委党校常务副校长郑明介绍了教学安排。", "郑明", "市委党校常务副校长")]
    [InlineData("市公安局交警支队支队长孙立出席。", "孙立", "市公安局交警支队支队长")]
    [InlineData("街道党工委书记杨帆都会到场。", "杨帆", "街道党工委书记")]
    [InlineData("原县交通局局长闻人杰因受贿被查。", "闻人杰", "原县交通局局长")]
    [InlineData("市长于洪涛今年三次来到工地。", "于洪涛", "市长")]
    [InlineData("日本外务大臣中村健二在东京表示，将继续对话。", "中村健二", "日本外务大臣")]
    [InlineData("泰国外交部常务秘书巴颂·翁沙旺出席会议。", "巴颂·翁沙旺", "泰国外交部常务秘书")]
    [InlineData("外交部部长助理邓立新主持磋商。", "邓立新", "外交部部长助理")]
    [InlineData("国家主席萧明远会见了来宾。", "萧明远", "国家主席")]
    public void ReadsTitleThenName(string text, string name, string titles)
    {
        var person = Assert.Single(Extract(text), p => p.Role == PersonRole.Official);
        Assert.Equal(name, person.Name);
        Assert.Equal(titles, string.Join("、", person.Titles));
    }

    [Fact]
    public void AListSharesItsTitleAndALaterBareNameIsTheSamePerson()
    {
        var people = Extract("副县长张明、李红、赵小兵出席。张明指出，要抓好落实。");
        Assert.Equal(new[] { "张明", "李红", "赵小兵" }, people.Select(p => p.Name));
        Assert.All(people, p => Assert.Equal(new[] { "副县长" }, p.Titles));
    }

    [Fact]
    public void NamesListedBeforeALeadersTitleShareIt()
    {
        var people = Extract("会议由副市长张明主持，李红、赵小兵等市领导出席。");
        Assert.Equal(new[] { "张明:副市长", "李红:市领导", "赵小兵:市领导" }, people.Select(p => p.Name + ":" + string.Join("、", p.Titles)));
    }

    [Theory]
    [InlineData("部分乡镇党委书记作了发言。")]
    [InlineData("市民可拨打市长热线反映问题。")]
    [InlineData("会议研究了书记处的工作安排。")]
    [InlineData("局长办公会研究了相关事项。")]
    [InlineData("青山县长江路改造现场正在施工。")]
    [InlineData("毛主席纪念堂今天照常开放。")]
    [InlineData("他是焦裕禄式的好书记。")]
    [InlineData("市领导先后来到江北区长丰堤、东湖泵站检查防汛。")]
    [InlineData("施工队进驻城南区长安桥工地。")]
    public void TitlesWithoutANameNameNobody(string text) => Assert.Empty(Extract(text));

    [Fact]
    public void ANameThePageGaveWithATitleTakesAPostAfterItAndIsFoundBare()
    {
        var people = Extract("市委书记包振宇主持会议。包振宇书记指出，要抓好安全生产。会后，包振宇来到企业调研。");
        var person = Assert.Single(people);
        Assert.Equal(new[] { "市委书记", "书记" }, person.Titles);
    }

    [Fact]
    public void AKnownNameInsideALongerNameIsNotAMention()
    {
        var first = new ParsedArticle();
        first.Paragraphs.Add("市领导刘云、张斌出席。");
        var second = new ParsedArticle();
        second.Paragraphs.Add("华美公司总经理刘云慧说，订单已排到下半年。");
        OfficialExtractor.Extract(new[] { first, second });
        Assert.DoesNotContain(second.People, p => p.Name == "刘云");
        Assert.Equal("刘云慧", Assert.Single(second.People).Name);
    }

    [Fact]
    public void CompanyTitlesMakeAnotherPersonNotAnOfficial()
    {
        var person = Assert.Single(Extract("市长刘洋会见了华星集团董事长周立。"), p => p.Name == "周立");
        Assert.Equal(PersonRole.Other, person.Role);
        Assert.Equal(new[] { "华星集团董事长" }, person.Titles);
    }

    [Fact]
    public void BylineNamesAreNeverPeople()
    {
        var article = new ParsedArticle();
        article.Bylines.Add(new Byline("记者", "王强"));
        article.Paragraphs.Add("市长王强主持会议。");
        OfficialExtractor.Extract(new[] { article });
        Assert.Empty(article.People);
    }

    // Behaviours added after the blind measurement (bench/eval/officials-blind/README.md). Sentences are new ones, not
    // the blind pages', so each test checks the rule rather than a page.

    [Fact]
    public void ATransliteratedNameWithoutADotIsReadWholeAndEndsAList()
    {
        var people = Extract("自治区政协副主席阿不力孜江、司马秀梅等出席。");
        Assert.Equal(new[] { "阿不力孜江:自治区政协副主席", "司马秀梅:自治区政协副主席" },
            people.Select(p => p.Name + ":" + string.Join("、", p.Titles)));
    }

    [Fact]
    public void AWordAfterANameIsNotTakenIntoATransliteratedName()
    {
        var person = Assert.Single(Extract("县水利局局长马丽多次强调安全生产。"));
        Assert.Equal("马丽", person.Name);
    }

    [Theory]
    [InlineData("厂长王建设、党委书记刘成功介绍了经验。", "刘成功", PersonRole.Other)]
    [InlineData("市公安局局长张明、政治委员李华陪同。", "李华", PersonRole.Official)]
    [InlineData("华星集团董事长周立、副市长钱进出席。", "钱进", PersonRole.Official)]
    public void ATitleWithoutItsOwnOrganisationIsAPostInThePreviousOne(string text, string name, PersonRole role) =>
        Assert.Equal(role, Assert.Single(Extract(text), p => p.Name == name).Role);

    [Theory]
    [InlineData("江海大学校党委书记吴刚致辞。", "吴刚")]
    [InlineData("师范大学校长郑明介绍了学校情况。", "郑明")]
    [InlineData("艺术团团长李娜介绍，节目已排练三个月。", "李娜")]
    public void HeadsOfSchoolsAndTroupesAreNotOfficials(string text, string name) =>
        Assert.Equal(PersonRole.Other, Assert.Single(Extract(text), p => p.Name == name).Role);

    [Fact]
    public void AppointmentNoticesNameThePersonBeforeThePost()
    {
        var people = Extract("任命王建华为市交通局局长；免去李卫东的市交通局局长职务。");
        Assert.Equal(new[] { "王建华:市交通局局长", "李卫东:市交通局局长" }, people.Select(p => p.Name + ":" + string.Join("、", p.Titles)));
        Assert.All(people, p => Assert.Equal(PersonRole.Official, p.Role));
    }

    [Fact]
    public void AnAssistantToACompanyHeadIsNotAnOfficial() =>
        Assert.Equal(PersonRole.Other, Assert.Single(Extract("华星集团总经理助理周立介绍了项目进展。"), p => p.Name == "周立").Role);

    [Fact]
    public void DaibiaoAfterANameFollowedByAnObjectIsTheVerb()
    {
        var person = Assert.Single(Extract("省委书记林海主持会议。林海代表省委向大会致辞。"));
        Assert.Equal(new[] { "省委书记" }, person.Titles);
    }

    [Fact]
    public void VerbsBeforeATitleAreNotPartOfIt()
    {
        var people = Extract("县长张三当场责成县交通局局长李四立即整改。");
        Assert.Equal(new[] { "张三:县长", "李四:县交通局局长" }, people.Select(p => p.Name + ":" + string.Join("、", p.Titles)));
    }

    [Theory]
    [InlineData("省高级人民法院院长向省人大作报告。")]
    [InlineData("他结合自己当乡党委书记时的经历讲课。")]
    public void PrepositionsAndParticlesAfterATitleAreNoName(string text) => Assert.Empty(Extract(text));

    // Behaviours added after blind sets 3 and 4 (bench/eval/officials-blind3 and officials-blind4 READMEs), again with new
    // sentences.

    [Theory]
    [InlineData("驻华大使当天还会见了留学生代表。")]
    [InlineData("联合国大会主席呼吁各方保持克制。")]
    [InlineData("各地的企业代表陆续抵达会场。")]
    [InlineData("市领导来我县检查防汛工作。")]
    public void AVerbOrTimeWordAfterATitleIsNoName(string text) =>
        Assert.DoesNotContain(Extract(text), p => p.Role == PersonRole.Official);

    [Fact]
    public void AVerbAfterAShortFormAndItsTitleIsNoName()
    {
        var people = Extract("挪威首相埃里克·索尔贝格今天抵达北京。索尔贝格首相表示，两国合作潜力巨大。索尔贝格首相访华期间还将参观工厂。");
        var person = Assert.Single(people);
        Assert.Equal("埃里克·索尔贝格", person.Name);
        Assert.Equal(new[] { "挪威首相", "首相" }, person.Titles);
    }

    [Theory]
    [InlineData("原县水务局局长乔山涉嫌受贿被立案审查。", "乔山", "原县水务局局长")]
    [InlineData("东部战区副参谋长、海军上将顾长风出席。", "顾长风", "东部战区副参谋长")]
    [InlineData("市人大常委会副主任许永和在会上发言。", "许永和", "市人大常委会副主任")]
    [InlineData("镇党委书记龚春说，今年要修两条路。", "龚春", "镇党委书记")]
    [InlineData("村支书濮阳晓都认为，茶叶还能卖得更好。", "濮阳晓", "村支书")]
    [InlineData("县委书记蒋文华组织干部连夜转移群众。", "蒋文华", "县委书记")]
    [InlineData("县长裴建明站在堤坝上指挥抢险。", "裴建明", "县长")]
    public void NamesEndWhereTheSentenceGoesOn(string text, string name, string titles)
    {
        var person = Assert.Single(Extract(text), p => p.Role == PersonRole.Official);
        Assert.Equal(name, person.Name);
        Assert.EndsWith(titles, string.Join("、", person.Titles));
    }

    [Theory]
    [InlineData("中国驻法国大使馆公使衔参赞、代表团副团长吴海宁大使出席。", "吴海宁", "中国驻法国大使馆公使衔参赞、代表团副团长、大使")]
    [InlineData("国防大学副校长邹卫东少将作报告。", "邹卫东", "国防大学副校长")]
    public void APostRightAfterTheNameIsAddedToTheTitlesBeforeIt(string text, string name, string titles)
    {
        var person = Assert.Single(Extract(text));
        Assert.Equal(name, person.Name);
        Assert.Equal(titles, string.Join("、", person.Titles));
    }

    [Fact]
    public void DaibiaoRightAfterANameWithAnObjectStaysTheVerb()
    {
        var person = Assert.Single(Extract("市委副书记郑立平代表市委作工作报告。"));
        Assert.Equal(new[] { "市委副书记" }, person.Titles);
    }

    [Theory]
    [InlineData("国家审计署审计长孟庆华作审计工作报告。", "孟庆华", "国家审计署审计长")]
    [InlineData("国务院副总理、国家防总总指挥郑光明主持会议。", "郑光明", "国务院副总理、国家防总总指挥")]
    [InlineData("市长、市防汛抗旱指挥部指挥长邓立强赶赴一线。", "邓立强", "市长、市防汛抗旱指挥部指挥长")]
    [InlineData("省委巡视督导组组长、省人大常委会副主任方德明讲话。", "方德明", "省委巡视督导组组长、省人大常委会副主任")]
    [InlineData("欧盟外交与安全政策高级代表卡尔·韦伯出席。", "卡尔·韦伯", "欧盟外交与安全政策高级代表")]
    [InlineData("沙特阿拉伯国王萨勒曼·本·阿齐兹·阿勒沙特接见了代表团。", "萨勒曼·本·阿齐兹·阿勒沙特", "沙特阿拉伯国王")]
    [InlineData("卡塔尔埃米尔塔米姆·本·哈马德出席开幕式。", "塔米姆·本·哈马德", "卡塔尔埃米尔")]
    [InlineData("区领导蔡光明、宦立新参加慰问。", "宦立新", "区领导")]
    [InlineData("副市长贲志远带队检查。", "贲志远", "副市长")]
    public void ReadsMoreTitleForms(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Fact]
    public void AnArabicNameShortenedToItsFirstPartIsTheSamePerson()
    {
        var person = Assert.Single(Extract("阿曼苏丹哈桑·本·赛义德·阿勒布赛义德抵京。哈桑苏丹表示，愿深化合作。"));
        Assert.Equal(new[] { "阿曼苏丹", "苏丹" }, person.Titles);
    }

    [Fact]
    public void TheSudanAsACountryIsNoTitle()
    {
        var person = Assert.Single(Extract("苏丹总统奥马尔·哈桑会见了中国客人。"), p => p.Role == PersonRole.Official);
        Assert.Equal(new[] { "苏丹总统" }, person.Titles);
    }

    [Fact]
    public void TheHeadOfADesignInstituteIsNotAnOfficial() =>
        Assert.Equal(PersonRole.Other, Assert.Single(Extract("省建筑设计院院长林少华介绍了方案。"), p => p.Name == "林少华").Role);

    [Fact]
    public void AnAspectParticleEndsTheTextBeforeALaterTitle()
    {
        var person = Assert.Single(Extract("县委书记郭长海主持会议。老人握着郭长海书记的手说，谢谢。"), p => p.Role == PersonRole.Official);
        Assert.Equal(new[] { "县委书记", "书记" }, person.Titles);
    }

    // Version 5: the causes of blind set 5's errors, each on new sentences.
    [Theory]
    // A verb with the aspect particle after a three-character name (来 of 周海来 is no follower here).
    [InlineData("市委副书记周海来顶着烈日察看灾情。", "周海来", "市委副书记")]
    // 旁听 and 列席 are verbs that follow names.
    [InlineData("县人大常委会副主任侯明旁听了庭审。", "侯明", "县人大常委会副主任")]
    [InlineData("区政协副主席蔡建列席会议。", "蔡建", "区政协副主席")]
    // A transliteration syllable (都) before a firm ending is part of a dotted name.
    [InlineData("县委副书记、县长艾力·阿不都主持召开常务会。", "艾力·阿不都", "县委副书记、县长")]
    // A word across a transliterated name's end loses to the word starting there (提出 / 出席).
    [InlineData("州领导努尔兰、阿依波拉提出席仪式。", "阿依波拉提", "州领导")]
    // Tibetan, Mongolian and Kazakh syllables, with 的 and (after four syllables) 和 closing the name.
    [InlineData("副县长降措带队检查。", "降措", "副县长")]
    [InlineData("乡党委书记益西旺姆的发言很实在。", "益西旺姆", "乡党委书记")]
    [InlineData("副旗长额尔德尼介绍了情况。", "额尔德尼", "副旗长")]
    [InlineData("蒙古国外长巴雅尔赛罕和中方代表交换了意见。", "巴雅尔赛罕", "蒙古国外长")]
    [InlineData("副州长叶赛尔努尔表示，要保护好草原。", "叶赛尔努尔", "副州长")]
    // After a foreign title a fourth character that is no closing word, before a firm ending (Japanese given names).
    [InlineData("日本首相田中秀和当天出席了仪式。", "田中秀和", "日本首相")]
    // The accused official's title starts after 被告人 and 犯罪嫌疑人, not inside them.
    [InlineData("被告人原县水利局局长柏光明当庭认罪。", "柏光明", "原县水利局局长")]
    [InlineData("犯罪嫌疑人原镇党委书记韩立强被移送起诉。", "韩立强", "原镇党委书记")]
    // A conjunction that begins a two-character place after punctuation belongs to the place.
    [InlineData("会议结束后，和平区教育局局长汪俊接受了采访。", "汪俊", "和平区教育局局长")]
    // 问题 names an envoy's brief.
    [InlineData("朝鲜半岛问题特别代表杜国明抵达首尔。", "杜国明", "朝鲜半岛问题特别代表")]
    // 党组成员 is a post of its own in a chain.
    [InlineData("市财政局党组成员、副局长孔令辉作说明。", "孔令辉", "市财政局党组成员、副局长")]
    public void FixesTheCausesOfBlindSetFive(string text, string name, string titles) => AssertOfficial(text, name, titles);

    // The same rules must not take what they should not.
    [Theory]
    // 在 closes a name: no syllable after it is taken into a dotted name.
    [InlineData("英国首相约翰·布朗在会上表示，欢迎合作。", "约翰·布朗", "英国首相")]
    // A conjunction after a word is not taken into the place (市委书记 and then 平区…).
    [InlineData("市长陈刚和县委书记冯平出席。", "冯平", "县委书记")]
    // A Chinese official after a Chinese title keeps three characters before 和.
    [InlineData("市长郑光明和当地干部座谈。", "郑光明", "市长")]
    public void BlindSetFiveRulesKeepTheirLimits(string text, string name, string titles)
    {
        var person = Assert.Single(Extract(text), p => p.Name == name);
        Assert.Equal(titles, string.Join("、", person.Titles));
    }

    [Fact]
    public void AGenericDistrictAfterAConjunctionStaysOutOfTheTitle()
    {
        var person = Assert.Single(Extract("他说，和城区卫健局局长尤建华谈过。"), p => p.Name == "尤建华");
        Assert.Equal(new[] { "城区卫健局局长" }, person.Titles);
    }
}
