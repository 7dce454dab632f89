using System;
using System.IO;
using System.Management.Automation;
using System.Data.Common;
using NewsArchive.Commands.Infrastructure;
using NewsArchive.Core.Importing;
using NewsArchive.Core.Parsing;
using NewsArchive.Core.Storage;

namespace NewsArchive.Commands;

/// <summary>Re-analyses pages already in the archive from their kept text, so the archive gains from a better parser or
/// extractor without its source files. By default only pages an older analysis cut; -Force re-analyses every page chosen.</summary>
[Cmdlet(VerbsData.Update, "Issue", SupportsShouldProcess = true)]
[OutputType(typeof(ReanalysisResult))]
public sealed class UpdateIssueCommand : ArchiveCommandBase
{
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(NewspaperCompleter))]
    public string[]? Newspaper { get; set; }

    [Parameter]
    [IssueDate]
    public DateTime? From { get; set; }

    [Parameter]
    [IssueDate]
    public DateTime? To { get; set; }

    /// <summary>Re-analyse pages the current analysis already cut, too.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void ProcessRecord()
    {
        DateRange.Validate(this, From, To);

        var pages = new StoredPageReader(Store).Pages(Newspaper, From, To, Force ? null : PageAnalyzer.Version);
        WriteVerbose($"{pages.Count} pages to re-analyse with analysis version {PageAnalyzer.Version}");
        var reanalyzer = new PageReanalyzer(Store);
        var progress = new ProgressReporter(this, 2, "Re-analysing stored pages");
        try
        {
            for (var i = 0; i < pages.Count; i++)
            {
                ThrowIfStopping();
                var page = pages[i];
                var target = $"{page.Newspaper} {page.Date:yyyy-MM-dd} page {page.Page}";
                progress.Report(i, pages.Count, target);
                if (!ShouldProcess(target, $"Re-analyse (version {page.ParserVersion} → {PageAnalyzer.Version})"))
                {
                    continue;
                }

                try
                {
                    WriteObject(reanalyzer.Reanalyze(page));
                }
                catch (PageFormatException ex)
                {
                    WriteError(Errors.Record(ex, "Update.InvalidPage", ErrorCategory.InvalidData, target,
                        "The stored text no longer parses; re-import the page from its file with Import-Issue -Force."));
                }
                catch (StoredPageGoneException ex) when (ex.Removed)
                {
                    WriteError(Errors.Record(ex, "Update.PageRemoved", ErrorCategory.ObjectNotFound, target,
                        "Nothing to do: another session removed the page (Remove-Issue)."));
                }
                catch (StoredPageGoneException ex)
                {
                    WriteError(Errors.Record(ex, "Update.PageChanging", ErrorCategory.ResourceBusy, target,
                        "Run Update-Issue again once the other session's Import-Issue -Force is done."));
                }
                catch (InvalidDataException ex)
                {
                    WriteError(Errors.Record(ex, "Update.DamagedText", ErrorCategory.InvalidData, target,
                        "The page's kept text is damaged; re-import the page from its file with Import-Issue -Force."));
                }
                catch (DbException ex)
                {
                    WriteError(Errors.Database(ex, "Update", target, "Run Update-Issue again later; pages already re-analysed are skipped."));
                }
            }
        }
        finally
        {
            progress.Complete();
        }
    }
}
