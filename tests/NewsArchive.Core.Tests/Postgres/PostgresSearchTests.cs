using System;
using System.Linq;
using System.Text;
using NewsArchive.Core.Search;
using NewsArchive.Postgres;
using Xunit;

namespace NewsArchive.Core.Tests.Postgres;

public class PostgresSearchTests
{
    private static PostgresTextMatch Compile(string query) => PostgresTextMatch.Compile(SearchQuery.Parse(query), "s", "t");

    [Fact]
    public void ATermNeedsItsTokensInTheIndexAndItsSequenceInTheTerms()
    {
        var match = Compile("脱贫攻坚");
        Assert.Equal("('脱贫' & '贫攻' & '攻坚')", match.Parameters["t_q0"]);
        Assert.Equal(" 脱贫 贫攻 攻坚 ", match.Parameters["t_t0"]);
        Assert.Equal("(s.tokens @@ CAST(@t_q0 AS tsquery) AND strpos(s.terms, @t_t0) > 0)", match.Condition);
    }

    [Fact]
    public void APrefixEndsWithoutASpace()
    {
        var match = Compile("健");
        Assert.Equal("('健':*)", match.Parameters["t_q0"]);
        Assert.Equal(" 健", match.Parameters["t_t0"]);
    }

    [Fact]
    public void ExcludedTermsAreCheckedAndNotRanked()
    {
        var match = Compile("扶贫 OR 脱贫 -疫情");
        Assert.Contains("NOT (s.tokens @@ CAST(@t_q2 AS tsquery) AND strpos(s.terms, @t_t2) > 0)", match.Condition);
        Assert.Equal("('扶贫') | ('脱贫')", match.RankQuery);
    }

    [Fact]
    public void TheVectorWeighsTitleTokensAAndKeepsPositions()
    {
        Assert.Equal("'防汛':1A,5 '汛':2A,6 '部署':3 '署防':4 ", PostgresSearchDocument.Vector("防汛", "部署防汛"));
    }

    /// <summary>The exact test of a match is a substring of the terms: for Han strings that must be exactly where a
    /// substring scan of the title or body finds them (random texts over a small alphabet, so repeats are common).</summary>
    [Fact]
    public void EveryHanStringMatchesExactlyWhereASubstringScanFindsIt()
    {
        const string alphabet = "中国人民日报防汛";
        var random = new Random(14);
        string Text(int length) => new(Enumerable.Range(0, length).Select(_ => random.Next(10) == 0 ? '，' : alphabet[random.Next(alphabet.Length)]).ToArray());
        var checkedStrings = 0;
        for (var article = 0; article < 200; article++)
        {
            var title = Text(random.Next(0, 8));
            var body = Text(random.Next(1, 60));
            var terms = PostgresSearchDocument.Terms(title, body);
            for (var q = 0; q < 30; q++)
            {
                var needle = new string(Enumerable.Range(0, random.Next(1, 5)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                var expected = title.Contains(needle) || body.Contains(needle);
                Assert.True(expected == terms.Contains(Compile(needle).Parameters["t_t0"]), $"'{needle}' in '{title}' / '{body}': expected {expected}");
                checkedStrings++;
            }
        }

        Assert.Equal(6000, checkedStrings);
    }
}
