using System.Diagnostics;
using System.Globalization;

namespace NewsArchive.Bench.CorpusGenerator;

/// <summary>Command line: generate a synthetic corpus of newspaper pages, or check one that was generated.</summary>
public static class Program
{
    private const string Usage = """
        Usage:
          CorpusGenerator --size day|month|year|decade|<N>pages --out <dir>
                          [--seed 42] [--start 2015-01-01] [--newspaper 江城日报] [--pages-per-issue 8]
          CorpusGenerator --verify <dir>
        """;

    public static int Main(string[] args)
    {
        try
        {
            var options = Parse(args);
            if (options.TryGetValue("verify", out string? verifyDir)) return Verifier.Run(verifyDir);
            return Generate(options);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            Console.Error.WriteLine(Usage);
            return 2;
        }
    }

    private static int Generate(Dictionary<string, string> options)
    {
        string outDir = Required(options, "out");
        string newspaper = options.GetValueOrDefault("newspaper", "江城日报");
        ulong seed = ParseNumber(options.GetValueOrDefault("seed", "42"), "--seed");
        int pagesPerIssue = (int)ParseNumber(options.GetValueOrDefault("pages-per-issue", "8"), "--pages-per-issue");
        if (pagesPerIssue < 1) throw new ArgumentException("--pages-per-issue must be at least 1.");
        if (!DateOnly.TryParseExact(options.GetValueOrDefault("start", "2015-01-01"), "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly start))
            throw new ArgumentException("--start must be a date like 2015-01-01.");
        long totalPages = TotalPages(Required(options, "size"), pagesPerIssue);
        if (newspaper.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || newspaper.Contains('_'))
            throw new ArgumentException("--newspaper must be usable in a file name and contain no '_' (it separates the date).");

        var clock = Stopwatch.StartNew();
        var corpus = new CorpusWriter(outDir, newspaper, seed, start, pagesPerIssue);
        long bytes = corpus.Write(totalPages);
        clock.Stop();

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pages={totalPages} bytes={bytes} ({bytes / 1048576.0:F1} MiB) seconds={clock.Elapsed.TotalSeconds:F1} out={Path.GetFullPath(outDir)}"));
        return 0;
    }

    /// <summary>Sizes are counted in daily issues: day = 1, month = 30, year = 365, decade = 3,650.</summary>
    private static long TotalPages(string size, int pagesPerIssue) => size switch
    {
        "day" => pagesPerIssue,
        "month" => 30L * pagesPerIssue,
        "year" => 365L * pagesPerIssue,
        "decade" => 3650L * pagesPerIssue,
        _ when size.EndsWith("pages", StringComparison.Ordinal) && long.TryParse(size[..^5], NumberStyles.None,
            CultureInfo.InvariantCulture, out long n) && n > 0 => n,
        _ => throw new ArgumentException($"--size '{size}' is not day, month, year, decade or <N>pages (e.g. 500pages)."),
    };

    private static Dictionary<string, string> Parse(string[] args)
    {
        var options = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"Expected '--option value' at '{args[i]}'.");
            string name = args[i][2..];
            if (name is not ("size" or "out" or "seed" or "start" or "newspaper" or "pages-per-issue" or "verify"))
                throw new ArgumentException($"Unknown option --{name}.");
            options[name] = args[++i];
        }
        if (options.Count == 0) throw new ArgumentException("No options given.");
        return options;
    }

    private static string Required(Dictionary<string, string> options, string name) =>
        options.TryGetValue(name, out string? value) ? value : throw new ArgumentException($"--{name} is required.");

    private static ulong ParseNumber(string text, string option) =>
        ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong value)
            ? value
            : throw new ArgumentException($"{option} must be a non-negative whole number, not '{text}'.");
}
