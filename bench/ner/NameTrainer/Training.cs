using System.Diagnostics;
using NewsArchive.Core.Extraction.Names;

namespace NewsArchive.Bench.NameTrainer;

/// <summary>The whole training run: choose the number of epochs and the temperature on the tune set with a model
/// trained without it, then train on everything (train and tune) for that many epochs and write the model.</summary>
internal static class Training
{
    public const int DefaultMaxEpochs = 12;

    public static void Run(TrainingManifest manifest, string modelPath, int maxEpochs)
    {
        var lexicon = LexiconBuilder.Build(manifest.Lexicon.FamilyNames, manifest.Lexicon.GivenNames);
        var train = manifest.Read("train");
        var tune = manifest.Read("tune");
        Console.WriteLine($"lexicon: {lexicon.Classes.Count} characters, {lexicon.CompoundSurnames.Count()} compound surnames");
        Console.WriteLine($"train: {train.Count} sentences, {train.Sum(s => s.Names.Count)} names; tune: {tune.Count} sentences, {tune.Sum(s => s.Names.Count)} names");

        var (epochs, tuned) = ChooseEpochs(train, tune, lexicon, maxEpochs);
        var temperature = Evaluation.FitTemperature(tuned, tune);

        var all = train.Concat(tune).ToList();
        var trainer = new PerceptronTrainer(PerceptronTrainer.SpaceFor(all, lexicon), all);
        for (var epoch = 1; epoch <= epochs; epoch++)
        {
            trainer.RunEpoch(epoch);
        }

        var model = trainer.Averaged(temperature);
        using (var file = File.Create(modelPath))
        {
            NameModelFile.Write(model, file);
        }

        Console.WriteLine($"model: {epochs} epochs over {all.Count} sentences, {model.Space.Size} weights, {new FileInfo(modelPath).Length} bytes -> {modelPath}");
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
            var score = Evaluation.Score(new PersonNameRecognizer(model), tune);
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
