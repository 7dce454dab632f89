using System;
using System.Collections.Generic;
using System.Globalization;
using System.Management.Automation;
using NewsArchive.Commands.Infrastructure;
using NewsArchive.Commands.Resources;
using NewsArchive.Core.Model;
using NewsArchive.Core.Search;
using NewsArchive.Core.Storage;

namespace NewsArchive.Commands;

/// <summary>Finds articles in the archive. Every filter given must hold; without filters, every article, oldest first;
/// with -Text, the articles that match the search, best first, each with a Snippet. An -Id that finds nothing is an
/// ObjectNotFound error, as Get-Item's missing path is.
/// Takes ImportResult, Article and issue objects from the pipeline by property name (Newspaper, Date, Page, Id).</summary>
[Cmdlet(VerbsCommon.Get, "Article")]
[OutputType(typeof(Article))]
public sealed class GetArticleCommand : ArchiveCommandBase
{
    protected override bool OnlyReads => true;

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("ArticleId")]
    public long[]? Id { get; set; }

    [Parameter(ValueFromPipelineByPropertyName = true)]
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

    [Parameter(ValueFromPipelineByPropertyName = true)]
    [ValidateRange(1, 9999)]
    public int[]? Page { get; set; }

    [Parameter(Position = 0)]
    [SupportsWildcards]
    public string[]? Title { get; set; }

    [Parameter]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(ReporterCompleter))]
    public string[]? Reporter { get; set; }

    /// <summary>Officials the article must name; Official objects from Find-Official bind by their Name.</summary>
    [Parameter(ValueFromPipelineByPropertyName = true)]
    [Alias("Name")]
    [SupportsWildcards]
    [ArgumentCompleter(typeof(OfficialCompleter))]
    public string[]? Official { get; set; }

    /// <summary>Full-text search of titles and bodies: terms (all must match), OR, -term or NOT term, "phrases".</summary>
    [Parameter]
    [ValidateNotNullOrEmpty]
    public string? Text { get; set; }

    [Parameter]
    [ValidateRange(1, int.MaxValue)]
    public int First { get; set; }

    /// <summary>With -Text and -First: Newest (default) ranks the 200 most recently stored matches first; Full ranks every match.</summary>
    [Parameter]
    public SearchRanking Rank { get; set; }

    [Parameter]
    [ValidateRange(0, int.MaxValue)]
    public int Skip { get; set; }

    protected override void ProcessRecord()
    {
        DateRange.Validate(this, From, To);

        SearchQuery? search = null;
        if (Text is not null)
        {
            try
            {
                search = SearchQuery.Parse(Text);
            }
            catch (SearchQueryException ex)
            {
                ThrowTerminatingError(Errors.Record(ex, "Search.InvalidQuery", ErrorCategory.InvalidArgument, Text,
                    "Write terms separated by spaces; use OR between alternatives, -term to exclude, \"…\" for a phrase, and close every quote and parenthesis."));
            }
        }

        var filter = new ArticleFilter
        {
            Ids = Id,
            Newspapers = Newspaper,
            Date = Date,
            From = From,
            To = To,
            Pages = Page,
            Titles = Title,
            Reporters = Reporter,
            Officials = Official,
            Text = search,
            Ranking = Rank,
            First = MyInvocation.BoundParameters.ContainsKey(nameof(First)) ? First : null,
            Skip = Skip,
        };

        var found = new HashSet<long>();
        foreach (var article in new ArticleReader(Store).Query(filter))
        {
            found.Add(article.Id);
            WriteObject(article);
        }

        ReportMissingIds(found);
    }

    /// <summary>With -First or -Skip an id may be left out on purpose; otherwise each id asked for and not found is an error.</summary>
    private void ReportMissingIds(HashSet<long> found)
    {
        if (Id is null || Skip > 0 || MyInvocation.BoundParameters.ContainsKey(nameof(First)))
        {
            return;
        }

        foreach (var id in Id)
        {
            if (!found.Contains(id))
            {
                var message = string.Format(CultureInfo.CurrentCulture, Messages.Article_NotFound, id);
                WriteError(Errors.Record(new ItemNotFoundException(message), "Article.NotFound", ErrorCategory.ObjectNotFound, id,
                    Messages.Article_NotFound_Action));
            }
        }
    }
}
