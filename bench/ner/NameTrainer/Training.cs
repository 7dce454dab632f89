using System.Diagnostics;
using NewsArchive.Core.Extraction.Names;

namespace NewsArchive.Bench.NameTrainer;

/// <summary>The whole training run: choose the number of epochs and the temperature on the tune set with a model
/// trained without it (every training sentence that shares text with the tune set left out: the tune set is a part of
/// MSRA's training set, which is trained on whole), then train on everything (train and tune) for that many epochs and
/// write the model.</summary>
internal static class Training
{
    public const int DefaultMaxEpochs = 30;

    // Rows whose weights all stay under this are dropped: on MSRA val, pruning below 1 keeps the tune F1 to the
    // fourth decimal (0.8878) while keeping 21k of 229k pairs and 12k of 372k skip pairs; below 2 it costs 0.002.
    private const float PruneBelow = 1f;

    // Shifts of the Outside bias tried on the tune set, in the perceptron's weight units.
    private static readonly float[] OutsideShifts = Enumerable.Range(0, 21).Select(k => k * 0.5f).ToArray();

    /// <param name="tuneOnly">Write the model chosen on the tune set (trained without it), for error analysis.</param>
    public static void Run(TrainingManifest manifest, string modelPath, int maxEpochs, bool tuneOnly = false)
    {
        var lexicon = LexiconBuilder.Build(manifest.Lexicon.FamilyNames, manifest.Lexicon.GivenNames);
        var trainAll = SharedText.Distinct(manifest.Read("train"));
        var tune = manifest.Read("tune");
        var sharedWithTune = new SharedText(tune);
        var train = trainAll.Where(s => !sharedWithTune.Shares(s)).ToList();
        Console.WriteLine($"train: {trainAll.Count - train.Count} of {trainAll.Count} sentences left out while tuning, sharing text with the tune set");
        Console.WriteLine($"lexicon: {lexicon.Classes.Count} characters, {lexicon.CompoundSurnames.Count()} compound surnames");
        Console.WriteLine($"train: {train.Count} sentences, {train.Sum(s => s.Names.Count)} names; tune: {tune.Count} sentences, {tune.Sum(s => s.Names.Count)} names");

        var (epochs, chosen) = ChooseEpochs(train, tune, lexicon, maxEpochs);
        var pruned = ModelPruner.Prune(chosen, PruneBelow);
        Console.WriteLine($"pruned below {PruneBelow}: tune {Evaluation.ScoreTagger(new PersonNameRecognizer(pruned), tune)}");
        var outsideShift = ChooseOutsideShift(pruned, tune);
        var tuned = ShiftOutside(pruned, outsideShift);
        var temperature = Evaluation.FitTemperature(tuned, tune);
        if (tuneOnly)
        {
            Save(new NameModel(tuned.Space, tuned.Weights, tuned.Transitions, tuned.Starts, temperature), modelPath);
            return;
        }

        var all = SharedText.Distinct(trainAll.Concat(tune));
        var trainer = new PerceptronTrainer(PerceptronTrainer.SpaceFor(all, lexicon), all);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            trainer.RunEpoch(epoch);
        }

        Save(ShiftOutside(ModelPruner.Prune(trainer.Averaged(temperature), PruneBelow), outsideShift), modelPath);
        Console.WriteLine($"model: {epochs} epochs over {all.Count} sentences");
    }

    /// <summary>The perceptron stops learning from a sentence once it is tagged right, which leaves it cautious: on the
    /// tune set it finds names at a precision well above its recall. Lowering the bias weight of the Outside tag by a
    /// constant makes every character likelier to be read as part of a name; the shift with the best tune F1 is kept
    /// (it is folded into the bias, so the model file and the recogniser are unchanged).</summary>
    private static float ChooseOutsideShift(NameModel model, List<TaggedSentence> tune)
    {
        var best = (Shift: 0f, F1: -1.0);
        foreach (var shift in OutsideShifts)
        {
            var score = Evaluation.ScoreTagger(new PersonNameRecognizer(ShiftOutside(model, shift)), tune);
            Console.WriteLine($"outside shift {shift,5:0.0}: tune {score}");
            if (score.F1 > best.F1)
            {
                best = (shift, score.F1);
            }
        }

        Console.WriteLine($"chosen: outside shift {best.Shift:0.0} (tune F1 {best.F1:0.0000})");
        return best.Shift;
    }

    private static NameModel ShiftOutside(NameModel model, float shift)
    {
        var weights = (float[])model.Weights.Clone();
        weights[NameTags.Outside] -= shift;
        return new NameModel(model.Space, weights, model.Transitions, model.Starts, model.Temperature);
    }

    private static void Save(NameModel model, string modelPath)
    {
        using (var file = File.Create(modelPath))
        {
            NameModelFile.Write(model, file);
        }

        Console.WriteLine($"model: {model.Space.Chars.Count} characters, {model.Space.Pairs.Count} pairs, {model.Space.Skips.Count} skip pairs, {new FileInfo(modelPath).Length} bytes -> {modelPath}");
    }

    private static (int Epochs, NameModel Model) ChooseEpochs(List<TaggedSentence> train, List<TaggedSentence> tune,
        NameLexicon lexicon, int maxEpochs)
    {
        var trainer = new PerceptronTrainer(PerceptronTrainer.SpaceFor(train, lexicon), train);
        var best = (Epochs: 0, F1: -1.0, Model: (NameModel?)null);
        for (var epoch = 1; epoch <= maxEpochs; epoch++)
        {
            var watch = Stopwatch.StartNew();
            trainer.RunEpoch(epoch);
            var model = trainer.Averaged(1.0);
            var score = Evaluation.ScoreTagger(new PersonNameRecognizer(model), tune);
            Console.WriteLine($"epoch {epoch,2}: tune {score}  [{watch.Elapsed.TotalSeconds:0.0} s]");
            if (score.F1 > best.F1)
            {
                best = (epoch, score.F1, model);
            }
        }

        Console.WriteLine($"chosen: {best.Epochs} epochs (tune F1 {best.F1:0.0000})");
        return (best.Epochs, best.Model!);
    }
}
