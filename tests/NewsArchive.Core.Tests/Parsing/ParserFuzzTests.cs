using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using NewsArchive.Core.Extraction.Names;
using NewsArchive.Core.Importing;
using NewsArchive.Core.Model;
using NewsArchive.Core.Parsing;
using Xunit;
using Xunit.Abstractions;

namespace NewsArchive.Core.Tests.Parsing;

/// <summary>The whole text path of an import (decode, front matter, identity, analysis) on generated and mutated pages:
/// a page may be refused with a <see cref="PageFormatException"/>, never with anything else, and never slowly. CI runs a
/// fixed-seed part; bench/fuzz.ps1 runs 100,000 pages or more through the same test (NEWSARCHIVE_FUZZ_PAGES).</summary>
public sealed class ParserFuzzTests
{
    private const int DefaultPages = 3000;
    private static readonly TimeSpan SlowPage = TimeSpan.FromSeconds(2);
    private readonly ITestOutputHelper _output;

    public ParserFuzzTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void ImportPathRefusesOrParsesEveryGeneratedPage()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var pages = int.TryParse(Environment.GetEnvironmentVariable("NEWSARCHIVE_FUZZ_PAGES"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : DefaultPages;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("NEWSARCHIVE_FUZZ_SEED"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? s : 20261129;
        var samples = new List<string> { File.ReadAllText(SharedSamples.SeedPagePath) };
        var fuzzer = new PageFuzzer(seed);
        // The person-name model loads once per process, lazily, on the first page that needs it (seconds on a loaded
        // machine): load it first, so the clock times each page's analysis, not that one load.
        _ = PersonNameRecognizer.Default;
        var clock = Stopwatch.StartNew();
        var refused = new Dictionary<PageError, int>();
        var parsed = 0;
        var slowest = TimeSpan.Zero;
        for (var i = 0; i < pages; i++)
        {
            var bytes = fuzzer.Next(samples);
            var started = clock.Elapsed;
            try
            {
                var articles = Import(bytes);
                Assert.All(articles, a => Assert.NotNull(a.Body));
                parsed++;
            }
            catch (PageFormatException ex)
            {
                refused[ex.Error] = refused.TryGetValue(ex.Error, out var count) ? count + 1 : 1;
            }
            catch (Exception ex)
            {
                Assert.Fail($"Page {i} of seed {seed} threw {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}\nBytes (base64): {Convert.ToBase64String(bytes)}");
            }

            var elapsed = clock.Elapsed - started;
            slowest = elapsed > slowest ? elapsed : slowest;
            Assert.True(elapsed < SlowPage, $"Page {i} of seed {seed} took {elapsed.TotalMilliseconds:F0} ms. Bytes (base64): {Convert.ToBase64String(bytes)}");
        }

        _output.WriteLine($"Fuzzed {pages} pages (seed {seed}) in {clock.Elapsed.TotalSeconds:F1} s: {parsed} parsed, " +
            $"refused {string.Join(", ", SortedCounts(refused))}; slowest page {slowest.TotalMilliseconds:F1} ms.");
        Assert.True(parsed > pages / 10, "The fuzzer should produce mostly pages the parser accepts, or it tests only the refusals.");
        Assert.True(refused.Count >= 3, "The fuzzer should reach several kinds of refusal.");
    }

    private static IReadOnlyList<ParsedArticle> Import(byte[] bytes)
    {
        var decoded = PageDecoder.Decode(bytes);
        var frontMatter = PageParser.ReadFrontMatter(decoded.Text);
        var identity = IssueLocator.Locate("/incoming/2020-03-13/衡阳日报_01.txt", frontMatter, null, null, null);
        return PageAnalyzer.Analyze(decoded.Text, identity.Date).Articles;
    }

    private static IEnumerable<string> SortedCounts(Dictionary<PageError, int> counts)
    {
        var keys = new List<PageError>(counts.Keys);
        keys.Sort();
        foreach (var key in keys)
        {
            yield return $"{key} {counts[key]}";
        }
    }
}
