using System;
using System.Collections.Generic;
using System.IO;
using System.Management.Automation;
using System.Threading.Tasks;
using System.Data.Common;
using NewsArchive.Commands.Infrastructure;
using NewsArchive.Core.Importing;
using NewsArchive.Core.Parsing;

namespace NewsArchive.Commands;

/// <summary>Imports page files into the archive: each file is one page of one issue, split into articles and stored in
/// one transaction. A file that fails is reported and the batch goes on. Reading and analysing a file touches no archive,
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

    private readonly Queue<(string Path, int Index, int Total, Task<AnalyzedPage> Analysis)> _pending = new();
    private ProgressReporter? _progress;
    private PageImporter? _importer;
    private int _filesDone;

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
    public DateTime Date { get; set; }

    /// <summary>The page number; overrides front matter and the file name's trailing number.</summary>
    [Parameter]
    [ValidateRange(1, 9999)]
    public int Page { get; set; }

    /// <summary>The files' encoding, when detection (UTF-8, UTF-16 with BOM, else GB18030) is not enough.</summary>
    [Parameter]
    [ValidateSet("utf-8", "gb18030", "gbk", "gb2312", "utf-16", "utf-16BE", IgnoreCase = true)]
    public string? Encoding { get; set; }

    /// <summary>Replace a stored page whose content differs (atomically); without it such a file is an error.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override bool CreatesDatabase => true;

    protected override void BeginProcessing() => _progress = new ProgressReporter(this, 1, "Importing newspaper pages");

    protected override void ProcessRecord()
    {
        var files = ResolveFiles();
        var options = Options();
        for (var i = 0; i < files.Count; i++)
        {
            ThrowIfStopping();
            var file = files[i];
            if (Directory.Exists(file))
            {
                StoreAll();
                WriteVerbose($"Skipping folder {file}: pass its files (Get-ChildItem -Recurse -Filter *.txt | Import-Issue).");
                continue;
            }

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
    }

    private void StoreNext()
    {
        ThrowIfStopping();
        var (path, index, total, analysis) = _pending.Dequeue();
        _progress!.Report(index, total, $"{_filesDone} done; {path}");
        ImportFile(path, analysis);
        _filesDone++;
    }

    private List<string> ResolveFiles()
    {
        var files = new List<string>();
        if (ParameterSetName == LiteralPathSet)
        {
            foreach (var literal in LiteralPath)
            {
                files.Add(GetUnresolvedProviderPathFromPSPath(literal));
            }

            return files;
        }

        foreach (var pattern in Path)
        {
            try
            {
                files.AddRange(GetResolvedProviderPathFromPSPath(pattern, out _));
            }
            catch (ItemNotFoundException ex)
            {
                // After the results of the files before it, as without read-ahead.
                StoreAll();
                WriteError(Errors.Record(ex, "Import.PathNotFound", ErrorCategory.ObjectNotFound, pattern,
                    "Check the path; use -LiteralPath for names that hold wildcard characters such as [ ]."));
            }
        }

        return files;
    }

    /// <summary>Stores one analysed file: what the archive holds for it, ShouldProcess, the write, the result or error.</summary>
    private void ImportFile(string path, Task<AnalyzedPage> analysis)
    {
        try
        {
            // Rethrows what reading or analysing the file threw, as itself.
            var analyzed = analysis.GetAwaiter().GetResult();
            _importer ??= new PageImporter(Store);
            var prepared = _importer.Prepare(analyzed);
            if (prepared.WouldWrite)
            {
                var record = prepared.Record;
                var action = $"{(prepared.WouldReplace ? "Replace" : "Import")} {record.Newspaper} {record.Date:yyyy-MM-dd} page {record.Page} ({prepared.Parsed.Articles.Count} articles)";
                if (!ShouldProcess(path, action))
                {
                    return;
                }
            }

            var result = _importer.Save(prepared);
            WriteVerbose($"{result.Status}: {path} as {result.Newspaper} {result.Date:yyyy-MM-dd} page {result.Page}, {result.Articles} articles");
            WriteObject(result);
        }
        catch (PageFormatException ex)
        {
            WriteError(FormatError(ex, path));
        }
        catch (PageConflictException ex)
        {
            WriteError(Errors.Record(ex, "Import.PageConflict", ErrorCategory.ResourceExists, path,
                "Pass -Force to replace the stored page, or correct -Newspaper, -Date or -Page."));
        }
        catch (FileNotFoundException ex)
        {
            WriteError(Errors.Record(ex, "Import.FileNotFound", ErrorCategory.ObjectNotFound, path, "Check the path."));
        }
        catch (DirectoryNotFoundException ex)
        {
            WriteError(Errors.Record(ex, "Import.FileNotFound", ErrorCategory.ObjectNotFound, path, "Check the path."));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            WriteError(Errors.Record(ex, "Import.FileReadError", ErrorCategory.ReadError, path, "Check that the file exists and that you may read it."));
        }
        catch (DbException ex)
        {
            WriteError(Errors.Database(ex, "Import", path,
                "Another process held the archive for too long; run the import again (stored pages report Unchanged)."));
        }
        catch (Exception ex) when (ex is not PipelineStoppedException)
        {
            // A page the parser chokes on must cost that page, never the night's batch.
            WriteError(Errors.Record(ex, "Import.UnexpectedError", ErrorCategory.NotSpecified, path,
                "This is a defect in NewsArchive: report it with the file attached. The other files were imported."));
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

    private static ErrorRecord FormatError(PageFormatException ex, string path)
    {
        var (id, category, action) = ex.Error switch
        {
            PageError.EmptyFile => ("Import.EmptyFile", ErrorCategory.InvalidData, "Remove the file or replace it with the page's text."),
            PageError.TooLarge => ("Import.FileTooLarge", ErrorCategory.LimitsExceeded, "Check that the file is a newspaper page."),
            PageError.NotAFile => ("Import.NotAFile", ErrorCategory.InvalidArgument, "Pass page files only (Get-ChildItem -File), not devices or FIFOs."),
            PageError.Binary => ("Import.BinaryFile", ErrorCategory.InvalidData, "Only text pages can be imported; convert or remove the file."),
            PageError.InvalidEncoding => ("Import.InvalidEncoding", ErrorCategory.InvalidData, "Repair the file, or pass -Encoding with its encoding."),
            PageError.NoHeadline => ("Import.NoHeadline", ErrorCategory.InvalidData, "Mark each headline with '# ' or '## ' at the start of its line."),
            PageError.UnknownNewspaper => ("Import.UnknownNewspaper", ErrorCategory.InvalidArgument, "Pass -Newspaper, or add 'newspaper:' front matter."),
            PageError.UnknownDate => ("Import.UnknownDate", ErrorCategory.InvalidArgument, "Pass -Date, add 'date:' front matter, or put the date in the path."),
            PageError.InvalidDate => ("Import.InvalidDate", ErrorCategory.InvalidData, "Write the date as yyyy-MM-dd."),
            PageError.UnknownPage => ("Import.UnknownPage", ErrorCategory.InvalidArgument, "Pass -Page, add 'page:' front matter, or end the file name with _01."),
            PageError.InvalidPage => ("Import.InvalidPage", ErrorCategory.InvalidData, "Give the page as a number from 1, such as 'page: 3' or -Page 3."),
            _ => ("Import.InvalidFile", ErrorCategory.InvalidData, (string?)null),
        };
        return Errors.Record(ex, id, category, path, action);
    }
}
