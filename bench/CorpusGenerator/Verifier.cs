using System.Text;
using System.Text.Json;

namespace NewsArchive.Bench.CorpusGenerator;

/// <summary>
/// --verify: re-reads a generated corpus and checks what every consumer relies on: strict UTF-8 without
/// BOM, LF line ends, a non-empty page with at least one headline, and a truth line that matches the page.
/// </summary>
public static class Verifier
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static int Run(string dir)
    {
        if (!Directory.Exists(dir))
        {
            Console.Error.WriteLine($"--verify: folder '{dir}' does not exist.");
            return 2;
        }
        long pages = 0, bytes = 0, headlines = 0, articles = 0, officials = 0, columnBreaks = 0;
        var problems = new List<string>();
        var described = new HashSet<string>(StringComparer.Ordinal);

        string truthPath = Path.Combine(dir, "truth.jsonl");
        if (File.Exists(truthPath))
        {
            foreach (string line in File.ReadLines(truthPath, StrictUtf8))
            {
                using var record = JsonDocument.Parse(line);
                JsonElement root = record.RootElement;
                string file = root.GetProperty("file").GetString()!;
                described.Add(file);
                JsonElement pageArticles = root.GetProperty("articles");
                articles += pageArticles.GetArrayLength();
                foreach (JsonElement article in pageArticles.EnumerateArray())
                {
                    officials += article.GetProperty("officials").GetArrayLength();
                    columnBreaks += article.GetProperty("columnBreaks").GetInt32();
                }

                string? text = ReadPage(Path.Combine(dir, file), file, problems, ref bytes);
                if (text == null) continue;
                pages++;
                int found = CountHeadlines(text);
                headlines += found;
                if (found != pageArticles.GetArrayLength())
                    problems.Add($"{file}: {found} headlines but truth.jsonl lists {pageArticles.GetArrayLength()} articles.");
                foreach (JsonElement article in pageArticles.EnumerateArray())
                {
                    string title = article.GetProperty("title").GetString()!;
                    if (!text.Contains(title, StringComparison.Ordinal)) problems.Add($"{file}: title '{title}' not on the page.");
                }
            }
        }
        else problems.Add("truth.jsonl is missing: pages are checked on their own.");

        // Pages truth.jsonl does not describe: leftovers of an earlier run into the same folder, or a truthless corpus.
        foreach (string path in Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            string relative = Path.GetRelativePath(dir, path).Replace('\\', '/');
            if (described.Contains(relative)) continue;
            if (described.Count > 0) problems.Add($"{relative}: not described in truth.jsonl.");
            string? text = ReadPage(path, relative, problems, ref bytes);
            if (text == null) continue;
            pages++;
            headlines += CountHeadlines(text);
        }

        Console.WriteLine($"pages={pages} bytes={bytes} headlines={headlines} truthArticles={articles} " +
                          $"officialMentions={officials} columnBreaks={columnBreaks} problems={problems.Count}");
        foreach (string problem in problems.Take(20)) Console.Error.WriteLine(problem);
        return problems.Count == 0 ? 0 : 1;
    }

    private static string? ReadPage(string path, string name, List<string> problems, ref long bytes)
    {
        if (!File.Exists(path))
        {
            problems.Add($"{name}: listed in truth.jsonl but missing.");
            return null;
        }
        byte[] content = File.ReadAllBytes(path);
        bytes += content.Length;
        if (content.AsSpan().StartsWith("\uFEFF"u8)) problems.Add($"{name}: starts with a BOM.");
        string text;
        try { text = StrictUtf8.GetString(content); }
        catch (DecoderFallbackException) { problems.Add($"{name}: not valid UTF-8."); return null; }
        if (string.IsNullOrWhiteSpace(text)) problems.Add($"{name}: empty.");
        if (text.Contains('\r')) problems.Add($"{name}: has CR line ends.");
        if (CountHeadlines(text) == 0) problems.Add($"{name}: no # or ## headline.");
        return text;
    }

    private static int CountHeadlines(string text)
    {
        int count = 0;
        foreach (ReadOnlySpan<char> line in text.AsSpan().EnumerateLines())
            if (line.StartsWith("# ") || line.StartsWith("## ")) count++;
        return count;
    }
}
