using System;
using System.Management.Automation;
using NewsArchive.Commands.Infrastructure;
using NewsArchive.Core.Model;
using NewsArchive.Core.Storage;

namespace NewsArchive.Commands;

/// <summary>Finds the officials the archive's articles name: one object per person with the titles used for them (latest
/// first), how many articles name them and when; with -Timeline one row per person and title with its first and last use.</summary>
[Cmdlet(VerbsCommon.Find, "Official", DefaultParameterSetName = SummarySet)]
[OutputType(typeof(Official), ParameterSetName = new[] { SummarySet })]
[OutputType(typeof(OfficialTitleSpan), ParameterSetName = new[] { TimelineSet })]
public sealed class FindOfficialCommand : ArchiveCommandBase
{
    protected override bool OnlyReads => true;

    private const string SummarySet = "Summary";
    private const string TimelineSet = "Timeline";

    [Parameter(Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(OfficialCompleter))]
    public string[]? Name { get; set; }

    [Parameter]
    [SupportsWildcards]
    public string[]? Title { get; set; }

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

    [Parameter(Mandatory = true, ParameterSetName = TimelineSet)]
    public SwitchParameter Timeline { get; set; }

    protected override void ProcessRecord()
    {
        DateRange.Validate(this, From, To);

        var filter = new OfficialFilter { Names = Name, Titles = Title, Newspapers = Newspaper, From = From, To = To };
        var reader = new OfficialReader(Store);
        WriteVerbose($"Looking up officials in {Store.Path}");
        if (Timeline)
        {
            foreach (var span in reader.Timeline(filter))
            {
                WriteObject(span);
            }

            return;
        }

        foreach (var official in reader.Officials(filter))
        {
            WriteObject(official);
        }
    }
}
