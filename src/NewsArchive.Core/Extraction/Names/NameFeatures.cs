using System.Collections.Generic;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>Turns a stretch of text into, for each character, the positions in the weight vector of the features that
/// fire there. The same code serves training and recognition, so a model always sees features the way it was trained.
/// Context reaches two characters beyond the stretch, into the text around it when there is any.</summary>
internal static class NameFeatures
{
    private const int Context = 2;
    private const int FixedFeatures = 1 + NameFeatureSpace.CharSlots + NameFeatureSpace.PairSlots + 1;

    /// <summary>Features per character: the bias, five characters, four pairs, one skip pair and the lexicon's.</summary>
    public static int Stride => FixedFeatures + LexiconFeatures.Count;

    /// <summary>Feature positions for the characters [from, to) of <paramref name="text"/>, <see cref="Stride"/> per
    /// character; -1 where a character or pair was never seen in training.</summary>
    public static int[] Extract(string text, int from, int to, NameFeatureSpace space)
    {
        var length = to - from;
        var x = NormalizedWindow(text, from, to);
        var charRows = new int[x.Length];
        for (var j = 0; j < x.Length; j++)
        {
            charRows[j] = space.CharRow(x[j]);
        }

        var pairRows = new int[x.Length - 1];
        for (var j = 0; j < pairRows.Length; j++)
        {
            pairRows[j] = space.PairRow(PairKey(x[j], x[j + 1]));
        }

        var stride = Stride;
        var features = new int[length * stride];
        for (var p = 0; p < length; p++)
        {
            var i = p + Context;
            var at = p * stride;
            features[at++] = 0;
            for (var slot = 0; slot < NameFeatureSpace.CharSlots; slot++)
            {
                features[at++] = space.CharFeatureOfRow(charRows[i - Context + slot], slot);
            }

            for (var slot = 0; slot < NameFeatureSpace.PairSlots; slot++)
            {
                features[at++] = space.PairFeature(pairRows[i - Context + slot], slot);
            }

            features[at++] = space.SkipFeature(PairKey(x[i - 1], x[i + 1]));
            LexiconFeatures.Fill(x, i, space.Lexicon, features, at);
            for (var t = 0; t < LexiconFeatures.Count; t++)
            {
                features[at + t] = space.LexiconFeature(features[at + t]);
            }
        }

        return features;
    }

    /// <summary>Every character, pair and skip-pair key of a text, for a trainer building its feature space.</summary>
    public static void CollectKeys(string text, ISet<char> chars, ISet<uint> pairs, ISet<uint> skips)
    {
        var x = NormalizedWindow(text, 0, text.Length);
        foreach (var c in x)
        {
            chars.Add(c);
        }

        for (var j = 0; j + 1 < x.Length; j++)
        {
            pairs.Add(PairKey(x[j], x[j + 1]));
        }

        for (var i = Context; i < x.Length - Context; i++)
        {
            skips.Add(PairKey(x[i - 1], x[i + 1]));
        }
    }

    public static uint PairKey(char first, char second) => ((uint)first << 16) | second;

    /// <summary>The normalised characters [from - 2, to + 2), with the boundary character beyond the text's ends.</summary>
    private static char[] NormalizedWindow(string text, int from, int to)
    {
        var x = new char[to - from + 2 * Context];
        for (var j = 0; j < x.Length; j++)
        {
            var k = from - Context + j;
            x[j] = k >= 0 && k < text.Length ? NameCharacters.Normalize(text[k]) : NameCharacters.Boundary;
        }

        return x;
    }
}
