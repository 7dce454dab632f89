using NewsArchive.Core.Extraction;
using Xunit;

namespace NewsArchive.Core.Tests.Extraction;

public class NameReaderTests
{
    [Theory]
    [InlineData("王建国在会上强调", "王建国")]
    [InlineData("朱健主持会议", "朱健")]
    [InlineData("欧阳明华出席", "欧阳明华")]
    [InlineData("约翰·史密斯表示", "约翰·史密斯")]
    [InlineData("让-皮埃尔·杜邦抵达北京", "让-皮埃尔·杜邦")]
    [InlineData("扎西多吉带领民警", "扎西多吉")]
    [InlineData("表示将继续对话", "")]
    [InlineData("的来访", "")]
    public void ReadsANameEndedByWhatFollows(string text, string name) =>
        Assert.Equal(name, text.Substring(0, new NameReader(text, new PageKnowledge(new string[0])).ReadName(0, allowAnyName: false)));

    [Fact]
    public void AForeignTitleAllowsANameWithoutAChineseSurname()
    {
        const string text = "大桥健一在记者会上表示";
        var reader = new NameReader(text, new PageKnowledge(new string[0]));
        Assert.Equal(0, reader.ReadName(0, allowAnyName: false));
        Assert.Equal(4, reader.ReadName(0, allowAnyName: true));
    }

    [Fact]
    // A Japanese family name of the list needs no foreign title: 藤原 starts a name wherever one may stand.
    public void AJapaneseFamilyNameStartsANameAnywhere()
    {
        const string text = "藤原健一在记者会上表示";
        Assert.Equal(4, new NameReader(text, new PageKnowledge(new string[0])).ReadName(0, allowAnyName: false));
    }

    [Fact]
    public void AKnownNameDecidesWhereANameEnds()
    {
        var known = new PageKnowledge(new string[0]);
        known.Add("刘云");
        Assert.Equal(2, new NameReader("刘云主持", known).ReadName(0, allowAnyName: false));
        Assert.Equal(3, new NameReader("刘云慧说", known).ReadName(0, allowAnyName: false));
    }

    [Fact]
    public void AShortFormOfAForeignNameThePageGaveInFullIsTheFullName()
    {
        var known = new PageKnowledge(new string[0]);
        known.Add("安德烈亚斯·莫勒");
        known.Add("阿卜杜勒·本·萨利赫");
        Assert.Equal("安德烈亚斯·莫勒", known.Canonical("莫勒"));
        Assert.Equal("阿卜杜勒·本·萨利赫", known.Canonical("阿卜杜勒"));
        Assert.Equal("王明", known.Canonical("王明"));
    }

    [Fact]
    public void TheKnownNameAtAPositionIsTheLongest()
    {
        var trie = new NameTrie(new[] { "王明", "王明远", "李" });
        Assert.Equal("王明远", trie.LongestAt("会见王明远时", 2));
        Assert.Null(trie.LongestAt("会见王时", 2));
        var all = new System.Collections.Generic.List<string>();
        trie.AddAllAt("王明远", 0, all);
        Assert.Equal(new[] { "王明", "王明远" }, all);
    }
}
