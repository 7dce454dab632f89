using NewsArchive.Core.Storage;
using Xunit;

namespace NewsArchive.Core.Tests.Storage;

/// <summary>PowerShell wildcards as an administrator types them, turned into SQLite GLOB over lower-cased text.</summary>
public class WildcardPatternTests
{
    [Theory]
    [InlineData("*脱贫*", "*脱贫*")]
    [InlineData("衡阳?报", "衡阳?报")]
    [InlineData("[衡长]*", "[衡长]*")]
    [InlineData("Xinhua*", "xinhua*")]
    [InlineData("[A-C]*", "[a-c]*")]
    public void WildcardsKeepTheirMeaning(string pattern, string glob) => Assert.Equal(glob, WildcardPattern.ToGlob(pattern));

    [Theory]
    [InlineData("`*评论`*", "[*]评论[*]")]
    [InlineData("`?", "[?]")]
    [InlineData("*`[评论`]*", "*[[]评论[]]*")]
    public void BacktickEscapesAWildcardCharacter(string pattern, string glob) => Assert.Equal(glob, WildcardPattern.ToGlob(pattern));

    [Fact]
    public void AnUnclosedBracketIsLiteral() => Assert.Equal("[[]评论*", WildcardPattern.ToGlob("[评论*"));

    [Theory]
    [InlineData("*", true)]
    [InlineData("衡阳?报", true)]
    [InlineData("[衡长]沙", true)]
    [InlineData("衡阳日报", false)]
    [InlineData("", false)]
    public void TellsPatternsFromPlainNames(string pattern, bool expected) => Assert.Equal(expected, WildcardPattern.HasWildcards(pattern));

    [Theory]
    [InlineData("*脱贫*", "^.*脱贫.*$")]
    [InlineData("衡阳?报", "^衡阳.报$")]
    [InlineData("[A-C]*", "^[a-c].*$")]
    [InlineData("`*评论.(一)`*", "^\\*评论\\.\\(一\\)\\*$")]
    public void ForPostgresWildcardsAreAnAnchoredRegex(string pattern, string regex) => Assert.Equal(regex, WildcardPattern.ToRegex(pattern));
}
