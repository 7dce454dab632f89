using System;
using System.Collections.Generic;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>Reads tags out of per-character scores: the best-scoring valid tag sequence (Viterbi), the names it holds,
/// and the probability that one stretch is exactly one name (forward-backward over a window around it).</summary>
internal static class TagDecoder
{
    private const int Tags = NameTags.Count;

    /// <summary>Context either side of a stretch whose probability is wanted: beyond a dozen characters the tags of a
    /// name no longer depend measurably on the text.</summary>
    public const int ProbabilityWindow = 12;

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
    /// (where a name cannot be open), or cuts made for speed (where any tag may continue).</summary>
    public static double SpanProbability(float[] scores, int count, int start, int length, float[] transitions, float[] starts,
        double temperature, bool atTextStart, bool atTextEnd)
    {
        var alpha = Forward(scores, count, transitions, starts, temperature, atTextStart);
        var beta = Backward(scores, count, transitions, temperature, atTextEnd);
        var logZ = double.NegativeInfinity;
        for (var t = 0; t < Tags; t++)
        {
            logZ = LogAdd(logZ, alpha[(count - 1) * Tags + t] + beta[(count - 1) * Tags + t]);
        }

        var end = start + length - 1;
        var first = NameTags.ForNameCharacter(0, length);
        var path = alpha[start * Tags + first];
        var previous = first;
        for (var p = start + 1; p <= end; p++)
        {
            var tag = NameTags.ForNameCharacter(p - start, length);
            path += temperature * (transitions[previous * Tags + tag] + scores[p * Tags + tag]);
            previous = tag;
        }

        path += beta[end * Tags + previous];
        var probability = Math.Exp(path - logZ);
        return double.IsNaN(probability) ? 0 : Math.Min(1, Math.Max(0, probability));
    }

    private static double[] Forward(float[] scores, int count, float[] transitions, float[] starts, double temperature, bool atTextStart)
    {
        var alpha = new double[count * Tags];
        for (var t = 0; t < Tags; t++)
        {
            alpha[t] = !atTextStart ? temperature * scores[t]
                : NameTags.CanStart(t) ? temperature * (starts[t] + scores[t]) : double.NegativeInfinity;
        }

        for (var p = 1; p < count; p++)
        {
            for (var t = 0; t < Tags; t++)
            {
                var sum = double.NegativeInfinity;
                for (var s = 0; s < Tags; s++)
                {
                    if (Allowed[s * Tags + t])
                    {
                        sum = LogAdd(sum, alpha[(p - 1) * Tags + s] + temperature * transitions[s * Tags + t]);
                    }
                }

                alpha[p * Tags + t] = sum + temperature * scores[p * Tags + t];
            }
        }

        return alpha;
    }

    private static double[] Backward(float[] scores, int count, float[] transitions, double temperature, bool atTextEnd)
    {
        var beta = new double[count * Tags];
        for (var t = 0; t < Tags; t++)
        {
            beta[(count - 1) * Tags + t] = !atTextEnd || NameTags.CanClose(t) ? 0 : double.NegativeInfinity;
        }

        for (var p = count - 2; p >= 0; p--)
        {
            for (var s = 0; s < Tags; s++)
            {
                var sum = double.NegativeInfinity;
                for (var t = 0; t < Tags; t++)
                {
                    if (Allowed[s * Tags + t])
                    {
                        sum = LogAdd(sum, temperature * (transitions[s * Tags + t] + scores[(p + 1) * Tags + t]) + beta[(p + 1) * Tags + t]);
                    }
                }

                beta[p * Tags + s] = sum;
            }
        }

        return beta;
    }

    private static double LogAdd(double a, double b)
    {
        if (double.IsNegativeInfinity(a))
        {
            return b;
        }

        if (double.IsNegativeInfinity(b))
        {
            return a;
        }

        return a > b ? a + Math.Log(1 + Math.Exp(b - a)) : b + Math.Log(1 + Math.Exp(a - b));
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
