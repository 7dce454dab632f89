using System;
using System.Linq;
using NewsArchive.Core.Extraction.Names;
using NewsArchive.Core.Text;

namespace NewsArchive.Core.Extraction;

/// <summary>The statistical person-name model's view of a name the rules read (<see cref="PersonNameRecognizer"/>): the one
/// place the binding asks the model, so it does not depend on the model's API.</summary>
/// <remarks>The rules read a name after a title from what follows names; the model reads the stretch and knows what
/// names look like. Measured on every labelled set (bench/Evaluate-Officials.ps1), the model is a poor judge of Han names
/// the rules read (项东来 0.004, 边疆 0.03) but a good one of what follows a foreign title (候选人, 大选年 0.000), and it
/// reads transliterated names the rules cannot end (切尼此次, 卡斯特罗提醒). So: its reading fills a place where the
/// rules found none, extends a transliteration the rules cut short, and replaces a rule reading after a foreign title
/// that it rules out.</remarks>
internal static class NameEvidence
{
    /// <summary>After a foreign title, a rule reading the model gives less than this is no name (with main's model of
    /// 30 November: 候选人 0.001, 大选年 0.003, 应把 0.023, 国西 0.024); Japanese names of four characters score above it
    /// (松本诚一 0.036, 小池康弘 0.111). Tied to the model: re-measure when it is retrained.</summary>
    private const double NotANameBelow = 0.03;

    /// <summary>A four-character reading that starts with two surnames is taken at this probability or more when it beats
    /// the three-character one (林郑月娥 0.45 against 林郑月 0.36 before 周二; 陈方安生 0.73).</summary>
    private const double MarriedNameFrom = 0.3;

    /// <summary>The model's own reading of a name right after a title is taken at this confidence or more.</summary>
    private const double TakenFrom = 0.5;

    /// <summary>The model's reading replaces a rule reading of another length when it is this much likelier
    /// (罗斯尤 → 罗斯尤可夫).</summary>
    private const double ReplacesBy = 0.3;

    /// <summary>Characters read before and after a name's start to let the model see it in context.</summary>
    private const int ContextBefore = 4;
    private const int WindowAfter = 12;

    /// <summary>Of two readings of a name at <paramref name="start"/>, the length the model finds likelier (the first on a
    /// tie).</summary>
    public static int Likelier(string text, int start, int first, int second) =>
        Score(text, start, first) >= Score(text, start, second) ? first : second;

    /// <summary>A Chinese name the rules find between an organisation and its post is taken at this confidence or more:
    /// names there score 0.25 (蔡奇), 0.35 (胥波), 0.54 (黄良林); the words that can stand there 0.003 or less (国防, 政协).</summary>
    private const double PlausibleFrom = 0.1;

    /// <summary>Whether the model finds text[start, start + length) plausibly a name (<see cref="PlausibleFrom"/>).</summary>
    public static bool IsPlausibleName(string text, int start, int length) => Score(text, start, length) >= PlausibleFrom;

    /// <summary>Whether the model rules text[start, start + length) out as a name (<see cref="NotANameBelow"/>).</summary>
    public static bool RulesOutName(string text, int start, int length) => Score(text, start, length) < NotANameBelow;

    /// <summary>Whether the model lets a rule reading that starts with a word of the sentence stand: after a conjunction
    /// only a sure name (names starting with 和 or 同 are rare: 和副 0.030, 和从 0.048), after a verb or preposition that
    /// is a surname too any reading it does not rule out (谈话 0.005, 向大 0.014; 向明 0.20, 于东来 0.07 stand).</summary>
    public static bool Admits(string text, int start, int length, bool afterConjunction) =>
        Score(text, start, length) >= (afterConjunction ? TakenFrom : NotANameBelow);

    /// <summary>The length of the name right after a title at <paramref name="start"/>: the rules'
    /// <paramref name="ruleLength"/> (0 for none) unless the model rules it out or reads a likelier one there.</summary>
    public static int Decide(string text, int start, int ruleLength, bool foreign)
    {
        if (ruleLength == 0)
        {
            // A word that goes on the sentence (表示, 当天) is no name: the model is not asked.
            return start < text.Length && TitleLexicon.FollowerAt(text, start, out _) == 0 ? Proposed(text, start, foreign) : 0;
        }

        // A name in Latin letters (发言人Georg Streiter) is read whole by the rules; the model knows only Han text.
        if (ChineseText.IsAsciiLetter(text[start]))
        {
            return ruleLength;
        }

        // A Japanese name read from its family name (尾身幸次, 冈田克也) is the rules' firm evidence: the model knows few
        // of them and rules them out (冈田克也 0.03).
        if (JapaneseNames.FamilyNameAt(text, start) is var family && family > 0 && ruleLength > family)
        {
            return ruleLength;
        }

        // A Korean name ending in 在 (金永在) is cut by the rules, 在 being "at" elsewhere; but 在 before a verb of speech
        // or meeting has no place to be at: it is the name's (大使金永在说, 金永在表示; not 王明在会上说).
        if (ruleLength == 2 && ChineseNames.SurnameLength(text, start) == 1 && EndsWithZaiBeforeVerb(text, start + ruleLength))
        {
            return ruleLength + 1;
        }

        // A married woman's name in Hong Kong puts her husband's surname before her own (林郑月娥, 陈方安生): the rules
        // read three characters; where the model finds the four likelier and plausible, or does not rule them out and a
        // firm ending follows them, they are the name.
        if (!foreign && ruleLength == ChineseNames.MaxHanNameLength && IsMarriedName(text, start))
        {
            return ruleLength + 1;
        }

        // 时 after a name closes a clause of time (会见中国驻俄大使武韬时指出): where the model finds the name without it at
        // least as likely, 时 is the sentence's.
        if (ruleLength == ChineseNames.MaxHanNameLength && text[start + ruleLength - 1] == '时' &&
            Score(text, start, ruleLength - 1) >= Score(text, start, ruleLength))
        {
            return ruleLength - 1;
        }

        // A name written with dots or hyphens (差猜·通萨) is firm evidence of its own, but where nothing the rules know
        // ends its last part the sentence may run on in it (保罗·奥尼尔一再强调, 托马斯·皮克林下令): the model's shorter
        // reading, surely a name and keeping two characters of that part, ends it before a word of two characters or more
        // that starts with no syllable (but 班汉·西巴阿差 keeps its 差).
        if (HoldsJoiner(text, start, ruleLength))
        {
            return DottedNameEnd(text, start, ruleLength);
        }

        // A transliteration of three syllables or more, followed by a Han character that starts no word of the sentence
        // (斯捷尔|可夫, but 卡苏里|通电话), may be one the rules cut short; after a foreign title so may a name of other
        // characters (Japanese 宫泽喜|一, 石原慎|太郎); and so may any reading, of two characters too, that the next
        // character does not end, not even as a word of one character (戈尔|巴乔夫, 司法部长龚萨雷|斯; but 吴婷一同走访,
        // 拜登亦表示 and 刘奇作报告 stay).
        var end = start + ruleLength;
        if (ruleLength >= 2 && end < text.Length && ChineseText.IsHan(text[end]) && !StartsSentenceWord(text, end) &&
            ((ruleLength >= ChineseNames.MaxHanNameLength && (foreign || AllForeignSyllables(text, start, ruleLength))) || TitleLexicon.FollowerAt(text, end, out _) == 0) &&
            ModelNameAt(text, start) is var longer && longer.Length > ruleLength && longer.Confidence >= TakenFrom &&
            longer.Confidence >= Score(text, start, ruleLength) + ReplacesBy)
        {
            return longer.Length;
        }

        // Only after a foreign title, where the rules read any characters as a name, and never a reading made of
        // transliteration syllables alone (穆苏克瓦, 索坦尼耶): the model knows too few of those.
        if (!foreign || AllForeignSyllables(text, start, ruleLength) || Score(text, start, ruleLength) >= NotANameBelow)
        {
            return ruleLength;
        }

        // The model's own reading replaces the one it rules out, but never cuts it short: its first part alone is no
        // surer a name (田中秀和当天 is not 田中秀).
        var proposed = Proposed(text, start, foreign);
        return proposed > 0 && proposed < ruleLength ? ruleLength : proposed;
    }

    /// <summary>The length of the model's own reading at <paramref name="start"/> when it is sure enough; 0 otherwise.</summary>
    /// <remarks>After a title that is not foreign, a reading of two characters must be a surname and a given name: the
    /// model takes words there for names (第一书记扎根一线).</remarks>
    private static int Proposed(string text, int start, bool foreign)
    {
        var name = ModelNameAt(text, start);
        if (name.Confidence < TakenFrom)
        {
            return 0;
        }

        var length = WithoutWordAcrossEnd(text, start, name.Length);
        return foreign || length != 2 || ChineseNames.SurnameLength(text, start) == 1 || IsSureListedName(text, start, name) ? length : 0;
    }

    private static bool EndsWithZaiBeforeVerb(string text, int at) =>
        at + 1 < text.Length && text[at] == '在' && VerbsAfterZaiName.Any(v => string.CompareOrdinal(text, at + 1, v, 0, v.Length) == 0);

    /// <summary>Verbs of speech and meeting that follow a name directly, never 在 "at" (在说 is a progressive only
    /// after a pronoun). Not 回答 or 介绍: 在回答…时 and 在介绍…时 are clauses of time (发言人陆慷在回答记者提问时).</summary>
    private static readonly string[] VerbsAfterZaiName = { "表示", "指出", "强调", "认为", "会见", "宣布", "称", "说" };

    /// <summary>A name of two characters with no surname (Tibetan and Mongolian names: 热地, 布赫) the model is sure of,
    /// ended as a list ends a name (、, ，, 和, 与, the end): words there (扎根一线) go on the sentence instead.</summary>
    private static bool IsSureListedName(string text, int start, (int Length, double Confidence) name)
    {
        var end = start + name.Length;
        return name.Confidence >= SureFrom && (end >= text.Length || !ChineseText.IsHan(text[end]) || text[end] is '和' or '与');
    }

    /// <summary>A reading the model is this sure of needs no surname where a list ends it (热地 0.9 before 、, 布赫 0.86
    /// before 和).</summary>
    private const double SureFrom = 0.8;

    /// <summary>A reading whose last characters start a word of the sentence running past its end ends before that word
    /// (塞申斯召|开记者会: 召开 is the sentence's); a reading of two characters is kept.</summary>
    private static int WithoutWordAcrossEnd(string text, int start, int length)
    {
        var end = start + length;
        for (var i = start + 2; i < end; i++)
        {
            if (TitleLexicon.FollowerAt(text, i, out var firm) is var size && size > 1 && firm && i + size > end)
            {
                return i - start;
            }
        }

        return length;
    }

    /// <summary>Whether a word of two characters or more that goes on the sentence starts there: a follower (通电话) or a
    /// stop (明天).</summary>
    private static bool StartsSentenceWord(string text, int position) =>
        TitleLexicon.StartsLongFollower(text, position) || TitleLexicon.StartsLongStop(text, position) ||
        TitleLexicon.ChineseDayLength(text, position) > 0;

    /// <summary>Whether text[start, start + 4) is a married woman's name of two surnames and a given name (林郑月娥): the
    /// model finds it likelier than the first three and plausible, or does not rule it out and a firm ending follows.</summary>
    private static bool IsMarriedName(string text, int start)
    {
        var fourth = start + ChineseNames.MaxHanNameLength;
        if (!StartsWithTwoSurnames(text, start) || fourth >= text.Length || !ChineseText.IsHan(text[fourth]) || StartsSentenceWord(text, fourth))
        {
            return false;
        }

        var married = Score(text, start, ChineseNames.MaxHanNameLength + 1);
        return (married >= MarriedNameFrom && married > Score(text, start, ChineseNames.MaxHanNameLength)) ||
               (married >= NotANameBelow && EndsFirmlyAfterOneMore(text, fourth));
    }

    /// <summary>Whether the character at <paramref name="at"/> starts no word, ends no name and is no particle (阿齐兹时),
    /// and punctuation, the end of the text or a follower of two characters comes right after it (林郑月娥宣布,
    /// 林郑月娥。).</summary>
    private static bool EndsFirmlyAfterOneMore(string text, int at) =>
        TitleLexicon.FollowerAt(text, at, out _) == 0 && !TitleLexicon.NeverEndsName(text[at]) && TitleWords.ClauseParticles.IndexOf(text[at]) < 0 &&
        (at + 1 == text.Length || !ChineseText.IsHan(text[at + 1]) || (TitleLexicon.FollowerAt(text, at + 1, out var firm) > 1 && firm));

    private static bool StartsWithTwoSurnames(string text, int start) =>
        ChineseNames.SurnameLength(text, start) == 1 && ChineseNames.SurnameLength(text, start + 1) == 1;


    private static bool AllForeignSyllables(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (!ChineseNames.IsForeignSyllable(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A last part of this many characters or more may hold words of the sentence (奥尼尔一再).</summary>
    private const int LongLastPart = 4;

    private static int DottedNameEnd(string text, int start, int ruleLength)
    {
        var lastPart = start + ruleLength;
        while (lastPart > start && !ChineseNames.IsJoinerAt(text, lastPart - 1))
        {
            lastPart--;
        }

        if (start + ruleLength - lastPart < LongLastPart)
        {
            return ruleLength;
        }

        var model = ModelNameAt(text, start);
        var end = start + model.Length;
        return model.Confidence >= TakenFrom && end >= lastPart + 2 && end <= start + ruleLength - 2 &&
               !ChineseNames.IsForeignSyllable(text[end])
            ? model.Length
            : ruleLength;
    }

    private static bool HoldsJoiner(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (ChineseNames.IsJoinerAt(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The length of the ending of text[from, end) that the model finds likeliest a name, two to
    /// <paramref name="maxLength"/> characters, when it reaches <see cref="TakenFrom"/>; 0 otherwise.</summary>
    public static int SurestNameEndingAt(string text, int from, int end, int maxLength)
    {
        var best = 0;
        var bestScore = TakenFrom;
        for (var length = 2; length <= Math.Min(maxLength, end - from); length++)
        {
            var score = Score(text, end - length, length);
            if (score >= bestScore)
            {
                best = length;
                bestScore = score;
            }
        }

        return best;
    }

    /// <summary>The model's name starting at <paramref name="start"/> in a short window around it; length 0 when the model
    /// reads none starting there.</summary>
    private static (int Length, double Confidence) ModelNameAt(string text, int start)
    {
        if (start >= text.Length || !ChineseText.IsHan(text[start]))
        {
            return (0, 0);
        }

        var from = Math.Max(0, start - ContextBefore);
        var to = Math.Min(text.Length, start + WindowAfter);
        foreach (var span in PersonNameRecognizer.Default.Recognize(text, from, to - from))
        {
            if (span.Start == start && span.End < to)
            {
                return (span.Length, span.Confidence);
            }
        }

        return (0, 0);
    }

    /// <summary>The model's probability that text[start, start + length) is exactly one person's name.</summary>
    private static double Score(string text, int start, int length) => PersonNameRecognizer.Default.NameScore(text, start, length);
}
