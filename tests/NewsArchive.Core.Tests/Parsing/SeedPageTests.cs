using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using NewsArchive.Core.Parsing;
using Xunit;

namespace NewsArchive.Core.Tests.Parsing;

/// <summary>The seed page must come out exactly as its ground truth says (all fields but people).</summary>
public class SeedPageTests
{
    private static readonly JsonElement Expected = JsonDocument.Parse(File.ReadAllText(SharedSamples.SeedExpectedPath)).RootElement;
    private static readonly Model.ParsedPage Page = PageParser.Parse(File.ReadAllText(SharedSamples.SeedPagePath), new DateTime(2020, 3, 13));

    public static TheoryData<int> ArticleIndexes()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Expected.GetProperty("articles").GetArrayLength(); i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Fact]
    public void PageHasTheExpectedNumberOfArticles() =>
        Assert.Equal(Expected.GetProperty("articles").GetArrayLength(), Page.Articles.Count);

    [Theory]
    [MemberData(nameof(ArticleIndexes))]
    public void ArticleMatchesGroundTruth(int index)
    {
        var expected = Expected.GetProperty("articles")[index];
        var actual = Page.Articles[index];
        Assert.Equal(index + 1, actual.Sequence);
        Assert.Equal(NullableString(expected, "kicker"), actual.Kicker);
        Assert.Equal(expected.GetProperty("title").GetString(), actual.Title);
        Assert.Equal(NullableString(expected, "subtitle"), actual.Subtitle);
        Assert.Equal(
            expected.GetProperty("bylines").EnumerateArray().Select(b => (b.GetProperty("role").GetString(), b.GetProperty("name").GetString())),
            actual.Bylines.Select(b => ((string?)b.Role, (string?)b.Name)));
        Assert.Equal(NullableString(expected, "dateline"), actual.Dateline);
        Assert.Equal(NullableString(expected, "eventDate"), actual.EventDate?.ToString("yyyy-MM-dd"));
        Assert.Equal(expected.GetProperty("paragraphs").GetInt32(), actual.Paragraphs.Count);
        Assert.StartsWith(expected.GetProperty("bodyStartsWith").GetString()!, actual.Body);
        Assert.EndsWith(expected.GetProperty("bodyEndsWith").GetString()!, actual.Body);
        foreach (var fragment in expected.GetProperty("bodyContains").EnumerateArray())
        {
            Assert.Contains(fragment.GetString()!, actual.Body);
        }
    }

    private static string? NullableString(JsonElement element, string name) =>
        element.GetProperty(name).ValueKind == JsonValueKind.Null ? null : element.GetProperty(name).GetString();
}
