using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
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
    [MethodImpl(Optimized)]
    public static (string Vector, string? Terms) Entry(string? title, string body)
    {
        var vector = new VectorBuilder();
        var titleTokens = SearchTokenizer.IndexText(title);
        var bodyTokens = SearchTokenizer.IndexText(body);
        vector.Add(titleTokens, TitleFlag);
        vector.Skip();
        vector.Add(bodyTokens, 0);
        return (vector.Literal(), vector.Exact ? null : " " + titleTokens + FieldSeparator + bodyTokens);
    }

    /// <summary>The lexemes of one article with their positions (numbered in the order first seen, written sorted). Every token of an import
    /// passes here, so nothing is made per token: a token is a range of the index text (a Han pair or character, the
    /// most common, looked up by its characters as a number), and the positions are chained through two arrays.</summary>
    private sealed class VectorBuilder
    {
        private readonly Dictionary<int, int> _short = new();
        private readonly Dictionary<string, int> _long = new(StringComparer.Ordinal);
        private readonly List<(string Text, int Start, int Length)> _lexemes = new();
        private int[] _first = new int[64];
        private int[] _last = new int[64];
        private int[] _counts = new int[64];
        private int[] _values = new int[256];
        private int[] _next = new int[256];
        private int _positionCount;
        private int _position;

        /// <summary>Whether every token kept its position (none past <see cref="MaxPosition"/>, none past
        /// <see cref="MaxPositionsPerLexeme"/> of one lexeme).</summary>
        public bool Exact { get; private set; } = true;

        /// <summary>The gap between the title and the body.</summary>
        public void Skip() => _position++;

        /// <param name="tokens">SearchTokenizer.IndexText: tokens separated by spaces.</param>
        [MethodImpl(Optimized)]
        public void Add(string tokens, int weight)
        {
            for (var start = 0; start < tokens.Length;)
            {
                var end = tokens.IndexOf(' ', start);
                if (end < 0)
                {
                    end = tokens.Length;
                }

                var (at, length) = (start, end - start);
                start = end + 1;
                if (length == 0)
                {
                    continue;
                }

                Exact &= _position < MaxPosition;
                _position = Math.Min(_position + 1, MaxPosition);
                var lexeme = Find(tokens, at, length);
                if (_counts[lexeme] == MaxPositionsPerLexeme)
                {
                    Exact = false;
                    continue;
                }

                if (_positionCount == _values.Length)
                {
                    Array.Resize(ref _values, _values.Length * 2);
                    Array.Resize(ref _next, _next.Length * 2);
                }

                var p = _positionCount++;
                _values[p] = _position | weight;
                _next[p] = -1;
                if (_counts[lexeme]++ == 0)
                {
                    _first[lexeme] = p;
                }
                else
                {
                    _next[_last[lexeme]] = p;
                }

                _last[lexeme] = p;
            }
        }

        [MethodImpl(Optimized)]
        private int Find(string tokens, int start, int length)
        {
            int lexeme;
            if (length <= 2)
            {
                var key = (tokens[start] << 16) | (length == 2 ? tokens[start + 1] : 0);
                if (_short.TryGetValue(key, out lexeme))
                {
                    return lexeme;
                }

                _short[key] = lexeme = New(tokens, start, length);
                return lexeme;
            }

            var text = tokens.Substring(start, length);
            if (!_long.TryGetValue(text, out lexeme))
            {
                _long[text] = lexeme = New(tokens, start, length);
            }

            return lexeme;
        }

        private int New(string tokens, int start, int length)
        {
            var lexeme = _lexemes.Count;
            _lexemes.Add((tokens, start, length));
            if (lexeme == _counts.Length)
            {
                Array.Resize(ref _first, lexeme * 2);
                Array.Resize(ref _last, lexeme * 2);
                Array.Resize(ref _counts, lexeme * 2);
            }

            _counts[lexeme] = 0;
            return lexeme;
        }

        private int[] SortedLexemes() => SortLexemes(_lexemes);

        /// <summary>The tsvector literal: each lexeme quoted, then its positions (a title's with weight A), lexemes in
        /// the order a tsvector keeps them (<see cref="SortedLexemes"/>).</summary>
        [MethodImpl(Optimized)]
        public string Literal()
        {
            var literal = new StringBuilder(_lexemes.Count * 6 + _positionCount * 6);
            foreach (var lexeme in SortedLexemes())
            {
                var (text, start, length) = _lexemes[lexeme];
                literal.Append('\'');
                for (var i = start; i < start + length; i++)
                {
                    if (text[i] is '\\' or '\'')
                    {
                        literal.Append(text[i]);
                    }

                    literal.Append(text[i]);
                }

                literal.Append("':");
                for (var p = _first[lexeme]; p >= 0; p = _next[p])
                {
                    AppendNumber(literal, _values[p] & ~TitleFlag);
                    if ((_values[p] & TitleFlag) != 0)
                    {
                        literal.Append('A');
                    }

                    literal.Append(_next[p] >= 0 ? ',' : ' ');
                }
            }

            return literal.ToString();
        }
    }

    /// <summary>The lexemes of <see cref="VectorBuilder"/> in tsvector order: their UTF-8 bytes compared, a prefix
    /// first. PostgreSQL sorts a literal's lexemes as it reads it, and a sorted literal passes in one comparison per
    /// lexeme (reading the month corpus's literals: 170-215 ms unsorted, 100-150 ms sorted). Most lexemes compare as
    /// numbers: a key of their first four characters (16 bits each, in code point order); only lexemes that share a key
    /// (20210 and 2021) are compared in full. A merge sort of our own: the runtime's generic sort for these types is
    /// compiled when first called, and an import calls it once per article in a fresh process.</summary>
    private static int[] SortLexemes(List<(string Text, int Start, int Length)> lexemes)
    {
        var count = lexemes.Count;
        var keys = new ulong[count];
        var order = new int[count];
        for (var lexeme = 0; lexeme < count; lexeme++)
        {
            var (text, start, length) = lexemes[lexeme];
            ulong key = 0;
            for (var i = 0; i < 4; i++)
            {
                // No token holds U+0000: a shorter lexeme's padding sorts it before the longer ones it begins.
                key = (key << 16) | (i < length ? CodePointOrder(text[start + i]) : 0u);
            }

            keys[lexeme] = key;
            order[lexeme] = lexeme;
        }

        var merged = new int[count];
        for (var width = 1; width < count; width *= 2)
        {
            for (var left = 0; left < count; left += 2 * width)
            {
                var (i, middle) = (left, Math.Min(left + width, count));
                var (j, right) = (middle, Math.Min(left + (2 * width), count));
                var k = left;
                while (i < middle && j < right)
                {
                    merged[k++] = Before(lexemes, keys, order[j], order[i]) ? order[j++] : order[i++];
                }

                while (i < middle)
                {
                    merged[k++] = order[i++];
                }

                while (j < right)
                {
                    merged[k++] = order[j++];
                }
            }

            (order, merged) = (merged, order);
        }

        return order;
    }

    /// <summary>Whether lexeme <paramref name="x"/> comes before lexeme <paramref name="y"/> in tsvector order.</summary>
    private static bool Before(List<(string Text, int Start, int Length)> lexemes, ulong[] keys, int x, int y)
    {
        if (keys[x] != keys[y])
        {
            return keys[x] < keys[y];
        }

        var (a, aStart, aLength) = lexemes[x];
        var (b, bStart, bLength) = lexemes[y];
        for (var i = 4; i < Math.Min(aLength, bLength); i++)
        {
            if (a[aStart + i] != b[bStart + i])
            {
                return CodePointOrder(a[aStart + i]) < CodePointOrder(b[bStart + i]);
            }
        }

        return aLength < bLength;
    }

    /// <summary>A UTF-16 unit's place in code point (and so UTF-8 byte) order: surrogates, which stand for code points
    /// past U+FFFF, move above U+E000–U+FFFF.</summary>
    private static uint CodePointOrder(char c) => c < '\uD800' ? c : c >= '\uE000' ? c - 0x800u : c + 0x2000u;

    /// <summary>MethodImplOptions.AggressiveOptimization, which netstandard2.0 does not name (the runtimes that load the
    /// module honour it): an import runs <see cref="Entry"/> once per article in a fresh process, so tiered compilation's
    /// first, unoptimised code would do most of the work.</summary>
    private const MethodImplOptions Optimized = (MethodImplOptions)512;

    /// <summary>Marks a title position (positions stay below 2^14).</summary>
    private const int TitleFlag = 1 << 20;

    [MethodImpl(Optimized)]
    private static void AppendNumber(StringBuilder builder, int value)
    {
        // Positions are 1 to 16,383: at most five digits, written without a string.
        var divisor = 10000;
        while (divisor > value && divisor > 1)
        {
            divisor /= 10;
        }

        for (; divisor > 0; divisor /= 10)
        {
            builder.Append((char)('0' + value / divisor % 10));
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
