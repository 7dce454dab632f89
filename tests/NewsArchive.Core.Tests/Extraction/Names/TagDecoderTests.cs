using NewsArchive.Core.Extraction.Names;
using Xunit;

namespace NewsArchive.Core.Tests.Extraction.Names;

public class TagDecoderTests
{
    private const int Tags = NameTags.Count;
    private static readonly float[] NoTransitions = new float[Tags * Tags];
    private static readonly float[] NoStarts = new float[Tags];

    /// <summary>Scores that prefer the given tag at each position by <paramref name="margin"/>.</summary>
    private static float[] Prefer(int[] tags, float margin)
    {
        var scores = new float[tags.Length * Tags];
        for (var p = 0; p < tags.Length; p++)
        {
            scores[p * Tags + tags[p]] = margin;
        }

        return scores;
    }

    [Fact]
    public void BestTagsFollowTheScoresWhenTheyFormValidNames()
    {
        var tags = new[] { NameTags.Outside, NameTags.Begin, NameTags.Middle, NameTags.End, NameTags.Single, NameTags.Outside };
        Assert.Equal(tags, TagDecoder.BestTags(Prefer(tags, 5), tags.Length, NoTransitions, NoStarts));
    }

    [Fact]
    public void BestTagsNeverLeaveANameOpen()
    {
        // The scores alone would end the text inside a name.
        var scores = Prefer(new[] { NameTags.Outside, NameTags.Begin, NameTags.Begin }, 5);
        var tags = TagDecoder.BestTags(scores, 3, NoTransitions, NoStarts);
        Assert.True(NameTags.CanClose(tags[2]));
        for (var p = 1; p < tags.Length; p++)
        {
            Assert.True(NameTags.CanFollow(tags[p - 1], tags[p]));
        }
    }

    [Fact]
    public void NamesAreReadOffTheTags()
    {
        var tags = new[] { NameTags.Single, NameTags.Outside, NameTags.Begin, NameTags.End, NameTags.Begin, NameTags.Middle, NameTags.End };
        Assert.Equal(new[] { (0, 1), (2, 2), (4, 3) }, TagDecoder.Names(tags));
    }

    [Fact]
    public void AClearlyScoredNameIsNearlyCertainAndItsPiecesAreNot()
    {
        var tags = new[] { NameTags.Outside, NameTags.Begin, NameTags.Middle, NameTags.End, NameTags.Outside };
        var scores = Prefer(tags, 50);
        Assert.True(TagDecoder.SpanProbability(scores, 5, 1, 3, NoTransitions, NoStarts, 1, true, true) > 0.99);
        Assert.True(TagDecoder.SpanProbability(scores, 5, 1, 2, NoTransitions, NoStarts, 1, true, true) < 0.01);
    }

    [Fact]
    public void SpansStartingAtOnePlaceShareAtMostCertainty()
    {
        // Flat scores: every valid tagging equally likely. The spans starting at position 1 exclude one another.
        var scores = new float[6 * Tags];
        var total = 0.0;
        for (var length = 1; length <= 5; length++)
        {
            var p = TagDecoder.SpanProbability(scores, 6, 1, length, NoTransitions, NoStarts, 1, true, true);
            Assert.InRange(p, 0.0, 1.0);
            total += p;
        }

        Assert.InRange(total, 0.0, 1.0 + 1e-9);
    }
}
