using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsArchive.Core.Extraction;

/// <summary>A set of words indexed by their first and last character, for the longest word starting or ending at a position
/// without trying every word there.</summary>
internal sealed class WordSet
{
    private readonly Dictionary<char, string[]> _byFirst;
    private readonly Dictionary<char, string[]> _byLast;

    public WordSet(IEnumerable<string> words)
    {
        var distinct = words.Where(w => w.Length > 0).Distinct().OrderByDescending(w => w.Length).ToArray();
        _byFirst = distinct.GroupBy(w => w[0]).ToDictionary(g => g.Key, g => g.ToArray());
        _byLast = distinct.GroupBy(w => w[w.Length - 1]).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The longest word that starts at <paramref name="position"/>, or null.</summary>
    public string? StartingAt(string text, int position)
    {
        if (position >= text.Length || !_byFirst.TryGetValue(text[position], out var words))
        {
            return null;
        }

        foreach (var word in words)
        {
            if (position + word.Length <= text.Length && string.CompareOrdinal(text, position, word, 0, word.Length) == 0)
            {
                return word;
            }
        }

        return null;
    }

    /// <summary>Whether the only words ending just before <paramref name="position"/> are one character long.</summary>
    public bool EndsAtSingle(string text, int position)
    {
        if (position <= 0 || position > text.Length || !_byLast.TryGetValue(text[position - 1], out var words))
        {
            return false;
        }

        foreach (var word in words)
        {
            var start = position - word.Length;
            if (word.Length > 1 && start >= 0 && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a word ends just before <paramref name="position"/>.</summary>
    public bool EndsAt(string text, int position)
    {
        if (position <= 0 || position > text.Length || !_byLast.TryGetValue(text[position - 1], out var words))
        {
            return false;
        }

        foreach (var word in words)
        {
            var start = position - word.Length;
            if (start >= 0 && string.CompareOrdinal(text, start, word, 0, word.Length) == 0)
            {
                return true;
            }
        }

        return false;
    }
}
