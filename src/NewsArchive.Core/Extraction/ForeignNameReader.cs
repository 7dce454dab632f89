using System;
using System.Linq;
using NewsArchive.Core.Text;
using static NewsArchive.Core.Extraction.TitleWords;

namespace NewsArchive.Core.Extraction;

/// <summary>Reads names that need no Chinese surname: foreign names with dots or hyphens (约翰·史密斯), transliterated
/// names of minority or foreign syllables (阿不都热合曼, 普里马科夫), and, after a foreign title, any three or four
/// characters firmly ended (藤原健一). <see cref="NameReader"/> decides when each applies.</summary>
internal sealed class ForeignNameReader
{
    /// <summary>Longest part of a foreign name between dots (康斯坦丁内斯库 is 7).</summary>
    private const int MaxForeignPartLength = 8;

    /// <summary>Longest transliterated name read without dots (阿不都热合曼 is 6).</summary>
    private const int MaxTransliteratedLength = 6;

    /// <summary>Longest name of any characters after a foreign title (藤原健一).</summary>
    private const int MaxAnyNameLength = 4;

    /// <summary>Longest transliterated name read after a foreign title without dots (阿卜杜拉希扬 is 6).</summary>
    private const int MaxForeignRunLength = 8;

    private readonly string _text;

    public ForeignNameReader(string text) => _text = text;

    /// <summary>A Japanese name (<see cref="JapaneseNames"/>): a family name of the list, then a given name of up to three
    /// characters, ended by what follows names (冈田克也说, 谷内正太郎说, 鸠山由纪夫表示, 安倍表示). Of the readings so
    /// ended, a given name of two characters is the likeliest, then of three (慎太郎), one, none: the model cannot choose
    /// (冈田克 0.76 against 冈田克也 0.03: 也 is "also" elsewhere). 0 when the text does not start with such a family name
    /// or no reading is ended.</summary>
    public int ReadJapaneseName(int position)
    {
        var family = JapaneseNames.FamilyNameAt(_text, position);
        if (family == 0)
        {
            return 0;
        }

        foreach (var given in GivenLengthsByLikelihood)
        {
            var length = family + given;
            if (ChineseNames.AllHan(_text, position, length) && EndsName(position + length) && MayBeGivenName(position + family, given))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>Whether <paramref name="length"/> characters at <paramref name="start"/> may be a Japanese given name: none
    /// starts with a word of the sentence (安倍表示, 安倍在会上) but 和 of two characters (中村和夫10日), none holds a word of
    /// two characters after its first (太田薰|先生), and one character never ends a name (安倍在).</summary>
    private bool MayBeGivenName(int start, int length)
    {
        if (length == 0)
        {
            return true;
        }

        if (TitleLexicon.FollowerAt(_text, start, out _) > 0 && !(length == 2 && _text[start] == '和'))
        {
            return false;
        }

        for (var i = start + 1; i < start + length; i++)
        {
            if (TitleLexicon.FollowerAt(_text, i, out _) > 1)
            {
                return false;
            }
        }

        return length != 1 || !TitleLexicon.NeverEndsName(_text[start]);
    }

    /// <summary>Lengths of a Japanese given name, likeliest first (two characters is the common form).</summary>
    private static readonly int[] GivenLengthsByLikelihood = { 2, 3, 1, 0 };

    /// <summary>Whether a name may end before <paramref name="end"/>: the text ends, or punctuation, a word that goes on
    /// the sentence or a post follows.</summary>
    private bool EndsName(int end) =>
        end >= _text.Length || !ChineseText.IsHan(_text[end]) || TitleLexicon.FollowerAt(_text, end, out _) > 0 || TitleLexicon.PostAt(_text, end) is not null;

    /// <summary>After a foreign title: three or four characters firmly ended, not a word (藤原健一, 中村和夫). Shorter
    /// foreign names are read from their syllables; two characters of any kind are a word far more often (相识, 职权).
    /// A word that goes on the sentence starts none (总统仍按计划出访).</summary>
    public int ReadAnyName(int position)
    {
        if (TitleLexicon.FollowerAt(_text, position, out _) > 0)
        {
            return 0;
        }

        var weak = 0;
        for (var length = 3; length <= MaxAnyNameLength; length++)
        {
            // 中 starts words (中方, 中期) but also Japanese names of three or four characters (中村和夫). A last character
            // that never ends a name (菲永会, 讪森说) is the sentence's.
            if (ChineseNames.AllHan(_text, position, length) && (!TitleLexicon.IsFunctionWord(_text[position]) || _text[position] == '中') &&
                !HoldsParticle(position, length) && !HoldsFirmWord(position, length) && !TitleLexicon.NeverEndsName(_text[position + length - 1]) &&
                TitleLexicon.FollowerAt(_text, position + length, out var strong) > 0 &&
                (strong || TitleLexicon.ClosesName(_text[position + length])) &&
                !_text.Substring(position, length).Contains('某') && !ChineseNames.StartsWithWord(_text.Substring(position, length)))
            {
                // A firm ending beats a weak one after fewer characters (安倍晋三表示: 三 is no follower).
                if (strong)
                {
                    return length;
                }

                weak = weak > 0 ? weak : length;
            }
        }

        return weak;
    }

    /// <summary>Whether a word of two characters that goes on the sentence starts inside a candidate after its first
    /// character (萨隆昨天说: 昨天).</summary>
    private bool HoldsFirmWord(int position, int length) => HoldsWord(position, length, TitleLexicon.StartsFirmWord);

    /// <summary>Whether a stop word of two characters (致电, 会见) starts inside a candidate after its first character;
    /// followers such as 特别 may be syllables (穆拉特别克).</summary>
    private bool HoldsStopWord(int position, int length) => HoldsWord(position, length, TitleLexicon.StartsLongStop);

    /// <summary>Whether a word <paramref name="startsWord"/> recognises starts inside a candidate, after its first
    /// character and before its last.</summary>
    private bool HoldsWord(int position, int length, Func<string, int, bool> startsWord)
    {
        for (var i = position + 1; i < position + length - 1; i++)
        {
            if (startsWord(_text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where a conjunction (和, 与, 及) stands inside text[start, end), -1 when none.</summary>
    private int ConjunctionInside(int start, int end)
    {
        for (var k = start + 1; k < end - 1; k++)
        {
            if (NameJoiningConjunctions.IndexOf(_text[k]) >= 0)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Where a date written in Chinese numerals (三月, 二十三日) starts inside text[start, end), -1 when none.</summary>
    private int DateInNumeralsInside(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            var run = k;
            while (run < end && ChineseNumerals.IndexOf(_text[run]) >= 0)
            {
                run++;
            }

            if (run > k && run < _text.Length && _text[run] is '月' or '日' or '年')
            {
                return k;
            }
        }

        return -1;
    }

    private const string ChineseNumerals = "〇一二三四五六七八九十";

    /// <summary>Conjunctions that join two people's names.</summary>
    private const string NameJoiningConjunctions = "和与及";

    /// <summary>Whether a particle of a clause stands inside a candidate after its first character (执政以来, 团时表示,
    /// 曾明确地): a clause, not a name. 上, 下, 中 and 和 are left out: Japanese names hold them (山下俊介, 中村和夫).</summary>
    private bool HoldsParticle(int position, int length)
    {
        for (var i = position + 1; i < position + length; i++)
        {
            if (ClauseParticles.IndexOf(_text[i]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A name of transliteration syllables at <paramref name="position"/> (格桑, 洛桑旺堆) firmly ended by
    /// punctuation, a post, a two-character word or a word that closes names; 0 when none. The longest such reading.</summary>
    public int ReadTransliteratedName(int position)
    {
        if (TitleLexicon.IsFunctionWord(_text[position]) || TitleLexicon.FollowerAt(_text, position, out _) > 0)
        {
            return 0;
        }

        for (var length = Math.Min(MaxTransliteratedLength, _text.Length - position); length >= 2; length--)
        {
            // A word after the name may be made of the same syllables (马丽多次强调): no two-character follower inside.
            var end = position + length;
            var holdsWord = HoldsWordNotAcrossEnd(position, length);
            if (!holdsWord && ChineseNames.LooksLikeTransliteratedName(_text.Substring(position, length)) &&
                TitleLexicon.FollowerAt(_text, end, out var strong) > 0 && (strong || ClosesTransliteratedName(_text[end], length)))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>Whether a firm word of two characters or more starts inside the <paramref name="length"/> characters at
    /// <paramref name="position"/>, after the first: the sentence goes on there. A word across the end loses to a word
    /// starting at the end (叶尔波拉提出席: 提出 or 出席, and 出席 ends the name where 提出 would strand 席).</summary>
    private bool HoldsWordNotAcrossEnd(int position, int length)
    {
        var end = position + length;
        var endsFirmly = TitleLexicon.FollowerAt(_text, end, out var firmEnd) > 1 && firmEnd;
        for (var i = position + 1; i < end; i++)
        {
            if (TitleLexicon.FollowerAt(_text, i, out var firm) is var size && size > 1 && firm && !(endsFirmly && i + size > end))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A Tibetan name of two or three parts at <paramref name="position"/> (次仁占堆, 格松达哇, <see
    /// cref="TibetanNames"/>) ended by punctuation, a post or a word that goes on the sentence, with no such word inside
    /// it; the longest such reading, 0 when none.</summary>
    public int ReadTibetanName(int position)
    {
        if (TitleLexicon.IsFunctionWord(_text[position]) || TitleLexicon.FollowerAt(_text, position, out _) > 0)
        {
            return 0;
        }

        var lengths = TibetanNames.LengthsAt(_text, position);
        foreach (var length in lengths)
        {
            var end = position + length;
            // Known parts all through, up to where no part can go on, end the name by themselves (乡长扎西甲措有些激动,
            // 所长罗绒丁真接到): a verb the lexicon lacks follows.
            if (length == lengths[0] && TibetanNames.AllPartsKnown(_text, position, length) && !HoldsFirmWord(position, length))
            {
                return length;
            }

            var holdsWord = HoldsWordNotAcrossEnd(position, length);
            if (!holdsWord && (end >= _text.Length || !ChineseText.IsHan(_text[end]) || TitleLexicon.PostAt(_text, end) is not null ||
                               (TitleLexicon.FollowerAt(_text, end, out var strong) > 0 && (strong || ClosesTransliteratedName(_text[end], length)))))
            {
                return length;
            }
        }

        return 0;
    }

    /// <summary>The run of foreign-name syllables at <paramref name="position"/>, up to a two-character word that starts
    /// inside it (库马拉通加夫人: 夫人), when a follower (or punctuation) ends it; 0 otherwise.</summary>
    public int ReadForeignSyllables(int position)
    {
        // The first syllable may be any character that starts no word (武切维奇, 兹巴里): a surname or a rarer syllable.
        var end = position;
        while (end < _text.Length && end - position < MaxForeignRunLength &&
               (ChineseNames.IsForeignSyllable(_text[end]) || (end == position && ChineseText.IsHan(_text[end]) && TitleLexicon.FollowerAt(_text, end, out _) == 0)) &&
               (end - position < 2 || !TitleLexicon.StartsLongFollower(_text, end)))
        {
            end++;
        }

        // A character that never ends a name (于, 在, 将) ends the sentence's word after the run instead (费南德兹于仍在).
        while (end - position > 2 && TitleLexicon.NeverEndsName(_text[end - 1]))
        {
            end--;
        }

        var length = end - position;
        return length >= 2 && !TitleLexicon.IsFunctionWord(_text[position]) && TitleLexicon.FollowerAt(_text, end, out _) > 0 ? length : 0;
    }

    /// <summary>One-character words that end a transliterated name: those that close any name, the possessive 的
    /// (泽郎的汇报), and 和 after a name of four or more syllables, too long to go on into a word (恩赫包勒德和).</summary>
    private static bool ClosesTransliteratedName(char c, int length) =>
        TitleLexicon.ClosesName(c) || c == '的' || (c == '和' && length >= 4);

    /// <summary>A foreign name with dots or hyphens between its parts (约翰·史密斯, 让-皮埃尔·杜邦, or an ideographic space
    /// between transliterations: 希拉里　克林顿), ended by the first
    /// follower after its last joiner; 0 when there is no joiner.</summary>
    private static readonly char[] NameParticles = { '的', '是' };

    /// <summary>Whether a capital letter, half or full width, stands at <paramref name="at"/> between a joiner before it
    /// and a joiner and a Han part after it.</summary>
    private bool IsInitialPart(int at) =>
        at + 2 < _text.Length && (_text[at] is >= 'A' and <= 'Z' || _text[at] is >= 'Ａ' and <= 'Ｚ') &&
        ChineseNames.IsJoinerAt(_text, at + 1) && ChineseText.IsHan(_text[at + 2]);

    public int ReadForeignName(int position)
    {
        var i = position;
        var lastPart = -1;
        while (true)
        {
            // A middle initial between two parts (乔治·W·布什, 詹姆斯·Ｅ·加特莱特) is a part of its own.
            if (lastPart >= 0 && IsInitialPart(i))
            {
                i += 2;
                lastPart = i;
                continue;
            }

            var start = i;
            while (i < _text.Length && ChineseText.IsHan(_text[i]) && i - start < MaxForeignPartLength)
            {
                i++;
            }

            if (i == start)
            {
                return 0;
            }

            var joiner = i + 1 < _text.Length ? ChineseNames.JoinerLengthAt(_text, i) : 0;
            if (joiner > 0 && i + joiner < _text.Length && (ChineseText.IsHan(_text[i + joiner]) || IsInitialPart(i + joiner)))
            {
                // The particles 的 and 是 stand in no transliterated part: before the first joiner the sentence runs
                // on into the name (女部长便是X·Y, 队的明星X·Y).
                if (lastPart < 0 && (_text.IndexOfAny(NameParticles, start, i - start) >= 0 || HoldsStopWord(start, i - start)))
                {
                    // … and no word of the sentence either (李克强致电安东尼·阿尔巴尼斯: 致电).
                    return 0;
                }

                // Two dotted names joined by a conjunction (理查得·伯特和尤里·纳扎尔金): the first ends before it.
                if (lastPart >= 0 && ConjunctionInside(start, i) is var conjunction && conjunction > start + 1)
                {
                    return conjunction - position;
                }

                i += joiner;
                lastPart = i;
                continue;
            }

            break;
        }

        // A date in Chinese numerals after the last part is the sentence's (阿道夫·达布斯三月二十三日).
        if (lastPart >= 0 && DateInNumeralsInside(lastPart, i) is var date && date >= lastPart + 2)
        {
            return date - position;
        }

        if (lastPart < 0)
        {
            return 0;
        }

        for (var end = lastPart + 1; end <= i; end++)
        {
            // A noun of the holder's office ends the name (X·Y权力的转移, X·Y任期内), where the part before it is all
            // syllables (not 波波夫金应美国|战略司令部).
            if (end - lastPart >= 2 && TitleLexicon.StartsNounAfterPost(_text, end) && _text[end] != '府' && AllForeignSyllables(lastPart, end))
            {
                return end - position;
            }

            // A rank or post after the name is its holder's (约翰·皮塔中校, X·Y总统).
            if (end - lastPart >= 2 && TitleLexicon.PostAt(_text, end) is not null)
            {
                return end - position;
            }

            if (TitleLexicon.FollowerAt(_text, end, out var strong) > 0)
            {
                return SyllableBeforeFirmEnd(end, strong) ? end + 1 - position : end - position;
            }
        }

        // Nothing ends the last part: it ends with its run of transliteration syllables, not in the sentence after it
        // (拉希德·阿布·什巴克未能阻止, 弗拉基米尔·波波夫金应美国邀请).
        var syllables = lastPart;
        while (syllables < i && ChineseNames.IsForeignSyllable(_text[syllables]))
        {
            syllables++;
        }

        return syllables - lastPart >= 2 ? syllables - position : i - position;
    }

    /// <summary>Whether every character of text[start, end) is a syllable of the transliteration tables.</summary>
    private bool AllForeignSyllables(int start, int end)
    {
        for (var k = start; k < end; k++)
        {
            if (!ChineseNames.IsForeignSyllable(_text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the one-character follower at <paramref name="end"/> is rather the last syllable of the name: a
    /// transliteration syllable that does not close names (都, 和), followed by a firm ending (阿不都主持, but 史密斯在会上
    /// ends at 在).</summary>
    private bool SyllableBeforeFirmEnd(int end, bool strong)
    {
        if (strong || end >= _text.Length || TitleLexicon.ClosesName(_text[end]) || !ChineseNames.IsTransliterationSyllable(_text[end]))
        {
            return false;
        }

        return TitleLexicon.FollowerAt(_text, end + 1, out var firm) > 0 && firm && !TitleLexicon.StartsLongFollower(_text, end);
    }}
