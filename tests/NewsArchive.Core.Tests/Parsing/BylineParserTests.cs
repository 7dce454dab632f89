using System.Collections.Generic;
using System.Linq;
using NewsArchive.Core.Model;
using NewsArchive.Core.Parsing;
using Xunit;

namespace NewsArchive.Core.Tests.Parsing;

/// <summary>Byline lines as newspapers print them: a mark, a role, names padded to three characters.</summary>
public class BylineParserTests
{
    private static string[] Parse(string line)
    {
        var bylines = new List<Byline>();
        Assert.True(BylineParser.TryParseLine(line, bylines), $"'{line}' should read as a byline");
        return bylines.Select(b => b.Role + "|" + b.Name).ToArray();
    }

    [Theory]
    [InlineData("■本报记者 陈 润", "本报记者|陈润")]
    [InlineData("■本报记者 司马 燕", "本报记者|司马燕")]
    [InlineData("■通讯员 上官 军", "通讯员|上官军")]
    [InlineData("本报记者 陈润", "本报记者|陈润")]
    [InlineData("本报记者陈润", "本报记者|陈润")]
    [InlineData("■记者 何 静", "记者|何静")]
    [InlineData("通讯员 江海波", "通讯员|江海波")]
    [InlineData("本报通讯员 龚 婷", "本报通讯员|龚婷")]
    [InlineData("实习生 陈思远", "实习生|陈思远")]
    [InlineData("特约记者 欧阳春明", "特约记者|欧阳春明")]
    [InlineData("见习记者 林晓彤", "见习记者|林晓彤")]
    [InlineData("■晚报记者 柳 青", "晚报记者|柳青")]
    [InlineData("摄影 孙一鸣", "摄影|孙一鸣")]
    [InlineData("新华社记者 王 伟", "新华社记者|王伟")]
    [InlineData("（记者 何静）", "记者|何静")]
    [InlineData("记者　何　静", "记者|何静")]
    [InlineData("记者：何静", "记者|何静")]
    [InlineData("通讯员: 江海波", "通讯员|江海波")]
    public void ReadsOneContributor(string line, string expected) => Assert.Equal(new[] { expected }, Parse(line));

    [Fact]
    public void ReadsSeveralContributorsOnOneLine() =>
        Assert.Equal(new[] { "本报记者|田甜", "通讯员|郑浩" }, Parse("■本报记者 田 甜  通讯员 郑 浩"));

    [Fact]
    public void ARoleCoversEveryNameAfterIt() =>
        Assert.Equal(new[] { "本报记者|周航", "本报记者|王晨" }, Parse("■本报记者 周 航 王 晨"));

    [Theory]
    [InlineData("记者 张三、李四")]
    [InlineData("记者 张三，李四")]
    [InlineData("记者 张 三、李 四")]
    public void NamesJoinedByAListMarkAreSeparateContributors(string line) =>
        Assert.Equal(new[] { "记者|张三", "记者|李四" }, Parse(line));

    [Fact]
    public void ReportingWordsAfterANameAreNotPartOfIt() =>
        Assert.Equal(new[] { "记者|王伟" }, Parse("记者 王伟 报道"));

    [Theory]
    [InlineData("记者从市水文局了解到")]
    [InlineData("记者从市水文局了解到，今年汛期来得早。")]
    [InlineData("记者今天从市商务局获悉，今年前4个月外贸增长。")]
    [InlineData("钱伟民主持")]
    [InlineData("陈 润")]
    [InlineData("本报记者")]
    [InlineData("本报记者 陈")]
    [InlineData("")]
    public void TextThatIsNotABylineIsRefusedAndAddsNothing(string line)
    {
        var bylines = new List<Byline>();
        Assert.False(BylineParser.TryParseLine(line, bylines));
        Assert.Empty(bylines);
    }

    [Fact]
    public void ABlockOfOneContributorPerLineReadsEveryLine()
    {
        var block = PageBlock.Split("■本报记者 王 晨  \n通讯员 江海波\n")[0];
        Assert.True(BylineParser.TryParseBlock(block, out var bylines));
        Assert.Equal(new[] { "本报记者 王晨", "通讯员 江海波" }, bylines.Select(b => b.ToString()));
    }

    [Fact]
    public void ABlockWithAnUnmarkedLineThatIsNotABylineIsNotABylineBlock()
    {
        var block = PageBlock.Split("记者 王晨\n这是一段正文，并不是署名。\n")[0];
        Assert.False(BylineParser.TryParseBlock(block, out _));
    }
}
