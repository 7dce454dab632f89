using System;
using System.Collections.Generic;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>A name the model reads with confidence somewhere in a text is a name at its other occurrences too, where the
/// context alone says little (方骏长于用水 after 画家方骏); so is the given name of a three-character name, standing
/// alone for the person (钟书 after 钱钟书), and so is its surname (老傅, 侯老 after 傅同春, 侯祥麟). Each such occurrence
/// is kept when the model gives it at least a small probability of being exactly one name, which keeps out a name's
/// characters inside another word; a lone surname, one character that is part of many words, needs more.</summary>
internal static class RepeatedNames
{
    // Both chosen on the tune set read as pages of 20 sentences (bench/ner/README.md): F1 0.8774 without, 0.8860 with.

    /// <summary>Confidence a recognised name needs before its other occurrences are looked for.</summary>
    private const double SourceConfidence = 0.5;

    /// <summary>Least probability of being exactly one name an occurrence needs to be taken.</summary>
    private const double OccurrenceFloor = 0.05;

    /// <summary>The same for a lone surname: chosen on the tune pages (0.01–0.5 tried; 0.2–0.4 all gain, 0.3 most: F1
    /// 0.8860 → 0.8897, 10 more names found, 2 more false; at 0.05 the false ones outnumber them).</summary>
    private const double SurnameFloor = 0.3;

    /// <summary>The names with the other occurrences, inside text[from, to), of the confident ones among them (positions
    /// in text), in order. An occurrence is taken, with the probability <paramref name="probability"/> gives it, when that
    /// is at least the floor and it overlaps no name. (Letting it replace an overlapping name read with less confidence
    /// was tried: tune F1 0.8853 against 0.8860.) <paramref name="isSurname"/> says which characters are single-character
    /// surnames.</summary>
    public static List<NameSpan> AddRepeats(string text, int from, int to, IReadOnlyList<NameSpan> names, Func<int, int, double> probability,
        Func<char, bool> isSurname)
    {
        var result = new List<NameSpan>(names);
        foreach (var (form, floor) in Forms(text, names, isSurname))
        {
            for (var at = text.IndexOf(form, from, to - from, StringComparison.Ordinal); at >= 0;
                 at = at + 1 < to ? text.IndexOf(form, at + 1, to - at - 1, StringComparison.Ordinal) : -1)
            {
                if (result.TrueForAll(n => !Overlap(n, at, form.Length)))
                {
                    var p = probability(at, form.Length);
                    if (p >= floor)
                    {
                        result.Add(new NameSpan(at, form.Length, p));
                    }
                }
            }
        }

        result.Sort((x, y) => x.Start.CompareTo(y.Start));
        return result;
    }

    /// <summary>The confident names' texts, then the given names of the three-character ones, then the surnames of the
    /// two- and three-character ones, each once, with the floor an occurrence of each must reach.</summary>
    private static List<(string Form, double Floor)> Forms(string text, IReadOnlyList<NameSpan> names, Func<char, bool> isSurname)
    {
        var forms = new List<string>();
        var surnames = new List<string>();
        foreach (var name in names)
        {
            if (name.Confidence >= SourceConfidence && name.Length >= 2)
            {
                AddOnce(forms, text.Substring(name.Start, name.Length));
            }
        }

        foreach (var name in names)
        {
            if (name.Confidence < SourceConfidence)
            {
                continue;
            }

            if (name.Length == 3)
            {
                AddOnce(forms, text.Substring(name.Start + 1, 2));
            }

            if (name.Length is 2 or 3 && isSurname(text[name.Start]))
            {
                AddOnce(surnames, text.Substring(name.Start, 1));
            }
        }

        var result = forms.ConvertAll(form => (form, OccurrenceFloor));
        result.AddRange(surnames.ConvertAll(surname => (surname, SurnameFloor)));
        return result;
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
