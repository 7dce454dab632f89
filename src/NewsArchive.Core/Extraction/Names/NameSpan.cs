namespace NewsArchive.Core.Extraction.Names;

/// <summary>A person's name found in a text: where it starts, how long it is, and how sure the model is that exactly
/// these characters are one name.</summary>
public readonly struct NameSpan
{
    public NameSpan(int start, int length, double confidence)
    {
        Start = start;
        Length = length;
        Confidence = confidence;
    }

    /// <summary>Index of the name's first character in the text.</summary>
    public int Start { get; }

    /// <summary>Number of characters of the name.</summary>
    public int Length { get; }

    /// <summary>Index just after the name's last character.</summary>
    public int End => Start + Length;

    /// <summary>The model's probability, in [0,1], that these characters are exactly one person's name.</summary>
    public double Confidence { get; }

    /// <summary>The name's characters in <paramref name="text"/>.</summary>
    public string TextIn(string text) => text.Substring(Start, Length);

    public override string ToString() => $"[{Start},{End}) {Confidence:0.000}";
}
