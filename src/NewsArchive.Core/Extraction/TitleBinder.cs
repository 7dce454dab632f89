using System;
using System.Collections.Generic;
using System.Linq;
using NewsArchive.Core.Text;
using static NewsArchive.Core.Extraction.TitleWords;

namespace NewsArchive.Core.Extraction;

/// <summary>Binds names to the titles of one paragraph or headline line: a chain of titles (市委常委、副市长) and the name
/// after it, a list of names after one title, a name before its post (习近平总书记), appointees (任命X为…), and a post
/// written right after a name just read (秦光远大使). Titles come from <see cref="TitleReader"/>, names from
/// <see cref="NameReader"/>.</summary>
internal sealed class TitleBinder
{
    private readonly string _text;
    private readonly PageKnowledge _known;
    private readonly ArticlePeople _people;
    private readonly NameReader _names;
    private readonly NameBeforePostReader _namesBeforePosts;

    /// <summary>Longest name listed before another that is written before its post (a transliterated one, 沃尔斯基).</summary>
    private const int MaxListedNameLength = 5;
    private readonly List<PostMatch> _posts;
    private readonly HashSet<int> _titleStarts;

    /// <summary>The titles read so far that the next name takes (市委副书记、代理市长).</summary>
    private readonly List<(string Title, bool Official)> _chain = new();

    /// <summary>Where the last title without a name ended, for a chain continued at 、 or 兼; -1 when none.</summary>
    private int _chainEnd = -1;

    /// <summary>Where the last title started, to see a later post take it in (中央书记 → 中央书记处书记); -1 when none.</summary>
    private int _previousStart = -1;

    /// <summary>Where the last person read ends, and whether their title was an official one (厂长杨国栋、党委书记宋立群).</summary>
    private int _personEnd = -1;
    private bool _personOfficial;

    /// <summary>Whether a foreign title has been read in this segment.</summary>
    private bool _foreignContext;

    /// <summary>The person just read, who takes a post written right after the name (常驻联合国代表秦光远大使).</summary>
    private Person? _named;

    public TitleBinder(string text, PageKnowledge known, ArticlePeople people)
    {
        _text = text;
        _known = known;
        _people = people;
        _names = new NameReader(text, known);
        _namesBeforePosts = new NameBeforePostReader(text, known, _names);
        _posts = TitleReader.FindPosts(text);
        _titleStarts = new HashSet<int>(_posts.Select(p => p.TitleStart));
    }

    public void Read()
    {
        foreach (var match in _posts)
        {
            if (!TakePostAfterName(match) && !TakeBracketedTitle(match))
            {
                Bind(match);
            }
        }
    }

    /// <summary>A post written right after the name just read is that person's too (常驻联合国代表秦光远大使, 副部长X少将).
    /// 代表 is also the verb "on behalf of" (X代表市委讲话): only a title when the sentence goes on after it.</summary>
    private bool TakePostAfterName(PostMatch match)
    {
        if (_named is null || match.TitleStart >= _personEnd || match.PostStart < _personEnd ||
            Array.IndexOf(PostPrefixes, _text.Substring(_personEnd, match.PostStart - _personEnd)) < 0 ||
            (match.Post == "代表" && TitleLexicon.IsVerbOfRepresenting(_text, match.End)) || LedBy(match))
        {
            return false;
        }

        _named.Add(_text.Substring(_personEnd, match.End - _personEnd), TitleLexicon.IsOfficialPost(match.Post), _people.ReadingHeadline);
        _named = null;
        _previousStart = -1;
        _chain.Clear();
        return true;
    }

    /// <summary>领导 after a name and before 的 or 下 is the verb "led by" (卡巴领导的政府, 在X领导下), not a post.</summary>
    private bool LedBy(PostMatch match) =>
        match.Post == "领导" && match.End < _text.Length && _text[match.End] is '的' or '下';

    /// <summary>A title in brackets right after the name just read is that person's (X（圭亚那总理）).</summary>
    private bool TakeBracketedTitle(PostMatch match)
    {
        if (_named is null || _personEnd >= _text.Length || _text[_personEnd] is not ('（' or '(') || match.TitleStart != _personEnd + 1 ||
            match.End >= _text.Length || _text[match.End] is not ('）' or ')'))
        {
            return false;
        }

        var title = match.Title(_text);
        _named.Add(title, TitleLexicon.IsOfficialTitle(title, match.Post), _people.ReadingHeadline);
        _named = null;
        _previousStart = -1;
        _chain.Clear();
        return true;
    }

    private void Bind(PostMatch match)
    {
        // A later post may take in an earlier one (中央书记 → 中央书记处书记): the longer title replaces it.
        var widens = match.TitleStart <= _previousStart && _chain.Count > 0;
        _previousStart = match.TitleStart;
        if (widens)
        {
            _chain.RemoveAt(_chain.Count - 1);
        }

        if (TryCountedHolders(match) || TryNameBeforePost(match) || IsSurnameAndPost(match))
        {
            _chain.Clear();
            return;
        }

        var title = match.Title(_text);
        var official = TitleLexicon.IsOfficialTitle(title, match.Post) && !FollowsAPublication(match) && !IsPostOfANonGovernmentOwner(match, title);
        MentionAppointee(match, title, official);
        if (_personEnd >= 0 && match.TitleStart == _personEnd + 1 && PersonJoiners.IndexOf(_text[_personEnd]) >= 0 &&
            (HasNoOrganisation(title, match.Post) || (!_personOfficial && TitleLexicon.IsPostAlone(title, match.Post))))
        {
            // A title with no organisation of its own is a post in the organisation of the person before it (协会理事长X、
            // 秘书长Y, X，秘书长Y or X和秘书长Y: the association's secretary-general, no office of state).
            official = _personOfficial;
        }

        ExtendChain(match, title, official, widens);
        _chainEnd = -1;
        if (_chain.Count == 0)
        {
            return;
        }

        // Foreign names need no Chinese surname (藤原健一); after one foreign title, the titles that follow in the
        // segment are foreign too (伊朗总统莱希、外交部长阿卜杜拉希扬).
        _foreignContext |= TitleLexicon.IsForeign(title, match.Post);
        var nameStart = NameStartAfter(match);
        // After 的 only a firmly ended name will do (现任县长的满意度 names no one).
        var length = OpensClauseOfTime(match, nameStart) || NamesBySurnameOnly(match) ? 0 : ReadNameAt(nameStart, official && _text[nameStart - 1] != '的');
        if (length == 0)
        {
            MentionListBefore(match);
            _chainEnd = match.End;
            return;
        }

        _previousStart = -1;
        _personEnd = MentionNamesFrom(nameStart, length);
        _personOfficial = official;
        _chain.Clear();
    }

    /// <summary>What joins one person and the next title: 、, a comma and the conjunctions (校友会主席X和副主席Y, 总工会主席X，
    /// 副主席Y).</summary>
    private const string PersonJoiners = "、，和及与";

    /// <summary>Whether the title gives its holder by surname only (一位李姓主任, 王姓副局长): the text keeps the name back,
    /// so what follows the post is the sentence. 百姓 (the people) is no surname given.</summary>
    private bool NamesBySurnameOnly(PostMatch match)
    {
        var head = match.Head(_text);
        var prefix = PostPrefixes.First(p => head.EndsWith(p, StringComparison.Ordinal));
        var mark = head.Length - prefix.Length - 1;
        return mark >= 1 && head[mark] == SurnameMark && ChineseNames.IsCommonSurname(head[mark - 1]);
    }

    /// <summary>"Some" (刘某, 刘某辉): a name kept back.</summary>
    private const char AnonymousMark = '某';

    /// <summary>"Surnamed" (李姓主任).</summary>
    private const char SurnameMark = '姓';

    /// <summary>"When", closing a clause of time.</summary>
    private const char WhenMark = '时';

    /// <summary>Whether 时 after a title held through a verb (担任市长时规划) closes a clause of time: the post is what
    /// someone served as then, and 时 is "when", not a surname.</summary>
    private bool OpensClauseOfTime(PostMatch match, int start) =>
        start < _text.Length && _text[start] == WhenMark &&
        HoldingVerbs.Any(w => match.TitleStart >= w.Length && string.CompareOrdinal(_text, match.TitleStart - w.Length, w, 0, w.Length) == 0);

    /// <summary>The length of the name at <paramref name="start"/> after a title, 0 when none: read by the rules, judged
    /// by the model unless the page knows the name.</summary>
    private int ReadNameAt(int start, bool official)
    {
        // A state and its post, or a post, are the next title, never a name, for the model either (会议主席卡塔尔埃米尔X,
        // 人民政府专家顾问团顾问X).
        if (TitleLexicon.StartsStateTitle(_text, start) || TitleLexicon.PostAt(_text, start) is not null)
        {
            return 0;
        }

        var length = _names.ReadName(start, allowAnyName: _foreignContext, firmOnly: !official);
        // A name the page already knows is kept as the rules read it; the model judges every other reading.
        if (_known.KnownAt(_text, start) is not { } knownName || knownName.Length != length)
        {
            length = NameEvidence.Decide(_text, start, length, _foreignContext);
        }

        // A two-character reading the page does not know, with nothing the rules know after it, is a word where the model
        // rules it out as a name (发言人严厉谴责, 专员公署覆核, 委员高调评论); a name the model knows too little of keeps
        // its place before a follower (副县长降措带队, 书记向阳、).
        if (length == 2 && _known.KnownAt(_text, start) is null && TitleLexicon.FollowerAt(_text, start + length, out _) == 0 &&
            NameEvidence.RulesOutName(_text, start, length))
        {
            length = 0;
        }

        length = WithoutHonorific(start, EndBeforeConjoinedTitle(start, length));
        // A name with 某 is kept back (村支书刘某辉, 刘某): the text names no one.
        if (length > 0 && _text.IndexOf(AnonymousMark, start, length) >= 0)
        {
            return 0;
        }

        if (length > 0 && _foreignContext)
        {
            // A monarch's regnal number is part of the name (土耳其苏丹苏莱曼一世).
            length += ChineseNames.RegnalNumberLength(_text, start + length);
        }

        return length;
    }

    /// <summary>Where the name that takes a title starts: right after it, after one space where a list writes the name
    /// apart from its title (灣仔區議會主席 楊雪盈, 主席　王明), or after 的 where the title is what the person then held
    /// (时任国务院副总理的邓小平, 现任市长的王明, 挂职副县长的X).</summary>
    private int NameStartAfter(PostMatch match)
    {
        var end = match.End;
        if (end + 1 >= _text.Length)
        {
            return end;
        }

        if (_text[end] is ' ' or '\u3000' && ChineseText.IsHan(_text[end + 1]) && IsSpacedName(end + 1))
        {
            return end + 1;
        }

        // The title keeps 时任/现任 at its head (TitleReader); a title read without them still counts when they precede it,
        // and so does the last title of a chain that starts with them (时任北京市委常委、教工委书记的X).
        return _text[end] == '的' &&
               (HeldWhenWords.Any(w => string.CompareOrdinal(_text, match.TitleStart, w, 0, w.Length) == 0 ||
                                       (match.TitleStart >= HeldWhenWordLength && string.CompareOrdinal(_text, match.TitleStart - w.Length, w, 0, w.Length) == 0)) ||
                HoldingVerbs.Any(w => match.TitleStart >= w.Length && string.CompareOrdinal(_text, match.TitleStart - w.Length, w, 0, w.Length) == 0) ||
                (_chain.Count > 1 && HeldWhenWords.Any(w => _chain[0].Title.StartsWith(w, StringComparison.Ordinal))))
            ? end + 1
            : end;
    }


    /// <summary>Whether the Han run at <paramref name="start"/> is a whole name, ended by punctuation or the end of the
    /// text: a name written apart from its title stands alone.</summary>
    private bool IsSpacedName(int start)
    {
        var end = start;
        while (end < _text.Length && ChineseText.IsHan(_text[end]))
        {
            end++;
        }

        return end - start is >= 2 and <= 4 && (end == _text.Length || !char.IsLetterOrDigit(_text[end])) &&
               ChineseNames.LooksLikeName(_text.Substring(start, end - start));
    }

    /// <summary>A title right after a publication's name (《蘋果日報》副社長) is a post of that paper, no public office.</summary>
    private bool FollowsAPublication(PostMatch match) => match.TitleStart > 0 && _text[match.TitleStart - 1] is '》' or '〉';

    /// <summary>Whether a post any body has stands alone, or with an organ every unit has, after 的 and a firm, school or
    /// society (行业协会的秘书长X, 公司的发言人X, 毛纺厂的党委书记X): the owner before 的 is no part of the title as written,
    /// but it decides that the post is no office.</summary>
    private bool IsPostOfANonGovernmentOwner(PostMatch match, string title)
    {
        // "New" before the post (足联的新主席) still leaves it alone; 新 of the post itself (新闻官) stays.
        var mark = title.StartsWith(NewlyAppointed, StringComparison.Ordinal) ? NewlyAppointed.Length
            : title.StartsWith(New, StringComparison.Ordinal) ? New.Length : 0;
        var unmarked = title.Length - mark >= match.Post.Length ? title.Substring(mark) : title;
        if (!(TitleLexicon.IsPostAlone(unmarked, match.Post) || NamesGenericOrganOnly(unmarked, match.Post)) || match.TitleStart < 2 ||
            _text[match.TitleStart - 1] != '的')
        {
            return false;
        }

        var ownerEnd = match.TitleStart - 1;
        var ownerStart = ownerEnd;
        while (ownerStart > 0 && ownerEnd - ownerStart < LongestOwner && ChineseText.IsHan(_text[ownerStart - 1]))
        {
            ownerStart--;
        }

        return TitleLexicon.IsNonGovernment(_text.Substring(ownerStart, ownerEnd - ownerStart));
    }

    private const string NewlyAppointed = "新任";
    private const string New = "新";

    /// <summary>How far back before 的 the owner of a post is looked for (北京典当行业协会 is eight characters).</summary>
    private const int LongestOwner = 12;


    /// <summary>A conjunction before another title joins two people (上海市委书记黄菊和市长徐匡迪, 大臣冈田克也和外相…): it
    /// ends the name before it, never ends it.</summary>
    private int EndBeforeConjoinedTitle(int start, int length) =>
        length > 2 && TitleLexicon.IsConjunction(_text[start + length - 1]) && _titleStarts.Contains(start + length) ? length - 1 : length;

    /// <summary>A title continues the chain when it widens the last one or follows it at 、 or 兼; otherwise it starts a
    /// new chain if it can stand before a name on its own.</summary>
    private void ExtendChain(PostMatch match, string title, bool official, bool widens)
    {
        var continuesChain = widens || (_chainEnd >= 0 && match.TitleStart == _chainEnd + 1 && _text[_chainEnd] is '、' or '兼');
        if (!continuesChain)
        {
            _chain.Clear();
        }

        // In a chain, a title with no organisation of its own is a post of the organisation before it (集团公司总经理、
        // 党组副书记: the company's party group, no office of state; 慈善基金会副理事长兼秘书长: the foundation's).
        if (continuesChain && !widens && _chain.Count > 0 &&
            (HasNoOrganisation(title, match.Post) || (!_chain[_chain.Count - 1].Official && TitleLexicon.IsPostAlone(title, match.Post))))
        {
            official = _chain[_chain.Count - 1].Official;
        }

        if (continuesChain || IsTitleOnItsOwn(title, match.Post))
        {
            _chain.Add((title, official));
        }
    }

    /// <summary>Mentions the name at <paramref name="position"/> and the names listed after it at 、, which share the
    /// title (市领导廖健、毛朝晖……陈森出席; 副县长揭家声、赖春华). Returns where the last name ends.</summary>
    private int MentionNamesFrom(int position, int length)
    {
        var name = _text.Substring(position, length);
        Mention(name, _chain);
        position += length;
        _named = _people.Get(_known.Canonical(name));
        var listed = new List<string>();
        // A list ends where a title or a word of the sentence starts the next item (新任总统X、时任总统Y).
        while (position < _text.Length && _text[position] == '、' && !_titleStarts.Contains(position + 1) && !TitleLexicon.StartsLongStop(_text, position + 1))
        {
            var next = _names.ReadListName(position + 1);
            if (next == 0)
            {
                break;
            }

            listed.Add(_text.Substring(position + 1, next));
            position += 1 + next;
            _named = null;
        }

        // A list closed by a word of kinship names the official's family (X、Y父子, X、Y夫妇): the title is the first's.
        var relatives = listed.Count > 0 && KinshipWords.Any(w => string.CompareOrdinal(_text, position, w, 0, w.Length) == 0);
        foreach (var other in listed)
        {
            Mention(other, relatives ? new List<(string Title, bool Official)>() : _chain);
        }

        return position;
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
        var verbs = removal ? RemovalVerbs : AppointmentVerbs;
        for (var length = 2; length <= Math.Min(4, nameEnd); length++)
        {
            var name = _text.Substring(nameEnd - length, length);
            if (verbs.Any(v => EndsWithAt(nameEnd - length, v)) && (_known.Knows(name) || ChineseNames.LooksLikeName(name)))
            {
                Mention(name, new List<(string Title, bool Official)> { (title, official) });
                return;
            }
        }
    }

    private bool EndsWithAt(int end, string word) =>
        end >= word.Length && string.CompareOrdinal(_text, end - word.Length, word, 0, word.Length) == 0;

    /// <summary>Whether a title names only an organ every unit has and its post (党委书记, 纪委副书记).</summary>
    private static bool NamesGenericOrganOnly(string title, string post) =>
        title.Length > post.Length && !TitleLexicon.IsStandalonePost(post) && HasNoOrganisation(title, post) &&
        GenericOrgans.Any(organ => title.StartsWith(organ, StringComparison.Ordinal));

    /// <summary>Whether a title names only its post, with prefixes and a generic organ (党委书记, 政治委员, 副局长): then it
    /// belongs to the organisation the sentence names before it.</summary>
    private static bool HasNoOrganisation(string title, string post)
    {
        if (TitleLexicon.IsStandalonePost(post))
        {
            return false;
        }

        var head = title.Substring(0, title.Length - post.Length);
        var prefix = PostPrefixes.First(p => head.EndsWith(p, StringComparison.Ordinal));
        head = head.Substring(0, head.Length - prefix.Length);
        return head.Length == 0 || GenericOrgans.Contains(head);
    }

    /// <summary>"张三、李四、王五等市领导出席", "X、Y等党和国家领导人": names listed before 等 and a leaders' title share it. Read back from 等 while
    /// the items look like names.</summary>
    private void MentionListBefore(PostMatch match)
    {
        if (match.Post is not ("领导" or "领导人") || match.PostStart == match.TitleStart || match.TitleStart < 3 || _text[match.TitleStart - 1] != '等')
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
            if (!_names.IsNameItem(item))
            {
                break;
            }

            names.Add(item);
            if (start == 0 || _text[start - 1] != '、')
            {
                break;
            }

            end = start - 1;
        }

        for (var i = names.Count - 1; i >= 0; i--)
        {
            Mention(names[i], _chain);
        }
    }

    private void Mention(string name, List<(string Title, bool Official)> titles)
    {
        name = _known.Canonical(name);
        // A state after a post is no holder of it (领导巴勒斯坦紧急内阁: the post is a verb there); a surname alone (汤 of
        // 负责人汤老师, when the page gives no full name) names no one.
        if (name.Length < 2 || _known.IsReporter(name) || TitleLexicon.IsForeignState(name))
        {
            return;
        }

        var person = _people.Find(name);
        foreach (var (title, official) in titles)
        {
            person.Add(title, official, _people.ReadingHeadline);
        }
    }

    /// <summary>"习近平总书记", "梅尔卡多总统访华": the title's left part is a name (and a prefix); the person takes the post.</summary>
    private bool TryNameBeforePost(PostMatch match)
    {
        if (_namesBeforePosts.Read(match, _foreignContext) is not { } holder)
        {
            return false;
        }

        // A post written after the name of someone already given a title repeats that office (中国传媒大学副书记田维义 …
        // 田维义副书记): it is an official one only if that was.
        var person = _people.Find(holder.Name);
        var official = person.Titles.Count > 0 ? person.IsOfficial : TitleLexicon.IsOfficialPost(match.Post) && !InNonGovernmentBody(match, holder.Name);
        person.Add(holder.Title, official, _people.ReadingHeadline);
        if (string.CompareOrdinal(_text, match.TitleStart, holder.Name, 0, holder.Name.Length) == 0)
        {
            foreach (var listed in NamesListedBefore(match.TitleStart))
            {
                _people.Find(listed).Add(holder.Title, official, _people.ReadingHeadline);
            }
        }

        return true;
    }

    /// <summary>A reading that ends with an honorific (杨先生, 王女士) is a surname and a form of address: the honorific is
    /// no part of a name, and a surname alone names no one.</summary>
    private int WithoutHonorific(int start, int length)
    {
        foreach (var honorific in Honorifics)
        {
            if (length > honorific.Length && string.CompareOrdinal(_text, start + length - honorific.Length, honorific, 0, honorific.Length) == 0)
            {
                return length - honorific.Length >= 2 ? length - honorific.Length : 0;
            }
        }

        return length;
    }

    /// <summary>Forms of address written after a surname or a name.</summary>
    private static readonly string[] Honorifics = { "先生", "女士", "小姐", "夫人" };

    /// <summary>Names joined by 、 or 和 and counted before their shared post (谢丽娟和庄晓天两位副市长, 张三、李四、王五三位
    /// 副省长): each holds the title. False when no count word stands before the title or fewer than two names precede it.</summary>
    private bool TryCountedHolders(PostMatch match)
    {
        var countStart = CountWordStart(match.TitleStart);
        if (countStart < 0)
        {
            return false;
        }

        var names = new List<string>();
        var end = countStart;
        while (names.Count < MaxCountedHolders && CountedNameEndingAt(end, names.Count == 0) is { } name)
        {
            names.Add(name);
            end -= name.Length;
            if (end < 2 || ListJoiners.IndexOf(_text[end - 1]) < 0)
            {
                break;
            }

            end--;
        }

        if (names.Count < 2)
        {
            return false;
        }

        var title = match.Title(_text);
        var official = TitleLexicon.IsOfficialTitle(title, match.Post);
        foreach (var holder in Enumerable.Reverse(names))
        {
            _people.Find(holder).Add(title, official, _people.ReadingHeadline);
        }

        return true;
    }

    /// <summary>Words that count the holders of a post before it (两位, 三位, 几位, 诸位, 两名).</summary>
    private static readonly string[] CountWords = { "两位", "二位", "三位", "四位", "五位", "几位", "诸位", "两名", "三名" };

    /// <summary>What joins the names of a counted list (、, 和, 与, 及).</summary>
    private const string ListJoiners = "、和与及";

    /// <summary>Most names read back from a count word.</summary>
    private const int MaxCountedHolders = 8;

    /// <summary>Where a count word ending at <paramref name="titleStart"/> starts, or -1.</summary>
    private int CountWordStart(int titleStart)
    {
        foreach (var word in CountWords)
        {
            var start = titleStart - word.Length;
            if (start >= 0 && string.CompareOrdinal(_text, start, word, 0, word.Length) == 0)
            {
                return start;
            }
        }

        return -1;
    }

    /// <summary>A name of a counted list ending at <paramref name="end"/>: one the page knows, or a Chinese name of three
    /// characters the model finds plausible, else of two; the last name before the count word may open its clause or
    /// follow a stop only when read by <see cref="ListedNameEndingAt"/>.</summary>
    private string? CountedNameEndingAt(int end, bool last)
    {
        if (last)
        {
            return ListedNameEndingAt(end);
        }

        for (var length = ChineseNames.MaxHanNameLength; length >= 2; length--)
        {
            var start = end - length;
            if (start < 0)
            {
                continue;
            }

            var name = _text.Substring(start, length);
            if (_known.Knows(name) || (ChineseNames.LooksLikeName(name) && (length == 2 || NameEvidence.IsPlausibleName(_text, start, length))))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>The names listed with 、 before a name written before its post (程思远、雷洁琼副委员长; 黄毅诚、沃尔斯基主席):
    /// they share the post. Each must open its clause, or follow a stop word, and read as a name.</summary>
    private IEnumerable<string> NamesListedBefore(int nameStart)
    {
        var end = nameStart;
        while (end >= 3 && _text[end - 1] == '、')
        {
            var name = ListedNameEndingAt(end - 1);
            if (name is null)
            {
                yield break;
            }

            yield return name;
            end -= name.Length + 1;
        }
    }

    private string? ListedNameEndingAt(int end)
    {
        for (var length = MaxListedNameLength; length >= 2; length--)
        {
            var start = end - length;
            if (start < 0 || !Enumerable.Range(start, length).All(i => ChineseText.IsHan(_text[i])) ||
                !(start == 0 || !ChineseText.IsHan(_text[start - 1]) || _text[start - 1] == '、' || TitleLexicon.StopEndsAt(_text, start)))
            {
                continue;
            }

            var name = _text.Substring(start, length);
            if ((_known.Knows(name) || (length <= 3 && ChineseNames.LooksLikeName(name)) || ChineseNames.LooksLikeTransliteration(name)) &&
                !TitleLexicon.EndsLikeOrganisation(name) && !TitleLexicon.IsForeignState(name) && TitleLexicon.PostAt(_text, start) is null)
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Whether the organisation written before a name and its post is a company, society or the like
    /// (中国品牌战略协会关山岳副主任).</summary>
    private bool InNonGovernmentBody(PostMatch match, string name)
    {
        var head = match.Head(_text);
        var at = head.IndexOf(name, StringComparison.Ordinal);
        return at > 0 && TitleLexicon.IsNonGovernment(head.Substring(0, at));
    }

    /// <summary>A surname and a post (王书记, 毛主席) refers to a person the way a name does; it is not a title that a
    /// name follows. 区 is a surname too, but 区领导 or 区长 is the district's.</summary>
    private bool IsSurnameAndPost(PostMatch match) =>
        match.PostStart - match.TitleStart == 1 && ChineseNames.SurnameLength(_text, match.TitleStart) == 1 &&
        LevelsOfGovernment.IndexOf(_text[match.TitleStart]) < 0 &&
        // A short form of a state before a state's post (阿外长, 以总理) is the state, not a surname.
        !(StateAbbreviations.IndexOf(_text[match.TitleStart]) >= 0 && TitleLexicon.IsStatePost(match.Post)) &&
        Array.IndexOf(PostPrefixes, _text.Substring(match.TitleStart, 1)) < 0;

    /// <summary>Whether a title can stand before a name: posts such as 书记 or 代表 need their organisation (市委书记),
    /// or at least a prefix (副书记); 市长, 总理 or 大使 say enough on their own.</summary>
    private static bool IsTitleOnItsOwn(string title, string post) =>
        title.Length > post.Length || !TitleLexicon.IsOfficialPost(post) || TitleLexicon.IsStandalonePost(post) || TitleLexicon.IsHeadBeforeName(post);
}
