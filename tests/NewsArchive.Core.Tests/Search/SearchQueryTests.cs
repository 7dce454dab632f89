using NewsArchive.Core.Search;
using Xunit;

namespace NewsArchive.Core.Tests.Search;

public class SearchQueryTests
{
    [Theory]
    [InlineData("朱健", "\"朱健\"")]
    [InlineData("脱贫攻坚", "\"脱贫 贫攻 攻坚\"")]
    [InlineData("健", "\"健\" *")]
    [InlineData("COVID", "\"covid\"")]
    [InlineData("cov*", "\"cov\" *")]
    public void ATermIsAPhraseOfIndexTokens(string query, string expected) =>
        Assert.Equal(expected, SearchQuery.Parse(query).MatchExpression);

    [Fact]
    public void SeveralTermsMustAllMatch() =>
        Assert.Equal("(\"朱健\" AND \"脱贫\")", SearchQuery.Parse("朱健 脱贫").MatchExpression);

    [Fact]
    public void OrBindsTighterThanTheImplicitAnd() =>
        Assert.Equal("((\"朱健\" OR \"邓群\") AND \"脱贫\")", SearchQuery.Parse("朱健 OR 邓群 脱贫").MatchExpression);

    [Theory]
    [InlineData("扶贫 -疫情")]
    [InlineData("扶贫 NOT 疫情")]
    public void MinusAndNotExclude(string query) =>
        Assert.Equal("((\"扶贫\") NOT \"疫情\")", SearchQuery.Parse(query).MatchExpression);

    [Fact]
    public void AQuotedPhraseKeepsItsRunsInOrderAndEachInnerRunWhole() =>
        // 脱贫 must end its run in the text (its last character is a token of its own), then 攻坚 must start the next.
        Assert.Equal("\"脱贫 贫 攻坚\"", SearchQuery.Parse("\"脱贫，攻坚\"").MatchExpression);

    [Fact]
    public void ParenthesesGroup() =>
        Assert.Equal("((\"朱健\" AND \"脱贫\") OR \"邓群\")", SearchQuery.Parse("(朱健 脱贫) OR 邓群").MatchExpression);

    [Fact]
    public void LowerCaseOrIsAWord() =>
        Assert.Equal("(\"a\" AND \"or\" AND \"b\")", SearchQuery.Parse("a or b").MatchExpression);

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
            var expression = SearchQuery.Parse(query).MatchExpression;
            Assert.DoesNotContain(":", expression);
            Assert.DoesNotContain("^", expression);
            Assert.DoesNotContain("NEAR", expression);
        }
        catch (SearchQueryException)
        {
        }
    }
}
