using System.Collections.Generic;
using System.Linq;
using System.Text;
using NewsArchive.Core.Model;
using NewsArchive.Core.Text;

namespace NewsArchive.Core.Extraction;

/// <summary>Finds the people a page names and the titles it gives them: officials (party, state, foreign posts) and
/// others with a title (company heads, academics, citizens). Works page by page: a name the page introduces with a title
/// is recognised bare in every article of that page ("邓群策指出"), and byline names are never people.</summary>
/// <remarks>Rules, not a word list of titles: <see cref="TitleReader"/> reads a title backwards from its post over the
/// organisation in front of it; <see cref="NameReader"/> reads a name ended by what follows names in news text;
/// <see cref="TitleBinder"/> binds the two. Names already known decide where a name ends. Every step is linear in the
/// page's length. Stateless and thread-safe.</remarks>
public static class OfficialExtractor
{
    /// <summary>Bumped whenever the extractor's output changes for the same text.</summary>
    public const int Version = 19;

    /// <summary>Fills <see cref="ParsedArticle.People"/> of every article of one page.</summary>
    /// <param name="articles">The page's articles, as the parser cut them.</param>
    /// <param name="knownNames">Names the caller already knows as people (for example from the archive); they help decide
    /// where a name ends, and are never taken for officials without a title.</param>
    public static void Extract(IReadOnlyList<ParsedArticle> articles, IEnumerable<string>? knownNames = null)
    {
        if (DescribedCharacters.AnyIn(articles.SelectMany(Segments)))
        {
            ExtractWithDescribedCharacters(articles, knownNames);
            return;
        }

        ExtractPlain(articles, knownNames);
    }

    private static void ExtractPlain(IReadOnlyList<ParsedArticle> articles, IEnumerable<string>? knownNames)
    {
        if (TraditionalChinese.IsTraditional(articles.SelectMany(Segments)))
        {
            ExtractTraditional(articles, knownNames);
        }
        else
        {
            ExtractSimplified(articles, knownNames);
        }
    }

    /// <summary>A page in Traditional characters (Taiwan, Hong Kong) is read folded to Simplified ones, one for one, so
    /// the rules and the name model apply; each name and title found is then given back as the page writes it (the span
    /// at the same place in the original text).</summary>
    private static void ExtractTraditional(IReadOnlyList<ParsedArticle> articles, IEnumerable<string>? knownNames)
    {
        var folded = articles.Select(Fold).ToList();
        ExtractSimplified(folded, knownNames?.Select(TraditionalChinese.Fold).ToList());
        var pageText = string.Join("\n", articles.Select(a => string.Join("\n", Segments(a))));
        var foldedPage = TraditionalChinese.Fold(pageText);
        for (var i = 0; i < articles.Count; i++)
        {
            var text = string.Join("\n", Segments(articles[i]));
            var foldedText = TraditionalChinese.Fold(text);
            string AsWritten(string s)
            {
                var at = foldedText.IndexOf(s, System.StringComparison.Ordinal);
                if (at >= 0)
                {
                    return text.Substring(at, s.Length);
                }

                at = foldedPage.IndexOf(s, System.StringComparison.Ordinal);
                return at >= 0 ? pageText.Substring(at, s.Length) : s;
            }

            articles[i].People.Clear();
            articles[i].People.AddRange(folded[i].People.Select(p => new PersonMention(AsWritten(p.Name), p.Role, p.Titles.Select(AsWritten).ToList())));
        }
    }

    /// <summary>A page that describes characters it cannot write (朱（容加金旁）基) is read with each description as one
    /// placeholder character; names and titles are given back with the descriptions.</summary>
    private static void ExtractWithDescribedCharacters(IReadOnlyList<ParsedArticle> articles, IEnumerable<string>? knownNames)
    {
        var described = new DescribedCharacters();
        var encoded = articles.Select(a => Map(a, described.Encode)).ToList();
        ExtractPlain(encoded, knownNames?.Select(described.Encode).ToList());
        for (var i = 0; i < articles.Count; i++)
        {
            articles[i].People.Clear();
            articles[i].People.AddRange(encoded[i].People.Select(p => new PersonMention(described.Decode(p.Name), p.Role, p.Titles.Select(described.Decode).ToList())));
        }
    }

    private static ParsedArticle Fold(ParsedArticle article) => Map(article, TraditionalChinese.Fold);

    /// <summary>A copy of the article's text (headline lines, paragraphs, bylines) with every segment mapped.</summary>
    private static ParsedArticle Map(ParsedArticle article, System.Func<string, string> map)
    {
        var mapped = new ParsedArticle
        {
            Sequence = article.Sequence,
            Kicker = article.Kicker is null ? null : map(article.Kicker),
            Title = article.Title is null ? null : map(article.Title),
            Subtitle = article.Subtitle is null ? null : map(article.Subtitle),
        };
        mapped.Paragraphs.AddRange(article.Paragraphs.Select(map));
        mapped.Bylines.AddRange(article.Bylines.Select(b => new Byline(b.Role, map(b.Name))));
        return mapped;
    }

    private static void ExtractSimplified(IReadOnlyList<ParsedArticle> articles, IEnumerable<string>? knownNames)
    {
        var known = new PageKnowledge(articles.SelectMany(a => a.Bylines).Select(b => b.Name));
        foreach (var name in knownNames ?? Enumerable.Empty<string>())
        {
            known.Add(name);
        }

        // First pass: who the page introduces with a title. Second pass: read again, now knowing those names.
        foreach (var article in articles)
        {
            foreach (var person in Read(article, known).All)
            {
                known.Learn(person.Name, person.IsOfficial);
            }
        }

        // Bare mentions are of officials the second reading confirms with a title: a first-pass reading that knowing
        // the page's names undoes (同马克龙总统经常交往, before 马克龙 was known) names nobody.
        var readings = articles.Select(article => Read(article, known)).ToList();
        var officials = new HashSet<string>(readings.SelectMany(r => r.All).Where(p => p.IsOfficial && p.Titles.Count > 0).Select(p => p.Name));
        for (var i = 0; i < articles.Count; i++)
        {
            AddBareMentions(articles[i], readings[i], known, officials);
            articles[i].People.Clear();
            articles[i].People.AddRange(Order(articles[i], readings[i]).Select(p => p.ToMention()));
        }
    }

    private static ArticlePeople Read(ParsedArticle article, PageKnowledge known)
    {
        var people = new ArticlePeople();
        foreach (var paragraph in article.Paragraphs)
        {
            new TitleBinder(paragraph, known, people).Read();
        }

        people.ReadingHeadline = true;
        foreach (var line in HeadlineLines(article))
        {
            new TitleBinder(line, known, people).Read();
        }

        return people;
    }

    /// <summary>Body first: people are listed in order of their first mention in the body, headline-only ones after.</summary>
    private static IEnumerable<string> Segments(ParsedArticle article)
    {
        foreach (var paragraph in article.Paragraphs)
        {
            yield return paragraph;
        }

        foreach (var line in HeadlineLines(article))
        {
            yield return line;
        }
    }

    private static IEnumerable<string> HeadlineLines(ParsedArticle article) =>
        new[] { article.Kicker, article.Title, article.Subtitle }.Where(line => !string.IsNullOrEmpty(line)).Select(line => line!);

    /// <summary>Officials the page introduced with a title that this article names bare (邓群策指出).</summary>
    private static void AddBareMentions(ParsedArticle article, ArticlePeople people, PageKnowledge known, HashSet<string> confirmed)
    {
        var candidates = known.Officials.Where(name => confirmed.Contains(name) && known.Canonical(name) == name && !people.Contains(name)).ToList();
        if (candidates.Count == 0)
        {
            return;
        }

        var text = BlankOut(string.Join("\n", Segments(article)), people);
        var officials = new NameTrie(candidates);
        var mentioned = new HashSet<string>();
        var names = new List<string>();
        for (var at = 0; at < text.Length; at++)
        {
            names.Clear();
            officials.AddAllAt(text, at, names);
            foreach (var name in names)
            {
                if (!mentioned.Contains(name) && !StartsLongerName(text, at, name))
                {
                    mentioned.Add(name);
                }
            }
        }

        foreach (var name in candidates.Where(mentioned.Contains))
        {
            people.Find(name).MarkOfficial();
        }
    }

    /// <summary>The text with every name the article already gives blanked out, longest first at each position: a known
    /// name inside a longer name the article gives (刘云 in 刘云慧) is not a mention of it.</summary>
    private static string BlankOut(string text, ArticlePeople people)
    {
        var names = new NameTrie(people.All.Select(p => p.Name));
        var blanked = new StringBuilder(text.Length);
        for (var at = 0; at < text.Length;)
        {
            if (names.LongestAt(text, at) is { } name)
            {
                blanked.Append('\u3000');
                at += name.Length;
            }
            else
            {
                blanked.Append(text[at++]);
            }
        }

        return blanked.ToString();
    }

    /// <summary>Whether <paramref name="name"/> at <paramref name="at"/> is only the start of a longer name (刘云 in
    /// 刘云慧说): a two-character name followed by a character that makes a three-character name ended by a follower.</summary>
    private static bool StartsLongerName(string text, int at, string name)
    {
        var next = at + name.Length;
        return name.Length == 2 && next < text.Length && ChineseText.IsHan(text[next]) &&
               !TitleLexicon.StartsFollowerWord(text[next]) && TitleLexicon.FollowerAt(text, next, out _) == 0 &&
               ChineseNames.LooksLikeName(text.Substring(at, 3)) && TitleLexicon.FollowerAt(text, next + 1, out _) > 0;
    }

    /// <summary>People in order of their first mention in the body, then those the body does not name, in reading order.</summary>
    private static IEnumerable<Person> Order(ParsedArticle article, ArticlePeople people)
    {
        var body = article.Body;
        var names = new NameTrie(people.All.Select(p => p.Name));
        var first = new Dictionary<string, int>();
        var found = new List<string>();
        for (var at = 0; at < body.Length && first.Count < people.All.Count; at++)
        {
            found.Clear();
            names.AddAllAt(body, at, found);
            foreach (var name in found)
            {
                if (!first.ContainsKey(name))
                {
                    first[name] = at;
                }
            }
        }

        return people.All
            .Select((p, i) => (Person: p, Index: i, At: first.TryGetValue(p.Name, out var at) ? at : int.MaxValue))
            .OrderBy(x => x.At)
            .ThenBy(x => x.Index)
            .Select(x => x.Person);
    }
}
