using System;
using NewsArchive.Core.Extraction.Names;
using NewsArchive.Core.Text;

namespace NewsArchive.Core.Extraction;

/// <summary>The statistical person-name model's view of a name the rules read (<see cref="PersonNameRecognizer"/>): the one
/// place the binding asks the model, so it does not depend on the model's API.</summary>
/// <remarks>The rules read a name after a title from what follows names; the model reads the whole stretch and knows
/// what names look like. The rules keep the readings the model does not rule out; the model's own reading replaces
/// one it rules out (谈判, 成功, 候选人 after 总统) or fills a place where the rules found nothing (外长卡苏里通电话).</remarks>
internal static class NameEvidence
{
    /// <summary>A rule reading the model gives less than this is no name: words after a title (谈判 0.02, 候选人 0.00,
    /// 关心 0.01) score under it, transliterated names the rules read rightly score well above it.</summary>
    internal static double NotANameBelow = Env("NA_VETO", 0.02);

    /// <summary>The model's own reading of a name right after a title is taken at this confidence or more.</summary>
    internal static double TakenFrom = Env("NA_PROPOSE", 0.5);

    /// <summary>The model's reading replaces a rule reading of another length when it is this much likelier
    /// (罗斯尤 → 罗斯尤可夫).</summary>
    internal static double ReplacesBy = Env("NA_MARGIN", 0.3);

    /// <summary>Characters read before and after a name's start to let the model see it in context.</summary>
    private const int ContextBefore = 4;
    private const int WindowAfter = 12;

    private static double Env(string name, double fallback) =>
        double.TryParse(Environment.GetEnvironmentVariable(name), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : fallback;

    /// <summary>Of two readings of a name at <paramref name="start"/>, the length the model finds likelier (the first on a
    /// tie).</summary>
    public static int Likelier(string text, int start, int first, int second) =>
        Score(text, start, first) >= Score(text, start, second) ? first : second;

    /// <summary>The length of the name right after a title at <paramref name="start"/>: the rules'
    /// <paramref name="ruleLength"/> (0 for none) unless the model rules it out or reads a likelier one there.</summary>
    public static int Decide(string text, int start, int ruleLength, bool foreign)
    {
        if (ruleLength > 0 && HoldsJoiner(text, start, ruleLength))
        {
            return ruleLength;
        }

        var proposed = ModelNameAt(text, start);
        if (Environment.GetEnvironmentVariable("NA_DEBUG") == "1") Console.Error.WriteLine($"DECIDE {text.Substring(start, Math.Min(6, text.Length - start))} rule={ruleLength} prop={proposed.Length}/{proposed.Confidence:0.00} foreign={foreign}");
        if (ruleLength == 0)
        {
            return proposed.Confidence >= TakenFrom ? proposed.Length : 0;
        }

        if (proposed.Length == ruleLength)
        {
            return ruleLength;
        }

        var score = Score(text, start, ruleLength);
        if (proposed.Length > ruleLength && ruleLength >= MaxHanNameLength && proposed.Confidence >= TakenFrom &&
            proposed.Confidence >= score + ReplacesBy)
        {
            return proposed.Length;
        }

        // Only after a foreign title, where the rules read any characters as a name, and never a reading made of
        // transliteration syllables alone (穆苏克瓦, 索坦尼耶): the model knows too few of those.
        if (!foreign || score >= NotANameBelow || AllForeignSyllables(text, start, ruleLength))
        {
            return ruleLength;
        }

        return proposed.Confidence >= TakenFrom ? proposed.Length : 0;
    }

    private const int MaxHanNameLength = 3;

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

    private static bool HoldsJoiner(string text, int start, int length)
    {
        for (var i = start; i < start + length; i++)
        {
            if (ChineseNames.IsNameJoiner(text[i]))
            {
                return true;
            }
        }

        return false;
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
