using System.Linq;
using NewsArchive.Core.Extraction;
using NewsArchive.Core.Model;
using Xunit;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>One paragraph through the extractor, as the tests of officials need it.</summary>
internal static class OfficialCases
{
    /// <summary>The people the extractor finds in one article made of <paramref name="paragraph"/>.</summary>
    public static PersonMention[] Extract(string paragraph)
    {
        var article = new ParsedArticle();
        article.Paragraphs.Add(paragraph);
        OfficialExtractor.Extract(new[] { article });
        return article.People.ToArray();
    }

    /// <summary>Asserts that the text names <paramref name="name"/> once, as an official with exactly these titles
    /// (joined with 、).</summary>
    public static void AssertOfficial(string text, string name, string titles)
    {
        var person = Assert.Single(Extract(text), p => p.Name == name);
        Assert.Equal(PersonRole.Official, person.Role);
        Assert.Equal(titles, string.Join("、", person.Titles));
    }

    /// <summary>Asserts that the text does not name <paramref name="name"/> as an official.</summary>
    public static void AssertNotOfficial(string text, string name) =>
        Assert.DoesNotContain(Extract(text), p => p.Name == name && p.Role == PersonRole.Official);
}
