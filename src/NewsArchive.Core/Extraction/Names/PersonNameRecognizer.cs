using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>Finds people's names in Chinese news text with a statistical tagger trained on public annotated news (see
/// bench/ner/README.md): it decides where a name starts and ends, and whether a stretch is a name at all.</summary>
public sealed class PersonNameRecognizer
{
    /// <summary>The name of the model shipped inside NewsArchive.Core.</summary>
    internal const string ShippedModelResource = "NewsArchive.PersonNames.model";

    private static readonly Lazy<PersonNameRecognizer> Shipped =
        new(() => new PersonNameRecognizer(LoadShippedModel()), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NameModel _model;

    internal PersonNameRecognizer(NameModel model) => _model = model;

    /// <summary>The model this recogniser runs.</summary>
    internal NameModel Model => _model;

    /// <summary>The recogniser with the shipped model, loaded on first use (once, whichever thread comes first).</summary>
    public static PersonNameRecognizer Default => Shipped.Value;

    /// <summary>The person names in <paramref name="text"/>, in order and non-overlapping, each with the model's
    /// probability that it is exactly one name: the names the tagger reads, and the other occurrences of those it reads
    /// with confidence (<see cref="RepeatedNames"/>).</summary>
    public IReadOnlyList<NameSpan> Recognize(string text)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        return Recognize(text, 0, text.Length);
    }

    /// <summary>The person names inside <paramref name="text"/>[start, start + length) (a sentence or paragraph, read as a
    /// text of its own; the characters around it serve as context), with positions in <paramref name="text"/>. Cheaper
    /// than a whole page when only some sentences matter.</summary>
    public IReadOnlyList<NameSpan> Recognize(string text, int start, int length)
    {
        CheckStretch(text, start, length, allowEmpty: true);
        if (length == 0)
        {
            return Array.Empty<NameSpan>();
        }

        var scores = _model.Emissions(text, start, start + length);
        return RepeatedNames.AddRepeats(text, start, start + length, TaggedNames(scores, start, length),
            (at, count) => ProbabilityFromScores(scores, length, at - start, count), IsSurname);
    }

    /// <summary>Whether the lexicon knows the character as a single-character surname.</summary>
    private bool IsSurname(char c) => _model.Space.Lexicon.ClassesOf(NameCharacters.Normalize(c)).Surname > 0;

    /// <summary>The names the tagger alone reads in <paramref name="text"/>, without the other occurrences of confident
    /// ones that <see cref="Recognize(string)"/> adds: the trainer chooses the tagger's own settings (epochs, the Outside
    /// shift, the temperature) on these, as the shipped model's were chosen.</summary>
    internal IReadOnlyList<NameSpan> RecognizeTagged(string text)
    {
        CheckStretch(text, 0, text.Length, allowEmpty: true);
        return text.Length == 0 ? Array.Empty<NameSpan>() : TaggedNames(_model.Emissions(text, 0, text.Length), 0, text.Length);
    }

    /// <summary>The names of the best tag sequence over scores of text[start, start + length), with positions in the text.</summary>
    private List<NameSpan> TaggedNames(float[] scores, int start, int length)
    {
        var tags = TagDecoder.BestTags(scores, length, _model.Transitions, _model.Starts);
        var names = TagDecoder.Names(tags);
        var spans = new List<NameSpan>(names.Count);
        foreach (var (at, count) in names)
        {
            spans.Add(new NameSpan(start + at, count, ProbabilityFromScores(scores, length, at, count)));
        }

        return spans;
    }

    /// <summary>The probability, in [0,1], that <paramref name="text"/>[start, start + length) is exactly one person's name
    /// here: not part of a longer name, not two names, not a word.</summary>
    public double NameScore(string text, int start, int length)
    {
        CheckStretch(text, start, length, allowEmpty: false);

        var from = Math.Max(0, start - TagDecoder.ProbabilityWindow);
        var to = Math.Min(text.Length, start + length + TagDecoder.ProbabilityWindow);
        var scores = _model.Emissions(text, from, to);
        return TagDecoder.SpanProbability(scores, to - from, start - from, length, _model.Transitions, _model.Starts,
            _model.Temperature, atTextStart: from == 0, atTextEnd: to == text.Length);
    }

    private static void CheckStretch(string text, int start, int length, bool allowEmpty)
    {
        if (text is null)
        {
            throw new ArgumentNullException(nameof(text));
        }

        if (start < 0 || length < (allowEmpty ? 0 : 1) || start > text.Length - length)
        {
            throw new ArgumentOutOfRangeException(nameof(length), $"[{start}, {start + length}) is not a stretch of the {text.Length}-character text.");
        }
    }

    /// <summary>A span's probability from scores already computed for the whole stretch, over a window around it.</summary>
    private double ProbabilityFromScores(float[] scores, int textLength, int start, int length)
    {
        var from = Math.Max(0, start - TagDecoder.ProbabilityWindow);
        var to = Math.Min(textLength, start + length + TagDecoder.ProbabilityWindow);
        var window = new float[(to - from) * NameTags.Count];
        Array.Copy(scores, from * NameTags.Count, window, 0, window.Length);
        return TagDecoder.SpanProbability(window, to - from, start - from, length, _model.Transitions, _model.Starts,
            _model.Temperature, atTextStart: from == 0, atTextEnd: to == textLength);
    }

    private static NameModel LoadShippedModel()
    {
        using var stream = typeof(PersonNameRecognizer).Assembly.GetManifestResourceStream(ShippedModelResource)
            ?? throw new InvalidOperationException($"The person-name model '{ShippedModelResource}' is missing from {typeof(PersonNameRecognizer).Assembly.GetName().Name}.");
        return NameModelFile.Read(stream);
    }

    /// <summary>A recogniser over a model file (for the trainer's evaluation and for tests of a model being built).</summary>
    internal static PersonNameRecognizer FromFile(string path)
    {
        using var stream = File.OpenRead(path);
        return new PersonNameRecognizer(NameModelFile.Read(stream));
    }
}
