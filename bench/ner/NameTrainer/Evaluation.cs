using NewsArchive.Core.Extraction.Names;

namespace NewsArchive.Bench.NameTrainer;

/// <summary>Measures a recogniser on annotated sentences, and fits the temperature that makes its confidences honest.</summary>
internal static class Evaluation
{
    // Temperatures tried, on a log scale: scores of a perceptron are in arbitrary units.
    private static readonly double[] Temperatures = Enumerable.Range(0, 36).Select(k => 0.002 * Math.Pow(1.25, k)).ToArray();
    private const double Epsilon = 1e-6;

    public static SpanScore Score(PersonNameRecognizer recognizer, IEnumerable<TaggedSentence> sentences)
    {
        var score = new SpanScore();
        foreach (var sentence in sentences)
        {
            var predicted = recognizer.Recognize(sentence.Text).Select(n => (n.Start, n.Length)).ToList();
            score.Add(sentence.Names.ToList(), predicted);
        }

        return score;
    }

    /// <summary>The temperature under which <see cref="PersonNameRecognizer.NameScore"/> has the least log loss on the
    /// predicted and the gold names of held-out sentences (1 for a gold name, 0 for a predicted one that is not).</summary>
    public static double FitTemperature(NameModel model, IReadOnlyList<TaggedSentence> sentences)
    {
        var recognizer = new PersonNameRecognizer(model);
        var candidates = new List<(string Text, int Start, int Length, bool IsName)>();
        foreach (var sentence in sentences)
        {
            var predicted = recognizer.Recognize(sentence.Text).Select(n => (n.Start, n.Length));
            foreach (var span in predicted.Union(sentence.Names))
            {
                candidates.Add((sentence.Text, span.Item1, span.Item2, sentence.Names.Contains(span)));
            }
        }

        var best = 1.0;
        var bestLoss = double.PositiveInfinity;
        foreach (var temperature in Temperatures)
        {
            var scaled = new PersonNameRecognizer(new NameModel(model.Space, model.Weights, model.Transitions, model.Starts, temperature));
            var loss = 0.0;
            foreach (var (text, start, length, isName) in candidates)
            {
                var p = Math.Min(1 - Epsilon, Math.Max(Epsilon, scaled.NameScore(text, start, length)));
                loss -= isName ? Math.Log(p) : Math.Log(1 - p);
            }

            if (loss < bestLoss)
            {
                bestLoss = loss;
                best = temperature;
            }
        }

        Console.WriteLine($"temperature {best:0.0000}: log loss {bestLoss / Math.Max(1, candidates.Count):0.0000} per candidate over {candidates.Count}");
        return best;
    }
}
