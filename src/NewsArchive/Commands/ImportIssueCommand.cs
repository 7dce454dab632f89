using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using System.Data.Common;
using NewsArchive.Commands.Infrastructure;
using NewsArchive.Commands.Resources;
using NewsArchive.Core.Importing;
using NewsArchive.Core.Parsing;
using NewsArchive.Core.Model;
using NewsArchive.Core.Platform;
using NewsArchive.Core.Storage;

namespace NewsArchive.Commands;

/// <summary>Imports page files into the archive: each file is one page of one issue, split into articles and stored in
/// one transaction. A folder stands for the page files (*.txt) in it, and with -Recurse in its subfolders. A file that
/// fails is reported, its message naming it, and the batch goes on. Reading and analysing a file touches no archive,
/// so the next few files are analysed on worker threads while this one is stored; everything the user sees (results,
/// errors, -WhatIf, progress) still happens on the pipeline thread, in input order.</summary>
[Cmdlet(VerbsData.Import, "Issue", DefaultParameterSetName = PathSet, SupportsShouldProcess = true)]
[OutputType(typeof(ImportResult))]
public sealed class ImportIssueCommand : ArchiveCommandBase
{
    private const string PathSet = "Path";
    private const string LiteralPathSet = "LiteralPath";

    /// <summary>Files read and analysed ahead of the one being stored: enough to keep a second core busy, few enough
    /// that memory stays a handful of pages.</summary>
    private const int ReadAhead = 4;

    /// <summary>The files a folder stands for: pages are text files (see "Page files" in the README).</summary>
    private const string PageFilePattern = "*.txt";

    private readonly Queue<(string Path, int Index, int Total, Task<AnalyzedPage> Analysis)> _pending = new();

    /// <summary>Files whose page is being stored (or was, or failed before), oldest first: each is reported once its save
    /// has ended, so results and errors keep the input's order while later pages are stored.</summary>
    private readonly Queue<(string Path, (string Newspaper, DateTime Date, int Number)? Page, Task<ImportResult> Save)> _saving = new();

    private ProgressReporter? _progress;
    private PageImporter? _importer;
    private int? _concurrentSaves;
    private int _filesDone;

    /// <summary>Files already taken in this pipeline: "Get-ChildItem -Recurse | Import-Issue" names each file once by
    /// itself and once inside its folder.</summary>
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    [Parameter(Mandatory = true, Position = 0, ParameterSetName = PathSet, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = Array.Empty<string>();

    [Parameter(Mandatory = true, ParameterSetName = LiteralPathSet, ValueFromPipelineByPropertyName = true)]
    [Alias("PSPath", "LP")]
    [ValidateNotNullOrEmpty]
    public string[] LiteralPath { get; set; } = Array.Empty<string>();

    /// <summary>The newspaper of every page in this call; overrides front matter and file names.</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NewspaperCompleter))]
    public string? Newspaper { get; set; }

    /// <summary>The issue date of every page in this call; overrides front matter and path.</summary>
    [Parameter]
    [IssueDate]
    public DateTime Date { get; set; }

    /// <summary>The page number; overrides front matter and the file name's trailing number.</summary>
    [Parameter]
    [ValidateRange(1, 9999)]
    public int Page { get; set; }

    /// <summary>The files' encoding, when detection (UTF-8, UTF-16 with BOM, else GB18030) is not enough.</summary>
    [Parameter]
    [ValidateSet("utf-8", "gb18030", "gbk", "gb2312", "utf-16", "utf-16BE", IgnoreCase = true)]
    public string? Encoding { get; set; }

    /// <summary>With a folder: import the page files in its subfolders too.</summary>
    [Parameter]
    public SwitchParameter Recurse { get; set; }

    /// <summary>Replace a stored page whose content differs (atomically); without it such a file is an error.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override bool CreatesDatabase => true;

    protected override void BeginProcessing() => _progress = new ProgressReporter(this, 1, Messages.Import_Progress_Activity);

    protected override void ProcessRecord()
    {
        var files = ResolveFiles();
        var options = Options();
        for (var i = 0; i < files.Count; i++)
        {
            ThrowIfStopping();
            var file = files[i];
            _pending.Enqueue((file, i, files.Count, Task.Run(() => PageImporter.Analyze(file, PageFile.Read(file), options))));
            while (_pending.Count > ReadAhead)
            {
                StoreNext();
            }
        }
    }

    protected override void EndProcessing()
    {
        StoreAll();
        _progress?.Complete();
        base.EndProcessing();
    }

    private void StoreAll()
    {
        while (_pending.Count > 0)
        {
            StoreNext();
        }

        while (_saving.Count > 0)
        {
            ReportNext();
        }
    }

    private void StoreNext()
    {
        ThrowIfStopping();
        var (path, index, total, analysis) = _pending.Dequeue();
        _progress!.Report(index, total, string.Format(CultureInfo.CurrentCulture, Messages.Import_Progress_Status, _filesDone, path));
        ImportFile(path, analysis);
        _filesDone++;
        GarbageBudget.Process.Spend();
    }

    private List<string> ResolveFiles()
    {
        var files = new List<string>();
        if (ParameterSetName == LiteralPathSet)
        {
            foreach (var literal in LiteralPath)
            {
                AddFileOrFolder(files, GetUnresolvedProviderPathFromPSPath(literal));
            }

            return files;
        }

        foreach (var pattern in Path)
        {
            try
            {
                foreach (var path in GetResolvedProviderPathFromPSPath(pattern, out _))
                {
                    AddFileOrFolder(files, path);
                }
            }
            catch (ItemNotFoundException ex)
            {
                // After the results of the files before it, as without read-ahead.
                StoreAll();
                WriteError(Errors.ForFile(ex, "Import.PathNotFound", ErrorCategory.ObjectNotFound, pattern, Messages.Import_PathNotFound_Action));
            }
        }

        return files;
    }

    /// <summary>A file as itself; a folder as its page files in name order, and a warning when it holds none, so that
    /// importing the wrong folder never looks like success.</summary>
    private void AddFileOrFolder(List<string> files, string path)
    {
        if (!Directory.Exists(path))
        {
            if (_taken.Add(path))
            {
                files.Add(path);
            }

            return;
        }

        _progress!.Report(0, 0, string.Format(CultureInfo.CurrentCulture, Messages.Import_Progress_Listing, path));
        var option = Recurse ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly;
        var pages = Directory.EnumerateFiles(path, PageFilePattern, option).OrderBy(page => page, StringComparer.Ordinal).ToList();
        WriteVerbose($"{path}: {pages.Count} page files");
        if (pages.Count == 0)
        {
            var deeper = !Recurse && Directory.EnumerateFiles(path, PageFilePattern, SearchOption.AllDirectories).Any();
            WriteWarning(string.Format(CultureInfo.CurrentCulture, Messages.Import_Folder_Empty, path, PageFilePattern,
                deeper ? Messages.Import_Folder_RecurseHint : string.Empty));
        }

        files.AddRange(pages.Where(_taken.Add));
    }

    /// <summary>Starts storing one analysed file (what the archive holds for it, ShouldProcess, the write) and reports the
    /// files before it whose saves must end first: all of them where the engine stores one page at a time.</summary>
    private void ImportFile(string path, Task<AnalyzedPage> analysis)
    {
        (string Newspaper, DateTime Date, int Number)? page = null;
        Task<ImportResult>? save;
        try
        {
            // Rethrows what reading or analysing the file threw, as itself.
            var analyzed = analysis.GetAwaiter().GetResult();
            var record = analyzed.Record;
            page = (record.Newspaper, record.Date, record.Page);
            // Another file naming the same page is decided after the one in flight, as one page at a time would.
            while (_saving.Any(saving => saving.Page == page))
            {
                ReportNext();
            }

            save = StartSave(path, analyzed);
        }
        catch (Exception ex) when (ex is not PipelineStoppedException)
        {
            save = Task.FromException<ImportResult>(ex);
        }

        if (save is null)
        {
            return;
        }

        _saving.Enqueue((path, page, save));
        while (_saving.Count > ConcurrentSaves)
        {
            ReportNext();
        }
    }

    /// <summary>The save of a page, or null when ShouldProcess declined it.</summary>
    private Task<ImportResult>? StartSave(string path, AnalyzedPage analyzed)
    {
        if (ConcurrentSaves > 0)
        {
            // ShouldProcess cannot speak here (see ConcurrentSaves): what is stored is looked at inside the write alone.
            return ShouldProcess(path, Action(replace: false, analyzed.Record, analyzed.Parsed)) ? Importer.StartSave(analyzed) : null;
        }

        var prepared = Importer.Prepare(analyzed);
        if (prepared.WouldWrite && !ShouldProcess(path, Action(prepared.WouldReplace, prepared.Record, prepared.Parsed)))
        {
            return null;
        }

        return Task.FromResult(Importer.Save(prepared));
    }

    private static string Action(bool replace, PageRecord record, ParsedPage parsed) =>
        $"{(replace ? "Replace" : "Import")} {record.Newspaper} {record.Date:yyyy-MM-dd} page {record.Page} ({parsed.Articles.Count} articles)";

    private PageImporter Importer => _importer ??= new PageImporter(Store);

    /// <summary>Pages stored at once (see <see cref="PageImporter.StartSave"/>): none beside the one reported where
    /// ShouldProcess may speak (-WhatIf, -Confirm, $ConfirmPreference), so that what it says about a page comes after
    /// the results of the pages before it.</summary>
    private int ConcurrentSaves => _concurrentSaves ??= ShouldProcessMaySpeak ? 0 : Importer.ConcurrentSaves;

    private bool ShouldProcessMaySpeak =>
        WhatIfRequested || MyInvocation.BoundParameters.ContainsKey("Confirm")
        || SessionState.PSVariable.GetValue("ConfirmPreference") is ConfirmImpact preference and not ConfirmImpact.None and <= ConfirmImpact.Medium;

    /// <summary>Reports the oldest file whose save was started: its result once stored, or its error.</summary>
    private void ReportNext()
    {
        var (path, _, save) = _saving.Dequeue();
        try
        {
            var result = save.GetAwaiter().GetResult();
            WriteVerbose($"{result.Status}: {path} as {result.Newspaper} {result.Date:yyyy-MM-dd} page {result.Page}, {result.Articles} articles");
            WriteObject(result);
        }
        catch (PageFormatException ex)
        {
            WriteError(FormatError(ex, path));
        }
        catch (PageConflictException ex)
        {
            WriteError(Errors.ForFile(ex, "Import.PageConflict", ErrorCategory.ResourceExists, path, Messages.Import_PageConflict_Action));
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            WriteError(Errors.ForFile(ex, "Import.FileNotFound", ErrorCategory.ObjectNotFound, path, Messages.Import_FileNotFound_Action));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WriteError(Errors.ForFile(ex, "Import.FileReadError", ErrorCategory.ReadError, path, Messages.Import_FileReadError_Action));
        }
        catch (DbException ex)
        {
            WriteError(Errors.NameFile(Errors.Database(ex, "Import", path, Messages.Import_DatabaseBusy_Action), path));
        }
        catch (Exception ex) when (ex is not PipelineStoppedException)
        {
            // A page the parser chokes on must cost that page, never the night's batch.
            WriteError(Errors.ForFile(ex, "Import.UnexpectedError", ErrorCategory.NotSpecified, path, Messages.Import_UnexpectedError_Action));
        }
    }

    private ImportOptions Options() => new()
    {
        Newspaper = Newspaper,
        Date = MyInvocation.BoundParameters.ContainsKey(nameof(Date)) ? Date : null,
        Page = MyInvocation.BoundParameters.ContainsKey(nameof(Page)) ? Page : null,
        Encoding = Encoding is null ? null : PageDecoder.GetEncoding(Encoding),
        Force = Force,
    };

    /// <summary>A page that cannot be read as a page: its own id and category, a message naming the file (in Chinese
    /// from the zh-CN resources where they say it, else the core's own detailed English), and what to do.</summary>
    private static ErrorRecord FormatError(PageFormatException ex, string path)
    {
        var (id, category) = ex.Error switch
        {
            PageError.EmptyFile => ("EmptyFile", ErrorCategory.InvalidData),
            PageError.TooLarge => ("FileTooLarge", ErrorCategory.LimitsExceeded),
            PageError.NotAFile => ("NotAFile", ErrorCategory.InvalidArgument),
            PageError.Binary => ("BinaryFile", ErrorCategory.InvalidData),
            PageError.InvalidEncoding => ("InvalidEncoding", ErrorCategory.InvalidData),
            PageError.NoHeadline => ("NoHeadline", ErrorCategory.InvalidData),
            PageError.UnknownNewspaper => ("UnknownNewspaper", ErrorCategory.InvalidArgument),
            PageError.UnknownDate => ("UnknownDate", ErrorCategory.InvalidArgument),
            PageError.InvalidDate => ("InvalidDate", ErrorCategory.InvalidData),
            PageError.UnknownPage => ("UnknownPage", ErrorCategory.InvalidArgument),
            PageError.InvalidPage => ("InvalidPage", ErrorCategory.InvalidData),
            _ => ("InvalidFile", ErrorCategory.InvalidData),
        };
        var action = Messages.ResourceManager.GetString($"Import_{id}_Action", CultureInfo.CurrentUICulture);
        var reason = Messages.ResourceManager.GetString($"PageError_{ex.Error}", CultureInfo.CurrentUICulture);
        return Errors.ForFile(ex, "Import." + id, category, path, action, reason);
    }
}
