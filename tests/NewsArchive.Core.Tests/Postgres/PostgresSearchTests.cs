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
    public void ATermOfSeveralTokensIsAPhraseOrItsSequenceInTheTerms()
    {
        var match = Compile("脱贫攻坚");
        Assert.Equal("('脱贫' & '贫攻' & '攻坚')", match.Parameters["t_q0"]);
        Assert.Equal("('脱贫' <-> '贫攻' <-> '攻坚')", match.Parameters["t_p0"]);
        Assert.Equal(" 脱贫 贫攻 攻坚 ", match.Parameters["t_t0"]);
        Assert.Equal(
            "(CASE WHEN s.terms IS NULL THEN s.tokens @@ CAST(@t_p0 AS tsquery) ELSE s.tokens @@ CAST(@t_q0 AS tsquery) AND strpos(s.terms, @t_t0) > 0 END)",
            match.Condition);
    }

    [Fact]
    public void APrefixEndsWithoutASpace()
    {
        var match = Compile("A健");
        Assert.Equal("('a' & '健':*)", match.Parameters["t_q0"]);
        Assert.Equal("('a' <-> '健':*)", match.Parameters["t_p0"]);
        Assert.Equal(" a 健", match.Parameters["t_t0"]);
    }

    /// <summary>The tsvector holds every token of the article, so a term of one token (a Han pair, one Han character as
    /// a prefix, one word) is in the article exactly where the index says: the token sequence is not read. (Beside a
    /// term of several tokens, so that rows are tested at all.)</summary>
    [Theory]
    [InlineData("防汛", "('防汛')")]
    [InlineData("健", "('健':*)")]
    [InlineData("GDP", "('gdp')")]
    public void ATermOfOneTokenIsDecidedByTheIndexAlone(string query, string tsQuery)
    {
        var match = Compile(query + " 脱贫攻坚");
        Assert.Equal(tsQuery, match.Parameters["t_q0"]);
        Assert.False(match.Parameters.ContainsKey("t_t0"));
        Assert.False(match.Parameters.ContainsKey("t_p0"));
        Assert.StartsWith("(s.tokens @@ CAST(@t_q0 AS tsquery) AND (CASE WHEN", match.Condition);
    }

    /// <summary>The candidates are SQLite's: every token of each term that must match, as the query combines the terms;
    /// where every term is one token and none is excluded they are the matches, and no row needs testing.</summary>
    [Theory]
    [InlineData("防汛 会议", "('防汛' AND '会议')", "TRUE")]
    [InlineData("防汛 OR 健", "('防汛' OR '健':*)", "TRUE")]
    [InlineData("脱贫攻坚", "('脱贫' AND '贫攻' AND '攻坚')", null)]
    [InlineData("防汛 -会议", "('防汛')", null)]
    [InlineData("防汛 -防汛", "('防汛')", null)]
    public void TheCandidatesAreSqlitesCandidateExpressionAsATsQuery(string query, string candidates, string? condition)
    {
        var match = Compile(query);
        Assert.Equal(candidates.Replace(" AND ", " & ").Replace(" OR ", " | "), match.Candidates);
        if (condition is not null)
        {
            Assert.Equal(condition, match.Condition);
        }
        else
        {
            Assert.NotEqual("TRUE", match.Condition);
        }
    }

    [Fact]
    public void ExcludedTermsAreCheckedAndNotRanked()
    {
        var match = Compile("扶贫户 OR 脱贫户 -疫情防控 -防汛");
        Assert.Contains("NOT (CASE WHEN s.terms IS NULL THEN s.tokens @@ CAST(@t_p2 AS tsquery) ELSE s.tokens @@ CAST(@t_q2 AS tsquery) AND strpos(s.terms, @t_t2) > 0 END)", match.Condition);
        Assert.Contains("NOT s.tokens @@ CAST(@t_q3 AS tsquery)", match.Condition);
        Assert.Equal("('扶贫' & '贫户') | ('脱贫' & '贫户')", match.RankQuery);
    }

    [Fact]
    public void TheVectorWeighsTitleTokensAKeepsPositionsAndLeavesAGapBeforeTheBody()
    {
        Assert.Equal(("'汛':2A,7 '署防':5 '部署':4 '防汛':1A,6 ", (string?)null), PostgresSearchDocument.Entry("防汛", "部署防汛"));
    }

    /// <summary>The literal is the one a plain reading of the rules writes (each token's position, the title's weighted A,
    /// the body's after a gap, at most 256 positions a lexeme and none past 16,383, lexemes in the order PostgreSQL keeps
    /// them: their UTF-8 bytes compared, a prefix first), over random texts of Han runs (compatibility ideographs too),
    /// Latin words and digits, quotes and backslashes, long and short.</summary>
    [Fact]
    public void TheVectorIsThePlainReadingOfTheRules()
    {
        var random = new Random(7);
        string[] alphabet = [.. "中国人民日报防汛会议abcXY12１２'\\，。 ".Select(c => c.ToString()), "豈", "ﬀ", "é"];
        string Text(int length) => string.Concat(Enumerable.Range(0, length).Select(_ => alphabet[random.Next(alphabet.Length)]));
        var cases = Enumerable.Range(0, 300).Select(i => (Text(random.Next(0, 12)), Text(random.Next(0, i % 50 == 0 ? 40000 : 400)))).ToList();
        cases.Add(("标题", string.Join("，", Enumerable.Repeat("防汛", 300))));
        cases.Add((null!, "GDP"));
        foreach (var (title, body) in cases)
        {
            Assert.Equal(PlainEntry(title, body), PostgresSearchDocument.Entry(title, body));
        }
    }

    private static (string Vector, string? Terms) PlainEntry(string? title, string body)
    {
        var positions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var position = 0;
        var exact = true;
        void Add(IReadOnlyList<string> tokens, string weight)
        {
            foreach (var token in tokens)
            {
                exact &= position < 16383;
                position = Math.Min(position + 1, 16383);
                if (!positions.TryGetValue(token, out var list))
                {
                    positions[token] = list = new List<string>();
                }

                if (list.Count < 256)
                {
                    list.Add(position + weight);
                }
                else
                {
                    exact = false;
                }
            }
        }

        Add(SearchTokenizer.IndexTokens(title), "A");
        position++;
        Add(SearchTokenizer.IndexTokens(body), string.Empty);
        var literal = new StringBuilder();
        foreach (var entry in positions.OrderBy(e => e.Key, Utf8Order.Instance))
        {
            literal.Append('\'').Append(entry.Key.Replace("\\", "\\\\").Replace("'", "''")).Append("':").Append(string.Join(",", entry.Value)).Append(' ');
        }

        return (literal.ToString(), exact ? null : PostgresSearchDocument.Terms(title, body));
    }

    /// <summary>Strings compared by their UTF-8 bytes (PostgreSQL's order of a tsvector's lexemes).</summary>
    private sealed class Utf8Order : IComparer<string>
    {
        public static readonly Utf8Order Instance = new();

        public int Compare(string? x, string? y)
        {
            var (a, b) = (Encoding.UTF8.GetBytes(x!), Encoding.UTF8.GetBytes(y!));
            for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
            {
                if (a[i] != b[i])
                {
                    return a[i].CompareTo(b[i]);
                }
            }

            return a.Length.CompareTo(b.Length);
        }
    }

    /// <summary>A token more than 256 times (tsvector's limit of positions per lexeme) loses positions: the row keeps its
    /// token sequence for the exact test.</summary>
    [Theory]
    [InlineData(200, false)]
    [InlineData(300, true)]
    public void AnArticleWhoseVectorLosesPositionsKeepsItsTokenSequence(int repeats, bool kept)
    {
        var body = string.Join("，", Enumerable.Repeat("防汛", repeats));
        var (_, terms) = PostgresSearchDocument.Entry("标题", body);
        Assert.Equal(kept, terms is not null);
        if (kept)
        {
            Assert.Equal(PostgresSearchDocument.Terms("标题", body), terms);
        }
    }

    /// <summary>The exact test of a match (its tokens in the tsvector, then, for a term of several tokens, those tokens
    /// at consecutive positions, or, in a row that keeps it, its token sequence as a substring of the terms) must hold
    /// exactly where a substring scan of the title or body finds a Han string (random texts over a small alphabet, so
    /// repeats are common); both ways of the test are checked.</summary>
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
            Assert.Null(PostgresSearchDocument.Entry(title, body).Terms);
            var terms = PostgresSearchDocument.Terms(title, body);
            var positions = Positions(title, body);
            for (var q = 0; q < 30; q++)
            {
                var needle = new string(Enumerable.Range(0, random.Next(1, 5)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
                var expected = title.Contains(needle) || body.Contains(needle);
                var (byPhrase, bySequence) = Holds(needle, positions, terms);
                Assert.True(expected == byPhrase, $"'{needle}' in '{title}' / '{body}' by phrase: expected {expected}");
                Assert.True(expected == bySequence, $"'{needle}' in '{title}' / '{body}' by token sequence: expected {expected}");
                checkedStrings++;
            }
        }

        Assert.Equal(6000, checkedStrings);
    }

    /// <summary>The tokens at their tsvector positions, as <see cref="PostgresSearchDocument.Entry"/> numbers them.</summary>
    private static Dictionary<int, string> Positions(string title, string body)
    {
        var positions = new Dictionary<int, string>();
        var titleTokens = SearchTokenizer.IndexTokens(title);
        for (var i = 0; i < titleTokens.Count; i++)
        {
            positions[i + 1] = titleTokens[i];
        }

        var bodyTokens = SearchTokenizer.IndexTokens(body);
        for (var i = 0; i < bodyTokens.Count; i++)
        {
            positions[titleTokens.Count + 2 + i] = bodyTokens[i];
        }

        return positions;
    }

    /// <summary>What the SQL of <see cref="PostgresTextMatch.Condition"/> decides for one term, done in C#: in a row
    /// without its token sequence (a phrase query: every token at consecutive positions) and in a row with it.</summary>
    private static (bool ByPhrase, bool BySequence) Holds(string query, Dictionary<int, string> positions, string terms)
    {
        var term = SearchQuery.Parse(query).Terms.Single();
        bool Is(string? lexeme, int i) => lexeme is not null && (term.Prefix && i == term.Tokens.Count - 1 ? lexeme.StartsWith(term.Tokens[i], StringComparison.Ordinal) : lexeme == term.Tokens[i]);
        var indexed = Enumerable.Range(0, term.Tokens.Count).All(i => positions.Values.Any(lexeme => Is(lexeme, i)));
        var parameters = Compile(query).Parameters;
        if (!parameters.TryGetValue("t_t0", out var sequence))
        {
            return (indexed, indexed);
        }

        var phrase = positions.Keys.Any(start => Enumerable.Range(0, term.Tokens.Count).All(i => Is(positions.TryGetValue(start + i, out var lexeme) ? lexeme : null, i)));
        return (phrase, indexed && terms.Contains(sequence));
    }
}
