using NewsArchive.Core.Extraction;
using NewsArchive.Core.Model;
using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Officials4: words after a post that are no person. Every sentence is written for the test; the names are
/// invented.</summary>
public class NoPersonTests
{
    [Theory]
    // A state is no person: a post used as a verb before it (领导X国) or a title before it names no one.
    [InlineData("莫兰德自上月起领导巴勒斯坦临时内阁。", "巴勒斯坦")]
    [InlineData("莫兰德上任以来一直领导叙利亚过渡政府。", "叙利亚")]
    [InlineData("莫兰德自本月三日起领导巴勒斯坦紧急内阁,负责善后工作。", "巴勒斯坦")]
    [InlineData("卡里姆自上周起领导黎巴嫩看守内阁，负责筹备选举。", "黎巴嫩")]
    public void AStateIsNoPerson(string text, string state) =>
        Assert.DoesNotContain(Extract(text), p => p.Name == state);

    [Theory]
    // A post before 国 names a state that holds it (轮值主席国, 理事国), not a person.
    [InlineData("欧盟轮值主席国比利时的外长莫朗说，会谈很有成果。", "比利时")]
    [InlineData("本届轮值主席国瑞典将主持下一轮谈判。", "瑞典")]
    public void APostBeforeItsStateNamesNoOne(string text, string state) =>
        Assert.DoesNotContain(Extract(text), p => p.Name.Contains(state));

    [Theory]
    // A dotted name's first part holds no particle (的, 是): the sentence runs on before the name (这位女部长便是X·Y).
    [InlineData("这位女部长便是卡琳娜·莫罗夫人。", "卡琳娜·莫罗")]
    [InlineData("新任的女大使正是奥尔加·派克女士。", "奥尔加·派克")]
    public void ADottedNameHoldsNoParticle(string text, string name) =>
        Assert.DoesNotContain(Extract(text), p => p.Name.EndsWith(name) && p.Name != name);

    [Theory]
    // 一 followed by a measure word or adverb goes on the sentence (X一声令下, X一再强调): it ends a two-character name.
    [InlineData("随着市公安局副局长郑明一声令下，行动开始。", "郑明", "市公安局副局长")]
    [InlineData("县长韩青一再强调安全生产。", "韩青", "县长")]
    public void OneBeforeAMeasureWordEndsAName(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A noun a post's holder has (权力, 任期, 官邸) ends the last part of a dotted name (X·Y权力的移交).
    [InlineData("各方同意，过渡应包括“叙利亚总统卡米尔－哈达德权力的彻底转移，一个新政府”。", "卡米尔－哈达德", "叙利亚总统")]
    [InlineData("秘鲁总统路易斯－巴雷达任期内推动了改革。", "路易斯－巴雷达", "秘鲁总统")]
    public void AHoldersNounEndsADottedName(string text, string name, string titles) => AssertOfficial(text, name, titles);

    [Theory]
    // A surname with a post (苗老师, 柯书记) the page gives no full name for is no name of a person.
    [InlineData("居委会负责人苗老师表示，物资每天都会送到。", "苗")]
    [InlineData("村党支部书记柯书记说，路已经修好了。", "柯")]
    public void ASurnameAloneIsNoName(string text, string surname) =>
        Assert.DoesNotContain(Extract(text), p => p.Name == surname);
}
