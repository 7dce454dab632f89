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

    /// <summary>Per-character tag scores for the characters [from, to) of <paramref name="text"/>.</summary>
    public float[] Emissions(string text, int from, int to) =>
        SumFeatures(NameFeatures.Extract(text, from, to, Space), to - from, Weights);

    /// <summary>Per-character tag scores from extracted features under any weight vector of the same space (a trainer's
    /// current weights, or the model's own).</summary>
    public static float[] SumFeatures(int[] features, int length, float[] weights)
    {
        const int tags = NameTags.Count;
        var stride = NameFeatures.Stride;
        var scores = new float[length * tags];
        for (var p = 0; p < length; p++)
        {
            float o = 0, b = 0, m = 0, e = 0, s = 0;
            for (int f = p * stride, last = f + stride; f < last; f++)
            {
                var at = features[f];
                if (at < 0)
                {
                    continue;
                }

                o += weights[at];
                b += weights[at + 1];
                m += weights[at + 2];
                e += weights[at + 3];
                s += weights[at + 4];
            }

            var row = p * tags;
            scores[row + NameTags.Outside] = o;
            scores[row + NameTags.Begin] = b;
            scores[row + NameTags.Middle] = m;
            scores[row + NameTags.End] = e;
            scores[row + NameTags.Single] = s;
        }

        return scores;
    }
}
