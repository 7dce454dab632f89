using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NewsArchive.Core.Search;

/// <summary>A search-box query, parsed: terms that must all match, <c>OR</c> between alternatives, <c>-term</c> or
/// <c>NOT term</c> to exclude, "quoted phrases" (spaces and punctuation inside them are separators, as in the index),
/// parentheses to group, and a trailing <c>*</c> for a prefix. <see cref="MatchExpression"/> is the FTS5 expression over
/// the bigram index that finds exactly the articles containing each term.</summary>
public sealed class SearchQuery
{
    private readonly Node _root;

    private SearchQuery(string text, Node root, string matchExpression, IReadOnlyList<string> highlightTerms)
    {
        _root = root;
        Text = text;
        MatchExpression = matchExpression;
        HighlightTerms = highlightTerms;
    }

    /// <summary>The query as the user wrote it.</summary>
    public string Text { get; }

    /// <summary>The FTS5 MATCH expression; built only from index tokens, so it is always valid FTS5 syntax.</summary>
    public string MatchExpression { get; }

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

    /// <summary>Walks the parsed query, so another engine can build its own expression with the same meaning.</summary>
    public T Accept<T>(ISearchQueryVisitor<T> visitor) => Visit(_root, visitor);

    private static T Visit<T>(Node node, ISearchQueryVisitor<T> visitor) => node switch
    {
        TermNode term => visitor.Term(term.Tokens, term.Prefix),
        OrNode or => visitor.Any(or.Alternatives.Select(a => Visit(a, visitor)).ToList()),
        AndNode and => visitor.All(
            and.Parts.Where(p => p is not NotNode).Select(p => Visit(p, visitor)).ToList(),
            and.Parts.OfType<NotNode>().Select(n => Visit(n.Excluded, visitor)).ToList()),
        NotNode not => visitor.All(Array.Empty<T>(), new[] { Visit(not.Excluded, visitor) }),
        _ => throw new InvalidOperationException("Unknown query node " + node.GetType().Name),
    };

    private static string Compile(Node node, List<string> highlights, string query)
    {
        switch (node)
        {
            case TermNode term:
                highlights.Add(term.Text);
                return term.Phrase;
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

                var all = "(" + string.Join(" AND ", positives.Select(p => Compile(p, highlights, query))) + ")";
                var negatives = and.Parts.OfType<NotNode>().ToList();
                if (negatives.Count == 0)
                {
                    return all;
                }

                // FTS5's NOT is binary (a NOT b): exclude each negative from the conjunction of the positives in turn.
                var result = new StringBuilder("(").Append(all);
                foreach (var negative in negatives)
                {
                    result.Append(" NOT ").Append(Compile(negative.Excluded, new List<string>(), query));
                }

                return result.Append(')').ToString();
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
        public TermNode(string text, IReadOnlyList<string> tokens, bool prefix)
        {
            Text = text;
            Tokens = tokens;
            Prefix = prefix;
        }

        public string Text { get; }

        /// <summary>The index tokens the term's text is, in order.</summary>
        public IReadOnlyList<string> Tokens { get; }

        /// <summary>Whether the last token is a prefix of an index token rather than a whole one.</summary>
        public bool Prefix { get; }

        /// <summary>The FTS5 phrase of the tokens.</summary>
        public string Phrase => "\"" + string.Join(" ", Tokens) + "\"" + (Prefix ? " *" : string.Empty);
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

            var tokens = TokensOf(segments, ref prefix);
            return new TermNode(text, tokens, prefix);
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

    /// <summary>The index tokens that spell the text of <paramref name="segments"/>. A Han run is its bigrams; a run
    /// followed by more of the term must end there in the text too, so it also takes its last-character token; a
    /// one-character run at the end is a prefix (every character of a run starts exactly one token), which sets
    /// <paramref name="prefix"/>.</summary>
    private static List<string> TokensOf(IReadOnlyList<TextSegment> segments, ref bool prefix)
    {
        var tokens = new List<string>();
        var lastIsPrefix = prefix;
        for (var i = 0; i < segments.Count; i++)
        {
            var text = segments[i].Text;
            var last = i == segments.Count - 1;
            if (!segments[i].IsHan)
            {
                tokens.Add(text);
                continue;
            }

            for (var j = 0; j + 1 < text.Length; j++)
            {
                tokens.Add(text.Substring(j, 2));
            }

            if (!last)
            {
                tokens.Add(text.Substring(text.Length - 1));
            }
            else if (text.Length == 1)
            {
                tokens.Add(text);
                lastIsPrefix = true;
            }
        }

        prefix = lastIsPrefix;
        return tokens;
    }
}

/// <summary>Builds an engine's expression from a parsed <see cref="SearchQuery"/>, bottom up.</summary>
public interface ISearchQueryVisitor<T>
{
    /// <summary>A term: its index tokens in order (see <see cref="SearchTokenizer"/>); with <paramref name="prefix"/> the
    /// last token only has to start an index token.</summary>
    T Term(IReadOnlyList<string> tokens, bool prefix);

    /// <summary>Every one of <paramref name="required"/> and none of <paramref name="excluded"/>.</summary>
    T All(IReadOnlyList<T> required, IReadOnlyList<T> excluded);

    /// <summary>At least one of <paramref name="alternatives"/>.</summary>
    T Any(IReadOnlyList<T> alternatives);
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
