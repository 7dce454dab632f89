using NewsArchive.Core.Extraction.Names;

namespace NewsArchive.Bench.NameTrainer;

/// <summary>Drops the character, pair and skip-pair rows whose weights are all small: most pairs were seen once or twice
/// in training and carry next to nothing, yet each costs its row in the model file, in memory and in the recogniser's
/// look-up tables.</summary>
internal static class ModelPruner
{
    private const int Tags = NameTags.Count;

    public static NameModel Prune(NameModel model, float threshold)
    {
        var space = model.Space;
        var chars = Kept(model, space.Chars.Count, space.CharOffset, NameFeatureSpace.CharSlots * Tags, threshold);
        var pairs = Kept(model, space.Pairs.Count, space.PairOffset, NameFeatureSpace.PairSlots * Tags, threshold);
        var skips = Kept(model, space.Skips.Count, space.SkipOffset, Tags, threshold);
        var pruned = new NameFeatureSpace(chars.Select(r => space.Chars[r]).ToList(), pairs.Select(r => space.Pairs.Keys[r]).ToList(),
            skips.Select(r => space.Skips.Keys[r]).ToList(), space.Lexicon);
        var weights = new float[pruned.Size];
        Array.Copy(model.Weights, 0, weights, 0, space.CharOffset);
        CopyRows(model.Weights, space.CharOffset, weights, pruned.CharOffset, chars, NameFeatureSpace.CharSlots * Tags);
        CopyRows(model.Weights, space.PairOffset, weights, pruned.PairOffset, pairs, NameFeatureSpace.PairSlots * Tags);
        CopyRows(model.Weights, space.SkipOffset, weights, pruned.SkipOffset, skips, Tags);
        Array.Copy(model.Weights, space.LexiconOffset, weights, pruned.LexiconOffset, space.Size - space.LexiconOffset);
        return new NameModel(pruned, weights, model.Transitions, model.Starts, model.Temperature);
    }

    /// <summary>The rows (in order) with at least one weight of magnitude <paramref name="threshold"/> or more.</summary>
    private static List<int> Kept(NameModel model, int rows, int offset, int width, float threshold)
    {
        var kept = new List<int>();
        for (var row = 0; row < rows; row++)
        {
            var start = offset + row * width;
            for (var k = start; k < start + width; k++)
            {
                if (Math.Abs(model.Weights[k]) >= threshold)
                {
                    kept.Add(row);
                    break;
                }
            }
        }

        return kept;
    }

    private static void CopyRows(float[] from, int fromOffset, float[] to, int toOffset, List<int> rows, int width)
    {
        for (var k = 0; k < rows.Count; k++)
        {
            Array.Copy(from, fromOffset + rows[k] * width, to, toOffset + k * width, width);
        }
    }
}
