using System.Globalization;
using System.Text;

namespace NewsArchive.Bench.CorpusGenerator;

/// <summary>
/// Writes the pages one by one as they are composed, with their truth lines, so memory stays flat
/// however many years are asked for: only the current page and the cast's term lists are held.
/// </summary>
public sealed class CorpusWriter(string outDir, string newspaper, ulong seed, DateOnly start, int pagesPerIssue)
{
    private byte[] _buffer = new byte[32 * 1024];

    /// <summary>Writes <paramref name="totalPages"/> pages, issue after daily issue; returns the bytes of page text written.</summary>
    public long Write(long totalPages)
    {
        Directory.CreateDirectory(outDir);
        var names = new NameGenerator();
        var cast = new Cast(seed, start, names);
        var pages = new PageWriter(PhraseBank.Load(), names, cast, seed, CityOf(newspaper));
        string pageFormat = new('0', Math.Max(2, pagesPerIssue.ToString(CultureInfo.InvariantCulture).Length));

        using var truth = new TruthWriter(Path.Combine(outDir, "truth.jsonl"));
        long written = 0, bytes = 0;
        for (DateOnly date = start; written < totalPages; date = date.AddDays(1))
        {
            Leadership leaders = cast.On(date);
            string folder = Path.Combine(date.ToString("yyyy", CultureInfo.InvariantCulture), date.ToString("MM", CultureInfo.InvariantCulture));
            Directory.CreateDirectory(Path.Combine(outDir, folder));
            for (int page = 1; page <= pagesPerIssue && written < totalPages; page++, written++)
            {
                string name = string.Create(CultureInfo.InvariantCulture,
                    $"{newspaper}_{date:yyyyMMdd}_{page.ToString(pageFormat, CultureInfo.InvariantCulture)}.txt");
                // truth.jsonl names files with '/' whatever the OS, so it compares across machines.
                string relative = folder.Replace('\\', '/') + "/" + name;
                PageTruth pageTruth = pages.Compose(relative, date, page, leaders);
                bytes += WriteFile(Path.Combine(outDir, folder, name), pages.Text);
                truth.Write(pageTruth);
            }
        }
        return bytes;
    }

    /// <summary>The city the paper covers, as its pages call it: 江城日报 → 江城.</summary>
    private static string CityOf(string newspaper)
    {
        foreach (string suffix in new[] { "日报", "晚报", "报" })
            if (newspaper.Length > suffix.Length && newspaper.EndsWith(suffix, StringComparison.Ordinal))
                return newspaper[..^suffix.Length];
        return newspaper;
    }

    private int WriteFile(string path, StringBuilder text)
    {
        // Encoding into one reused buffer keeps a decade run from allocating a byte array per page.
        string content = text.ToString();
        int length = PageWriter.Encoding.GetByteCount(content);
        if (length > _buffer.Length) _buffer = new byte[length * 2];
        PageWriter.Encoding.GetBytes(content, _buffer);
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 0);
        file.Write(_buffer, 0, length);
        return length;
    }
}
