using System;
using System.IO;
using System.Linq;
using NewsArchive.Core.Extraction.Names;
using Xunit;

namespace NewsArchive.Core.Tests.Extraction.Names;

/// <summary>The pieces under the recogniser, on the shipped model: feature extraction, look-up tables and model I/O.</summary>
public class NameModelTests
{
    private static readonly NameModel Shipped = PersonNameRecognizer.Default.Model;
    private const string Text = "新华社北京１２月３１日电　国务院副总理钱其琛今天会见了南非总统曼德拉。";

    [Theory]
    [InlineData(Text)]
    [InlineData("Ｊｏｈｎ·Ｓｍｉｔｈ和欧阳修、司马光，还有𠀋字与。")]
    public void TheRecognisersFoldedSumsEqualTheTrainersFeatureSums(string text)
    {
        // The recogniser reads character and single-character lexicon weights pre-added; the trainer sums features one
        // by one. Only the order of float additions may differ.
        var extracted = NameModel.SumFeatures(NameFeatures.Extract(text, 0, text.Length, Shipped.Space), text.Length, Shipped.Weights);
        var folded = Shipped.Emissions(text, 0, text.Length);
        Assert.Equal(extracted.Length, folded.Length);
        for (var k = 0; k < extracted.Length; k++)
        {
            Assert.True(Math.Abs(extracted[k] - folded[k]) <= 1e-3f * Math.Max(1f, Math.Abs(extracted[k])), $"score {k}: {extracted[k]} vs {folded[k]}");
        }
    }

    [Fact]
    public void AStretchIsScoredWithTheTextAroundItAsContext()
    {
        var whole = Shipped.Emissions(Text, 0, Text.Length);
        const int from = 10, to = 25;
        var part = Shipped.Emissions(Text, from, to);
        Assert.Equal(whole.Skip(from * NameTags.Count).Take((to - from) * NameTags.Count), part);
    }

    [Fact]
    public void EveryStoredPairIsFoundAndAnUnseenOneIsNot()
    {
        var pairs = Shipped.Space.Pairs;
        for (var row = 0; row < pairs.Count; row += 97)
        {
            Assert.Equal(row, pairs.RowOf(pairs.Keys[row]));
        }

        Assert.Equal(-1, pairs.RowOf(NameFeatures.PairKey('\uE000', '\uE001')));
    }

    [Fact]
    public void AWrittenModelReadsBackWithinItsQuantisation()
    {
        using var stream = new MemoryStream();
        NameModelFile.Write(Shipped, stream);
        stream.Position = 0;
        var read = NameModelFile.Read(stream);

        Assert.Equal(Shipped.Space.Chars, read.Space.Chars);
        Assert.Equal(Shipped.Space.Pairs.Keys, read.Space.Pairs.Keys);
        Assert.Equal(Shipped.Transitions, read.Transitions);
        Assert.Equal(Shipped.Temperature, read.Temperature);
        var largest = Shipped.Weights.Max(Math.Abs);
        var worst = Shipped.Weights.Zip(read.Weights, (a, b) => Math.Abs(a - b)).Max();
        Assert.True(worst <= largest / short.MaxValue, $"a weight moved by {worst}");
    }

    [Fact]
    public void ATruncatedModelIsRefused()
    {
        using var whole = new MemoryStream();
        NameModelFile.Write(Shipped, whole);
        using var cut = new MemoryStream(whole.ToArray(), 0, (int)whole.Length / 2);
        Assert.ThrowsAny<Exception>(() => NameModelFile.Read(cut));
    }
}
