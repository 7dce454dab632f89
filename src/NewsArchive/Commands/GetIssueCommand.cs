using System;
using System.Management.Automation;
using NewsArchive.Commands.Infrastructure;
using NewsArchive.Core.Model;
using NewsArchive.Core.Storage;

namespace NewsArchive.Commands;

/// <summary>Lists the issues in the archive: newspaper, date, pages, articles, source files and when they were imported.
/// The objects pipe into Get-Article and Remove-Issue by property name (Newspaper, Date).</summary>
[Cmdlet(VerbsCommon.Get, "Issue")]
[OutputType(typeof(Issue))]
public sealed class GetIssueCommand : ArchiveCommandBase
{
    protected override bool OnlyReads => true;

    [Parameter(Position = 0, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(NewspaperCompleter))]
    public string[]? Newspaper { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [IssueDate]
    public DateTime? Date { get; set; }

    [Parameter]
    [IssueDate]
    public DateTime? From { get; set; }

    [Parameter]
    [IssueDate]
    public DateTime? To { get; set; }

    protected override void ProcessRecord()
    {
        DateRange.Validate(this, From, To);
        var filter = new IssueFilter { Newspapers = Newspaper, Date = Date, From = From, To = To };
        foreach (var issue in new IssueReader(Store).Query(filter, damaged => WriteError(Errors.Record(damaged, "Issue.DamagedRow",
                     ErrorCategory.InvalidData, damaged.Target, "Run Test-Archive; re-import the page with Import-Issue -Force."))))
        {
            WriteObject(issue);
        }
    }
}
