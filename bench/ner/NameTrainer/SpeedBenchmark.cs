using System.Diagnostics;
using NewsArchive.Core.Extraction.Names;
using NewsArchive.Core.Importing;

namespace NewsArchive.Bench.NameTrainer;

/// <summary>Times the recogniser the way the analysis will run it: on whole pages, after a warm-up, on one thread. With
/// a folder of pages (bench/CorpusGenerator output, 2–6k characters each) it also times today's page analysis
/// (PageAnalyzer.Analyze: parsing and officials) on the same pages, alternating round by round, so the two figures
/// share the machine's load and their ratio holds even on a busy machine.</summary>
internal static class SpeedBenchmark
{
    private const int PageCharacters = 4000;
    private const int Rounds = 7;
    private static readonly DateTime IssueDate = new(2020, 1, 2);

    public static void Run(string modelPath, IEnumerable<TaggedSentence> sentences, string? pagesFolder)
    {
        var load = Stopwatch.StartNew();
        var recognizer = PersonNameRecognizer.FromFile(modelPath);
        load.Stop();
        var pages = pagesFolder is null
            ? Pages(sentences.Select(s => s.Text)).ToList()
            : Directory.EnumerateFiles(pagesFolder, "*.txt", SearchOption.AllDirectories).OrderBy(p => p, StringComparer.Ordinal)
                .Select(File.ReadAllText).ToList();
        Time(() => pages.ForEach(p => recognizer.Recognize(p)));
        Time(() => pages.ForEach(p => PageAnalyzer.Analyze(p, IssueDate)));

        var names = new List<double>();
        var analysis = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            names.Add(Time(() => pages.ForEach(p => recognizer.Recognize(p))) / pages.Count);
            analysis.Add(Time(() => pages.ForEach(p => PageAnalyzer.Analyze(p, IssueDate))) / pages.Count);
        }

        var characters = pages.Sum(p => p.Length) / pages.Count;
        Console.WriteLine($"model load {load.Elapsed.TotalMilliseconds:0} ms; {pages.Count} pages of {characters} characters on average, {Rounds} alternated rounds:");
        Console.WriteLine($"  names (Recognize)        median {Median(names):0.000} ms per page");
        Console.WriteLine($"  analysis (PageAnalyzer)  median {Median(analysis):0.000} ms per page");
        Console.WriteLine($"  ratio names / analysis   median {Median(names.Zip(analysis, (n, a) => n / a).ToList()):0.00}");
    }

    private static double Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values) => values.OrderBy(v => v).ElementAt(values.Count / 2);

    private static IEnumerable<string> Pages(IEnumerable<string> sentences)
    {
        var page = new System.Text.StringBuilder();
        foreach (var sentence in sentences)
        {
            page.Append(sentence);
            if (page.Length >= PageCharacters)
            {
                yield return page.ToString();
                page.Clear();
            }
        }
    }
}
