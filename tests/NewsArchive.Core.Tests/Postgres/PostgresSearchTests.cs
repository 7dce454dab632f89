using System;
using System.Collections.Generic;
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
        var match = Compile("A健");
        Assert.Equal("('a' & '健':*)", match.Parameters["t_q0"]);
        Assert.Equal(" a 健", match.Parameters["t_t0"]);
    }

    /// <summary>The tsvector holds every token of the article, so a term of one token (a Han pair, one Han character as
    /// a prefix, one word) is in the article exactly where the index says: the token sequence is not read.</summary>
    [Theory]
    [InlineData("防汛", "('防汛')")]
    [InlineData("健", "('健':*)")]
    [InlineData("GDP", "('gdp')")]
    public void ATermOfOneTokenIsDecidedByTheIndexAlone(string query, string tsQuery)
    {
        var match = Compile(query);
        Assert.Equal(tsQuery, match.Parameters["t_q0"]);
        Assert.False(match.Parameters.ContainsKey("t_t0"));
        Assert.Equal("s.tokens @@ CAST(@t_q0 AS tsquery)", match.Condition);
    }

    [Fact]
    public void ExcludedTermsAreCheckedAndNotRanked()
    {
        var match = Compile("扶贫户 OR 脱贫户 -疫情防控 -防汛");
        Assert.Contains("NOT (s.tokens @@ CAST(@t_q2 AS tsquery) AND strpos(s.terms, @t_t2) > 0)", match.Condition);
        Assert.Contains("NOT s.tokens @@ CAST(@t_q3 AS tsquery)", match.Condition);
        Assert.Equal("('扶贫' & '贫户') | ('脱贫' & '贫户')", match.RankQuery);
    }

    [Fact]
    public void TheVectorWeighsTitleTokensAAndKeepsPositions()
    {
        Assert.Equal("'防汛':1A,5 '汛':2A,6 '部署':3 '署防':4 ", PostgresSearchDocument.Vector("防汛", "部署防汛"));
    }

    /// <summary>The exact test of a match (its tokens in the tsvector, then, for a term of several tokens, its token
    /// sequence as a substring of the terms) must hold exactly where a substring scan of the title or body finds a Han
    /// string (random texts over a small alphabet, so repeats are common).</summary>
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
            var lexemes = SearchTokenizer.IndexTokens(title).Concat(SearchTokenizer.IndexTokens(body)).ToList();
            for (var q = 0; q < 30; q++)
            {
                var needle = new string(Enumerable.Range(0, random.Next(1, 5)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                var expected = title.Contains(needle) || body.Contains(needle);
                Assert.True(expected == Holds(needle, lexemes, terms), $"'{needle}' in '{title}' / '{body}': expected {expected}");
                checkedStrings++;
            }
        }

        Assert.Equal(6000, checkedStrings);
    }

    /// <summary>What the SQL of <see cref="PostgresTextMatch.Condition"/> decides for one term, done in C#.</summary>
    private static bool Holds(string query, IReadOnlyList<string> lexemes, string terms)
    {
        var term = SearchQuery.Parse(query).Terms.Single();
        bool InVector(string token, bool prefix) => lexemes.Any(l => prefix ? l.StartsWith(token, StringComparison.Ordinal) : l == token);
        var indexed = term.Tokens.Select((token, i) => InVector(token, term.Prefix && i == term.Tokens.Count - 1)).All(found => found);
        return Compile(query).Parameters.TryGetValue("t_t0", out var sequence) ? indexed && terms.Contains(sequence) : indexed;
    }
}
