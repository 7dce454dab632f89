using System;
using System.Collections.Generic;
using System.Linq;
using static NewsArchive.Core.Extraction.TitleWords;

namespace NewsArchive.Core.Extraction;

/// <summary>The words titles are composed from. A title is read backwards from its post (书记, 市长, 总统…) over the
/// organisation and place in front of it (市委副, 国务院, 美国) until a word that cannot belong to a title (a verb, a
/// preposition, punctuation). Posts are listed; organisations and places are not, so 珠晖区委副书记 or 省公安厅厅长
/// need no entry of their own. The words are in <see cref="TitleWords"/>.</summary>
internal static class TitleLexicon
{
    private static readonly WordSet AllPosts = new(OfficialPosts.Concat(OtherPosts));
    private static readonly HashSet<string> OfficialSet = new(OfficialPosts);
    private static readonly HashSet<string> StandaloneSet = new(StandalonePosts);
    private static readonly HashSet<string> HeadsBeforeNameSet = new(HeadsBeforeName);
    private static readonly WordSet StopWords = new(Stops);
    private static readonly WordSet FollowerWords = new(Followers);
    private static readonly WordSet ForeignStateWords = new(ForeignStates);
    private static readonly int LongestState = ForeignStates.Max(w => w.Length);
    private static readonly WordSet ExceptionWords = new(StopExceptions.Concat(ForeignStates));
    private static readonly int LongestException = StopExceptions.Concat(ForeignStates).Max(w => w.Length);

    private static readonly WordSet PostModifiedNouns = new(NounsAfterPost);
    private static readonly WordSet Fields = new(GovernmentFields);

    /// <summary>The words that join two fields of government in an organ's name (劳工及福利局).</summary>
    private const string FieldJoiners = "和及与";

    /// <summary>Whether a noun the post modifies starts at <paramref name="position"/> (总统|府, 总统|选举).</summary>
    public static bool StartsNounAfterPost(string text, int position) => PostModifiedNouns.StartingAt(text, position) is not null;

    /// <summary>The title without a military rank at its end and the armed service before the rank (林肯号指挥官海军少将
    /// → 林肯号指挥官); null when no office is left (少将, 解放军少将, 美国海军上将); the title itself when it ends with no
    /// rank. See <see cref="TitleWords.MilitaryRanks"/>.</summary>
    public static string? WithoutRank(string title)
    {
        var rank = MilitaryRanks.FirstOrDefault(r => title.EndsWith(r, StringComparison.Ordinal));
        if (rank is null)
        {
            return title;
        }

        var rest = title.Substring(0, title.Length - rank.Length);
        while (ArmedServices.FirstOrDefault(s => rest.EndsWith(s, StringComparison.Ordinal)) is { } service)
        {
            rest = rest.Substring(0, rest.Length - service.Length);
        }

        return EndsWithPost(rest) ? rest : null;
    }

    /// <summary>Whether <paramref name="text"/> ends with a post (林肯号指挥官).</summary>
    private static bool EndsWithPost(string text)
    {
        for (var start = text.Length - 1; start >= 0; start--)
        {
            if (PostAt(text, start) is { } post && start + post.Length == text.Length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a title only describes its holder's trade or learning (教授, 藏族学者, 剧作家), no post.</summary>
    public static bool IsPersonalDescription(string title) => PersonalDescriptors.Any(d => title.EndsWith(d, StringComparison.Ordinal));

    /// <summary>The longest post starting at <paramref name="position"/>, or null.</summary>
    public static string? PostAt(string text, int position) => AllPosts.StartingAt(text, position);

    public static bool IsOfficialPost(string post) => OfficialSet.Contains(post);

    /// <summary>Whether a title is a public office: an official post, or an office by its organisation, in no company,
    /// school or society, and not qualified by a non-official post (学生代表).</summary>
    public static bool IsOfficialTitle(string title, string post) =>
        (IsOfficialPost(post) || IsOfficeByOrganisation(title, post)) && !IsNonGovernment(title) && !QualifiedByOtherPost(title, post) &&
        !IsGroupDelegate(title, post) && !IsChargeOfNoOrgan(title, post);

    /// <summary>Whether a 负责人 (person in charge) is in charge of something that is no organ of state (安全负责人,
    /// 项目负责人): only an organ's is an office (国务院有关部门负责人, 市环保局负责人, 中央特科负责人).</summary>
    private static bool IsChargeOfNoOrgan(string title, string post)
    {
        if (post != "负责人")
        {
            return false;
        }

        var head = title.Substring(0, title.Length - post.Length);
        return !EndsLikeOrganisation(head) && !OrganWords.Any(w => head.EndsWith(w, StringComparison.Ordinal));
    }

    /// <summary>Whether a 代表 speaks for a group (学员代表, 中方代表, 州长代表) rather than represent a state or body
    /// (常驻联合国代表, 特别代表): see <see cref="TitleWords.OfficialDelegateMarks"/>.</summary>
    public static bool IsGroupDelegate(string title, string post) =>
        post == "代表" && title.IndexOf('驻') < 0 && !OfficialDelegateMarks.Any(m => WithoutFormerPrefix(title).EndsWith(m, StringComparison.Ordinal));

    /// <summary>The title without 前 or 原 before its 代表 (大国家党前代表 is a former 大国家党代表).</summary>
    private static string WithoutFormerPrefix(string title) =>
        title.EndsWith("前代表", StringComparison.Ordinal) || title.EndsWith("原代表", StringComparison.Ordinal)
            ? title.Substring(0, title.Length - 3) + "代表"
            : title;

    /// <summary>Whether a post stands before a name on its own (市长王刚), see <see cref="TitleWords.StandalonePosts"/>.</summary>
    public static bool IsStandalonePost(string post) => StandaloneSet.Contains(post);

    /// <summary>Whether a post written alone still stands before its holder's name (局长X), see
    /// <see cref="TitleWords.HeadsBeforeName"/>.</summary>
    public static bool IsHeadBeforeName(string post) => HeadsBeforeNameSet.Contains(post);

    /// <summary>Whether a title is an office although its post is not one of <see cref="OfficialPosts"/>: posts in a
    /// party school or administrative academy (省委党校常务副校长; not a teacher's or scholar's, 党校教授), the commander
    /// of a police or army unit (交警支队支队长, 武警总队总队长), a police chief (警察总监), and the 总裁 of a government
    /// bureau (金融管理局总裁), a central bank (日本央行总裁) or an intergovernmental bank (世界银行总裁), and an organ's 执行长
    /// (军情局执行长).</summary>
    public static bool IsOfficeByOrganisation(string title, string post) =>
        // A party school's leaders hold office; its teachers and scholars do not (中央党校教授, 省委党校副教授).
        (PartySchools.Any(s => title.IndexOf(s, StringComparison.Ordinal) >= 0) && !IsPersonalDescription(post)) ||
        (post == "总裁" && (title.EndsWith("局总裁", StringComparison.Ordinal) || title.EndsWith("央行总裁", StringComparison.Ordinal) ||
                           title.EndsWith("中央银行总裁", StringComparison.Ordinal) || NamesIntergovernmentalBank(title))) ||
        (post == "队长" && IsForceUnitsCommander(title)) ||
        (post == "总监" && title.IndexOf('警') >= 0) ||
        (post == "工程师" && IsOrgansChiefEngineer(title)) ||
        (post == "执行长" && IsOrgansPost(title, post)) ||
        (post == "顾问" && IsStatesAdviser(title));

    /// <summary>Whether an adviser is a state's: a head of state's or government's (法国总统外事顾问, 意大利政府高级顾问,
    /// 白宫经济顾问), an organ's (劳工部顾问), or one for foreign affairs or security (国家安全顾问, 外交顾问, 国策顾问);
    /// not a firm's, a centre's or a project's (CNNIC顾问).</summary>
    private static bool IsStatesAdviser(string title) =>
        AdvisedBodies.Any(b => title.IndexOf(b, StringComparison.Ordinal) >= 0) || IsOrgansPost(title, "顾问") ||
        StatesAdvisers.Any(a => title.EndsWith(a, StringComparison.Ordinal));

    /// <summary>Heads of state and government, and governments, whose advisers hold office.</summary>
    private static readonly string[] AdvisedBodies = { "总统", "总理", "首相", "政府", "国务院", "白宫", "国策" };

    /// <summary>Advisers' posts of the state whoever the text names as their principal.</summary>
    private static readonly string[] StatesAdvisers = { "国家安全顾问", "外交顾问", "外事顾问", "安全顾问", "特别顾问" };

    /// <summary>Whether a 队长 commands a police or army unit (交警大队大队长, 武警总队总队长): the unit's word ends the
    /// title, with no numeral before it (皇马两大队长 are two team captains).</summary>
    private static bool IsForceUnitsCommander(string title) =>
        ForceUnits.Any(u => title.EndsWith(u + "长", StringComparison.Ordinal) &&
                            (title.Length == u.Length + 1 || CountWords.IndexOf(title[title.Length - u.Length - 2]) < 0));

    /// <summary>Numerals and words of count that may stand before 大队 when it counts teams, not names a unit.</summary>
    private const string CountWords = "两二三四五六七八九十几各";

    /// <summary>A ministry's, bureau's or department's chief engineer (铁道部总工程师, 省新闻出版广电局总工程师) holds an
    /// office; a project's or company's (指挥部施工总工程师) does not, nor one named by the post alone.</summary>
    private static bool IsOrgansChiefEngineer(string title) => IsOrgansPost(title, "总工程师");

    /// <summary>Whether a post any body may have is written after an organ of state (军情局执行长, 铁道部总工程师), with
    /// or without 副 before it.</summary>
    private static bool IsOrgansPost(string title, string post) =>
        OrganEndsBeforePost.Any(e => title.EndsWith(e + post, StringComparison.Ordinal) || title.EndsWith(e + "副" + post, StringComparison.Ordinal));

    private static readonly string[] OrganEndsBeforePost = { "部", "局", "厅", "委", "署" };

    private static bool NamesIntergovernmentalBank(string title) => IntergovernmentalBanks.Any(b => title.IndexOf(b, StringComparison.Ordinal) >= 0);

    /// <summary>Whether a title is a foreign one (美国总统, 德国驻华大使, 联合国秘书长), whose holder's name may have no
    /// Chinese surname. A 国 that is not China's own (中国, 全国, 国务院, 国家) marks a foreign state.</summary>
    public static bool IsForeign(string title, string post)
    {
        // China's own missions abroad (中国驻缅甸大使, 我驻美使馆参赞) are held by Chinese officials.
        if (ChinaMissionPrefixes.Any(p => title.StartsWith(p, StringComparison.Ordinal)))
        {
            return false;
        }

        // A state written short before its post (以总理, 美总统, 阿外长) is foreign too.
        if (ForeignPosts.Contains(post) || title.IndexOf("驻华", StringComparison.Ordinal) >= 0 || NamesForeignState(title) ||
            (title.Length == post.Length + 1 && StateAbbreviations.IndexOf(title[0]) >= 0 && IsStatePost(post)))
        {
            return true;
        }

        var domestic = title;
        foreach (var word in DomesticWords)
        {
            domestic = domestic.Replace(word, string.Empty);
        }

        return domestic.IndexOf('国') >= 0;
    }

    /// <summary>Whether the text holds the name of a foreign state or body (蒙古总理, 巴新总理, 欧盟委员会主席).</summary>
    public static bool NamesForeignState(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (ForeignStateWords.StartingAt(text, i) is not null)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a foreign state's name starts at <paramref name="position"/> and no longer one covers it (苏丹 in
    /// 南苏丹 does not start one).</summary>
    public static bool StateStartsAt(string text, int position)
    {
        if (ForeignStateWords.StartingAt(text, position) is null)
        {
            return false;
        }

        for (var start = position - 1; start >= 0 && position - start < LongestState; start--)
        {
            if (ForeignStateWords.StartingAt(text, start) is { } state && start + state.Length > position)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a foreign state's name ends right before <paramref name="position"/> (美国|富兰克林·罗斯福总统).</summary>
    public static bool StateEndsAt(string text, int position)
    {
        for (var length = 1; length <= LongestState && length <= position; length++)
        {
            if (ForeignStateWords.StartingAt(text, position - length) is { } state && state.Length == length)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a foreign state's name and a post start at <paramref name="position"/> (白俄罗斯总理): a title, never
    /// a name, though a run of titles mended across a line break reads on into it (…吉尔吉斯斯坦总理白俄罗斯总理).</summary>
    public static bool StartsStateTitle(string text, int position) =>
        ForeignStateWords.StartingAt(text, position) is { } state && PostAt(text, position + state.Length) is not null;

    /// <summary>Whether the text is a foreign state's name or one-character short form (蒙古, 伊朗, 阿).</summary>
    public static bool IsForeignState(string text) =>
        ForeignStateWords.StartingAt(text, 0) is { } state ? state.Length == text.Length : text.Length == 1 && StateAbbreviations.IndexOf(text[0]) >= 0;

    /// <summary>Whether a post is one a short form of a state stands before (阿外长, 以总理).</summary>
    public static bool IsStatePost(string post) => StatePosts.Contains(post);

    public static bool IsLeadingNamePost(string post) => LeadingNamePosts.Contains(post);

    public static bool EndsLikeOrganisation(string candidate) =>
        candidate.Length > 0 && OrganisationEnds.IndexOf(candidate[candidate.Length - 1]) >= 0;

    /// <summary>Whether the title's organisation makes it a non-official one (腾讯公司副总裁).</summary>
    public static bool IsNonGovernment(string title)
    {
        // The central bank is a state organ, so are intergovernmental banks and funds; a 大队 is a village (生产大队) or a
        // police brigade (交警大队), not a team.
        var cleaned = title.Replace("人民银行", string.Empty);
        foreach (var organ in ForceUnits.Concat(PartySchools).Concat(IntergovernmentalBanks).Concat(GovernmentOfficesLikeFirms))
        {
            cleaned = cleaned.Replace(organ, string.Empty);
        }

        if (Delegates.Any(d => cleaned.EndsWith(d, StringComparison.Ordinal)) && !OfficialDelegateMarks.Any(m => cleaned.EndsWith(m, StringComparison.Ordinal)))
        {
            return true;
        }

        return NonGovernmentMarkers.Any(m => cleaned.IndexOf(m, StringComparison.Ordinal) >= 0);
    }

    /// <summary>Whether a title is a post any body has, alone with at most a prefix (秘书长, 副主席; not 副市长, which names
    /// a city's government).</summary>
    public static bool IsPostAlone(string title, string post) =>
        Array.IndexOf(PostsOfAnyBody, post) >= 0 && PostPrefixes.Any(p => p.Length + post.Length == title.Length && title.StartsWith(p, StringComparison.Ordinal));

    /// <summary>Whether a whole title is a post any body has, alone with at most a prefix (主任, 副秘书长, 常务副主席): it
    /// says nothing of whose post it is. A post of its own that merely ends like one (总书记) is not.</summary>
    public static bool IsBarePostOfAnyBody(string title) =>
        (Array.IndexOf(PostsOfAnyBody, title) >= 0 || !OfficialSet.Contains(title)) && PostsOfAnyBody.Any(post => IsPostAlone(title, post));

    /// <summary>Whether a title is the post of a centre (研发中心主任, 政策中心副主任): governments, universities, hospitals
    /// and firms all have centres, so the post alone does not say whose. A centre of a named organ or level of the state
    /// (国家体育总局棋牌运动管理中心副主任, 市政务服务中心主任) is the state's.</summary>
    public static bool IsCentresPost(string title) =>
        PostsOfAnyBody.Any(post => title.EndsWith("中心" + post, StringComparison.Ordinal) || title.EndsWith("中心副" + post, StringComparison.Ordinal)) &&
        !StateOrganMarks.Any(m => title.IndexOf(m, StringComparison.Ordinal) >= 0);

    /// <summary>Words that name an organ or level of the state inside a title (国家, 总局, 省, 市委…).</summary>
    private static readonly string[] StateOrganMarks = { "国家", "国务院", "中央", "省", "市", "县", "区", "局", "厅", "部", "委", "署", "政府" };

    /// <summary>Whether a title places its holder in a firm, school, hospital or society, or is a post of no office
    /// (教授, 董事长): not a title that is merely no office (学员代表).</summary>
    public static bool IsOfNonGovernmentBody(string title) =>
        IsNonGovernment(title) || OtherPosts.Any(post => title.EndsWith(post, StringComparison.Ordinal));

    /// <summary>Whether the post in front of the final one is a non-official one (学生代表, 村民代表).</summary>
    public static bool QualifiedByOtherPost(string title, string post)
    {
        var head = title.Substring(0, title.Length - post.Length);
        return OtherPosts.Any(o => head.EndsWith(o, StringComparison.Ordinal));
    }

    /// <summary>Characters that say a time ago when 前 follows them (三天前, 两年前, 不久前, 10日前).</summary>
    private const string TimeUnitsBeforeAgo = "天年月日周时分秒久";

    /// <summary>Whether 前 or 原 just before <paramref name="position"/> stands before a post, bare or with a prefix (前总统,
    /// 原副部长), and after no time word.</summary>
    private static bool IsFormerBeforePost(string text, int position)
    {
        if (position < 1 || position >= text.Length || (text[position - 1] != '前' && text[position - 1] != '原'))
        {
            return false;
        }

        if (position >= 2 && (TimeUnitsBeforeAgo.IndexOf(text[position - 2]) >= 0 || char.IsDigit(text[position - 2])))
        {
            return false;
        }

        var prefix = PostPrefixes.FirstOrDefault(p => p.Length > 0 && string.CompareOrdinal(text, position, p, 0, p.Length) == 0) ?? string.Empty;
        return PostAt(text, position + prefix.Length) is not null;
    }

    /// <summary>Units of place a village's or community's name follows (…镇, …街道, …乡).</summary>
    private const string UnitsBeforePlace = "镇乡道区县市";

    /// <summary>Locatives after a unit of place (县里, 镇上, 区内): the sentence, not a place's name.</summary>
    private const string LocativesAfterUnit = "里上下内外中";

    /// <summary>Units of place that end a village's or community's name (向前村, 后堡社区).</summary>
    private static readonly string[] UnitsAfterPlace = { "村", "社区", "街道", "镇", "乡", "居委会" };

    /// <summary>Longest rest of a place's name after its first character (堡 of 后堡社区: 1).</summary>
    private const int MaxPlaceNameRest = 3;

    /// <summary>Whether the one-character stop just before <paramref name="position"/> is inside a place's name of up to
    /// <see cref="MaxPlaceNameRest"/> + 1 characters that a unit of place opens and another closes (吉安镇|向前|村,
    /// 南坪街道|后堡|社区): a village's name may be any words.</summary>
    private static bool StartsPlaceNameBetweenUnits(string text, int position)
    {
        if (position < 2 || !StopWords.EndsAtSingle(text, position))
        {
            return false;
        }

        for (var start = position - 1; start >= 1 && position - start <= MaxPlaceNameRest + 1; start--)
        {
            if (!Text.ChineseText.IsHan(text[start]))
            {
                return false;
            }

            if (UnitsBeforePlace.IndexOf(text[start - 1]) >= 0 && LocativesAfterUnit.IndexOf(text[start]) < 0 && ClosedByUnitOfPlace(text, start, position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a unit of place closes a name that starts at <paramref name="start"/> and reaches at least to
    /// <paramref name="position"/>, within <see cref="MaxPlaceNameRest"/> + 1 characters.</summary>
    private static bool ClosedByUnitOfPlace(string text, int start, int position)
    {
        for (var end = position; end <= start + MaxPlaceNameRest + 1 && end < text.Length; end++)
        {
            if (UnitsAfterPlace.Any(u => string.CompareOrdinal(text, end, u, 0, u.Length) == 0))
            {
                return true;
            }

            if (!Text.ChineseText.IsHan(text[end]))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>Whether a stop word ends just before <paramref name="position"/> (so a title cannot reach further left).</summary>
    public static bool StopEndsAt(string text, int position)
    {
        if (!StopWords.EndsAt(text, position))
        {
            return false;
        }

        // A verb naming a task force's work (督导组, 考察团, 调研组, 检查组) is part of the group's name, not a stop.
        // The group's own post follows (督导组组长, 考察团副团长); 陪同组长 stays the verb and a post.
        if (position + 1 < text.Length && GroupEnds.IndexOf(text[position]) >= 0 && text[position + 1] != '长' && position >= 2 &&
            IsHanWordBefore(text, position))
        {
            return false;
        }

        // "Former" before a post, or before a prefix and a post, is the title's (前总统X at a clause's start, 商务部前副部长),
        // not "before"; after a time word it is "ago" (三天前总统…).
        if (IsFormerBeforePost(text, position))
        {
            return false;
        }

        // A one-character stop that starts a village's or a community's name between two units of place (吉安镇向前村,
        // 南坪街道后堡社区) is the name's first character.
        if (StartsPlaceNameBetweenUnits(text, position))
        {
            return false;
        }

        // A joiner between two fields of government is inside an organ's name (劳工及福利局局长, 投资和外贸部长).
        if (position >= 1 && FieldJoiners.IndexOf(text[position - 1]) >= 0 && Fields.EndsAt(text, position - 1) && Fields.StartingAt(text, position) is not null)
        {
            return false;
        }

        // An exception must cover the character just before the boundary to protect it (第五任 ends there, 发展和改革 and
        // 南非 span it). Names of foreign states are exceptions too (南非总统: 非 is no stop there).
        for (var start = position - 1; start >= 0 && position - start <= LongestException; start--)
        {
            if (ExceptionWords.StartingAt(text, start) is { } exception && start + exception.Length >= position)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether 代表 ending at <paramref name="end"/> is the verb "on behalf of" (X代表自治区党委, X代表“司法院”发言):
    /// a word of the sentence goes on after it, or a quoted or titled name opens there.</summary>
    public static bool IsVerbOfRepresenting(string text, int end) =>
        FollowerAt(text, end, out _) == 0 || (end < text.Length && OpeningQuotes.IndexOf(text[end]) >= 0);

    private const string OpeningQuotes = "“‘「『《〈\"";

    /// <summary>The length of the follower word at <paramref name="position"/>: 0 when none; 1 for punctuation and
    /// non-Han text (and the end of the text), which always end a name.</summary>
    public static int FollowerAt(string text, int position, out bool strong)
    {
        strong = true;
        if (position >= text.Length || !Text.ChineseText.IsHan(text[position]))
        {
            return 1;
        }

        if (PostAt(text, position) is { } post)
        {
            return post.Length;
        }

        // A day of the month in Chinese numerals (汪洋一号下午会见, 特朗普二号说): broadcast transcripts write dates so.
        if (ChineseDayLength(text, position) is > 0 and var day)
        {
            return day;
        }

        foreach (var prefix in PostPrefixes)
        {
            if (prefix.Length > 0 && string.CompareOrdinal(text, position, prefix, 0, prefix.Length) == 0 &&
                PostAt(text, position + prefix.Length) is not null)
            {
                return prefix.Length;
            }
        }

        // The progressive 正 before a verb with 着 (局长X正忙着) goes on the sentence with it.
        if (text[position] == ProgressiveMark && IsVerbWithZhe(text, position + 1))
        {
            return ProgressiveVerbLength;
        }

        var follower = FollowerWords.StartingAt(text, position);
        if (follower is null && IsVerbWithZhe(text, position))
        {
            // A verb with the aspect particle (冒着, 顶着, 带着) goes on the sentence as surely as a listed verb.
            return 2;
        }

        strong = follower is { Length: > 1 };
        return follower?.Length ?? 0;
    }

    /// <summary>Days of the month in Chinese numerals: 一 to 九, 十 to 十九, 二十 to 二十九, 三十 and 三十一.</summary>
    private const string UnitNumerals = "一二三四五六七八九";

    /// <summary>The length of a day of the month in Chinese numerals and its unit at <paramref name="position"/> (三号,
    /// 十二日, 三十一号), or 0. 号召 (a call) is no date.</summary>
    public static int ChineseDayLength(string text, int position)
    {
        var i = position;
        if (i < text.Length && (text[i] == '二' || text[i] == '三') && i + 1 < text.Length && text[i + 1] == '十')
        {
            var tens = text[i];
            i += 2;
            if (i < text.Length && UnitNumerals.IndexOf(text[i]) >= 0 && (tens == '二' || text[i] == '一'))
            {
                i++;
            }
        }
        else if (i < text.Length && text[i] == '十')
        {
            i++;
            if (i < text.Length && UnitNumerals.IndexOf(text[i]) >= 0)
            {
                i++;
            }
        }
        else if (i < text.Length && UnitNumerals.IndexOf(text[i]) >= 0)
        {
            i++;
        }

        if (i == position || i >= text.Length || (text[i] != '号' && text[i] != '日') || (text[i] == '号' && i + 1 < text.Length && text[i + 1] == '召'))
        {
            return 0;
        }

        return i + 1 - position;
    }

    /// <summary>The progressive 正 ("in the middle of").</summary>
    private const char ProgressiveMark = '正';

    /// <summary>正, a verb and 着 (正忙着).</summary>
    private const int ProgressiveVerbLength = 3;

    private static bool IsVerbWithZhe(string text, int position) =>
        position + 1 < text.Length && text[position + 1] == '着' && Text.ChineseText.IsHan(text[position]) && !IsFunctionWord(text[position]);

    /// <summary>Particles and speech verbs that close a name and hardly ever end one (钟灵等, 苗苗说).</summary>
    public static bool NeverEndsName(char c) => NeverEndingName.IndexOf(c) >= 0;

    public static bool IsConjunction(char c) => Conjunctions.IndexOf(c) >= 0;

    /// <summary>Particles, prepositions and pronouns, which never start a name (总统的来访 is no person 的来访).</summary>
    public static bool IsFunctionWord(char c) => FunctionWords.IndexOf(c) >= 0;

    /// <summary>Whether a surname is more often a word of the sentence (<see cref="TitleWords.SurnamesLikeWords"/>).</summary>
    public static bool IsSurnameLikeWord(char c) => SurnamesLikeWords.IndexOf(c) >= 0;

    /// <summary>The one-character words that close a name surely enough to end even an unusual one (山田太郎在, 刘云慧说).</summary>
    public static bool ClosesName(char c) => NameClosers.IndexOf(c) >= 0;

    public static bool StartsFollowerWord(char c) => FollowerStarts.IndexOf(c) >= 0;

    /// <summary>Whether a follower word of two or more characters (表示, 当天, 呼吁, 陆续) starts at <paramref name="position"/>:
    /// such a word after a title is the sentence going on, never the start of a name.</summary>
    public static bool StartsLongFollower(string text, int position) => FollowerWords.StartingAt(text, position) is { Length: > 1 };

    /// <summary>Whether a follower of two characters or more that firmly ends a name starts at <paramref name="position"/>
    /// (表示, 夫人, 分别).</summary>
    public static bool StartsFirmWord(string text, int position) => FollowerAt(text, position, out var firm) > 1 && firm;

    /// <summary>Whether a stop word of two characters or more (记者, 表示) starts at <paramref name="position"/>.</summary>
    public static bool StartsLongStop(string text, int position) => StopWords.StartingAt(text, position) is { Length: > 1 };

    /// <summary>Whether the stop ending before <paramref name="position"/> is a two-character (or longer) Han word, a verb
    /// that can name a group, rather than a one-character preposition.</summary>
    private static bool IsHanWordBefore(string text, int position) =>
        Text.ChineseText.IsHan(text[position - 1]) && Text.ChineseText.IsHan(text[position - 2]) && !StopWords.EndsAtSingle(text, position);
}
