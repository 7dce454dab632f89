using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using NewsArchive.Core.Search;

namespace NewsArchive.Postgres;

/// <summary>The PostgreSQL form of the search index (table article_search, PostgreSQL migrations 2 and 6): the same tokens
/// as SQLite's (SearchTokenizer), as a weighted tsvector with every token's position, for the GIN index, the exact test of
/// a term (its tokens at consecutive positions, a phrase query) and ranking. Where the tsvector cannot hold every
/// position, the token sequence (<see cref="Terms"/>) is kept too, and matches are checked against it.</summary>
public static class PostgresSearchDocument
{
    /// <summary>Between the title's tokens and the body's: never a token character, so no term spans the two fields.</summary>
    private const string FieldSeparator = "| ";

    /// <summary>tsvector keeps positions up to 16,383 and 256 positions per lexeme; later ones only weigh in ranking.</summary>
    private const int MaxPosition = 16383;
    private const int MaxPositionsPerLexeme = 256;

    /// <summary>" t1 t2 … | b1 b2 … ": a term is in the article exactly where " its tokens " is a substring of this.</summary>
    public static string Terms(string? title, string body) => " " + SearchTokenizer.IndexText(title) + FieldSeparator + SearchTokenizer.IndexText(body);

    /// <summary>The article's row of article_search: the tsvector literal (title tokens weighted A, as they rank five
    /// times a body hit; body D), and <see cref="Terms"/> only where the literal lost a position (beyond 16,383 tokens,
    /// or a token more than 256 times), else null: a phrase query on the positions then decides a match exactly, and
    /// the row is smaller by its token sequence. The body's positions start one after the title's last plus one, so no
    /// phrase spans the two fields.</summary>
    public static (string Vector, string? Terms) Entry(string? title, string body)
    {
        var positions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var position = 0;
        var exact = true;
        Add(SearchTokenizer.IndexTokens(title), "A");
        position++;
        Add(SearchTokenizer.IndexTokens(body), string.Empty);

        var literal = new StringBuilder();
        foreach (var entry in positions)
        {
            literal.Append(Quote(entry.Key)).Append(':').Append(string.Join(",", entry.Value)).Append(' ');
        }

        return (literal.ToString(), exact ? null : Terms(title, body));

        void Add(IReadOnlyList<string> tokens, string weight)
        {
            foreach (var token in tokens)
            {
                exact &= position < MaxPosition;
                position = Math.Min(position + 1, MaxPosition);
                if (!positions.TryGetValue(token, out var list))
                {
                    positions[token] = list = new List<string>();
                }

                if (list.Count < MaxPositionsPerLexeme)
                {
                    list.Add(position.ToString(CultureInfo.InvariantCulture) + weight);
                }
                else
                {
                    exact = false;
                }
            }
        }
    }

    /// <summary>A lexeme as tsvector/tsquery input spells it (tokens hold only letters and digits, but be safe).</summary>
    internal static string Quote(string token) => "'" + token.Replace("\\", "\\\\").Replace("'", "''") + "'";
}

/// <summary>A search query for PostgreSQL: for each term, its tokens in the tsvector (which the GIN index answers) and,
/// for a term of more than one token, its token sequence in article_search.terms (the exact test), combined with AND,
/// OR and NOT as the query says
/// (<see cref="SearchQuery.Condition"/>); <see cref="RankQuery"/> is any term's tokens, for ts_rank. Together they match
/// exactly the articles SQLite's search matches.</summary>
public sealed class PostgresTextMatch
{
    private readonly Dictionary<string, string> _parameters = new(StringComparer.Ordinal);

    private PostgresTextMatch(string condition, string rankQuery, string candidates)
    {
        Condition = condition;
        RankQuery = rankQuery;
        Candidates = candidates;
    }

    /// <summary>Whether the article_search row holds the query.</summary>
    public string Condition { get; private set; }

    /// <summary>The tsquery (as text) that ranks a match: the tokens of any of the terms it may hold.</summary>
    public string RankQuery { get; }

    /// <summary>The tsquery (as text) of the candidates: SQLite's candidate expression (<see cref="SearchQuery.CandidateExpression"/>:
    /// every token of each term that must match, combined as the query combines the terms, excluded terms left out),
    /// a superset of the matches. Without phrase operators the GIN index answers it alone, reading no row; where every
    /// term is one token and none is excluded it is exactly the matches, and <see cref="Condition"/> is TRUE.</summary>
    public string Candidates { get; }

    /// <summary>The tsqueries and needles of <see cref="Condition"/>, by parameter name (without '@').</summary>
    public IReadOnlyDictionary<string, string> Parameters => _parameters;

    /// <param name="search">The article_search table as the query names it (e.g. <c>s</c>).</param>
    /// <param name="parameterPrefix">Names the parameters (prefix_q0, prefix_t0…) apart from the query's others.</param>
    public static PostgresTextMatch Compile(SearchQuery query, string search, string parameterPrefix)
    {
        var match = new PostgresTextMatch(string.Empty, string.Join(" | ", query.PositiveTerms.Select(term => TsQuery(term, " & "))), CandidateQuery(query));
        // Condition renders "NOT " for an excluded term and nothing else of its own beside the terms and AND/OR.
        if (query.Terms.All(term => term.Tokens.Count == 1) && !query.Condition(_ => "t").Contains("NOT "))
        {
            match.Condition = "TRUE";
            return match;
        }

        var numbers = query.Terms.Select((term, i) => (term.Key, i)).ToDictionary(t => t.Key, t => t.i, StringComparer.Ordinal);
        match.Condition = query.Condition(term =>
        {
            var n = numbers[term.Key].ToString(CultureInfo.InvariantCulture);
            match._parameters[parameterPrefix + "_q" + n] = TsQuery(term, " & ");
            var indexed = $"{search}.tokens @@ CAST(@{parameterPrefix}_q{n} AS tsquery)";
            // A term of one token is in the article exactly where the token is (the tsvector holds every token of the
            // article, a prefix as :*): the index decides it.
            if (term.Tokens.Count == 1)
            {
                return indexed;
            }

            // Several tokens: at consecutive positions (a phrase query), or, in a row that keeps its token sequence
            // because its tsvector lost positions, as a substring of that sequence (a whole last token ends at a space;
            // a prefix may run on into a longer token).
            match._parameters[parameterPrefix + "_p" + n] = TsQuery(term, " <-> ");
            match._parameters[parameterPrefix + "_t" + n] = " " + string.Join(" ", term.Tokens) + (term.Prefix ? string.Empty : " ");
            return $"(CASE WHEN {search}.terms IS NULL THEN {search}.tokens @@ CAST(@{parameterPrefix}_p{n} AS tsquery) " +
                   $"ELSE {indexed} AND strpos({search}.terms, @{parameterPrefix}_t{n}) > 0 END)";
        });
        return match;
    }

    /// <summary>FTS5's syntax of <see cref="SearchQuery.CandidateExpression"/> (quoted index tokens, " *" after a prefix,
    /// AND, OR, parentheses) spelled for tsquery.</summary>
    private static string CandidateQuery(SearchQuery query) =>
        FtsSyntax.Replace(query.CandidateExpression, m => m.Value switch
        {
            " AND " => " & ",
            " OR " => " | ",
            _ => PostgresSearchDocument.Quote(m.Groups[1].Value) + (m.Groups[2].Success ? ":*" : string.Empty),
        });

    private static readonly Regex FtsSyntax = new("\"([^\"]*)\"( \\*)?| AND | OR ", RegexOptions.CultureInvariant);

    /// <summary>Every token of the term joined by <paramref name="operator"/> (the last one as a prefix when the term is one).</summary>
    private static string TsQuery(SearchTerm term, string @operator) =>
        "(" + string.Join(@operator, term.Tokens.Select((t, i) => PostgresSearchDocument.Quote(t) + (term.Prefix && i == term.Tokens.Count - 1 ? ":*" : string.Empty))) + ")";
}
