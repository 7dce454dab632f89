using System;
using System.Linq;
using static NewsArchive.Core.Extraction.TitleWords;

namespace NewsArchive.Core.Extraction;

/// <summary>Reads a name written before its post ("习近平总书记", "钟宝林副总理", "包振宇书记", "梅尔卡多总统访华"): the
/// title's left part is a name and a prefix. A name the page already knows takes any post; a new one written like a name
/// only the posts that are never an organisation's; and a name the model is sure of, at the end of the left part, any post
/// when no holder's name follows it (正如布什总统4日所说, 赖尔登市长先生).</summary>
internal sealed class NameBeforePostReader
{
    /// <summary>Longest name read back from a post by the model (a transliterated one, 赖尔登, 梅尔卡多).</summary>
    private const int MaxModelNameLength = 5;

    /// <summary>Longest earlier part of a dotted name read back to the start of its clause (西丽玛沃).</summary>
    private const int MaxDottedPartLength = 5;

    /// <summary>Longest dotted name read back from its post by the model (西丽玛沃·班达拉奈克 is 10).</summary>
    private const int MaxDottedNameLength = 12;

    /// <summary>Bounds of a known name read at the end of a title's left part (习近平, 梅加瓦蒂).</summary>
    private const int MinKnownSuffixLength = 2;
    private const int MaxKnownSuffixLength = 8;

    /// <summary>A spokesman's post: after a name it is that person's spokesman (布什发言人).</summary>
    private const string SpokesmanPost = "发言人";

    /// <summary>A leader, or the verb "lead".</summary>
    private const string LeadPost = "领导";

    /// <summary>"New" before a post (新总统, 新任 is read elsewhere).</summary>
    private const string NewcomerMark = "新";

    private readonly string _text;
    private readonly PageKnowledge _known;
    private readonly NameReader _names;

    public NameBeforePostReader(string text, PageKnowledge known, NameReader names)
    {
        _text = text;
        _known = known;
        _names = names;
    }

    /// <summary>The holder's name (canonical) and the title written after it (prefix and post), or null when the left
    /// part of <paramref name="match"/> is no name.</summary>
    public (string Name, string Title)? Read(PostMatch match, bool foreignContext)
    {
        var left = match.Head(_text);
        if (left.Length < 2)
        {
            return KnownNameHoldingStop(match, left) ?? NameHoldingStop(match, foreignContext);
        }

        // Only the longest prefix the left part ends with is tried: 区委副 is 区委 + 副, never a person 区委副.
        var prefix = PostPrefixes.First(p => left.EndsWith(p, StringComparison.Ordinal));
        var name = left.Substring(0, left.Length - prefix.Length);
        var canonical = _known.Canonical(name);
        var isKnown = _known.Knows(canonical) && !_known.IsReporter(canonical);

        // A known name at the end of a left part that holds more (坚定维护习近平总书记, 中国习近平主席): the name is the
        // known one; the words before it are the sentence's.
        // 领导 and 代表 after a name are verbs as often (阿巴斯领导的法塔赫, X代表…发言).
        if (!isKnown && !IsAlsoAVerb(match.Post, prefix) && KnownNameEndingAt(match.TitleStart + name.Length, MinKnownSuffixLength, name.Length - 1) is { } knownEnd)
        {
            (name, canonical, isKnown) = (knownEnd, knownEnd, true);
        }

        // "New" before the post of a name the page knows (梅加瓦蒂新总统) is the title's; 新 ends many given names (王新
        // 书记), so only a known name is read so.
        if (!isKnown && name.Length > NewcomerMark.Length && name.EndsWith(NewcomerMark, StringComparison.Ordinal) &&
            _known.Canonical(name.Substring(0, name.Length - NewcomerMark.Length)) is var shorter && _known.Knows(shorter) && !_known.IsReporter(shorter))
        {
            (name, prefix, canonical, isKnown) = (shorter, NewcomerMark + prefix, shorter, true);
        }

        // A Japanese family name before a post, of someone the page names in full (小泉首相 after 日本首相小泉纯一郎), refers
        // to him as 温总理 does to 温家宝: it adds no title.
        if (isKnown && canonical != name && JapaneseNames.FamilyNameAt(name, 0) == name.Length)
        {
            return null;
        }

        // A name before 发言人 names whose spokesman it is (小布什发言人X), never its holder.
        if (prefix.Length == 0 && match.Post == SpokesmanPost)
        {
            return null;
        }

        // A post before a post (区长书记带着队伍: the district's head and its secretary) names two holders, no one.
        if (!isKnown && TitleLexicon.PostAt(name, 0) is { } post && post.Length == name.Length)
        {
            return null;
        }

        if (!isKnown && IsLastPartOfDottedName(match, name))
        {
            // The part after a name's dot (阿沛·阿旺晋美副委员长, 萨达姆·侯赛因总统) is a name's by its place.
            canonical = name;
        }
        else if (!isKnown)
        {
            canonical = IsNewNameBeforePost(match, prefix, name, foreignContext) ? name
                : NamesHolderAfter(match, foreignContext) ? null
                : (SaysEnoughAfterName(prefix, match.Post, name) ? ModelNameBefore(match, name.Length) : null) ??
                  NameAfterOrganisation(match, name, SaysEnoughAfterName(prefix, match.Post, name));
        }

        // The last part of a dotted name before its post (西丽玛沃·班达拉奈克总理): the name is the whole of it, back to
        // the start of the clause when its parts fill it, else as far as the model reads it surely.
        if (canonical is not null && canonical == name && match.TitleStart >= 2 && ChineseNames.IsJoinerAt(_text, match.TitleStart - 1))
        {
            var end = match.TitleStart + name.Length;
            var start = DottedNameStart(match.TitleStart);
            var whole = start >= 0 ? end - start
                : NameEvidence.SurestNameEndingAt(_text, Math.Max(0, end - MaxDottedNameLength), end, MaxDottedNameLength);
            if (whole > name.Length + 1)
            {
                canonical = _text.Substring(end - whole, whole);
            }
        }

        // 代表 is also the verb "on behalf of": 赵明远代表自治区党委 gives no title; 领导 before 的 is "led by" (卡尔扎伊领导的
        // 政府, 由总理X领导的内阁).
        if (canonical is null || (prefix.Length == 0 && match.Post == "代表" && TitleLexicon.IsVerbOfRepresenting(_text, match.End)) ||
            (prefix.Length == 0 && match.Post == LeadPost && match.End < _text.Length && _text[match.End] == '的'))
        {
            return null;
        }

        return (canonical, prefix + match.Post);
    }

    /// <summary>A known name before a post that ends with a stop, which the title reading stopped at (侯赛因总统: 因 is
    /// "because" elsewhere): the name ends where the post and its prefix start. Null when none.</summary>
    private (string Name, string Title)? KnownNameHoldingStop(PostMatch match, string left)
    {
        var prefix = PostPrefixes.First(p => left.EndsWith(p, StringComparison.Ordinal));
        var end = match.PostStart - prefix.Length;
        if (IsAlsoAVerb(match.Post, prefix) || KnownNameEndingAt(end, end - match.TitleStart + 1, end) is not { } name)
        {
            return null;
        }

        // The last part of a dotted name (萨达姆·侯赛因总统) stands for the whole.
        var whole = DottedNameStart(end - name.Length);
        return (whole >= 0 ? _text.Substring(whole, end - whole) : name, prefix + match.Post);
    }

    /// <summary>A Chinese name before a post whose last characters the title reading stopped at (钱其琛外长: 其 ends titles
    /// elsewhere, so the title read back is 琛外长): a known name, or two or three characters with a surname that is no
    /// stop itself, written like a name, opening a clause or after a stop, that the model finds plausible, before a post
    /// that leads names; or a full name between an organ and its post (卫生局许以霖局长: 以 ends titles); no holder's
    /// name after it.</summary>
    private (string Name, string Title)? NameHoldingStop(PostMatch match, bool foreignContext)
    {
        // The stop is inside the name: one character of it is left before the post (琛); a stop right before the post
        // (林彪给总理, 尤其总统) ends the sentence's word.
        var leadsNames = TitleLexicon.IsLeadingNamePost(match.Post);
        if (match.PostStart - match.TitleStart != 1 || NamesHolderAfter(match, foreignContext))
        {
            return null;
        }

        for (var length = ChineseNames.MaxHanNameLength; length >= 2; length--)
        {
            var start = match.PostStart - length;
            if (start < 0 || start >= match.TitleStart)
            {
                continue;
            }

            var name = _text.Substring(start, length);
            var writtenLikeAName = ChineseNames.SurnameLength(_text, start) > 0 && !TitleLexicon.StopEndsAt(_text, start + 1) && ChineseNames.LooksLikeName(name);
            if ((leadsNames && (_known.Knows(name) ||
                                (writtenLikeAName && (OpensClause(start) || TitleLexicon.StopEndsAt(_text, start)) && NameEvidence.IsPlausibleName(_text, start, length)))) ||
                (writtenLikeAName && length == ChineseNames.MaxHanNameLength && IsOrganNamedAgain(start, match.Post)))
            {
                return (_known.Canonical(name), match.Post);
            }
        }

        return null;
    }

    /// <summary>Whether an organisation ending with the post's first character ends right before <paramref name="start"/>
    /// (卫生局|许以霖|局长): the post names the organ again, so a full name between them holds it.</summary>
    private bool IsOrganNamedAgain(int start, string post) =>
        start >= 2 && _text[start - 1] == post[0] && TitleLexicon.EndsLikeOrganisation(_text.Substring(start - 2, 2));

    /// <summary>A new name before a post that is never an organisation's, Chinese or transliterated (梅尔卡多总统访华; of
    /// two syllables before a state's post, 卡巴总统); it must not be a state or a place whose holder's name follows
    /// (巴西总统路易斯·科斯塔).</summary>
    private bool IsNewNameBeforePost(PostMatch match, string prefix, string name, bool foreignContext) =>
        TitleLexicon.IsLeadingNamePost(prefix + match.Post) &&
        (IsJapaneseFamilyBeforePost(match, name) ||
         (ReadsAsName(match, name) && !TitleLexicon.EndsLikeOrganisation(name) && !TitleLexicon.IsForeignState(name) &&
          !NamesHolderAfter(match, foreignContext)));

    /// <summary>Whether the left part of a title reads as a name: Chinese of three characters at most (one starting with
    /// 应 or 于 only where the model finds it plausible), transliterated (not starting with a function word: 于布什),
    /// plausible to the model as a whole, or two transliteration syllables before a state's post (卡巴总统).</summary>
    private bool ReadsAsName(PostMatch match, string name) =>
        (ChineseNames.LooksLikeName(name) && name.Length <= 3 &&
         (!(TitleLexicon.IsSurnameLikeWord(name[0]) || EndsWithSurname(name)) || NameEvidence.IsPlausibleName(_text, match.TitleStart, name.Length))) ||
        (ChineseNames.LooksLikeTransliteration(name) && !TitleLexicon.IsFunctionWord(name[0])) ||
        IsPlausibleWholeName(match, name) ||
        (TitleLexicon.IsStatePost(match.Post) && name.Length == 2 && ChineseNames.LooksLikeTransliteratedName(name));

    /// <summary>The longest name the page knows (or a public figure's) that ends at <paramref name="end"/>, of
    /// <paramref name="minLength"/> to <paramref name="maxLength"/> characters (and at least two), or null.</summary>
    private string? KnownNameEndingAt(int end, int minLength, int maxLength)
    {
        for (var length = Math.Min(maxLength, MaxKnownSuffixLength); length >= Math.Max(minLength, MinKnownSuffixLength); length--)
        {
            var name = _text.Substring(end - length, length);
            if (_known.Knows(name) && !_known.IsReporter(name))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>Whether a post without a prefix is also a verb after a name (领导 "lead", 代表 "on behalf of").</summary>
    private static bool IsAlsoAVerb(string post, string prefix) => prefix.Length == 0 && (post == "领导" || post == "代表");

    /// <summary>Whether a three-character reading ends with a common surname, or a two-character one whose first character
    /// is no common surname: the surname and the post may be a short form (到时候蔡总统: 蔡总统, not 时候蔡; 祝毛主席: 毛主席,
    /// not 祝毛), so the model must find the whole a name.</summary>
    private static bool EndsWithSurname(string name) =>
        ChineseNames.IsCommonSurname(name[name.Length - 1]) &&
        (name.Length == ChineseNames.MaxHanNameLength || (name.Length == 2 && !ChineseNames.IsCommonSurname(name[0])));

    /// <summary>A Japanese family name alone before a post (小渊首相曾在…): the news names Japanese politicians so, and what
    /// follows the post is the sentence (曾在 is no name) unless it is a name the page knows or a foreign one.</summary>
    private bool IsJapaneseFamilyBeforePost(PostMatch match, string name) =>
        JapaneseNames.FamilyNameAt(name, 0) == name.Length && _known.KnownAt(_text, match.End) is null && _names.ReadForeignName(match.End) == 0;

    /// <summary>Whether the whole left part, opened by a stop or punctuation, is a name the model finds plausible (卡特总统
    /// 0.14, 田中角荣首相 0.25, 艾森豪威尔总统 0.48 after 在; words there score far less); a function word opens none
    /// (于布什总统, 应美国总统).</summary>
    private bool IsPlausibleWholeName(PostMatch match, string name) =>
        name.Length is >= 2 and <= MaxModelNameLength && name.All(Text.ChineseText.IsHan) && !TitleLexicon.IsFunctionWord(name[0]) &&
        NameEvidence.IsPlausibleName(_text, match.TitleStart, name.Length);

    /// <summary>Whether the left part is the last part of a dotted name: Han characters, no more than a part holds,
    /// right after a joiner with a Han character before it, before a post that leads names.</summary>
    private bool IsLastPartOfDottedName(PostMatch match, string name) =>
        match.TitleStart >= 2 && ChineseNames.IsJoinerAt(_text, match.TitleStart - 1) && Text.ChineseText.IsHan(_text[match.TitleStart - 2]) &&
        name.Length is >= 2 and <= MaxDottedPartLength && name.All(Text.ChineseText.IsHan) && TitleLexicon.IsLeadingNamePost(match.Post);

    /// <summary>Whether a post after a name says which office it is: a post that stands on its own (市长, 总统) or one with
    /// a prefix (副局长), and 部长 after a transliterated name, a foreign minister (麦克马伦部长; 国防部长 is a ministry's);
    /// 委员 or 主任 alone after a name is a member's or anyone's.</summary>
    private static bool SaysEnoughAfterName(string prefix, string post, string name) =>
        prefix.Length > 0 || TitleLexicon.IsStandalonePost(post) || Array.IndexOf(GovernmentHeadsAfterName, post) >= 0 ||
        (post == "部长" && ChineseNames.LooksLikeTransliteration(name));

    /// <summary>Heads of a government's department written after a name (郑长淮厅长登上车): no firm or school has a 厅, and
    /// 局 and 处 are the state's far more often. Not 部长 or 所长, which firms and institutes have.</summary>
    private static readonly string[] GovernmentHeadsAfterName = { "厅长", "局长", "处长" };

    /// <summary>The name the model reads, surely, at the end of the title's left part (<paramref name="nameLength"/>
    /// characters from its start): the best-scoring ending of two characters or more; null when none. Asked only when
    /// no name follows the post (then the left part is its organisation).</summary>
    private string? ModelNameBefore(PostMatch match, int nameLength)
    {
        var end = match.TitleStart + nameLength;
        var best = NameEvidence.SurestNameEndingAt(_text, match.TitleStart, end, MaxModelNameLength);
        return best == 0 || TitleLexicon.IsForeignState(_text.Substring(end - best, best)) ? null : _text.Substring(end - best, best);
    }

    /// <summary>An organisation, then a name, then the post (杭州市蔡奇市长, 市府法制办法规处黄良林处长, 莱州市委刘洪元书记):
    /// the left part ends with a Chinese name of two or three characters after a character that ends organisations, and
    /// the model finds it plausible (words there, 国防 of 法国国防部长 or 政协 of 市政协主席, score nothing). When the post
    /// says enough (<paramref name="postSaysEnough"/>: 副市长), a clause may open with the name (…市长、胥波副市长). A post
    /// that names the organ again (局…局长) places a three-character name without the model. Null when none.</summary>
    private string? NameAfterOrganisation(PostMatch match, string left, bool postSaysEnough)
    {
        // The full three-character name first: its last two characters may read as a name too (刘洪元: 洪元).
        for (var length = ChineseNames.MaxHanNameLength; length >= 2; length--)
        {
            var organisation = left.Length - length;
            if (organisation < 0 || (organisation == 0 && !(postSaysEnough && OpensClause(match.TitleStart))))
            {
                continue;
            }

            // An organ named again by its post (卫生局许以霖局长, 地政科王建国科长) places a full name between them firmly
            // enough without the model, which knows too little of names made of words (建国, 以).
            var candidate = left.Substring(organisation);
            var organNamedAgain = length == ChineseNames.MaxHanNameLength && organisation > 0 && left[organisation - 1] == match.Post[0];
            if ((organisation == 0 || TitleLexicon.EndsLikeOrganisation(left.Substring(0, organisation))) && ChineseNames.LooksLikeName(candidate) &&
                !TitleLexicon.EndsLikeOrganisation(candidate) && !TitleLexicon.IsForeignState(candidate) &&
                (organNamedAgain || NameEvidence.IsPlausibleName(_text, match.TitleStart + organisation, length)))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>Where the dotted name whose last part starts at <paramref name="lastPart"/> starts when its earlier parts
    /// (of at most <see cref="MaxDottedPartLength"/> characters each) run back to the start of a clause, a stop word
    /// (给林登·约翰逊总统) or a foreign state's name; -1 otherwise.</summary>
    private int DottedNameStart(int lastPart)
    {
        var start = lastPart;
        while (start >= 2 && ChineseNames.IsJoinerAt(_text, start - 1) && Text.ChineseText.IsHan(_text[start - 2]))
        {
            var part = start - 1;
            while (part > 0 && Text.ChineseText.IsHan(_text[part - 1]) && start - 1 - part < MaxDottedPartLength &&
                   (part == start - 1 || !(TitleLexicon.StopEndsAt(_text, part) || TitleLexicon.StateEndsAt(_text, part))))
            {
                part--;
            }

            start = part;
        }

        // The holder's state may stand before the whole name (美国富兰克林·罗斯福总统), as a stop does.
        return start < lastPart && (OpensClause(start) || TitleLexicon.StopEndsAt(_text, start) || TitleLexicon.StateEndsAt(_text, start)) ? start : -1;
    }

    private bool OpensClause(int position) => position == 0 || !Text.ChineseText.IsHan(_text[position - 1]);

    /// <summary>Whether a name follows the post, so the words before it are the post's organisation or state, not its
    /// holder (蒙古总理恩赫巴亚尔, 应国家主席江泽民的邀请).</summary>
    /// <remarks>A reading of two characters with no surname after the post (普京总统访法是…: 访法) names no holder when
    /// the model is sure the whole left part is a name.</remarks>
    private bool NamesHolderAfter(PostMatch match, bool foreignContext) =>
        _names.ReadForeignName(match.End) > 0 || _known.KnownAt(_text, match.End) is not null ||
        (_names.ReadName(match.End, allowAnyName: foreignContext || TitleLexicon.IsForeign(match.Title(_text), match.Post)) is var after && after > 0 &&
         !(after == 2 && ChineseNames.SurnameLength(_text, match.End) == 0 && LeftIsSureName(match)));

    private bool LeftIsSureName(PostMatch match) =>
        match.PostStart - match.TitleStart is var length && length >= 2 && length <= MaxModelNameLength &&
        NameEvidence.SurestNameEndingAt(_text, match.TitleStart, match.PostStart, MaxModelNameLength) == length;
}
