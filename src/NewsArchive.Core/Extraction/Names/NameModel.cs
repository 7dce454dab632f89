using System;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>A trained linear tagger: the feature space, one weight per feature and tag, the tag-to-tag transition weights,
/// and the temperature that turns its scores into calibrated probabilities.</summary>
internal sealed class NameModel
{
    public NameModel(NameFeatureSpace space, float[] weights, float[] transitions, float[] starts, double temperature)
    {
        if (weights.Length != space.Size || transitions.Length != NameTags.Count * NameTags.Count || starts.Length != NameTags.Count)
        {
            throw new ArgumentException("The weights do not match the feature space.", nameof(weights));
        }

        Space = space;
        Weights = weights;
        Transitions = transitions;
        Starts = starts;
        Temperature = temperature;
        FoldedCharacters = new FoldedCharacters(space, weights);
    }

    public NameFeatureSpace Space { get; }

    /// <summary>Feature weights, <see cref="NameTags.Count"/> consecutive ones per feature.</summary>
    public float[] Weights { get; }

    /// <summary>Weight of tag b following tag a, at [a * Count + b].</summary>
    public float[] Transitions { get; }

    /// <summary>Weight of a text starting with each tag.</summary>
    public float[] Starts { get; }

    /// <summary>Factor applied to scores before they are read as log-probabilities (fitted on held-out text).</summary>
    public double Temperature { get; }

    /// <summary>The character weights with the single-character lexicon weights added in, as the recogniser reads them.</summary>
    public FoldedCharacters FoldedCharacters { get; }

    /// <summary>Per-character tag scores for the characters [from, to) of <paramref name="text"/>.</summary>
    public float[] Emissions(string text, int from, int to)
    {
        var window = new FeatureWindow(text, from, to, Space);
        var scores = new float[window.Length * NameTags.Count];
        window.AddScores(this, scores);
        return scores;
    }

    /// <summary>Per-character tag scores from extracted features under any weight vector of the same space (a trainer's
    /// current weights, or the model's own).</summary>
    public static float[] SumFeatures(int[] features, int length, float[] weights)
    {
        var scores = new float[length * NameTags.Count];
        for (var p = 0; p < length; p++)
        {
            SumInto(features, p * NameFeatures.Stride, weights, scores, p * NameTags.Count);
        }

        return scores;
    }

    private static void SumInto(int[] features, int first, float[] weights, float[] scores, int at)
    {
        float o = 0, b = 0, m = 0, e = 0, s = 0;
        for (int f = first, last = first + NameFeatures.Stride; f < last; f++)
        {
            var w = features[f];
            if (w < 0)
            {
                continue;
            }

            o += weights[w];
            b += weights[w + 1];
            m += weights[w + 2];
            e += weights[w + 3];
            s += weights[w + 4];
        }

        scores[at + NameTags.Outside] = o;
        scores[at + NameTags.Begin] = b;
        scores[at + NameTags.Middle] = m;
        scores[at + NameTags.End] = e;
        scores[at + NameTags.Single] = s;
    }
}
