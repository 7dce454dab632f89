using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Text;
using NewsArchive.Commands.Infrastructure;
using NewsArchive.Core.Reports;
using NewsArchive.Core.Storage;

namespace NewsArchive.Commands;

/// <summary>Counts articles by period, newspaper, page, reporter, official or title. Without -Path it writes StatsRow
/// objects; with -Path it writes a CSV, JSON or self-contained HTML report (the format from -Format or the extension).</summary>
[Cmdlet(VerbsData.Export, "Stats", DefaultParameterSetName = ObjectsSet, SupportsShouldProcess = true)]
[OutputType(typeof(StatsRow), ParameterSetName = new[] { ObjectsSet })]
public sealed class ExportStatsCommand : ArchiveCommandBase
{
    protected override bool OnlyReads => true;

    private const string ObjectsSet = "Objects";
    private const string FileSet = "File";

    /// <summary>What to count by; several give one row per combination. Default: Month.</summary>
    [Parameter(Position = 0)]
    [ValidateNotNullOrEmpty]
    public StatsDimension[]? By { get; set; }

    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(NewspaperCompleter))]
    public string[]? Newspaper { get; set; }

    [Parameter]
    [IssueDate]
    public DateTime? From { get; set; }

    [Parameter]
    [IssueDate]
    public DateTime? To { get; set; }

    [Parameter]
    [ValidateRange(1, 9999)]
    public int[]? Page { get; set; }

    /// <summary>The file to write. Without it the rows are written to the pipeline.</summary>
    [Parameter(Mandatory = true, Position = 1, ParameterSetName = FileSet)]
    [ValidateNotNullOrEmpty]
    public string Path { get; set; } = string.Empty;

    /// <summary>Csv, Json or Html; default from the extension of -Path.</summary>
    [Parameter(ParameterSetName = FileSet)]
    public StatsFormat? Format { get; set; }

    /// <summary>The file's encoding (CSV and JSON). Default: utf8BOM for CSV, so Excel shows Chinese; utf8 for JSON.</summary>
    [Parameter(ParameterSetName = FileSet)]
    [ValidateSet("utf8BOM", "utf8", "utf8NoBOM", "unicode", "bigendianunicode", "utf32", "gb18030", IgnoreCase = true)]
    public string? Encoding { get; set; }

    /// <summary>CSV: write cells that start with = + - @ tab or CR as they are, not neutralised with a leading '.</summary>
    [Parameter(ParameterSetName = FileSet)]
    public SwitchParameter NoFormulaEscape { get; set; }

    /// <summary>Overwrite a read-only file.</summary>
    [Parameter(ParameterSetName = FileSet)]
    public SwitchParameter Force { get; set; }

    /// <summary>Do not overwrite an existing file.</summary>
    [Parameter(ParameterSetName = FileSet)]
    [Alias("NoOverwrite")]
    public SwitchParameter NoClobber { get; set; }

    protected override void ProcessRecord()
    {
        if (From is not null && To is not null && From > To)
        {
            ThrowTerminatingError(Errors.Record(new ArgumentException($"-From {From:yyyy-MM-dd} is after -To {To:yyyy-MM-dd}."),
                "ExportStats.InvalidRange", ErrorCategory.InvalidArgument, From, "Swap -From and -To."));
        }

        var filter = new IssueFilter { Newspapers = Newspaper, From = From, To = To, Pages = Page };
        if (ParameterSetName == ObjectsSet)
        {
            foreach (var row in Query(Dimensions(), filter))
            {
                WriteObject(row);
            }

            return;
        }

        ExportFile(filter);
    }

    private IReadOnlyList<StatsDimension> Dimensions() => By is { Length: > 0 } ? By.Distinct().ToArray() : new[] { StatsDimension.Month };

    private IReadOnlyList<StatsRow> Query(IReadOnlyList<StatsDimension> dimensions, IssueFilter filter)
    {
        WriteVerbose($"Counting articles by {string.Join(", ", dimensions)}");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var rows = new StatsReader(Store).Query(dimensions, filter);
        WriteVerbose($"{rows.Count} rows in {clock.ElapsedMilliseconds} ms");
        return rows;
    }

    private void ExportFile(IssueFilter filter)
    {
        var path = GetUnresolvedProviderPathFromPSPath(Path);
        var format = Format ?? StatsFile.FormatOf(path);
        if (format is null)
        {
            ThrowTerminatingError(Errors.Record(new ArgumentException($"The format of '{path}' cannot be told from its extension."),
                "ExportStats.UnknownFormat", ErrorCategory.InvalidArgument, Path, "Add -Format Csv, Json or Html, or name the file .csv, .json or .html."));
        }

        if (format == StatsFormat.Html && Encoding is not null)
        {
            ThrowTerminatingError(Errors.Record(new ArgumentException("An HTML report is always UTF-8 (it says so in its <meta charset>); -Encoding applies to CSV and JSON."),
                "ExportStats.EncodingNotSupported", ErrorCategory.InvalidArgument, Encoding, "Leave out -Encoding for HTML."));
        }

        if (Directory.Exists(path))
        {
            ThrowTerminatingError(Errors.Record(new IOException($"'{path}' is a folder."),
                "ExportStats.PathIsFolder", ErrorCategory.InvalidArgument, Path, "Give the path of a file in that folder."));
        }

        if (NoClobber && File.Exists(path))
        {
            ThrowTerminatingError(Errors.Record(new IOException($"The file '{path}' already exists and -NoClobber was given."),
                "ExportStats.FileExists", ErrorCategory.ResourceExists, path, "Leave out -NoClobber to overwrite it, or choose another -Path."));
        }

        if (!ShouldProcess(path, $"Write {format} statistics"))
        {
            return;
        }

        var encoding = Encoding is null ? StatsFile.DefaultEncoding(format!.Value) : StatsFile.GetEncoding(Encoding);
        Action<TextWriter> write = format switch
        {
            StatsFormat.Html => HtmlReport(filter),
            StatsFormat.Json => RowsWriter(filter, StatsJsonWriter.Write),
            _ => RowsWriter(filter, (writer, rows, dimensions) => StatsCsvWriter.Write(writer, rows, dimensions, !NoFormulaEscape)),
        };

        try
        {
            var info = new FileInfo(path);
            if (info.Exists && info.IsReadOnly)
            {
                if (!Force)
                {
                    ThrowTerminatingError(Errors.Record(new UnauthorizedAccessException($"The file '{path}' is read-only."),
                        "ExportStats.ReadOnlyFile", ErrorCategory.PermissionDenied, path, "Add -Force to overwrite a read-only file."));
                }

                info.IsReadOnly = false;
            }

            // Written beside the target and moved over it, so a failure never leaves half a report where the old one was.
            var partial = path + ".partial";
            try
            {
                using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None))
                using (var writer = new StreamWriter(stream, encoding))
                {
                    write(writer);
                }

                if (info.Exists)
                {
                    File.Replace(partial, path, null);
                }
                else
                {
                    File.Move(partial, path);
                }
            }
            finally
            {
                File.Delete(partial);
            }

            WriteVerbose($"Wrote {path}");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(Errors.Record(ex, "ExportStats.WriteFailed", ErrorCategory.WriteError, path,
                ex is UnauthorizedAccessException ? "Check that you may write the file and its folder; -Force overwrites a read-only file." : null));
        }
    }

    private Action<TextWriter> RowsWriter(IssueFilter filter, Action<TextWriter, IEnumerable<StatsRow>, IReadOnlyList<StatsDimension>> writeRows)
    {
        var dimensions = Dimensions();
        var rows = Query(dimensions, filter);
        return writer => writeRows(writer, rows, dimensions);
    }

    private Action<TextWriter> HtmlReport(IssueFilter filter)
    {
        var progress = new ProgressReporter(this, 1, "Counting archive statistics");
        var done = 0;
        var report = StatsReport.Load(new StatsReader(Store), filter, By ?? Array.Empty<StatsDimension>(), DateTime.Now, step =>
        {
            progress.Report(done++, 7, $"By {step}");
            WriteVerbose($"Counting: {step}");
        });
        progress.Complete();
        return writer => StatsHtmlWriter.Write(writer, report);
    }
}
