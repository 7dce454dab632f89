using System;
using System.Linq;
using NewsArchive.Core.Search;
using Xunit;

namespace NewsArchive.Core.Tests.Search;

public class SearchTokenizerTests
{
    [Fact]
    public void HanRunsBecomeOverlappingBigramsPlusTheirLastCharacter() =>
        Assert.Equal(new[] { "我是", "是中", "中国", "国人", "人" }, SearchTokenizer.IndexTokens("我是中国人"));

    [Fact]
    public void ALoneHanCharacterIsItsOwnToken() =>
        Assert.Equal(new[] { "健" }, SearchTokenizer.IndexTokens("健"));

    [Theory]
    [InlineData("脱贫，攻坚", new[] { "脱贫", "贫", "攻坚", "坚" })]
    [InlineData("脱贫\n攻坚", new[] { "脱贫", "贫", "攻坚", "坚" })]
    [InlineData("脱贫 攻坚", new[] { "脱贫", "贫", "攻坚", "坚" })]
    public void NoBigramCrossesPunctuationSpacesOrParagraphs(string text, string[] expected) =>
        Assert.Equal(expected, SearchTokenizer.IndexTokens(text));

    [Fact]
    public void LatinWordsAndNumbersStayWholeAndLowerCase() =>
        Assert.Equal(new[] { "防控", "控", "covid", "19", "疫情", "情", "2020", "年" }, SearchTokenizer.IndexTokens("防控COVID-19疫情2020年"));

    [Fact]
    public void FullWidthLettersAndDigitsAreNarrowed() =>
        Assert.Equal(new[] { "gdp", "增长", "长", "6", "5" }, SearchTokenizer.IndexTokens("ＧＤＰ增长６.５"));

    [Fact]
    public void TheZeroOfChineseDatesIsHan() =>
        Assert.Equal(new[] { "二〇", "〇二", "二〇", "〇年", "年" }, SearchTokenizer.IndexTokens("二〇二〇年"));

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("，。！？ \n")]
    public void TextWithoutLettersHasNoTokens(string? text) => Assert.Empty(SearchTokenizer.IndexTokens(text));

    [Fact]
    public void SegmentsAreTheRunsTheIndexSees()
    {
        var segments = SearchTokenizer.Segments("市长Zhu Jian：朱健");
        Assert.Equal(new[] { "市长", "zhu", "jian", "朱健" }, segments.Select(s => s.Text));
        Assert.Equal(new[] { true, false, false, true }, segments.Select(s => s.IsHan));
    }

    [Fact]
    public void IndexTokensAreTheTokensOfTheSegmentsQueriesAreMadeOf()
    {
        // The index (IndexText, one pass) and queries and snippets (Segments) must cut text the same way.
        const string alphabet = "朱健脱贫〇，。 \nAbＣ１2-é";
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var fromSegments = SearchTokenizer.Segments(text).SelectMany(s => s.IsHan
                ? Enumerable.Range(0, s.Text.Length - 1).Select(j => s.Text.Substring(j, 2)).Append(s.Text.Substring(s.Text.Length - 1))
                : new[] { s.Text });
            Assert.Equal(fromSegments, SearchTokenizer.IndexTokens(text));
        }
    }
}
