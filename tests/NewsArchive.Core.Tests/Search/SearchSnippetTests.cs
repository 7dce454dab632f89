using NewsArchive.Core.Search;
using Xunit;

namespace NewsArchive.Core.Tests.Search;

public class SearchSnippetTests
{
    [Fact]
    public void HitsAreMarkedAndTheSnippetStartsNearTheFirst()
    {
        var body = new string('甲', 100) + "市委书记朱健强调" + new string('乙', 100);
        var snippet = SearchSnippet.Build(body, new[] { "朱健" });
        Assert.StartsWith("…", snippet);
        Assert.Contains("市委书记【朱健】强调", snippet);
        Assert.EndsWith("…", snippet);
    }

    [Fact]
    public void EveryTermIsMarkedCaseAndSeparatorsAsTheIndexSeesThem()
    {
        var snippet = SearchSnippet.Build("防控COVID-19疫情，脱贫。攻坚", new[] { "covid 19", "脱贫 攻坚" });
        Assert.Equal("防控【COVID-19】疫情，【脱贫。攻坚】", snippet);
    }

    [Fact]
    public void WithoutAHitInTheBodyTheSnippetIsItsStart() =>
        Assert.Equal("第一段。", SearchSnippet.Build("第一段。", new[] { "朱健" }));

    [Fact]
    public void ParagraphBreaksBecomeSpaces() =>
        Assert.Equal("【朱健】主持。 第二段", SearchSnippet.Build("朱健主持。\n第二段", new[] { "朱健" }));
}
