using System.Diagnostics;
using NewsArchive.Bench.NameTrainer;
using NewsArchive.Core.Extraction.Names;

// Trains and measures the person-name model. Run through bench/ner/Train-PersonNameModel.ps1 and
// bench/ner/Measure-PersonNames.ps1, which resolve the named corpora with bench/Get-Corpus.ps1 and write the manifest.
//   train <manifest.json> <model out> [max epochs]
//   tune <manifest.json> <model out> [max epochs]   (stops at the model chosen on the tune set, trained without it)
//   eval <manifest.json> <model>          (every set of the manifest, whatever its role)
//   errors <manifest.json> <model>        (each missed and each false name, with its sentence, for error analysis)
//   errors-pages <manifest.json> <model> <sentences per page>
//                                         (the same as the module reads pages, with the names found and due on each)
//   probe <model> <text>...               (the names found in each text, with their confidence)
//   speed <manifest.json> <model> [pages] (milliseconds per page: 4,000-character pages of the manifest's text, or
//                                          the *.txt pages of a folder timed against today's page analysis)
if (args.Length >= 3 && args[0] == "probe")
{
    // probe <model> <text>...: the names found in each text, with their confidence.
    var probe = PersonNameRecognizer.FromFile(args[1]);
    foreach (var text in args.Skip(2))
    {
        Console.WriteLine($"{text}\n  {string.Join("  ", probe.Recognize(text).Select(n => $"{n.TextIn(text)} {n.Confidence:0.00}"))}");
    }

    return 0;
}

if (args.Length < 3)
{
    Console.Error.WriteLine("usage: train|tune <manifest.json> <model out> [max epochs] | eval|errors|speed <manifest.json> <model>");
    return 2;
}

var manifest = TrainingManifest.Load(args[1]);
switch (args[0])
{
    case "train":
    case "tune":
        Training.Run(manifest, args[2], args.Length > 3 ? int.Parse(args[3]) : Training.DefaultMaxEpochs, tuneOnly: args[0] == "tune");
        return 0;
    case "eval":
        var recognizer = PersonNameRecognizer.FromFile(args[2]);
        foreach (var set in manifest.Sets)
        {
            var watch = Stopwatch.StartNew();
            var sentences = set.Read();
            var score = Evaluation.Score(recognizer, sentences);
            Console.WriteLine($"{set.Name,-28} {score}  [{sentences.Count} sentences, {watch.Elapsed.TotalSeconds:0.0} s]");
        }

        return 0;
    case "eval-pages":
        // eval-pages <manifest> <model> <sentences per page>: each run of consecutive sentences read as one page.
        var pageRecognizer = PersonNameRecognizer.FromFile(args[2]);
        foreach (var set in manifest.Sets)
        {
            var sentences = set.Read();
            Console.WriteLine($"{set.Name,-28} {Evaluation.ScorePages(pageRecognizer, sentences, int.Parse(args[3]))}  [{sentences.Count} sentences, pages of {args[3]}]");
        }

        return 0;
    case "speed":
        SpeedBenchmark.Run(args[2], manifest.Read(), args.Length > 3 ? args[3] : null);
        return 0;
    case "errors-pages":
        // errors-pages <manifest> <model> <sentences per page>: misses and false names as the module reads pages, each
        // line with its page number and the names found on that page, for error analysis of document context.
        var pageModel = PersonNameRecognizer.FromFile(args[2]);
        var sentencesOfSets = manifest.Read();
        var perPage = int.Parse(args[3]);
        for (var first = 0; first < sentencesOfSets.Count; first += perPage)
        {
            var page = sentencesOfSets.Skip(first).Take(perPage).ToList();
            var text = string.Join("\n", page.Select(s => s.Text));
            var found = pageModel.Recognize(text).Select(n => (n.Start, n.Length)).ToList();
            var gold = new List<(int Start, int Length)>();
            var offset = 0;
            foreach (var sentence in page)
            {
                gold.AddRange(sentence.Names.Select(n => (n.Start + offset, n.Length)));
                offset += sentence.Text.Length + 1;
            }

            var foundNames = string.Join("|", found.Select(n => text.Substring(n.Start, n.Length)).Distinct());
            var goldNames = string.Join("|", gold.Select(n => text.Substring(n.Start, n.Length)).Distinct());
            foreach (var miss in gold.Except(found))
            {
                Console.WriteLine($"MISS\t{first / perPage}\t{text.Substring(miss.Start, miss.Length)}\t{foundNames}\t{goldNames}");
            }

            foreach (var wrong in found.Except(gold))
            {
                Console.WriteLine($"FALSE\t{first / perPage}\t{text.Substring(wrong.Start, wrong.Length)}\t{foundNames}\t{goldNames}");
            }
        }

        return 0;
    case "errors":
        var model = PersonNameRecognizer.FromFile(args[2]);
        foreach (var sentence in manifest.Read())
        {
            var predicted = model.Recognize(sentence.Text).Select(n => (n.Start, n.Length)).ToList();
            foreach (var miss in sentence.Names.Except(predicted))
            {
                Console.WriteLine($"MISS\t{sentence.Text.Substring(miss.Start, miss.Length)}\t{sentence.Text}");
            }

            foreach (var wrong in predicted.Except(sentence.Names))
            {
                Console.WriteLine($"FALSE\t{sentence.Text.Substring(wrong.Start, wrong.Length)}\t{sentence.Text}");
            }
        }

        return 0;
    default:
        Console.Error.WriteLine($"unknown command '{args[0]}'");
        return 2;
}
