using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsArchive.Core.Search;

/// <summary>One term of a query: the index tokens a text must hold one after another, as the index makes them from the
/// text (<see cref="SearchTokenizer"/>). The index keeps no positions (detail = none), so it only tells which articles
/// hold all the tokens; <see cref="CountIn"/> tells, from the text itself, whether they stand in a row.</summary>
public sealed class SearchTerm
{
    internal SearchTerm(string text, IReadOnlyList<string> tokens, bool prefix, string? han)
    {
        Text = text;
        Tokens = tokens;
        Prefix = prefix;
        Han = han;
    }

    /// <summary>The term as written.</summary>
    public string Text { get; }

    /// <summary>The index tokens, in order.</summary>
    public IReadOnlyList<string> Tokens { get; }

    /// <summary>Whether the last token is a prefix (a trailing <c>*</c>, or a term ending in one Han character).</summary>
    public bool Prefix { get; }

    /// <summary>When the term is one run of Han characters: that run. A text holds the term exactly where it holds this
    /// string (the tokenizer leaves Han characters as they are, and a run's bigrams in a row spell it), so a plain
    /// substring search, which SQLite's <c>instr</c> does without leaving C, decides it.</summary>
    public string? Han { get; }

    /// <summary>What the term finds, as one string: two terms with the same key find the same articles.</summary>
    public string Key => string.Join(" ", Tokens) + (Prefix ? " *" : string.Empty);

    /// <summary>The FTS5 expression of the articles holding every token: a superset of those holding the term.</summary>
    public string Candidates
    {
        get
        {
            var distinct = Tokens.Select((token, i) => "\"" + token + "\"" + (Prefix && i == Tokens.Count - 1 ? " *" : string.Empty))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            return distinct.Count == 1 ? distinct[0] : "(" + string.Join(" AND ", distinct) + ")";
        }
    }

    /// <summary>How many times the term occurs in <paramref name="text"/>, as the index sees it: its tokens in a row
    /// among the text's tokens, the last one only as a prefix when <see cref="Prefix"/> says so.</summary>
    public int CountIn(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return 0;
        }

        if (Han is not null)
        {
            return CountSubstring(text!, Han);
        }

        var tokens = SearchTokenizer.IndexTokens(text);
        var count = 0;
        for (var start = 0; start + Tokens.Count <= tokens.Count; start++)
        {
            if (MatchesAt(tokens, start))
            {
                count++;
            }
        }

        return count;
    }

    private bool MatchesAt(IReadOnlyList<string> tokens, int start)
    {
        var last = Tokens.Count - 1;
        for (var i = 0; i < last; i++)
        {
            if (!string.Equals(tokens[start + i], Tokens[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        var candidate = tokens[start + last];
        return Prefix
            ? candidate.StartsWith(Tokens[last], StringComparison.Ordinal)
            : string.Equals(candidate, Tokens[last], StringComparison.Ordinal);
    }

    /// <summary>Occurrences that do not overlap (哈哈 once in 哈哈哈), as SQL counts them with <c>replace</c>.</summary>
    private static int CountSubstring(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
