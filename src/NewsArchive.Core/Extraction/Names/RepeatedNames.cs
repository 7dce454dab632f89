using System;
using System.Collections.Generic;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>A name the model reads with confidence somewhere in a text is a name at its other occurrences too, where the
/// context alone says little (方骏长于用水 after 画家方骏); so is the given name of a three-character name, standing
/// alone for the person (钟书 after 钱钟书). Each such occurrence is kept when the model gives it at least a small
/// probability of being exactly one name, which keeps out a name's characters inside another word.</summary>
internal static class RepeatedNames
{
    // Both chosen on the tune set read as pages of 20 sentences (bench/ner/README.md): F1 0.8774 without, 0.8860 with.

    /// <summary>Confidence a recognised name needs before its other occurrences are looked for.</summary>
    private const double SourceConfidence = 0.5;

    /// <summary>Least probability of being exactly one name an occurrence needs to be taken.</summary>
    private const double OccurrenceFloor = 0.05;

    /// <summary>The names with the other occurrences, inside text[from, to), of the confident ones among them (positions
    /// in text), in order. An occurrence is taken, with the probability <paramref name="probability"/> gives it, when that
    /// is at least the floor and it overlaps no name. (Letting it replace an overlapping name read with less confidence
    /// was tried: tune F1 0.8853 against 0.8860.)</summary>
    public static List<NameSpan> AddRepeats(string text, int from, int to, IReadOnlyList<NameSpan> names, Func<int, int, double> probability)
    {
        var result = new List<NameSpan>(names);
        foreach (var form in Forms(text, names))
        {
            for (var at = text.IndexOf(form, from, to - from, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < to ? text.IndexOf(form, at + 1, to - at - 1, StringComparison.Ordinal) : -1)
            {
                if (result.TrueForAll(n => !Overlap(n, at, form.Length)))
                {
                    var p = probability(at, form.Length);
                    if (p >= OccurrenceFloor)
                    {
                        result.Add(new NameSpan(at, form.Length, p));
                    }
                }
            }
        }

        result.Sort((x, y) => x.Start.CompareTo(y.Start));
        return result;
    }

    /// <summary>The confident names' texts, then the given names of the three-character ones, each once.</summary>
    private static List<string> Forms(string text, IReadOnlyList<NameSpan> names)
    {
        var forms = new List<string>();
        foreach (var name in names)
        {
            if (name.Confidence >= SourceConfidence && name.Length >= 2)
            {
                AddOnce(forms, text.Substring(name.Start, name.Length));
            }
        }

        foreach (var name in names)
        {
            if (name.Confidence >= SourceConfidence && name.Length == 3)
            {
                AddOnce(forms, text.Substring(name.Start + 1, 2));
            }
        }

        return forms;
    }

    private static void AddOnce(List<string> forms, string form)
    {
        if (!forms.Contains(form))
        {
            forms.Add(form);
        }
    }

    private static bool Overlap(NameSpan span, int start, int length) => start < span.End && span.Start < start + length;
}
