using System;
using System.Collections.Generic;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>Reads tags out of per-character scores: the best-scoring valid tag sequence (Viterbi), the names it holds,
/// and the probability that one stretch is exactly one name (forward-backward over a window around it).</summary>
internal static class TagDecoder
{
    private const int Tags = NameTags.Count;

    /// <summary>Context either side of a stretch whose probability is wanted: the features reach three characters, and
    /// the tags' dependence on text further away fades within a few more.</summary>
    public const int ProbabilityWindow = 8;

    private static readonly bool[] Allowed = BuildAllowed();

    /// <summary>The best valid tag sequence for <paramref name="length"/> characters of scores.</summary>
    public static int[] BestTags(float[] scores, int length, float[] transitions, float[] starts)
    {
        var tags = new int[length];
        if (length == 0)
        {
            return tags;
        }

        var best = new float[length * Tags];
        var back = new byte[length * Tags];
        for (var t = 0; t < Tags; t++)
        {
            best[t] = NameTags.CanStart(t) ? starts[t] + scores[t] : float.NegativeInfinity;
        }

        for (var p = 1; p < length; p++)
        {
            for (var t = 0; t < Tags; t++)
            {
                var top = float.NegativeInfinity;
                var from = 0;
                for (var s = 0; s < Tags; s++)
                {
                    if (!Allowed[s * Tags + t])
                    {
                        continue;
                    }

                    var v = best[(p - 1) * Tags + s] + transitions[s * Tags + t];
                    if (v > top)
                    {
                        top = v;
                        from = s;
                    }
                }

                best[p * Tags + t] = top + scores[p * Tags + t];
                back[p * Tags + t] = (byte)from;
            }
        }

        var last = 0;
        var lastScore = float.NegativeInfinity;
        for (var t = 0; t < Tags; t++)
        {
            var v = best[(length - 1) * Tags + t];
            if (NameTags.CanClose(t) && v > lastScore)
            {
                lastScore = v;
                last = t;
            }
        }

        for (var p = length - 1; p >= 0; p--)
        {
            tags[p] = last;
            last = back[p * Tags + last];
        }

        return tags;
    }

    /// <summary>The names (start, length) a valid tag sequence holds.</summary>
    public static List<(int Start, int Length)> Names(int[] tags)
    {
        var names = new List<(int, int)>();
        for (var p = 0; p < tags.Length; p++)
        {
            if (tags[p] == NameTags.Single)
            {
                names.Add((p, 1));
            }
            else if (tags[p] == NameTags.Begin)
            {
                var end = p + 1;
                while (end < tags.Length && tags[end] == NameTags.Middle)
                {
                    end++;
                }

                if (end < tags.Length && tags[end] == NameTags.End)
                {
                    names.Add((p, end - p + 1));
                }

                p = end;
            }
        }

        return names;
    }

    /// <summary>The probability that characters [start, start + length) of the scored stretch are exactly one name, with
    /// scores scaled by <paramref name="temperature"/> and read as log-potentials of a linear-chain model.
    /// <paramref name="atTextStart"/>/<paramref name="atTextEnd"/> say whether the stretch's ends are the text's own
    /// (where a name cannot be open), or cuts made for speed (where any tag may continue). Forward-backward runs in
    /// probability space, rescaled at each position, so it needs five exponentials per character and no logarithms.</summary>
    public static double SpanProbability(float[] scores, int count, int start, int length, float[] transitions, float[] starts,
        double temperature, bool atTextStart, bool atTextEnd)
    {
        var step = TransitionFactors(transitions, temperature);
        var potentials = Potentials(scores, count, temperature);
        var alpha = new double[count * Tags];
        var scale = new double[count];
        for (var t = 0; t < Tags; t++)
        {
            var allowed = !atTextStart || NameTags.CanStart(t);
            alpha[t] = allowed ? potentials[t] * (atTextStart ? Math.Exp(temperature * starts[t]) : 1) : 0;
        }

        scale[0] = Normalize(alpha, 0);
        for (var p = 1; p < count; p++)
        {
            for (var t = 0; t < Tags; t++)
            {
                var sum = 0.0;
                for (var s = 0; s < Tags; s++)
                {
                    sum += alpha[(p - 1) * Tags + s] * step[s * Tags + t];
                }

                alpha[p * Tags + t] = sum * potentials[p * Tags + t];
            }

            scale[p] = Normalize(alpha, p);
        }

        var beta = new double[count * Tags];
        for (var t = 0; t < Tags; t++)
        {
            beta[(count - 1) * Tags + t] = !atTextEnd || NameTags.CanClose(t) ? 1 : 0;
        }

        for (var p = count - 2; p >= 0; p--)
        {
            for (var s = 0; s < Tags; s++)
            {
                var sum = 0.0;
                for (var t = 0; t < Tags; t++)
                {
                    sum += step[s * Tags + t] * potentials[(p + 1) * Tags + t] * beta[(p + 1) * Tags + t];
                }

                beta[p * Tags + s] = sum / scale[p + 1];
            }
        }

        // Normalising the last position's alpha against its closing beta makes the total probability one.
        var total = 0.0;
        for (var t = 0; t < Tags; t++)
        {
            total += alpha[(count - 1) * Tags + t] * beta[(count - 1) * Tags + t];
        }

        var end = start + length - 1;
        var previous = NameTags.ForNameCharacter(0, length);
        var path = alpha[start * Tags + previous];
        for (var p = start + 1; p <= end; p++)
        {
            var tag = NameTags.ForNameCharacter(p - start, length);
            path *= step[previous * Tags + tag] * potentials[p * Tags + tag] / scale[p];
            previous = tag;
        }

        var probability = total > 0 ? path * beta[end * Tags + previous] / total : 0;
        return double.IsNaN(probability) ? 0 : Math.Min(1, Math.Max(0, probability));
    }

    /// <summary>exp(temperature × transition weight) for allowed transitions, 0 for forbidden ones.</summary>
    private static double[] TransitionFactors(float[] transitions, double temperature)
    {
        var factors = new double[Tags * Tags];
        for (var k = 0; k < factors.Length; k++)
        {
            factors[k] = Allowed[k] ? Math.Exp(temperature * transitions[k]) : 0;
        }

        return factors;
    }

    /// <summary>exp(temperature × score) of each tag, relative to the position's best tag so nothing overflows.</summary>
    private static double[] Potentials(float[] scores, int count, double temperature)
    {
        var potentials = new double[count * Tags];
        for (var p = 0; p < count; p++)
        {
            var best = float.NegativeInfinity;
            for (var t = 0; t < Tags; t++)
            {
                best = Math.Max(best, scores[p * Tags + t]);
            }

            for (var t = 0; t < Tags; t++)
            {
                potentials[p * Tags + t] = Math.Exp(temperature * (scores[p * Tags + t] - best));
            }
        }

        return potentials;
    }

    /// <summary>Scales position <paramref name="p"/>'s values to sum to one and returns the factor divided out.</summary>
    private static double Normalize(double[] values, int p)
    {
        var sum = 0.0;
        for (var t = 0; t < Tags; t++)
        {
            sum += values[p * Tags + t];
        }

        if (sum > 0)
        {
            for (var t = 0; t < Tags; t++)
            {
                values[p * Tags + t] /= sum;
            }
        }

        return sum > 0 ? sum : 1;
    }

    private static bool[] BuildAllowed()
    {
        var allowed = new bool[Tags * Tags];
        for (var s = 0; s < Tags; s++)
        {
            for (var t = 0; t < Tags; t++)
            {
                allowed[s * Tags + t] = NameTags.CanFollow(s, t);
            }
        }

        return allowed;
    }
}
