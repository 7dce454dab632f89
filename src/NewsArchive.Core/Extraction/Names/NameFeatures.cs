using System.Collections.Generic;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>Turns a stretch of text into, for each character, the positions in the weight vector of the features that
/// fire there. The same code serves training and recognition, so a model always sees features the way it was trained.</summary>
internal static class NameFeatures
{
    private const int FixedFeatures = 1 + NameFeatureSpace.CharSlots + NameFeatureSpace.PairSlots + 1;

    /// <summary>Features per character: the bias, seven characters, four pairs, one skip pair and the lexicon's.</summary>
    public static int Stride => FixedFeatures + LexiconFeatures.Count;

    /// <summary>Feature positions for the characters [from, to) of <paramref name="text"/>, <see cref="Stride"/> per
    /// character (a trainer keeps them; the recogniser sums weights position by position instead).</summary>
    public static int[] Extract(string text, int from, int to, NameFeatureSpace space)
    {
        var window = new FeatureWindow(text, from, to, space);
        var features = new int[window.Length * Stride];
        for (var p = 0; p < window.Length; p++)
        {
            window.Fill(p, features, p * Stride);
        }

        return features;
    }

    /// <summary>Every character, pair and skip-pair key of a text, for a trainer building its feature space.</summary>
    public static void CollectKeys(string text, ISet<char> chars, ISet<uint> pairs, ISet<uint> skips)
    {
        var x = new char[text.Length + 2 * FeatureWindow.Context];
        for (var j = 0; j < x.Length; j++)
        {
            var k = j - FeatureWindow.Context;
            x[j] = k >= 0 && k < text.Length ? NameCharacters.Normalize(text[k]) : NameCharacters.Boundary;
            chars.Add(x[j]);
        }

        for (var j = 0; j + 1 < x.Length; j++)
        {
            pairs.Add(PairKey(x[j], x[j + 1]));
        }

        for (var j = 1; j + 1 < x.Length; j++)
        {
            skips.Add(PairKey(x[j - 1], x[j + 1]));
        }
    }

    public static uint PairKey(char first, char second) => ((uint)first << 16) | second;
}
