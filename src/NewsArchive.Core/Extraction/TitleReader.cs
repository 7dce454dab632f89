using System;
using System.Collections.Generic;
using System.Linq;
using NewsArchive.Core.Text;
using static NewsArchive.Core.Extraction.TitleWords;

namespace NewsArchive.Core.Extraction;

/// <summary>Finds the titles in a segment: each post (书记, 市长, 总统…) with the organisation and place read backwards
/// in front of it, up to punctuation or a stop word. Knows nothing of names.</summary>
internal static class TitleReader
{
    /// <summary>Longest organisation-and-place run read in front of a post (中共中央政治局常委 is 9).</summary>
    private const int MaxTitleLength = 24;

    /// <summary>Longest name part before 及 in an organisation named with it (商务及经济发展局).</summary>
    private const int MaxJoinedPartLength = 6;

    private static readonly char[] ClosingBrackets = { '）', ')' };
    private static readonly char[] OpeningBrackets = { '（', '(' };

    /// <summary>Units of a date written after digits.</summary>
    private const string DateUnits = "年月日号";

    /// <summary>Digits of dates written in Chinese numerals (一九九三年, 七月, 二十日).</summary>
    private const string ChineseDateDigits = "〇零一二三四五六七八九十";

    /// <summary>Prefixes of a former holder (前总统, 原局长).</summary>
    private const string FormerPrefixes = "前原";

    /// <summary>Conjunctions and 于 before which 前 or 原 opens a former holder's title (唐英年及前律政司司长X).</summary>
    private const string WordsBeforeFormerTitle = "于和及与同、";

    /// <summary>The posts of <paramref name="text"/> in order, each with its title; overlapping posts resolved.</summary>
    /// <summary>Whether 国 after a post makes it the state holding that post (轮值主席国荷兰, 主席国的外长, 理事国。):
    /// 国 followed by a state's name, 的 or no more Han text. 常委国务院总理 or 总统国家安全顾问 go on into a word.</summary>
    private static bool NamesStateHoldingPost(string text, int end) =>
        end < text.Length && text[end] == '国' &&
        (end + 1 == text.Length || !ChineseText.IsHan(text[end + 1]) || text[end + 1] == '的' || TitleLexicon.StateStartsAt(text, end + 1));

    /// <summary>Whether 令 after a post makes a decree of it (总统令, 主席令): the office, not its holder. 令人 ("makes one…")
    /// and the surname 令狐 go on after a holder.</summary>
    private static bool IsDecree(string text, int end) =>
        end < text.Length && text[end] == '令' && (end + 1 >= text.Length || (text[end + 1] != '人' && text[end + 1] != '狐'));

    /// <summary>Whether a post ending in 官 runs into 官方 "official, the authorities" (正式发布官方信息): no post there.</summary>
    private static bool IsOfficialSide(string text, int end, string post) =>
        end < text.Length && text[end] == '方' && post[post.Length - 1] == '官';

    public static List<PostMatch> FindPosts(string text)
    {
        var posts = new List<PostMatch>();
        for (var i = 0; i < text.Length;)
        {
            if (!ChineseText.IsHan(text[i]) || TitleLexicon.PostAt(text, i) is not { } post)
            {
                i++;
                continue;
            }

            var end = i + post.Length;
            // 不代表 is the verb "does not represent" (不代表任何人).
            if (post == "代表" && i > 0 && text[i - 1] == '不')
            {
                i = end;
                continue;
            }

            // A post joined to a dotted name is part of that name (埃米尔·X is someone called Emil); 大使馆 and 领事馆 are
            // missions, not posts; a post modifying a noun names the office (总统府, 总统选举), not its holder.
            if (end + 1 < text.Length && ChineseNames.IsNameJoiner(text[end]) && ChineseText.IsHan(text[end + 1]) ||
                end < text.Length && text[end] == '馆' || IsCommitteeName(text, end, post) || IsMinistersMeeting(text, end, post) ||
                IsPrince(text, end, post) || RunsIntoTheYangtze(text, end, post) || IsHeadquarters(text, end, post) ||
                TitleLexicon.StartsNounAfterPost(text, end) || IsDecree(text, end) || IsOfficialSide(text, end, post) ||
                NamesStateHoldingPost(text, end))
            {
                i = end;
                continue;
            }

            // An assistant to the post holds a post of the same kind (市长助理, 外交部部长助理, 总经理助理).
            if (string.CompareOrdinal(text, end, "助理", 0, 2) == 0)
            {
                end += 2;
            }

            // Overlapping posts: the one reaching further wins (村党总支书记 is 书记, not 支书).
            if (IsOvertaken(text, i, end))
            {
                i++;
                continue;
            }

            var titleStart = TitleStart(text, i);
            if (titleStart == i && IsStateAbbreviationBefore(text, i, post))
            {
                titleStart--;
            }

            if (QuotedTitleStart(text, titleStart, end) is var quoted && quoted >= 0)
            {
                // The closing quote is the title's: the name follows it.
                titleStart = quoted;
                end++;
            }

            posts.Add(new PostMatch(titleStart, i, end, post));
            i = end;
        }

        return posts;
    }

    /// <summary>A title written in quotes (台“司法院长”翁岳生, “秘书长”范光群, as Taiwan's offices are written): when the
    /// title read back from the post reaches an opening quote and a closing quote follows the post, the title takes in
    /// both quotes and what stands before the opening one (台, 台湾). Returns that start, or -1.</summary>
    private static int QuotedTitleStart(string text, int titleStart, int end)
    {
        if (end >= text.Length || text[end] != '”' || titleStart == 0 || text[titleStart - 1] != '“')
        {
            return -1;
        }

        return TitleStart(text, titleStart - 1);
    }

    private static bool IsOvertaken(string text, int start, int end)
    {
        for (var j = start + 1; j < end; j++)
        {
            if (TitleLexicon.PostAt(text, j) is { } later && j + later.Length > end)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A state written short right before a state's post (以总理, 阿外长) is the title's state, though the character
    /// ends a title elsewhere (以 "with", 阿 of a name): the post has nothing else in front of it.</summary>
    private static bool IsStateAbbreviationBefore(string text, int postStart, string post) =>
        postStart > 0 && StateAbbreviations.IndexOf(text[postStart - 1]) >= 0 && TitleLexicon.IsStatePost(post) &&
        (postStart == 1 || !ChineseText.IsHan(text[postStart - 2]) || TitleLexicon.StopEndsAt(text, postStart - 1));

    /// <summary>A ministers' post followed by 会 is their meeting (外长会, 财长会议), unless 会 starts a verb (外长会见, 会同).</summary>
    private static bool IsMinistersMeeting(string text, int end, string post)
    {
        if (Array.IndexOf(MinistersMeetingPosts, post) < 0)
        {
            return false;
        }

        // 外长紧急会议, 外长特别会议: the kind of meeting stands between the post and 会议.
        foreach (var kind in MeetingKinds)
        {
            if (string.CompareOrdinal(text, end, kind, 0, kind.Length) == 0 && string.CompareOrdinal(text, end + kind.Length, "会议", 0, 2) == 0)
            {
                return true;
            }
        }

        return end < text.Length && text[end] == '会' &&
               (end + 1 >= text.Length || MeetingVerbSeconds.IndexOf(text[end + 1]) < 0 && text[end + 1] != '同');
    }

    /// <summary>Kinds of ministers' meeting written between the post and 会议.</summary>
    private static readonly string[] MeetingKinds = { "紧急", "特别", "非正式", "扩大", "例行", "级" };

    private static readonly string[] MinistersMeetingPosts = { "外长", "外相", "防长", "财长" };

    /// <summary>司令 before 部 is a headquarters (反潜战司令部司令X): the organ, not its commander.</summary>
    private static bool IsHeadquarters(string text, int end, string post) =>
        post.EndsWith("司令", StringComparison.Ordinal) && end < text.Length && text[end] == '部' && (end + 1 >= text.Length || text[end + 1] != '长');

    /// <summary>国王 before 子 is 王子, a prince (英国王子威廉), not a king.</summary>
    private static bool IsPrince(string text, int end, string post) => post == "国王" && end < text.Length && text[end] == '子';

    /// <summary>A post ending in 长 that runs into the Yangtze and what is said of it (四川地处长江上游, 部署长江流域保护)
    /// is no post: 长江 is the river there.</summary>
    private static bool RunsIntoTheYangtze(string text, int end, string post) =>
        post.EndsWith("长", StringComparison.Ordinal) && end < text.Length && text[end] == '江' &&
        YangtzeWords.Any(w => string.CompareOrdinal(text, end + 1, w, 0, w.Length) == 0);

    /// <summary>What follows 长江 when the river is meant: its reaches, basin, banks and belt.</summary>
    private static readonly string[] YangtzeWords = { "上游", "中游", "下游", "中下游", "流域", "经济带", "沿岸", "两岸", "干流", "大桥", "大保护", "口" };

    /// <summary>委员 followed by 会 is a committee (欧盟委员会主席), not a member, unless 会 starts a verb (委员会见).</summary>
    private static bool IsCommitteeName(string text, int end, string post) =>
        post.EndsWith("委员", System.StringComparison.Ordinal) && end < text.Length && text[end] == '会' &&
        (end + 1 >= text.Length || MeetingVerbSeconds.IndexOf(text[end + 1]) < 0);

    /// <summary>Reads left from a post over the organisation and place in front of it, up to punctuation or a stop word.</summary>
    public static int TitleStart(string text, int postStart)
    {
        var start = ReadBackOverTitle(text, postStart);

        // A bracket the title does not close or open itself belongs to the sentence: （记者 王军）美国总统.
        var close = postStart > start ? text.LastIndexOfAny(ClosingBrackets, postStart - 1, postStart - start) : -1;
        if (close >= 0 && text.IndexOfAny(OpeningBrackets, start, close - start) < 0)
        {
            start = close + 1;
        }

        // A bracketed part opening the title is the sentence's (（法新社…电）以色列总统), not the title's.
        if (start < postStart && OpeningBrackets.Contains(text[start]) && text.IndexOfAny(ClosingBrackets, start, postStart - start) is var shut && shut > start)
        {
            start = shut + 1;
        }

        while (start < postStart && !IsTitleCharacter(text[start]))
        {
            start++;
        }

        // A date's 年, 月 or 日 after its digits is no part of the title (2004年胡锦涛主席, 5日布什总统); a date in Chinese
        // numerals is read as Han text, so the title skips it whole (一九九三年七月科技部部长).
        if (start < postStart && start > 0 && DateUnits.IndexOf(text[start]) >= 0 && char.IsDigit(text[start - 1]))
        {
            start++;
        }

        start = AfterChineseNumeralDates(text, start, postStart);

        if (StartsTwoCharacterPlace(text, start, postStart))
        {
            start--;
        }

        // 前 or 原 opening a clause, or after a conjunction, 于 or a verb that stops titles, is the former holder's prefix
        // of the whole title (前政务司司长X, 于前特首X, 任命前财政部长X); but 前 ends a time word (此前, 日前, 会前).
        if (start > 0 && start <= postStart && FormerPrefixes.IndexOf(text[start - 1]) >= 0 &&
            (start == 1 || !ChineseText.IsHan(text[start - 2]) || WordsBeforeFormerTitle.IndexOf(text[start - 2]) >= 0 ||
             (TitleLexicon.StopEndsAt(text, start - 1) && !EndsTimeWord(text, start - 1))))
        {
            start--;
        }

        // 现任, 前任 and 时任 (serving, former, then serving) are kept as written: 现任总统X, 前任军情局执行长X.
        if (start >= HeldWhenWordLength && HeldWhenWords.Any(w => string.CompareOrdinal(text, start - HeldWhenWordLength, w, 0, HeldWhenWordLength) == 0))
        {
            start -= HeldWhenWordLength;
            // A state before it is the title's too (美国现任总统, 美国候任总统).
            start -= StateLengthEndingAt(text, start);
        }

        return JoinedOrganisationStart(text, start, postStart);
    }

    /// <summary>Longest foreign state's name read back before a held-when word.</summary>
    private const int MaxStateLength = 8;

    /// <summary>The length of a foreign state's name that ends at <paramref name="end"/> and opens its clause or follows
    /// a stop (美国|现任总统), or 0.</summary>
    private static int StateLengthEndingAt(string text, int end)
    {
        for (var length = Math.Min(end, MaxStateLength); length >= 2; length--)
        {
            var start = end - length;
            if (TitleLexicon.IsForeignState(text.Substring(start, length)) &&
                (start == 0 || !ChineseText.IsHan(text[start - 1]) || TitleLexicon.StopEndsAt(text, start)))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>Characters that make a time or place word with a following 前 (此前, 日前, 会前, 目前, 三天前, 面前).</summary>
    private const string TimeWordsBeforeQian = "此日会目之以事年月天周时赛节提生空当眼面先早稍行从向上跟门战选访期";

    /// <summary>Whether 前 at <paramref name="at"/> ends a time word rather than opening a former holder's title.</summary>
    private static bool EndsTimeWord(string text, int at) =>
        text[at] == '前' && at > 0 && TimeWordsBeforeQian.IndexOf(text[at - 1]) >= 0;

    /// <summary>Where the title starts once the dates in Chinese numerals that open it (一九九三年, 七月, 二十日) are skipped.</summary>
    private static int AfterChineseNumeralDates(string text, int start, int postStart)
    {
        while (true)
        {
            var i = start;
            while (i < postStart && ChineseDateDigits.IndexOf(text[i]) >= 0)
            {
                i++;
            }

            if (i == start || i >= postStart - 1 || DateUnits.IndexOf(text[i]) < 0)
            {
                return start;
            }

            start = i + 1;
        }
    }

    /// <summary>Han characters and brackets the title may hold, left of the post, up to a stop word or the length bound.</summary>
    private static int ReadBackOverTitle(string text, int postStart)
    {
        var start = postStart;
        var openBracket = false;
        // 前 and 原 right before the post are its prefixes (泰国前总理), though 前 ends a title elsewhere (会前) and a
        // time word right before the post (此前总统X, 三天前总统X).
        if (start > 1 && FormerPrefixes.IndexOf(text[start - 1]) >= 0 && ChineseText.IsHan(text[start - 2]) && !EndsTimeWord(text, start - 1))
        {
            start--;
        }

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
            else if (!IsTitleCharacter(c))
            {
                break;
            }

            start--;
            // A foreign state opens its title (…过境点非盟委员会主席 is 非盟委员会主席), unless the title is a mission to it
            // (中国驻美国大使).
            if (TitleLexicon.StateStartsAt(text, start) && (start == 0 || text[start - 1] != '驻') && !openBracket &&
                !IsInnerMongolia(text, start))
            {
                break;
            }
        }

        return start;
    }

    /// <summary>蒙古 after 内 is China's Inner Mongolia (内蒙古自治区公安厅副厅长), not the state of Mongolia.</summary>
    private static bool IsInnerMongolia(string text, int stateStart) => stateStart > 0 && text[stateStart - 1] == '内';

    /// <summary>Han characters and Latin letters, half or full width: an organisation may be written in Latin letters
    /// (ＷＴＯ总干事, APEC秘书长).</summary>
    private static bool IsTitleCharacter(char c) =>
        ChineseText.IsHan(c) || ChineseText.IsAsciiLetter(c) || (c >= 'Ａ' && c <= 'Ｚ') || (c >= 'ａ' && c <= 'ｚ');

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
        while (left > 0 && ChineseText.IsHan(text[left - 1]) && start - left <= MaxJoinedPartLength && !TitleLexicon.StopEndsAt(text, left))
        {
            left--;
        }

        var reachesPunctuation = left == 0 || !ChineseText.IsHan(text[left - 1]);
        var holdsPost = Enumerable.Range(left, start - 1 - left).Any(i => TitleLexicon.PostAt(text, i) is not null);
        return left < start - 1 && reachesPunctuation && !holdsPost ? left : start;
    }

    /// <summary>Whether the one-character stop before <paramref name="start"/> is rather the first character of a
    /// two-character place (即墨区卫健局局长): a conjunction, then one character and a place suffix that is no generic
    /// word, with more title before the post.</summary>
    private static bool StartsTwoCharacterPlace(string text, int start, int postStart) =>
        start > 0 && start + 2 < postStart && PlaceInitialStops.IndexOf(text[start - 1]) >= 0 &&
        PlaceSuffixes.IndexOf(text[start + 1]) >= 0 && GenericPlaceHeads.IndexOf(text[start]) < 0 &&
        (start == 1 || !ChineseText.IsHan(text[start - 2]) || TitleLexicon.StopEndsAt(text, start - 1));
}
