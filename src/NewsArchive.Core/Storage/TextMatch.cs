using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Dapper;
using Microsoft.Data.Sqlite;
using NewsArchive.Core.Search;

namespace NewsArchive.Core.Storage;

/// <summary>The SQL of a text search over articles aliased <c>a</c>: the exact test of each candidate the index finds,
/// and its relevance. The index (detail = none) keeps no positions, so FTS5's bm25 cannot score; the score here is the
/// same formula over the stored text: for each term, its idf from the index times its saturated frequency in the
/// article (a hit in the title counts five times a hit in the body), normalised by the article's length against the
/// mean. A term that is one Han run is found and counted by SQLite itself (<c>instr</c>, <c>replace</c>); any other
/// term by <see cref="SearchTerm.CountIn"/>, registered on the connection as a function.</summary>
internal sealed class TextMatch
{
    /// <summary>The name of the function that counts a term, given by its <see cref="SearchTerm.Key"/>, in a text.</summary>
    private const string CountFunction = "newsarchive_term_count";

    /// <summary>The connections the function is registered on: once each, so that it is never replaced under a statement
    /// that is running it.</summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<SqliteConnection, object> Registered = new();

    /// <summary>Terms by key, made once: the function is called for every candidate.</summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, SearchTerm> TermsByKey = new(StringComparer.Ordinal);

    /// <summary>bm25's term-frequency saturation and length normalisation, FTS5's values.</summary>
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary>How much a hit in the title counts against a hit in the body.</summary>
    private const double TitleWeight = 5.0;

    private readonly SearchQuery _query;
    private readonly Dictionary<string, int> _numbers;
    private double _meanLength = 1.0;
    private double[] _idf = Array.Empty<double>();

    private TextMatch(SearchQuery query)
    {
        _query = query;
        _numbers = query.Terms.Select((term, i) => (term.Key, i)).ToDictionary(t => t.Key, t => t.i, StringComparer.Ordinal);
    }

    /// <summary>Readies a search on <paramref name="connection"/>: the count function knows the query's terms.</summary>
    public static TextMatch Prepare(SqliteConnection connection, SearchQuery query)
    {
        var match = new TextMatch(query);
        foreach (var term in query.Terms)
        {
            TermsByKey.TryAdd(term.Key, term);
        }

        if (!Registered.TryGetValue(connection, out _))
        {
            connection.CreateFunction<string, string?, long>(CountFunction, (key, text) => TermsByKey[key].CountIn(text), isDeterministic: true);
            Registered.Add(connection, new object());
        }

        return match;
    }

    /// <summary>Whether article <c>a</c> holds the query, exactly.</summary>
    public string Condition => _query.Condition(term => $"({Holds(term, "ifnull(a.title, '')")} OR {Holds(term, "a.body")})");

    /// <summary>Adds the FTS5 expression (<c>@match</c>) and the terms (<c>@term0</c>…) to <paramref name="parameters"/>,
    /// with the figures the score needs, read from the index and article_totals.</summary>
    public void AddParameters(SqliteConnection connection, DynamicParameters parameters)
    {
        parameters.Add("match", _query.CandidateExpression);
        foreach (var term in _query.Terms)
        {
            var n = _numbers[term.Key];
            // A Han run is searched by SQLite itself; any other term is named to the count function by its key.
            parameters.Add("term" + Number(n), term.Han ?? term.Key);
        }

        var totals = connection.QuerySingleOrDefault<Totals>("SELECT articles AS Articles, characters AS Characters FROM article_totals") ?? new Totals();
        _meanLength = totals.Articles == 0 ? 1.0 : Math.Max(1.0, (double)totals.Characters / totals.Articles);
        parameters.Add("meanLength", _meanLength);
        _idf = new double[_query.PositiveTerms.Count];
        for (var i = 0; i < _idf.Length; i++)
        {
            var term = _query.PositiveTerms[i];
            var holding = connection.ExecuteScalar<long>("SELECT count(*) FROM article_search WHERE article_search MATCH @match", new { match = term.Candidates });
            // bm25's idf; FTS5 floors it the same way, so a term in most articles still ranks a little.
            var idf = Math.Log((totals.Articles - holding + 0.5) / (holding + 0.5));
            _idf[i] = Math.Max(1e-6, idf);
            parameters.Add("idf" + Number(_numbers[term.Key]), _idf[i]);
        }
    }

    /// <summary>The score <see cref="Scored"/> gives an article, to the last bit, from its title, body and characters
    /// (after <see cref="AddParameters"/>): the same operations on the same doubles in the same order. The constants are
    /// the doubles of the literals the SQL is written with; a term is counted as the SQL counts it (a Han run's
    /// occurrences that do not overlap, as <c>replace</c> takes them out; any other term by the count function's own
    /// <see cref="SearchTerm.CountIn"/>).</summary>
    public double Score(string? title, string body, long characters)
    {
        var lengthNorm = K1Literal * (OneMinusBLiteral + BLiteral * characters / _meanLength);
        var sum = 0.0;
        for (var i = 0; i < _idf.Length; i++)
        {
            var term = _query.PositiveTerms[i];
            var frequency = TitleWeightLiteral * term.CountIn(title) + term.CountIn(body);
            var score = _idf[i] * frequency * K1PlusOneLiteral / (frequency + lengthNorm);
            sum = i == 0 ? score : sum + score;
        }

        return -sum;
    }

    /// <summary>A constant as the SQL writes it and SQLite reads it back.</summary>
    private static double Literal(double value) =>
        double.Parse(value.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);

    private static readonly double K1Literal = Literal(K1);
    private static readonly double OneMinusBLiteral = Literal(1 - B);
    private static readonly double BLiteral = Literal(B);
    private static readonly double K1PlusOneLiteral = Literal(K1 + 1);

    /// <summary>The title weight as the SQL writes it: "5", an integer, so the frequency is an integer too.</summary>
    private static readonly long TitleWeightLiteral = long.Parse(TitleWeight.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>A select of <c>id</c> and <c>score</c> (lower is better, as bm25) over <paramref name="matches"/>, a FROM and
    /// WHERE that yield the matching articles as <c>a</c>.</summary>
    public string Scored(string matches)
    {
        var frequencies = _query.PositiveTerms.Select(term =>
            $"{TitleWeight.ToString(CultureInfo.InvariantCulture)} * {Count(term, "ifnull(a.title, '')")} + {Count(term, "a.body")} AS f{Number(_numbers[term.Key])}");
        var scores = _query.PositiveTerms.Select(term =>
        {
            var n = Number(_numbers[term.Key]);
            return $"@idf{n} * f{n} * {(K1 + 1).ToString(CultureInfo.InvariantCulture)} / (f{n} + length_norm)";
        });
        var normalisation = $"{K1.ToString(CultureInfo.InvariantCulture)} * ({(1 - B).ToString(CultureInfo.InvariantCulture)} + " +
                            $"{B.ToString(CultureInfo.InvariantCulture)} * a.characters / @meanLength) AS length_norm";
        // OFFSET 0 keeps SQLite from flattening the inner select into the outer, which would count each term twice.
        return "SELECT id, -(" + string.Join(" + ", scores) + ") AS score FROM (\n" +
               "  SELECT a.id AS id, " + normalisation + ", " + string.Join(", ", frequencies) + "\n  " + matches + "\n  LIMIT -1 OFFSET 0\n)";
    }

    /// <summary>Whether the SQL text <paramref name="column"/> holds <paramref name="term"/>.</summary>
    private string Holds(SearchTerm term, string column) =>
        term.Han is null ? Count(term, column) + " > 0" : $"instr({column}, @term{Number(_numbers[term.Key])}) > 0";

    /// <summary>How many times <paramref name="term"/> occurs in the SQL text <paramref name="column"/>. A Han run: the bytes
    /// <c>replace</c> takes out over the run's bytes, the same count as in characters (replace works on bytes; UTF-8
    /// never matches inside a character); <c>octet_length</c> reads a text's size where <c>length</c> walks all of it,
    /// which was a quarter of the SQL of every match of 经济 (perf, real text x10).</summary>
    private string Count(SearchTerm term, string column)
    {
        var n = Number(_numbers[term.Key]);
        return term.Han is null
            ? $"{CountFunction}(@term{n}, {column})"
            : $"((octet_length({column}) - octet_length(replace({column}, @term{n}, ''))) / octet_length(@term{n}))";
    }

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);

    private sealed class Totals
    {
        public long Articles { get; set; }
        public long Characters { get; set; }
    }
}
