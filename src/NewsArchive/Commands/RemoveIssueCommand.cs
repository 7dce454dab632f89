using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Data.Common;
using Microsoft.Data.Sqlite;
using NewsArchive.Commands.Infrastructure;
using NewsArchive.Core.Model;
using NewsArchive.Core.Storage;

namespace NewsArchive.Commands;

/// <summary>Removes an issue (or some of its pages) from the archive with everything cut from it, in one transaction.
/// Takes Issue, ImportResult and Article objects from the pipeline by property name (Newspaper, Date, Page); a page
/// named again later in the same pipeline (the second article of a page) is taken once, not reported missing.</summary>
[Cmdlet(VerbsCommon.Remove, "Issue", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
[OutputType(typeof(Issue))]
public sealed class RemoveIssueCommand : ArchiveCommandBase
{
    [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
    [ValidateNotNullOrEmpty]
    [ArgumentCompleter(typeof(NewspaperCompleter))]
    public string Newspaper { get; set; } = string.Empty;

    [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
    [IssueDate]
    public DateTime Date { get; set; }

    /// <summary>Only these pages of the issue; without it, the whole issue.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, 9999)]
    public int[]? Page { get; set; }

    /// <summary>Writes the removed issue (as it was) to the pipeline.</summary>
    [Parameter]
    public SwitchParameter PassThru { get; set; }

    /// <summary>The pages (and whole issues, page "*") this pipeline has already asked about.</summary>
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    protected override void ProcessRecord()
    {
        // The newspaper is matched exactly as Import-Issue stored it (case and every character, * and ` included): a
        // pattern or a case-blind match in a command that deletes would remove papers that were not named.
        var filter = new IssueFilter
        {
            Newspaper = Newspaper,
            Date = Date,
            Pages = Page is { Length: > 0 } ? Page : null,
        };
        var target = $"{Newspaper} {Date:yyyy-MM-dd}" + (filter.Pages is null ? string.Empty : $" page {string.Join(", ", Page!)}");
        var keys = filter.Pages is null ? new[] { PageKey("*") } : filter.Pages.Select(page => PageKey(page.ToString())).ToArray();
        if (_taken.Contains(PageKey("*")) || keys.All(_taken.Contains))
        {
            WriteVerbose($"{target}: already taken earlier in this pipeline");
            return;
        }

        _taken.UnionWith(keys);
        if (!ShouldProcess(target, "Remove from the archive, with its articles"))
        {
            return;
        }

        var clock = Stopwatch.StartNew();
        IReadOnlyList<Issue> removed;
        try
        {
            removed = new PageWriter(Store).Remove(filter);
        }
        catch (DbException ex)
        {
            WriteError(Errors.Database(ex, "Remove", target, "Another process held the archive for too long; run Remove-Issue again."));
            return;
        }

        if (removed.Count == 0)
        {
            WriteError(Errors.Record(new ItemNotFoundException($"The archive holds no {target}."), "Remove.IssueNotFound",
                ErrorCategory.ObjectNotFound, target, "List what the archive holds with Get-Issue."));
            return;
        }

        foreach (var issue in removed)
        {
            WriteVerbose($"Removed {issue} page {string.Join(", ", issue.Pages)} ({issue.Articles} articles) in {clock.ElapsedMilliseconds} ms");
            if (PassThru)
            {
                WriteObject(issue);
            }
        }
    }

    private string PageKey(string page) => $"{Newspaper}\u0001{Date:yyyy-MM-dd}\u0001{page}";
}
