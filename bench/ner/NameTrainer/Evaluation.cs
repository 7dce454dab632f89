using NewsArchive.Core.Extraction.Names;

namespace NewsArchive.Bench.NameTrainer;

/// <summary>Measures a recogniser on annotated sentences, and fits the temperature that makes its confidences honest.</summary>
internal static class Evaluation
{
    // Temperatures tried, on a log scale: scores of a perceptron are in arbitrary units.
    private static readonly double[] Temperatures = Enumerable.Range(0, 36).Select(k => 0.002 * Math.Pow(1.25, k)).ToArray();
    private const double Epsilon = 1e-6;

    /// <summary>The recogniser's figure, repeated names included: what the module reads.</summary>
    public static SpanScore Score(PersonNameRecognizer recognizer, IEnumerable<TaggedSentence> sentences) =>
        Score(recognizer.Recognize, sentences);

    /// <summary>The tagger's own figure, without repeated names: the trainer chooses epochs, the Outside shift and the
    /// temperature on it (the shipped model's were chosen so, before repeated names existed; scoring with them moves the
    /// chosen shift from 7.0 to 6.5 and the model would no longer be rebuilt byte for byte).</summary>
    public static SpanScore ScoreTagger(PersonNameRecognizer recognizer, IEnumerable<TaggedSentence> sentences) =>
        Score(recognizer.RecognizeTagged, sentences);

    private static SpanScore Score(Func<string, IReadOnlyList<NameSpan>> read, IEnumerable<TaggedSentence> sentences)
    {
        var score = new SpanScore();
        foreach (var sentence in sentences)
        {
            var predicted = read(sentence.Text).Select(n => (n.Start, n.Length)).ToList();
            score.Add(sentence.Names.ToList(), predicted);
        }

        return score;
    }

    /// <summary>Scores sentences read as pages: each run of <paramref name="perPage"/> consecutive sentences joined by line
    /// breaks into one text, as the module reads a page (the MSRA files keep their documents' sentences in order). A name
    /// found across a line break counts as a false name of the sentence it starts in.</summary>
    public static SpanScore ScorePages(PersonNameRecognizer recognizer, IReadOnlyList<TaggedSentence> sentences, int perPage)
    {
        var score = new SpanScore();
        for (var first = 0; first < sentences.Count; first += perPage)
        {
            var page = sentences.Skip(first).Take(perPage).ToList();
            var text = string.Join("\n", page.Select(s => s.Text));
            var found = recognizer.Recognize(text);
            var offset = 0;
            foreach (var sentence in page)
            {
                var predicted = found.Where(n => n.Start >= offset && n.Start < offset + sentence.Text.Length)
                    .Select(n => (n.Start - offset, n.Length)).ToList();
                score.Add(sentence.Names.ToList(), predicted);
                offset += sentence.Text.Length + 1;
            }
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
            var predicted = recognizer.RecognizeTagged(sentence.Text).Select(n => (n.Start, n.Length));
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
