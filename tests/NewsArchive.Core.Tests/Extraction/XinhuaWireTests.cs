using System.Linq;
using NewsArchive.Core.Extraction;
using NewsArchive.Core.Model;
using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Officials6: shapes of 1990s wire copy (the kinds of error of the fourth held-out set, studied after its one
/// measurement). Every sentence is written for the test; the names are invented or of public figures.</summary>
public class XinhuaWireTests
{
    [Fact]
    // The headline comes first in the article, so its titles come first, though the body is read before it.
    public void ATitleOfTheHeadlineComesFirst()
    {
        var article = new ParsedArticle { Title = "李明远总理会见外宾" };
        article.Paragraphs.Add("国务院总理李明远今天在人民大会堂会见了来访的客人。");
        OfficialExtractor.Extract(new[] { article });
        var person = Assert.Single(article.People, p => p.Name == "李明远");
        Assert.Equal(new[] { "总理", "国务院总理" }, person.Titles);
    }
}
