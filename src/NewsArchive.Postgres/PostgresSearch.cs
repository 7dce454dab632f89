using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using NewsArchive.Core.Search;

namespace NewsArchive.Postgres;

/// <summary>The PostgreSQL form of the search index (table article_search, PostgreSQL migration 2): the same tokens as
/// SQLite's (SearchTokenizer), as a weighted tsvector for the GIN index and ranking, and as a token sequence
/// (<see cref="Terms"/>) that matches are checked against.</summary>
public static class PostgresSearchDocument
{
    /// <summary>Between the title's tokens and the body's: never a token character, so no term spans the two fields.</summary>
    private const string FieldSeparator = "| ";

    /// <summary>tsvector keeps positions up to 16,383 and 256 positions per lexeme; later ones only weigh in ranking.</summary>
    private const int MaxPosition = 16383;
    private const int MaxPositionsPerLexeme = 256;

    /// <summary>" t1 t2 … | b1 b2 … ": a term is in the article exactly where " its tokens " is a substring of this.</summary>
    public static string Terms(string? title, string body) => " " + SearchTokenizer.IndexText(title) + FieldSeparator + SearchTokenizer.IndexText(body);

    /// <summary>The tsvector literal of the article: title tokens weighted A (they rank five times a body hit), body D.</summary>
    public static string Vector(string? title, string body)
    {
        var positions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var position = 0;
        Add(SearchTokenizer.IndexTokens(title), "A");
        Add(SearchTokenizer.IndexTokens(body), string.Empty);

        var literal = new StringBuilder();
        foreach (var entry in positions)
        {
            literal.Append(Quote(entry.Key)).Append(':').Append(string.Join(",", entry.Value)).Append(' ');
        }

        return literal.ToString();

        void Add(IReadOnlyList<string> tokens, string weight)
        {
            foreach (var token in tokens)
            {
                position = Math.Min(position + 1, MaxPosition);
                if (!positions.TryGetValue(token, out var list))
                {
                    positions[token] = list = new List<string>();
                }

                if (list.Count < MaxPositionsPerLexeme)
                {
                    list.Add(position.ToString(CultureInfo.InvariantCulture) + weight);
                }
            }
        }
    }

    /// <summary>A lexeme as tsvector/tsquery input spells it (tokens hold only letters and digits, but be safe).</summary>
    internal static string Quote(string token) => "'" + token.Replace("\\", "\\\\").Replace("'", "''") + "'";
}

/// <summary>A search query for PostgreSQL: <see cref="TsQuery"/> (every required token, for the GIN index and ranking;
/// excluded terms left out, since a tsquery cannot tell a phrase from its tokens scattered) and <see cref="Condition"/>
/// (the exact test: each term's token sequence in article_search.terms, combined with AND, OR and NOT as the query
/// says). Together they match exactly what SQLite's FTS5 phrase query matches.</summary>
public sealed class PostgresTextMatch : ISearchQueryVisitor<PostgresTextMatch.Part>
{
    private readonly string _termsColumn;
    private readonly string _parameterPrefix;
    private readonly Dictionary<string, string> _parameters = new(StringComparer.Ordinal);

    private PostgresTextMatch(string termsColumn, string parameterPrefix)
    {
        _termsColumn = termsColumn;
        _parameterPrefix = parameterPrefix;
    }

    public string TsQuery { get; private set; } = string.Empty;

    public string Condition { get; private set; } = string.Empty;

    /// <summary>The needles of <see cref="Condition"/>, by parameter name (without '@').</summary>
    public IReadOnlyDictionary<string, string> Parameters => _parameters;

    /// <param name="termsColumn">The article_search.terms column as the query names it (e.g. <c>s.terms</c>).</param>
    /// <param name="parameterPrefix">Names the needle parameters (prefix0, prefix1…) apart from the query's others.</param>
    public static PostgresTextMatch Compile(SearchQuery query, string termsColumn, string parameterPrefix)
    {
        var match = new PostgresTextMatch(termsColumn, parameterPrefix);
        var root = query.Accept(match);
        match.TsQuery = root.TsQuery ?? throw new ArgumentException("A query cannot only exclude.", nameof(query));
        match.Condition = root.Condition;
        return match;
    }

    Part ISearchQueryVisitor<Part>.Term(IReadOnlyList<string> tokens, bool prefix)
    {
        var name = _parameterPrefix + _parameters.Count.ToString(CultureInfo.InvariantCulture);
        // A whole last token ends at a space; a prefix may run on into a longer token.
        _parameters[name] = " " + string.Join(" ", tokens) + (prefix ? string.Empty : " ");
        var lexemes = tokens.Select((t, i) => PostgresSearchDocument.Quote(t) + (prefix && i == tokens.Count - 1 ? ":*" : string.Empty));
        return new Part("(" + string.Join(" & ", lexemes) + ")", $"strpos({_termsColumn}, @{name}) > 0");
    }

    Part ISearchQueryVisitor<Part>.All(IReadOnlyList<Part> required, IReadOnlyList<Part> excluded)
    {
        var tsQueries = required.Select(r => r.TsQuery).Where(q => q is not null).ToList();
        var conditions = required.Select(r => r.Condition).Concat(excluded.Select(e => "NOT " + e.Condition));
        return new Part(tsQueries.Count == 0 ? null : "(" + string.Join(" & ", tsQueries) + ")", "(" + string.Join(" AND ", conditions) + ")");
    }

    Part ISearchQueryVisitor<Part>.Any(IReadOnlyList<Part> alternatives) =>
        new(alternatives.Any(a => a.TsQuery is null) ? null : "(" + string.Join(" | ", alternatives.Select(a => a.TsQuery)) + ")",
            "(" + string.Join(" OR ", alternatives.Select(a => a.Condition)) + ")");

    /// <summary>A compiled sub-query; a null TsQuery only excludes (it narrows nothing for the index).</summary>
    public sealed class Part
    {
        public Part(string? tsQuery, string condition)
        {
            TsQuery = tsQuery;
            Condition = condition;
        }

        public string? TsQuery { get; }
        public string Condition { get; }
    }
}
