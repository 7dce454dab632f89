using System;
using System.Collections.Generic;
using System.Linq;
using NewsArchive.Core.Model;
using NewsArchive.Core.Text;

namespace NewsArchive.Core.Extraction;

/// <summary>Finds the people a page names and the titles it gives them: officials (party, state, foreign posts) and
/// others with a title (company heads, academics, citizens). Works page by page: a name the page introduces with a title
/// is recognised bare in every article of that page ("邓群策指出"), and byline names are never people.</summary>
/// <remarks>Rules, not a word list of titles: a title is read backwards from its post over the organisation in front of it;
/// a name is a surname and one or two characters, ended by what follows names in news text. Names already known decide
/// where a name ends. Stateless and thread-safe.</remarks>
public static class OfficialExtractor
{
    /// <summary>Bumped whenever the extractor's output changes for the same text.</summary>
    public const int Version = 5;

    /// <summary>Longest organisation-and-place run read in front of a post (中共中央政治局常委 is 9).</summary>
    private const int MaxTitleLength = 24;

    /// <summary>Fills <see cref="ParsedArticle.People"/> of every article of one page.</summary>
    /// <param name="articles">The page's articles, as the parser cut them.</param>
    /// <param name="knownNames">Names the caller already knows as people (for example from the archive); they help decide
    /// where a name ends, and are never taken for officials without a title.</param>
    public static void Extract(IReadOnlyList<ParsedArticle> articles, IEnumerable<string>? knownNames = null)
    {
        var reporters = new HashSet<string>(articles.SelectMany(a => a.Bylines).Select(b => b.Name));
        var known = new PageKnowledge(reporters);
        foreach (var name in knownNames ?? Enumerable.Empty<string>())
        {
            known.Names.Add(name);
        }

        // First pass: who the page introduces with a title. Second pass: read again, now knowing those names.
        foreach (var article in articles)
        {
            foreach (var person in Read(article, known))
            {
                known.Learn(person);
            }
        }

        foreach (var article in articles)
        {
            var people = Read(article, known);
            AddBareMentions(article, people, known);
            article.People.Clear();
            article.People.AddRange(Order(article, people).Select(p => p.ToMention()));
        }
    }

    private static List<Person> Read(ParsedArticle article, PageKnowledge known)
    {
        var people = new List<Person>();
        foreach (var segment in Segments(article))
        {
            new SegmentReader(segment, known, people).Read();
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

        foreach (var line in new[] { article.Kicker, article.Title, article.Subtitle })
        {
            if (!string.IsNullOrEmpty(line))
            {
                yield return line!;
            }
        }
    }

    private static void AddBareMentions(ParsedArticle article, List<Person> people, PageKnowledge known)
    {
        // A known name inside a longer name the article gives (刘云 in 刘云慧) is not a mention of it.
        var text = string.Join("\n", Segments(article));
        foreach (var person in people.OrderByDescending(p => p.Name.Length))
        {
            text = text.Replace(person.Name, "\u3000");
        }

        foreach (var name in known.Officials)
        {
            if (known.Canonical(name) == name && people.All(p => p.Name != name) && MentionsBare(text, name))
            {
                people.Add(new Person(name) { IsOfficial = true });
            }
        }
    }

    /// <summary>Whether the text names <paramref name="name"/> somewhere other than as the start of a longer name (刘云 in
    /// 刘云慧说): a two-character name followed by a character that makes a three-character name ended by a follower.</summary>
    private static bool MentionsBare(string text, string name)
    {
        for (var at = text.IndexOf(name, StringComparison.Ordinal); at >= 0; at = text.IndexOf(name, at + 1, StringComparison.Ordinal))
        {
            var next = at + name.Length;
            var longer = name.Length == 2 && next < text.Length && ChineseText.IsHan(text[next]) &&
                         !TitleLexicon.StartsFollowerWord(text[next]) && TitleLexicon.FollowerAt(text, next, out _) == 0 &&
                         ChineseNames.LooksLikeName(text.Substring(at, 3)) && TitleLexicon.FollowerAt(text, next + 1, out _) > 0;
            if (!longer)
            {
                return true;
            }
        }

        return false;
    }

    private static IEnumerable<Person> Order(ParsedArticle article, List<Person> people)
    {
        var body = article.Body;
        return people
            .Select((p, i) => (Person: p, Index: i, At: body.IndexOf(p.Name, StringComparison.Ordinal)))
            .OrderBy(x => x.At < 0 ? int.MaxValue : x.At)
            .ThenBy(x => x.Index)
            .Select(x => x.Person);
    }

    /// <summary>One person as read so far in one article.</summary>
    private sealed class Person
    {
        public Person(string name) => Name = name;

        public string Name { get; }
        public List<string> Titles { get; } = new();
        public bool IsOfficial { get; set; }

        public void Add(string title, bool official)
        {
            IsOfficial |= official;
            if (!Titles.Contains(title))
            {
                Titles.Add(title);
            }
        }

        public PersonMention ToMention() => new(Name, IsOfficial ? PersonRole.Official : PersonRole.Other, Titles.ToArray());
    }

    /// <summary>What the page has taught so far: names with titles, reporters (never people), foreign full names.</summary>
    private sealed class PageKnowledge
    {
        public PageKnowledge(HashSet<string> reporters) => Reporters = reporters;

        public HashSet<string> Reporters { get; }
        public HashSet<string> Names { get; } = new();
        public List<string> Officials { get; } = new();

        public void Learn(Person person)
        {
            Names.Add(person.Name);
            if (person.IsOfficial && !Officials.Contains(person.Name))
            {
                Officials.Add(person.Name);
            }
        }

        /// <summary>The known name that starts at <paramref name="position"/> (the longest), or null.</summary>
        public string? KnownAt(string text, int position)
        {
            for (var length = Math.Min(MaxKnownLength, text.Length - position); length >= 2; length--)
            {
                var candidate = text.Substring(position, length);
                if (Names.Contains(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }

        /// <summary>Bounds the look-up; a longer known name (a long foreign one) is still read by the foreign-name rule.</summary>
        private const int MaxKnownLength = 16;

        /// <summary>A short form of a foreign name the page gives in full (莫勒 for 安德烈亚斯·莫勒) as the full name.</summary>
        public string Canonical(string name)
        {
            if (ChineseNames.LooksLikeForeignName(name))
            {
                return name;
            }

            string? byFirstPart = null;
            var firstPartMatches = 0;
            foreach (var full in Names)
            {
                if (full.Length > name.Length + 1 && full.EndsWith(name, StringComparison.Ordinal) && ChineseNames.IsNameDot(full[full.Length - name.Length - 1]))
                {
                    return full;
                }

                // Arabic names are shortened to their first part (阿卜杜勒国王 for 阿卜杜勒·本·萨利赫): only when one known
                // name of three or more parts starts so, since two people may share a first name.
                if (full.Length > name.Length + 1 && full.StartsWith(name, StringComparison.Ordinal) && ChineseNames.IsNameDot(full[name.Length]) &&
                    full.Count(ChineseNames.IsNameDot) >= 2)
                {
                    byFirstPart = full;
                    firstPartMatches++;
                }
            }

            return firstPartMatches == 1 ? byFirstPart! : name;
        }
    }

    /// <summary>A post found in a segment, with the title read in front of it.</summary>
    private readonly struct PostMatch
    {
        public PostMatch(int titleStart, int postStart, int end, string post)
        {
            TitleStart = titleStart;
            PostStart = postStart;
            End = end;
            Post = post;
        }

        public int TitleStart { get; }
        public int PostStart { get; }
        public int End { get; }
        public string Post { get; }
    }

    /// <summary>Reads one paragraph or headline line.</summary>
    private sealed class SegmentReader
    {
        private readonly string _text;
        private readonly PageKnowledge _known;
        private readonly List<Person> _people;
        private readonly List<PostMatch> _posts;

        public SegmentReader(string text, PageKnowledge known, List<Person> people)
        {
            _text = text;
            _known = known;
            _people = people;
            _posts = FindPosts(text);
        }

        public void Read()
        {
            var chain = new List<(string Title, bool Official)>();
            var chainEnd = -1;
            var previousStart = -1;
            // Where the last person read ends, and whether their title was an official one: 厂长杨国栋、党委书记宋立群.
            var personEnd = -1;
            var personOfficial = false;
            Person? named = null;
            foreach (var match in _posts)
            {
                // A post written right after the name just read is that person's too (常驻联合国代表秦光远大使, 副部长X少将).
                // 代表 is also the verb "on behalf of" (X代表市委讲话): only a title when the sentence goes on after it.
                if (named is not null && match.TitleStart < personEnd && match.PostStart >= personEnd &&
                    Array.IndexOf(TitleLexicon.PostPrefixes, _text.Substring(personEnd, match.PostStart - personEnd)) >= 0 &&
                    (match.Post != "代表" || TitleLexicon.FollowerAt(_text, match.End, out _) > 0))
                {
                    named.Add(_text.Substring(personEnd, match.End - personEnd), TitleLexicon.IsOfficialPost(match.Post));
                    named = null;
                    previousStart = -1;
                    chain.Clear();
                    continue;
                }

                // A later post may take in an earlier one (中央书记 → 中央书记处书记): the longer title replaces it.
                var widens = match.TitleStart <= previousStart && chain.Count > 0;
                previousStart = match.TitleStart;
                if (widens)
                {
                    chain.RemoveAt(chain.Count - 1);
                }

                var title = _text.Substring(match.TitleStart, match.End - match.TitleStart);
                if (TryNameBeforePost(match) || IsSurnameAndPost(match))
                {
                    chain.Clear();
                    continue;
                }

                var official = (TitleLexicon.IsOfficialPost(match.Post) || TitleLexicon.IsOfficeByOrganisation(title, match.Post)) &&
                               !TitleLexicon.IsNonGovernment(title) && !TitleLexicon.QualifiedByOtherPost(title, match.Post);
                MentionAppointee(match, title, official);
                if (personEnd >= 0 && match.TitleStart == personEnd + 1 && _text[personEnd] == '、' && HasNoOrganisation(title, match.Post))
                {
                    // A title with no organisation of its own is a post in the organisation of the person before it.
                    official = personOfficial;
                }

                var continuesChain = widens || (chainEnd >= 0 && match.TitleStart == chainEnd + 1 && _text[chainEnd] is '、' or '兼');
                if (!continuesChain)
                {
                    chain.Clear();
                }

                if (continuesChain || IsTitleOnItsOwn(title, match.Post))
                {
                    chain.Add((title, official));
                }

                chainEnd = -1;
                if (chain.Count == 0)
                {
                    continue;
                }

                // Foreign names need no Chinese surname (藤原健一).
                var length = ReadName(match.End, allowAnyName: TitleLexicon.IsForeign(title, match.Post), firmOnly: !official);
                if (length == 0)
                {
                    MentionListBefore(match, chain);
                    chainEnd = match.End;
                    continue;
                }

                previousStart = -1;
                var position = match.End;
                var name = _text.Substring(position, length);
                Mention(name, chain);
                position += length;
                named = _people.FirstOrDefault(p => p.Name == _known.Canonical(name));
                // A list shares the title: 市领导廖健、毛朝晖……陈森出席; 副县长揭家声、赖春华.
                while (position < _text.Length && _text[position] == '、' && !_posts.Any(p => p.TitleStart == position + 1))
                {
                    var next = ReadListName(position + 1);
                    if (next == 0)
                    {
                        break;
                    }

                    Mention(_text.Substring(position + 1, next), chain);
                    position += 1 + next;
                    named = null;
                }

                personEnd = position;
                personOfficial = official;
                chain.Clear();
            }
        }

        /// <summary>Appointment notices name the person before the post: 任命X为县财政局局长, 免去X的县财政局局长职务.</summary>
        private void MentionAppointee(PostMatch match, string title, bool official)
        {
            if (match.TitleStart < 3 || _text[match.TitleStart - 1] is not ('为' or '的'))
            {
                return;
            }

            var removal = _text[match.TitleStart - 1] == '的';
            if (removal && string.CompareOrdinal(_text, match.End, "职务", 0, 2) != 0)
            {
                return;
            }

            var nameEnd = match.TitleStart - 1;
            for (var length = 2; length <= Math.Min(4, nameEnd); length++)
            {
                var name = _text.Substring(nameEnd - length, length);
                var verbs = removal ? RemovalVerbs : AppointmentVerbs;
                if (verbs.Any(v => nameEnd - length >= v.Length && string.CompareOrdinal(_text, nameEnd - length - v.Length, v, 0, v.Length) == 0) &&
                    (_known.Names.Contains(name) || ChineseNames.LooksLikeName(name)))
                {
                    Mention(name, new List<(string Title, bool Official)> { (title, official) });
                    return;
                }
            }
        }

        private static readonly string[] AppointmentVerbs = { "任命", "提名", "选举", "推选", "聘任", "聘请", "决定" };
        private static readonly string[] RemovalVerbs = { "免去", "撤销", "罢免" };

        /// <summary>Whether a title names only its post, with prefixes and a generic organ (党委书记, 政治委员, 副局长): then it
        /// belongs to the organisation the sentence names before it.</summary>
        private static bool HasNoOrganisation(string title, string post)
        {
            if (StandalonePosts.Contains(post))
            {
                return false;
            }

            var head = title.Substring(0, title.Length - post.Length);
            var prefix = TitleLexicon.PostPrefixes.First(p => head.EndsWith(p, StringComparison.Ordinal));
            head = head.Substring(0, head.Length - prefix.Length);
            return head.Length == 0 || GenericOrgans.Contains(head);
        }

        private static readonly HashSet<string> GenericOrgans = new() { "党委", "党组", "党总支", "纪委", "政治" };

        /// <summary>"张三、李四、王五等市领导出席": names listed before 等 and a leaders' title share it. Read back from 等 while
        /// the items look like names.</summary>
        private void MentionListBefore(PostMatch match, List<(string Title, bool Official)> chain)
        {
            if (match.Post != "领导" || match.PostStart == match.TitleStart || match.TitleStart < 3 || _text[match.TitleStart - 1] != '等')
            {
                return;
            }

            var names = new List<string>();
            var end = match.TitleStart - 1;
            while (end > 0)
            {
                var start = end;
                while (start > 0 && (ChineseText.IsHan(_text[start - 1]) || ChineseNames.IsNameJoiner(_text[start - 1])) && end - start < 8)
                {
                    start--;
                }

                var item = _text.Substring(start, end - start);
                if (!_known.Names.Contains(item) && !ChineseNames.LooksLikeName(item) && !ChineseNames.LooksLikeForeignName(item))
                {
                    break;
                }

                names.Insert(0, item);
                if (start == 0 || _text[start - 1] != '、')
                {
                    break;
                }

                end = start - 1;
            }

            foreach (var name in names)
            {
                Mention(name, chain);
            }
        }

        private void Mention(string name, List<(string Title, bool Official)> titles)
        {
            name = _known.Canonical(name);
            if (_known.Reporters.Contains(name))
            {
                return;
            }

            var person = Find(name);
            foreach (var (title, official) in titles)
            {
                person.Add(title, official);
            }
        }

        private Person Find(string name)
        {
            var person = _people.FirstOrDefault(p => p.Name == name);
            if (person is null)
            {
                person = new Person(name);
                _people.Add(person);
            }

            return person;
        }

        /// <summary>"习近平总书记", "钟宝林副总理", "包振宇书记": the title's left part is a name (and a prefix). A name the page
        /// already knows takes any post; an unknown one only the posts that are never an organisation's.</summary>
        private bool TryNameBeforePost(PostMatch match)
        {
            var left = _text.Substring(match.TitleStart, match.PostStart - match.TitleStart);
            if (left.Length < 2)
            {
                return false;
            }

            // Only the longest prefix the left part ends with is tried: 区委副 is 区委 + 副, never a person 区委副.
            var prefix = TitleLexicon.PostPrefixes.First(p => left.EndsWith(p, StringComparison.Ordinal));
            var name = left.Substring(0, left.Length - prefix.Length);
            var canonical = _known.Canonical(name);
            var isKnown = _known.Names.Contains(canonical) && !_known.Reporters.Contains(canonical);
            // A new name before a post must not be a place whose holder's name follows (巴西总统路易斯·科斯塔).
            var isNew = !isKnown && TitleLexicon.IsLeadingNamePost(prefix + match.Post) && ChineseNames.LooksLikeName(name) &&
                        name.Length <= 3 && !TitleLexicon.EndsLikeOrganisation(name) &&
                        ReadForeignName(match.End) == 0 && _known.KnownAt(_text, match.End) is null;
            if (!isKnown && !isNew)
            {
                return false;
            }

            // 代表 is also the verb "on behalf of": 赵明远代表自治区党委 gives no title.
            if (prefix.Length == 0 && match.Post == "代表" && TitleLexicon.FollowerAt(_text, match.End, out _) == 0)
            {
                return false;
            }

            Find(canonical).Add(prefix + match.Post, TitleLexicon.IsOfficialPost(match.Post));
            return true;
        }

        /// <summary>A surname and a post (王书记, 毛主席) refers to a person the way a name does; it is not a title that a
        /// name follows.</summary>
        private bool IsSurnameAndPost(PostMatch match) =>
            match.PostStart - match.TitleStart == 1 && ChineseNames.SurnameLength(_text, match.TitleStart) == 1 &&
            // 区 is a surname too, but 区领导 or 区长 is the district's.
            "省市县区乡镇村州旗盟".IndexOf(_text[match.TitleStart]) < 0 &&
            Array.IndexOf(TitleLexicon.PostPrefixes, _text.Substring(match.TitleStart, 1)) < 0;

        /// <summary>Whether a title can stand before a name: posts such as 书记 or 代表 need their organisation (市委书记),
        /// or at least a prefix (副书记); 市长, 总理 or 大使 say enough on their own.</summary>
        private static bool IsTitleOnItsOwn(string title, string post) =>
            title.Length > post.Length || !TitleLexicon.IsOfficialPost(post) || StandalonePosts.Contains(post);

        private static readonly HashSet<string> StandalonePosts = new()
        {
            "总书记", "总理", "国务委员", "委员长", "秘书长", "省长", "市长", "县长", "区长", "州长", "乡长", "镇长", "盟长", "旗长",
            "村长", "专员", "村支书", "支书", "总统", "首相", "国务卿", "外长", "外相", "议长", "大使", "总领事", "发言人", "检察长",
            "特首",
        };

        /// <summary>A name at <paramref name="position"/>: a known one, a foreign one with middle dots, or a surname and one or
        /// two characters followed by what follows names. With <paramref name="allowAnyName"/> (a foreign title) any two to
        /// four characters firmly ended will do (藤原健一); with <paramref name="firmOnly"/> (a non-official title) only a
        /// name followed by punctuation or a two-character word.</summary>
        private int ReadName(int position, bool allowAnyName, bool firmOnly = false)
        {
            if (position >= _text.Length || !ChineseText.IsHan(_text[position]))
            {
                return 0;
            }

            // A known name counts when it ends there: 刘云 is known, but 刘云慧说 names someone else.
            if (_known.KnownAt(_text, position) is { } knownName && TitleLexicon.FollowerAt(_text, position + knownName.Length, out _) > 0)
            {
                return knownName.Length;
            }

            // A verb, adverb or time word after a title is the sentence going on (总统表示, 大使当天, 主席呼吁团结).
            if (TitleLexicon.StartsLongFollower(_text, position))
            {
                return 0;
            }

            var foreign = ReadForeignName(position);
            if (foreign > 0)
            {
                return foreign;
            }

            // A transliterated name longer than a Han one (阿不都热合曼, 库尔班江) is read whole, even where it starts with
            // a surname character (阿).
            var transliterated = firmOnly ? 0 : ReadTransliteratedName(position);
            if (transliterated >= 4 && ChineseNames.SurnameLength(_text, position) < 2)
            {
                return transliterated;
            }

            var surname = ChineseNames.SurnameLength(_text, position);
            if (surname > 0)
            {
                var shorter = NameEnd(position, surname + 1);
                var longer = NameEnd(position, surname + 2);
                if (firmOnly)
                {
                    // After a descriptor such as 群众 or 村民 only a firm ending makes a name (群众来信的 is no one).
                    var longerCloses = longer == Ending.Firm ||
                                       (longer == Ending.Weak && TitleLexicon.ClosesName(_text[position + surname + 2]));
                    return longerCloses && !TitleLexicon.NeverEndsName(_text[position + surname + 1]) ? surname + 2
                        : shorter == Ending.Firm ? surname + 1 : 0;
                }

                if (shorter != Ending.None && longer != Ending.None)
                {
                    // Both readings fit: a firm ending (punctuation, a two-character verb) beats a one-character word, and
                    // between equals a third character that starts a common word belongs to that word (朱健主持, 李强在).
                    if (TitleLexicon.NeverEndsName(_text[position + surname + 1]))
                    {
                        return surname + 1;
                    }

                    // 和 ends given names (永和, 平和) as often as it joins two people; a name-closing word after it (戴永和在,
                    // 戴永和说) settles it for the name.
                    if (_text[position + surname + 1] == '和' && position + surname + 2 < _text.Length &&
                        TitleLexicon.ClosesName(_text[position + surname + 2]))
                    {
                        return surname + 2;
                    }

                    if (shorter != longer)
                    {
                        return longer == Ending.Firm ? surname + 2 : surname + 1;
                    }

                    return TitleLexicon.StartsFollowerWord(_text[position + surname + 1]) ? surname + 1 : surname + 2;
                }

                if (longer != Ending.None)
                {
                    // After a foreign title a one-character word that does not close names may be the fourth character of
                    // a Japanese name when a firm ending follows it (首相石田正和当天, but 总统李明在 stays 李明).
                    if (allowAnyName && longer == Ending.Weak && surname == 1 && FourthCharacterBeforeFirmEnd(position + 3))
                    {
                        return 4;
                    }

                    return surname + 2;
                }

                if (shorter != Ending.None)
                {
                    return surname + 1;
                }

                // Nothing known follows: after a title, a full three-character name is the common case (龙志远应邀),
                // unless the post's 长 starts a place instead (青山县长江路, 市长春路): then only a firm ending will do.
                // A surname that is also a preposition, before a level of government (向省人大作报告, 于市里), is the
                // preposition: a name would have needed a firm ending, which it did not have.
                if (!StartsPlaceWithChang(position) && !StartsPrepositionalPhrase(position, surname) &&
                    AllHan(position, surname + 2) && ChineseNames.LooksLikeName(_text.Substring(position, surname + 2)) &&
                    TitleLexicon.PostAt(_text, position + 1) is null &&
                    (position + surname + 2 >= _text.Length || !TitleLexicon.EndsLikeOrganisation(_text.Substring(position + surname + 2, 1))))
                {
                    return surname + 2;
                }
            }

            if (transliterated > 0)
            {
                return transliterated;
            }

            if (allowAnyName)
            {
                for (var length = 2; length <= 4; length++)
                {
                    // 中 starts words (中方, 中期) but also Japanese names of three or four characters (中村和夫).
                    if (AllHan(position, length) && (!TitleLexicon.IsFunctionWord(_text[position]) || (_text[position] == '中' && length >= 3)) &&
                        TitleLexicon.FollowerAt(_text, position + length, out var strong) > 0 &&
                        (strong || TitleLexicon.ClosesName(_text[position + length])) &&
                        !_text.Substring(position, length).Contains('某') && !ChineseNames.StartsWithWord(_text.Substring(position, length)))
                    {
                        return length;
                    }
                }
            }

            return 0;
        }

        /// <summary>A name of transliteration syllables at <paramref name="position"/> (格桑, 洛桑旺堆) firmly ended by
        /// punctuation, a post, a two-character word or a word that closes names; 0 when none. The longest such reading.</summary>
        private int ReadTransliteratedName(int position)
        {
            if (TitleLexicon.IsFunctionWord(_text[position]) || TitleLexicon.FollowerAt(_text, position, out _) > 0)
            {
                return 0;
            }

            for (var length = Math.Min(6, _text.Length - position); length >= 2; length--)
            {
                // A word after the name may be made of the same syllables (马丽多次强调): no two-character follower inside.
                // A word across the name's end loses to a word starting at that end (叶尔波拉提出席: 提出 or 出席, and 出席 ends
                // the name where 提出 would strand 席).
                var end = position + length;
                var endsFirmly = TitleLexicon.FollowerAt(_text, end, out var firmEnd) > 1 && firmEnd;
                var holdsWord = Enumerable.Range(position + 1, length - 1).Any(i =>
                    TitleLexicon.FollowerAt(_text, i, out var firm) is var size && size > 1 && firm && !(endsFirmly && i + size > end));
                if (!holdsWord && ChineseNames.LooksLikeTransliteratedName(_text.Substring(position, length)) &&
                    TitleLexicon.FollowerAt(_text, position + length, out var strong) > 0 &&
                    (strong || ClosesTransliteratedName(_text[position + length], length)))
                {
                    return length;
                }
            }

            return 0;
        }

        /// <summary>One-character words that end a transliterated name: those that close any name, the possessive 的
        /// (泽郎的汇报), and 和 after a name of four or more syllables, too long to go on into a word (恩赫包勒德和).</summary>
        private static bool ClosesTransliteratedName(char c, int length) =>
            TitleLexicon.ClosesName(c) || c == '的' || (c == '和' && length >= 4);

        private bool StartsPrepositionalPhrase(int position, int surname) =>
            surname == 1 && TitleLexicon.IsFunctionWord(_text[position]) && position + 1 < _text.Length && "省市县区乡镇村".IndexOf(_text[position + 1]) >= 0;

        /// <summary>Places written with 长 (长江, 长沙, 长春, 长安…) that a post ending in 长 can run into.</summary>
        private bool StartsPlaceWithChang(int position) =>
            position > 0 && _text[position - 1] == '长' && "江沙春安治寿城岭".IndexOf(_text[position]) >= 0;

        private enum Ending
        {
            None,
            Weak,
            Firm,
        }

        /// <summary>Whether a name of <paramref name="length"/> at <paramref name="position"/> fits, and how firmly what follows ends it.</summary>
        private Ending NameEnd(int position, int length)
        {
            if (!AllHan(position, length))
            {
                return Ending.None;
            }

            var candidate = _text.Substring(position, length);
            if (!ChineseNames.LooksLikeName(candidate) || TitleLexicon.PostAt(_text, position + 1) is not null ||
                TitleLexicon.FollowerAt(_text, position + length, out var strong) == 0)
            {
                return Ending.None;
            }

            return strong ? Ending.Firm : Ending.Weak;
        }

        private int ReadForeignName(int position)
        {
            var i = position;
            var lastPart = -1;
            while (true)
            {
                var start = i;
                while (i < _text.Length && ChineseText.IsHan(_text[i]) && i - start < 8)
                {
                    i++;
                }

                if (i == start)
                {
                    return 0;
                }

                if (i + 1 < _text.Length && ChineseNames.IsNameJoiner(_text[i]) && ChineseText.IsHan(_text[i + 1]))
                {
                    i++;
                    lastPart = i;
                    continue;
                }

                break;
            }

            if (lastPart < 0)
            {
                return 0;
            }

            for (var end = lastPart + 1; end <= i; end++)
            {
                if (TitleLexicon.FollowerAt(_text, end, out var strong) > 0)
                {
                    return SyllableBeforeFirmEnd(end, strong) ? end + 1 - position : end - position;
                }
            }

            return i - position;
        }

        private bool FourthCharacterBeforeFirmEnd(int at) =>
            at + 1 < _text.Length && AllHan(at - 3, 4) && !TitleLexicon.ClosesName(_text[at]) && !TitleLexicon.NeverEndsName(_text[at]) &&
            !TitleLexicon.StartsLongFollower(_text, at) && TitleLexicon.PostAt(_text, at) is null &&
            TitleLexicon.FollowerAt(_text, at + 1, out var firm) > 1 && firm;

        /// <summary>Whether the one-character follower at <paramref name="end"/> is rather the last syllable of the name: a
        /// transliteration syllable that does not close names (都, 和), followed by a firm ending (阿不都主持, but
        /// 史密斯在会上 ends at 在).</summary>
        private bool SyllableBeforeFirmEnd(int end, bool strong)
        {
            if (strong || end >= _text.Length || TitleLexicon.ClosesName(_text[end]) || !ChineseNames.IsTransliterationSyllable(_text[end]))
            {
                return false;
            }

            return TitleLexicon.FollowerAt(_text, end + 1, out var firm) > 0 && firm && !TitleLexicon.StartsLongFollower(_text, end);
        }

        /// <summary>A name after 、 in a list: the whole item when it is a name, else a name ended by what follows.</summary>
        private int ReadListName(int position)
        {
            var end = position;
            while (end < _text.Length && (ChineseText.IsHan(_text[end]) || ChineseNames.IsNameJoiner(_text[end])))
            {
                end++;
            }

            var item = _text.Substring(position, end - position);
            if (end < _text.Length && _text[end] == '、' &&
                (_known.Names.Contains(item) || ChineseNames.LooksLikeName(item) || ChineseNames.LooksLikeForeignName(item)))
            {
                return item.Length;
            }

            return ReadName(position, allowAnyName: false);
        }

        private bool AllHan(int position, int length)
        {
            if (position + length > _text.Length)
            {
                return false;
            }

            for (var i = position; i < position + length; i++)
            {
                if (!ChineseText.IsHan(_text[i]))
                {
                    return false;
                }
            }

            return true;
        }

        private static List<PostMatch> FindPosts(string text)
        {
            var posts = new List<PostMatch>();
            for (var i = 0; i < text.Length;)
            {
                if (!ChineseText.IsHan(text[i]) || TitleLexicon.PostAt(text, i) is not { } post)
                {
                    i++;
                    continue;
                }

                // Overlapping posts: the one reaching further wins (村党总支书记 is 书记, not 支书).
                var end = i + post.Length;
                // A post joined to a dotted name is part of that name (埃米尔·X is someone called Emil); 大使馆 and 领事馆 are
                // missions, not posts.
                if (end < text.Length && (ChineseNames.IsNameJoiner(text[end]) || text[end] == '馆'))
                {
                    i = end;
                    continue;
                }

                if (IsCommitteeName(text, end, post))
                {
                    i = end;
                    continue;
                }

                // An assistant to the post holds a post of the same kind (市长助理, 外交部部长助理, 总经理助理).
                if (string.CompareOrdinal(text, end, "助理", 0, 2) == 0)
                {
                    end += 2;
                }

                var overtaken = false;
                for (var j = i + 1; j < end && !overtaken; j++)
                {
                    overtaken = TitleLexicon.PostAt(text, j) is { } later && j + later.Length > end;
                }

                if (overtaken)
                {
                    i++;
                    continue;
                }

                posts.Add(new PostMatch(TitleStart(text, i), i, end, post));
                i = end;
            }

            return posts;
        }

        /// <summary>An organisation named with 及 (创新及科技局局长, 商务及经济发展局局长): 及 stopped the title, but when the
        /// title after it is an organisation and the words before it run back to punctuation with no post among them, they
        /// are the first half of its name. Returns the start of the whole title.</summary>
        private static int JoinedOrganisationStart(string text, int start, int postStart)
        {
            if (start < 2 || text[start - 1] != '及' || !TitleLexicon.EndsLikeOrganisation(text.Substring(start, postStart - start)))
            {
                return start;
            }

            var left = start - 1;
            while (left > 0 && ChineseText.IsHan(text[left - 1]) && start - left <= 6 && !TitleLexicon.StopEndsAt(text, left))
            {
                left--;
            }

            var reachesPunctuation = left == 0 || !ChineseText.IsHan(text[left - 1]);
            var holdsPost = Enumerable.Range(left, start - 1 - left).Any(i => TitleLexicon.PostAt(text, i) is not null);
            return left < start - 1 && reachesPunctuation && !holdsPost ? left : start;
        }

        /// <summary>委员 followed by 会 is a committee (欧盟委员会主席), not a member, unless 会 starts a verb (委员会见).</summary>
        private static bool IsCommitteeName(string text, int end, string post) =>
            post.EndsWith("委员", StringComparison.Ordinal) && end < text.Length && text[end] == '会' &&
            (end + 1 >= text.Length || "见晤谈".IndexOf(text[end + 1]) < 0);

        /// <summary>Reads left from a post over the organisation and place in front of it, up to punctuation or a stop word.</summary>
        private static int TitleStart(string text, int postStart)
        {
            var start = postStart;
            var openBracket = false;
            while (start > 0 && postStart - start < MaxTitleLength && !TitleLexicon.StopEndsAt(text, start))
            {
                var c = text[start - 1];
                if (c is '）' or ')')
                {
                    openBracket = true;
                }
                else if (c is '（' or '(' && openBracket)
                {
                    openBracket = false;
                }
                else if (!ChineseText.IsHan(c))
                {
                    break;
                }

                start--;
            }

            // A bracket the title does not close or open itself belongs to the sentence: （记者 王军）美国总统.
            var close = postStart > start ? text.LastIndexOfAny(new[] { '）', ')' }, postStart - 1, postStart - start) : -1;
            if (close >= 0 && text.IndexOfAny(new[] { '（', '(' }, start, close - start) < 0)
            {
                start = close + 1;
            }

            while (start < postStart && !ChineseText.IsHan(text[start]))
            {
                start++;
            }

            if (StartsTwoCharacterPlace(text, start, postStart))
            {
                start--;
            }

            return JoinedOrganisationStart(text, start, postStart);
        }

        /// <summary>Conjunctions and adverbs that also begin two-character place names (即墨区, 和平区, 同安区).</summary>
        private const string PlaceInitialStops = "即和同与及并也又";

        /// <summary>Generic words of a district or county (城区, 郊区, 新区, 山区) that a conjunction may stand before.</summary>
        private const string GenericPlaceHeads = "城郊市县新老景园社辖片矿林山牧灾库营本该全各";

        /// <summary>Whether the one-character stop before <paramref name="start"/> is rather the first character of a
        /// two-character place (即墨区卫健局局长): a conjunction, then one character and a place suffix that is no generic
        /// word, with more title before the post.</summary>
        private static bool StartsTwoCharacterPlace(string text, int start, int postStart) =>
            start > 0 && start + 2 < postStart && PlaceInitialStops.IndexOf(text[start - 1]) >= 0 &&
            "区县市旗".IndexOf(text[start + 1]) >= 0 && GenericPlaceHeads.IndexOf(text[start]) < 0 &&
            (start == 1 || !ChineseText.IsHan(text[start - 2]) || TitleLexicon.StopEndsAt(text, start - 1));
    }
}
