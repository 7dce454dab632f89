using System.Linq;
using NewsArchive.Core.Search;
using Xunit;

namespace NewsArchive.Core.Tests.Search;

public class SearchQueryTests
{
    [Theory]
    [InlineData("朱健", "\"朱健\"")]
    [InlineData("脱贫攻坚", "(\"脱贫\" AND \"贫攻\" AND \"攻坚\")")]
    [InlineData("哈哈哈", "\"哈哈\"")]
    [InlineData("健", "\"健\" *")]
    [InlineData("COVID", "\"covid\"")]
    [InlineData("cov*", "\"cov\" *")]
    public void ATermsCandidatesHoldEachOfItsIndexTokens(string query, string expected) =>
        Assert.Equal(expected, SearchQuery.Parse(query).CandidateExpression);

    [Fact]
    public void SeveralTermsMustAllMatch() =>
        Assert.Equal("(\"朱健\" AND \"脱贫\")", SearchQuery.Parse("朱健 脱贫").CandidateExpression);

    [Fact]
    public void OrBindsTighterThanTheImplicitAnd() =>
        Assert.Equal("((\"朱健\" OR \"邓群\") AND \"脱贫\")", SearchQuery.Parse("朱健 OR 邓群 脱贫").CandidateExpression);

    [Theory]
    [InlineData("扶贫 -疫情")]
    [InlineData("扶贫 NOT 疫情")]
    public void MinusAndNotExclude(string query)
    {
        var parsed = SearchQuery.Parse(query);
        // An article holding 疫情's tokens may not hold 疫情 itself: only the exact condition excludes.
        Assert.Equal("(\"扶贫\")", parsed.CandidateExpression);
        Assert.Equal("(扶贫 AND NOT 疫情)", parsed.Condition(term => term.Text));
        Assert.Equal(new[] { "扶贫" }, parsed.PositiveTerms.Select(t => t.Text));
        Assert.Equal(new[] { "扶贫", "疫情" }, parsed.Terms.Select(t => t.Text));
    }

    [Fact]
    public void AQuotedPhraseKeepsItsRunsInOrderAndEachInnerRunWhole()
    {
        // 脱贫 must end its run in the text (its last character is a token of its own), then 攻坚 must start the next.
        var term = Assert.Single(SearchQuery.Parse("\"脱贫，攻坚\"").Terms);
        Assert.Equal(new[] { "脱贫", "贫", "攻坚" }, term.Tokens);
        Assert.Null(term.Han);
        Assert.Equal(1, term.CountIn("会议部署脱贫、攻坚工作"));
        Assert.Equal(0, term.CountIn("脱贫攻坚"));
        Assert.Equal(0, term.CountIn("脱贫。大攻坚"));
    }

    [Theory]
    [InlineData("经济", "发展经济，经济建设", 2)]
    [InlineData("哈哈", "哈哈哈", 1)]
    [InlineData("经", "经济", 1)]
    [InlineData("经济", "经 济", 0)]
    [InlineData("covid", "COVID-19 疫情", 1)]
    [InlineData("COVID-19", "ｃｏｖｉｄ　１９", 1)]
    [InlineData("cov*", "covid", 1)]
    [InlineData("cov", "covid", 0)]
    public void ATermIsCountedInATextAsTheIndexSeesIt(string query, string text, int expected) =>
        Assert.Equal(expected, Assert.Single(SearchQuery.Parse(query).Terms).CountIn(text));

    [Fact]
    public void ParenthesesGroup() =>
        Assert.Equal("((\"朱健\" AND \"脱贫\") OR \"邓群\")", SearchQuery.Parse("(朱健 脱贫) OR 邓群").CandidateExpression);

    [Fact]
    public void LowerCaseOrIsAWord() =>
        Assert.Equal("(\"a\" AND \"or\" AND \"b\")", SearchQuery.Parse("a or b").CandidateExpression);

    [Fact]
    public void HighlightTermsAreThePositiveTermsAsWritten() =>
        Assert.Equal(new[] { "朱健", "脱贫 攻坚" }, SearchQuery.Parse("朱健 \"脱贫 攻坚\" -疫情").HighlightTerms);

    [Theory]
    [InlineData("", 0)]
    [InlineData("   ", 0)]
    [InlineData("\"朱健", 0)]
    [InlineData("(朱健", 0)]
    [InlineData("朱健)", 2)]
    [InlineData("OR 朱健", 0)]
    [InlineData("朱健 OR", 5)]
    [InlineData("-朱健", 0)]
    [InlineData("NOT", 3)]
    [InlineData("朱健 OR -脱贫", 9)]
    [InlineData("，。", 0)]
    [InlineData("()", 1)]
    [InlineData("--朱健", 1)]
    public void BadSyntaxIsAQueryErrorThatSaysWhere(string query, int position)
    {
        var error = Assert.Throws<SearchQueryException>(() => SearchQuery.Parse(query));
        Assert.Equal(position, error.Position);
        Assert.Contains(query.Trim().Length == 0 ? "empty" : "query", error.Message);
    }

    [Theory]
    [InlineData("\"")]
    [InlineData("*")]
    [InlineData("NEAR(a b)")]
    [InlineData("a:b")]
    [InlineData("^朱健")]
    [InlineData("\"a\"\"b\"")]
    public void Fts5SyntaxInAQueryNeverReachesTheIndex(string query)
    {
        // Either a clear query error, or an expression made of quoted index tokens only.
        try
        {
            var expression = SearchQuery.Parse(query).CandidateExpression;
            Assert.DoesNotContain(":", expression);
            Assert.DoesNotContain("^", expression);
            Assert.DoesNotContain("NEAR", expression);
        }
        catch (SearchQueryException)
        {
        }
    }
}
