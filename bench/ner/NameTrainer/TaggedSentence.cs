namespace NewsArchive.Bench.NameTrainer;

/// <summary>One sentence of an annotated corpus: its text and the person names in it (start, length).</summary>
internal sealed class TaggedSentence
{
    public TaggedSentence(string text, IReadOnlyList<(int Start, int Length)> names)
    {
        Text = text;
        Names = names;
    }

    public string Text { get; }

    public IReadOnlyList<(int Start, int Length)> Names { get; }
}
