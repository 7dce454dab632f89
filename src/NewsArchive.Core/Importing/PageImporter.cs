using System;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;
using NewsArchive.Core.Model;
using NewsArchive.Core.Parsing;
using NewsArchive.Core.Storage;

namespace NewsArchive.Core.Importing;

/// <summary>What the caller knows about a page beyond its file: each value overrides front matter and path.</summary>
public sealed class ImportOptions
{
    public string? Newspaper { get; set; }
    public DateTime? Date { get; set; }
    public int? Page { get; set; }
    public Encoding? Encoding { get; set; }
    public bool Force { get; set; }
}

/// <summary>A page file decoded, identified and analysed, without the archive: pure computation, so it may run on another
/// thread while the pipeline stores the page before it.</summary>
public sealed class AnalyzedPage
{
    internal AnalyzedPage(PageRecord record, ParsedPage parsed, ImportOptions options, Stopwatch clock)
    {
        Record = record;
        Parsed = parsed;
        Options = options;
        Clock = clock;
    }

    public PageRecord Record { get; }
    public ParsedPage Parsed { get; }
    internal ImportOptions Options { get; }
    internal Stopwatch Clock { get; }
}

/// <summary>A page file read, identified and analysed, not yet stored; <see cref="WouldWrite"/> says whether storing it
/// changes the archive (so the caller can ask ShouldProcess first).</summary>
public sealed class PreparedPage
{
    internal PreparedPage(PageRecord record, ParsedPage parsed, StoredPage? existing, bool force, Stopwatch clock)
    {
        Force = force;
        Record = record;
        Parsed = parsed;
        Existing = existing;
        Clock = clock;
    }

    public PageRecord Record { get; }
    public ParsedPage Parsed { get; }
    internal StoredPage? Existing { get; }
    internal bool Force { get; }
    internal Stopwatch Clock { get; }

    public bool IsUnchanged => Existing is not null && Existing.Sha256 == Record.Sha256;
    public bool WouldReplace => Existing is not null && !IsUnchanged;
    public bool WouldWrite => !IsUnchanged;
}

/// <summary>Imports page files: decode, identify, analyse, then store in one transaction. Idempotent: the same content
/// again is Unchanged; other content for a stored page is a conflict unless forced.</summary>
public sealed class PageImporter
{
    private readonly ArchiveStore _store;
    private readonly PageWriter _writer;

    public PageImporter(ArchiveStore store)
    {
        _store = store;
        _writer = new PageWriter(store);
    }

    /// <summary>How many pages <see cref="StartSave"/> may have in flight at once; 0 where the engine stores one page at
    /// a time (then <see cref="Save"/> is the only way).</summary>
    public int ConcurrentSaves => _store.ConcurrentPageSaves;

    /// <summary>Decodes, identifies and analyses a page file; touches no archive (safe on any thread).</summary>
    /// <exception cref="PageFormatException">The file cannot be read as a page, or its newspaper/date/page is not known.</exception>
    public static AnalyzedPage Analyze(string? path, byte[] bytes, ImportOptions options)
    {
        var clock = Stopwatch.StartNew();
        var decoded = PageDecoder.Decode(bytes, options.Encoding);
        // Front matter may carry the date that relative dates (昨日) need, so identify before analysing.
        var text = decoded.Text;
        var frontMatter = PageParser.ReadFrontMatter(text);
        var identity = IssueLocator.Locate(path, frontMatter, options.Newspaper, options.Date, options.Page);
        var parsed = PageAnalyzer.Analyze(text, identity.Date);
        var record = new PageRecord(identity.Newspaper, identity.Date, identity.Page, path, Sha256(bytes), decoded.EncodingName, decoded.Text);
        clock.Stop();
        return new AnalyzedPage(record, parsed, options, clock);
    }

    /// <summary>Looks up what the archive holds for an analysed page.</summary>
    /// <exception cref="PageConflictException">Other content is stored for this page and <see cref="ImportOptions.Force"/> is off.</exception>
    public PreparedPage Prepare(AnalyzedPage analyzed)
    {
        var (record, options, clock) = (analyzed.Record, analyzed.Options, analyzed.Clock);
        clock.Start();
        var existing = _writer.Find(record.Newspaper, record.Date, record.Page);
        if (existing is not null && existing.Sha256 != record.Sha256 && !options.Force)
        {
            throw Conflict(record);
        }

        return new PreparedPage(record, analyzed.Parsed, existing, options.Force, clock);
    }

    /// <summary>Stores a prepared page (nothing is written when it is unchanged) and reports what happened. What is
    /// stored is looked at again inside the write: another import may have stored the page since it was prepared.</summary>
    /// <exception cref="PageConflictException">Other content was stored meanwhile and <see cref="ImportOptions.Force"/> is off.</exception>
    public ImportResult Save(PreparedPage page)
    {
        var outcome = page.IsUnchanged ? PageSaveOutcome.Unchanged : _writer.Save(page.Record, page.Parsed.Articles, page.Force, PageAnalyzer.Version);
        return Result(page, outcome);
    }

    /// <summary>Starts storing an analysed page on a connection of the engine's own, so the caller may go on to the next
    /// page while this one commits: a durable commit waits for the disk, and commits in flight together share that wait.
    /// What is stored is looked at only inside the write (one round trip less than <see cref="Prepare"/> then
    /// <see cref="Save"/>; the same outcome). At most <see cref="ConcurrentSaves"/> at once, never two of the same page.</summary>
    /// <exception cref="PageConflictException">(From the task) as <see cref="Save"/>.</exception>
    public async Task<ImportResult> StartSave(AnalyzedPage analyzed)
    {
        var (record, options, clock) = (analyzed.Record, analyzed.Options, analyzed.Clock);
        clock.Start();
        var page = new PreparedPage(record, analyzed.Parsed, null, options.Force, clock);
        var outcome = await _store.StartSavePage(record, page.Parsed.Articles, page.Force, PageAnalyzer.Version).ConfigureAwait(false);
        return Result(page, outcome);
    }

    private static ImportResult Result(PreparedPage page, PageSaveOutcome outcome)
    {
        var record = page.Record;
        var status = outcome switch
        {
            PageSaveOutcome.Inserted => ImportStatus.Imported,
            PageSaveOutcome.Replaced => ImportStatus.Replaced,
            PageSaveOutcome.Unchanged => ImportStatus.Unchanged,
            _ => throw Conflict(record),
        };
        return new ImportResult(record.SourcePath ?? string.Empty, record.Newspaper, record.Date, record.Page, status, page.Parsed.Articles.Count, page.Clock.Elapsed);
    }

    private static PageConflictException Conflict(PageRecord record) =>
        new($"{record.Newspaper} {record.Date:yyyy-MM-dd} page {record.Page} is already in the archive with other content. Pass -Force to replace it, or check -Newspaper, -Date and -Page.");

    private static string Sha256(byte[] bytes)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(bytes);
        var hex = new StringBuilder(hash.Length * 2);
        foreach (var b in hash)
        {
            hex.Append(b.ToString("x2", System.Globalization.CultureInfo.InvariantCulture));
        }

        return hex.ToString();
    }
}
