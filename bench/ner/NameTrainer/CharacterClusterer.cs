using NewsArchive.Core.Extraction.Names;

namespace NewsArchive.Bench.NameTrainer;

/// <summary>Groups characters by the company they keep in unlabelled text: each character common enough is described by
/// how much more often than by chance each frequent character stands just before it and just after it (positive
/// pointwise mutual information), and the descriptions are grouped by spherical k-means. Characters used alike (surnames,
/// verbs of saying, measure words, transliteration syllables) fall together, so the tagger's weights for one carry to the
/// others. Seeded and ordinal throughout: the same text gives the same clusters.</summary>
internal static class CharacterClusterer
{
    // Characters seen fewer times than this get no cluster (their contexts say too little).
    private const int MinCount = 5;

    // The commonest characters (and the text boundary) serve as contexts, on each side.
    private const int ContextCharacters = 300;
    private const int Iterations = 20;
    private const int Seed = 1;

    /// <summary>Each clustered (normalised) character's cluster, 1 to <see cref="NameLexicon.ClusterCount"/> - 1.</summary>
    public static Dictionary<char, byte> Cluster(IEnumerable<string> texts)
    {
        var lines = texts.Select(Normalize).Where(l => l.Length > 0).ToList();
        var counts = new Dictionary<char, int>();
        foreach (var c in lines.SelectMany(l => l))
        {
            counts[c] = counts.GetValueOrDefault(c) + 1;
        }

        var byFrequency = counts.OrderByDescending(e => e.Value).ThenBy(e => e.Key).ToList();
        var vocabulary = byFrequency.Where(e => e.Value >= MinCount).Select(e => e.Key).ToList();
        var contextIndex = byFrequency.Take(ContextCharacters).Select((e, k) => (e.Key, k)).ToDictionary(p => p.Key, p => p.k);
        var boundary = ContextCharacters;
        var width = 2 * (ContextCharacters + 1);
        var rowOf = vocabulary.Select((c, k) => (c, k)).ToDictionary(p => p.c, p => p.k);
        var cooccurrences = new double[vocabulary.Count, width];
        foreach (var line in lines)
        {
            for (var k = 0; k < line.Length; k++)
            {
                if (!rowOf.TryGetValue(line[k], out var row))
                {
                    continue;
                }

                var left = k > 0 ? contextIndex.GetValueOrDefault(line[k - 1], -1) : boundary;
                var right = k + 1 < line.Length ? contextIndex.GetValueOrDefault(line[k + 1], -1) : boundary;
                if (left >= 0)
                {
                    cooccurrences[row, left]++;
                }

                if (right >= 0)
                {
                    cooccurrences[row, ContextCharacters + 1 + right]++;
                }
            }
        }

        var vectors = PositiveMutualInformation(cooccurrences, vocabulary.Count, width);
        var assignment = SphericalKMeans(vectors, NameLexicon.ClusterCount - 1);
        return vocabulary.Select((c, k) => (c, k)).ToDictionary(p => p.c, p => (byte)(assignment[p.k] + 1));
    }

    private static string Normalize(string line) => new(line.Trim().Select(NameCharacters.Normalize).ToArray());

    private static double[][] PositiveMutualInformation(double[,] counts, int rows, int width)
    {
        var rowTotals = new double[rows];
        var columnTotals = new double[width];
        var total = 0.0;
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < width; c++)
            {
                rowTotals[r] += counts[r, c];
                columnTotals[c] += counts[r, c];
                total += counts[r, c];
            }
        }

        var vectors = new double[rows][];
        for (var r = 0; r < rows; r++)
        {
            var v = new double[width];
            for (var c = 0; c < width; c++)
            {
                if (counts[r, c] > 0)
                {
                    v[c] = Math.Max(0, Math.Log(counts[r, c] * total / (rowTotals[r] * columnTotals[c])));
                }
            }

            vectors[r] = Normalized(v);
        }

        return vectors;
    }

    /// <summary>k-means on the unit sphere (cosine similarity), seeded the k-means++ way with a fixed seed.</summary>
    private static int[] SphericalKMeans(double[][] vectors, int k)
    {
        var random = new Random(Seed);
        var centres = new List<double[]> { vectors[0] };
        var nearest = vectors.Select(v => 1 - Dot(v, centres[0])).ToArray();
        while (centres.Count < k)
        {
            var pick = random.NextDouble() * nearest.Sum();
            var chosen = 0;
            for (var acc = nearest[0]; acc < pick && chosen + 1 < vectors.Length; acc += nearest[++chosen])
            {
            }

            centres.Add(vectors[chosen]);
            for (var r = 0; r < vectors.Length; r++)
            {
                nearest[r] = Math.Min(nearest[r], 1 - Dot(vectors[r], vectors[chosen]));
            }
        }

        var assignment = new int[vectors.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var r = 0; r < vectors.Length; r++)
            {
                var (best, bestSimilarity) = (0, double.MinValue);
                for (var c = 0; c < k; c++)
                {
                    var similarity = Dot(vectors[r], centres[c]);
                    if (similarity > bestSimilarity)
                    {
                        (best, bestSimilarity) = (c, similarity);
                    }
                }

                assignment[r] = best;
            }

            for (var c = 0; c < k; c++)
            {
                var sum = new double[vectors[0].Length];
                for (var r = 0; r < vectors.Length; r++)
                {
                    if (assignment[r] == c)
                    {
                        for (var d = 0; d < sum.Length; d++)
                        {
                            sum[d] += vectors[r][d];
                        }
                    }
                }

                // An emptied cluster keeps its centre.
                if (sum.Any(x => x != 0))
                {
                    centres[c] = Normalized(sum);
                }
            }
        }

        return assignment;
    }

    private static double Dot(double[] a, double[] b)
    {
        var sum = 0.0;
        for (var d = 0; d < a.Length; d++)
        {
            sum += a[d] * b[d];
        }

        return sum;
    }

    private static double[] Normalized(double[] v)
    {
        var norm = Math.Sqrt(Dot(v, v));
        return norm > 0 ? v.Select(x => x / norm).ToArray() : v;
    }
}
