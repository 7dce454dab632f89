using NewsArchive.Core.Extraction.Names;

namespace NewsArchive.Bench.NameTrainer;

/// <summary>Trains the tagger as an averaged structured perceptron (Collins 2002): decode each sentence with the current
/// weights, and where the best tag sequence differs from the gold one, move the weights of the features that fired toward
/// the gold tags and away from the predicted ones. The average of the weights over all steps is the model (it
/// generalises far better than the last weights). Sentences are visited in a seeded shuffled order: the same sources give
/// the same model, byte for byte.</summary>
internal sealed class PerceptronTrainer
{
    private const int Tags = NameTags.Count;

    private readonly NameFeatureSpace _space;
    private readonly List<(int[] Features, int[] Gold)> _examples;
    private readonly float[] _weights, _transitions, _starts;
    private readonly double[] _weightSums, _transitionSums, _startSums;
    private int _step = 1;

    public PerceptronTrainer(NameFeatureSpace space, IEnumerable<TaggedSentence> sentences)
    {
        _space = space;
        _examples = sentences.Where(s => s.Text.Length > 0)
            .Select(s => (NameFeatures.Extract(s.Text, 0, s.Text.Length, space), GoldTags(s))).ToList();
        _weights = new float[space.Size];
        _weightSums = new double[space.Size];
        _transitions = new float[Tags * Tags];
        _transitionSums = new double[Tags * Tags];
        _starts = new float[Tags];
        _startSums = new double[Tags];
    }

    /// <summary>A feature space holding every character, pair and skip pair of the sentences.</summary>
    public static NameFeatureSpace SpaceFor(IEnumerable<TaggedSentence> sentences, NameLexicon lexicon)
    {
        var chars = new SortedSet<char>();
        var pairs = new SortedSet<uint>();
        var skips = new SortedSet<uint>();
        foreach (var sentence in sentences)
        {
            NameFeatures.CollectKeys(sentence.Text, chars, pairs, skips);
        }

        return new NameFeatureSpace(chars.ToList(), pairs.ToList(), skips.ToList(), lexicon);
    }

    public void RunEpoch(int epoch)
    {
        var order = Enumerable.Range(0, _examples.Count).ToArray();
        new Random(epoch).Shuffle(order);
        foreach (var k in order)
        {
            var (features, gold) = _examples[k];
            var scores = NameModel.SumFeatures(features, gold.Length, _weights);
            var predicted = TagDecoder.BestTags(scores, gold.Length, _transitions, _starts);
            if (!predicted.AsSpan().SequenceEqual(gold))
            {
                Update(features, gold, +1);
                Update(features, predicted, -1);
            }

            _step++;
        }
    }

    /// <summary>The averaged weights as a model.</summary>
    public NameModel Averaged(double temperature) =>
        new(_space, Average(_weights, _weightSums), Average(_transitions, _transitionSums), Average(_starts, _startSums), temperature);

    private void Update(int[] features, int[] tags, float delta)
    {
        var stride = NameFeatures.Stride;
        var scaled = (double)delta * _step;
        for (var p = 0; p < tags.Length; p++)
        {
            var tag = tags[p];
            for (int f = p * stride, last = f + stride; f < last; f++)
            {
                var at = features[f];
                if (at >= 0)
                {
                    _weights[at + tag] += delta;
                    _weightSums[at + tag] += scaled;
                }
            }

            if (p == 0)
            {
                _starts[tag] += delta;
                _startSums[tag] += scaled;
            }
            else
            {
                _transitions[tags[p - 1] * Tags + tag] += delta;
                _transitionSums[tags[p - 1] * Tags + tag] += scaled;
            }
        }
    }

    /// <summary>The average over steps, kept lazily: each update's contribution was recorded weighted by its step.</summary>
    private float[] Average(float[] weights, double[] sums)
    {
        var average = new float[weights.Length];
        for (var k = 0; k < weights.Length; k++)
        {
            average[k] = (float)(weights[k] - sums[k] / _step);
        }

        return average;
    }

    private static int[] GoldTags(TaggedSentence sentence)
    {
        var tags = new int[sentence.Text.Length];
        foreach (var (start, length) in sentence.Names)
        {
            for (var k = 0; k < length; k++)
            {
                tags[start + k] = NameTags.ForNameCharacter(k, length);
            }
        }

        return tags;
    }
}
