using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsArchive.Core.Search;

/// <summary>A search-box query, parsed: terms that must all match, <c>OR</c> between alternatives, <c>-term</c> or
/// <c>NOT term</c> to exclude, "quoted phrases" (spaces and punctuation inside them are separators, as in the index),
/// parentheses to group, and a trailing <c>*</c> for a prefix. <see cref="CandidateExpression"/> is the FTS5 expression
/// over the bigram index that finds every article containing the terms (and maybe a few more: the index keeps no
/// positions); <see cref="Condition"/> is the exact test of an article's text that keeps only those.</summary>
public sealed class SearchQuery
{
    private readonly Node _root;

    private SearchQuery(string text, Node root, string candidateExpression, IReadOnlyList<string> highlightTerms)
    {
        Text = text;
        _root = root;
        CandidateExpression = candidateExpression;
        HighlightTerms = highlightTerms;
        Terms = Collect(root, positiveOnly: false);
        PositiveTerms = Collect(root, positiveOnly: true);
    }

    /// <summary>The query as the user wrote it.</summary>
    public string Text { get; }

    /// <summary>The FTS5 MATCH expression of the candidates: the articles holding every index token of the terms that
    /// must match (excluded terms are left to <see cref="Condition"/>: an article holding their tokens may still not
    /// hold them). Built only from index tokens, so it is always valid FTS5 syntax.</summary>
    public string CandidateExpression { get; }

    /// <summary>Every term, excluded ones too, each once.</summary>
    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>The terms a match may contain (not the excluded ones), each once: what ranks a match.</summary>
    public IReadOnlyList<SearchTerm> PositiveTerms { get; }

    /// <summary>The terms a match may contain (not the excluded ones), as written, for marking hits in snippets.</summary>
    public IReadOnlyList<string> HighlightTerms { get; }

    public override string ToString() => Text;

    /// <exception cref="SearchQueryException">The query is empty or its syntax is wrong; the message says where.</exception>
    public static SearchQuery Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new SearchQueryException("The search query is empty: give at least one word to search for.", text ?? string.Empty, 0);
        }

        var parser = new Parser(text!);
        var node = parser.ParseQuery();
        var highlights = new List<string>();
        var expression = Compile(node, highlights, text!);
        return new SearchQuery(text!, node, expression, highlights.Distinct(StringComparer.Ordinal).ToArray());
    }

    /// <summary>The exact test, written with <paramref name="term"/> (which says whether an article holds one term) and
    /// AND, OR, NOT and parentheses, as SQL writes them.</summary>
    public string Condition(Func<SearchTerm, string> term) => Render(_root, term);

    private static string Render(Node node, Func<SearchTerm, string> term) => node switch
    {
        TermNode leaf => term(leaf.Term),
        OrNode or => "(" + string.Join(" OR ", or.Alternatives.Select(a => Render(a, term))) + ")",
        AndNode and => "(" + string.Join(" AND ", and.Parts.Select(p => Render(p, term))) + ")",
        NotNode not => "NOT " + Render(not.Excluded, term),
        _ => throw new InvalidOperationException("Unknown query node " + node.GetType().Name),
    };

    private static IReadOnlyList<SearchTerm> Collect(Node root, bool positiveOnly)
    {
        var terms = new List<SearchTerm>();
        void Walk(Node node)
        {
            switch (node)
            {
                case TermNode leaf when terms.All(t => t.Key != leaf.Term.Key):
                    terms.Add(leaf.Term);
                    break;
                case OrNode or:
                    or.Alternatives.ToList().ForEach(Walk);
                    break;
                case AndNode and:
                    and.Parts.ToList().ForEach(Walk);
                    break;
                case NotNode not when !positiveOnly:
                    Walk(not.Excluded);
                    break;
            }
        }

        Walk(root);
        return terms;
    }

    private static string Compile(Node node, List<string> highlights, string query)
    {
        switch (node)
        {
            case TermNode term:
                highlights.Add(term.Text);
                return term.Term.Candidates;
            case OrNode or:
                return "(" + string.Join(" OR ", or.Alternatives.Select(a => Compile(a, highlights, query))) + ")";
            case AndNode and:
                var positives = and.Parts.Where(p => p is not NotNode).ToList();
                if (positives.Count == 0)
                {
                    var first = (NotNode)and.Parts[0];
                    throw new SearchQueryException(
                        "A query cannot only exclude: add a term that the articles must contain (for example 扶贫 -疫情).", query, first.Position);
                }

                return "(" + string.Join(" AND ", positives.Select(p => Compile(p, highlights, query))) + ")";
            case NotNode not:
                throw new SearchQueryException("A query cannot only exclude: add a term that the articles must contain.", query, not.Position);
            default:
                throw new InvalidOperationException("Unknown query node " + node.GetType().Name);
        }
    }

    private abstract class Node
    {
    }

    private sealed class TermNode : Node
    {
        public TermNode(string text, SearchTerm term)
        {
            Text = text;
            Term = term;
        }

        public string Text { get; }
        public SearchTerm Term { get; }
    }

    private sealed class AndNode : Node
    {
        public AndNode(IReadOnlyList<Node> parts) => Parts = parts;
        public IReadOnlyList<Node> Parts { get; }
    }

    private sealed class OrNode : Node
    {
        public OrNode(IReadOnlyList<Node> alternatives) => Alternatives = alternatives;
        public IReadOnlyList<Node> Alternatives { get; }
    }

    private sealed class NotNode : Node
    {
        public NotNode(Node excluded, int position)
        {
            Excluded = excluded;
            Position = position;
        }

        public Node Excluded { get; }
        public int Position { get; }
    }

    /// <summary>Recursive descent over: query = or+ ; or = unary ("OR" unary)* ; unary = ("-" | "NOT") primary | primary ;
    /// primary = word | "phrase" | "(" query ")". OR binds tighter than the implicit AND, as in web search boxes.</summary>
    private sealed class Parser
    {
        private readonly string _text;
        private int _position;

        public Parser(string text) => _text = text;

        public Node ParseQuery()
        {
            var node = ParseSequence(closing: false);
            SkipSpaces();
            if (_position < _text.Length)
            {
                throw Error("')' closes no '('. Remove it, or quote it (\")\").");
            }

            return node;
        }

        private Node ParseSequence(bool closing)
        {
            var parts = new List<Node>();
            while (true)
            {
                SkipSpaces();
                if (_position >= _text.Length || _text[_position] == ')')
                {
                    break;
                }

                parts.Add(ParseOr());
            }

            if (parts.Count == 0)
            {
                throw Error(closing ? "'()' holds nothing to search for." : "The query holds no term to search for.");
            }

            return parts.Count == 1 ? parts[0] : new AndNode(parts);
        }

        private Node ParseOr()
        {
            var alternatives = new List<Node> { ParseUnary() };
            while (SkipSpaces() && TryKeyword("OR"))
            {
                SkipSpaces();
                if (_position >= _text.Length || _text[_position] == ')')
                {
                    throw Error("OR needs a term after it.");
                }

                alternatives.Add(ParseUnary());
            }

            if (alternatives.Count > 1 && alternatives.Any(a => a is NotNode))
            {
                throw Error("An excluded term cannot be an alternative of OR: write 'a OR b -c', or group with parentheses.");
            }

            return alternatives.Count == 1 ? alternatives[0] : new OrNode(alternatives);
        }

        private Node ParseUnary()
        {
            SkipSpaces();
            var start = _position;
            if (TryKeyword("OR"))
            {
                _position = start;
                throw Error("OR needs a term before it.");
            }

            var negated = TryKeyword("NOT");
            if (!negated && _position < _text.Length && _text[_position] == '-' && _position + 1 < _text.Length && !char.IsWhiteSpace(_text[_position + 1]))
            {
                _position++;
                negated = true;
            }

            if (negated)
            {
                SkipSpaces();
                if (_position >= _text.Length || _text[_position] == ')' || TryPeekKeyword("OR"))
                {
                    throw Error("NOT or '-' needs a term after it.");
                }

                if (_text[_position] == '-')
                {
                    throw Error("A term is excluded twice ('--' or 'NOT -').");
                }

                return new NotNode(ParsePrimary(), start);
            }

            return ParsePrimary();
        }

        private Node ParsePrimary()
        {
            var start = _position;
            var c = _text[_position];
            if (c == '(')
            {
                _position++;
                var inner = ParseSequence(closing: true);
                SkipSpaces();
                if (_position >= _text.Length)
                {
                    _position = start;
                    throw Error("'(' is never closed: add ')'.");
                }

                _position++;
                return inner;
            }

            if (c == '"' || c == '“' || c == '”')
            {
                var close = _text.IndexOfAny(new[] { '"', '“', '”' }, _position + 1);
                if (close < 0)
                {
                    throw Error("A quoted phrase is never closed: add the closing \".");
                }

                var phrase = _text.Substring(_position + 1, close - _position - 1);
                _position = close + 1;
                var prefix = TryStar();
                return Term(phrase, prefix, start);
            }

            var end = _position;
            while (end < _text.Length && !char.IsWhiteSpace(_text[end]) && _text[end] is not ('(' or ')' or '"' or '“' or '”'))
            {
                end++;
            }

            var word = _text.Substring(_position, end - _position);
            _position = end;
            var star = word.Length > 1 && word[word.Length - 1] == '*';
            return Term(star ? word.Substring(0, word.Length - 1) : word, star, start);
        }

        private TermNode Term(string text, bool prefix, int start)
        {
            var segments = SearchTokenizer.Segments(text);
            if (segments.Count == 0)
            {
                _position = start;
                throw Error($"'{text}' has no letters, digits or Chinese characters to search for.");
            }

            return new TermNode(text, TermOf(text, segments, prefix));
        }

        private bool TryStar()
        {
            if (_position < _text.Length && _text[_position] == '*')
            {
                _position++;
                return true;
            }

            return false;
        }

        private bool TryKeyword(string keyword)
        {
            if (!TryPeekKeyword(keyword))
            {
                return false;
            }

            _position += keyword.Length;
            return true;
        }

        private bool TryPeekKeyword(string keyword)
        {
            var end = _position + keyword.Length;
            return string.CompareOrdinal(_text, _position, keyword, 0, keyword.Length) == 0
                   && (end == _text.Length || char.IsWhiteSpace(_text[end]) || _text[end] is '(' or '"');
        }

        /// <returns>True, so it can lead a condition.</returns>
        private bool SkipSpaces()
        {
            while (_position < _text.Length && char.IsWhiteSpace(_text[_position]))
            {
                _position++;
            }

            return true;
        }

        private SearchQueryException Error(string message) => new(message, _text, _position);
    }

    /// <summary>The index tokens that spell the text of <paramref name="segments"/>, in a row. A Han run is its bigrams; a run
    /// followed by more of the term must end there in the text too, so it also takes its last-character token; a
    /// one-character run at the end is a prefix (every character of a run starts exactly one token).</summary>
    internal static SearchTerm TermOf(string text, IReadOnlyList<TextSegment> segments, bool prefix)
    {
        var tokens = new List<string>();
        var lastIsPrefix = prefix;
        for (var i = 0; i < segments.Count; i++)
        {
            var run = segments[i].Text;
            var last = i == segments.Count - 1;
            if (!segments[i].IsHan)
            {
                tokens.Add(run);
                continue;
            }

            for (var j = 0; j + 1 < run.Length; j++)
            {
                tokens.Add(run.Substring(j, 2));
            }

            if (!last)
            {
                tokens.Add(run.Substring(run.Length - 1));
            }
            else if (run.Length == 1)
            {
                tokens.Add(run);
                lastIsPrefix = true;
            }
        }

        var han = segments.Count == 1 && segments[0].IsHan ? segments[0].Text : null;
        return new SearchTerm(text, tokens, lastIsPrefix, han);
    }
}

/// <summary>A search query that cannot be understood; <see cref="Position"/> is where in <see cref="Query"/> it went wrong.</summary>
public sealed class SearchQueryException : ArgumentException
{
    public SearchQueryException(string message, string query, int position)
        : base($"{message} (in the query '{query}' at character {position + 1})")
    {
        Query = query;
        Position = position;
    }

    public string Query { get; }
    public int Position { get; }
}
