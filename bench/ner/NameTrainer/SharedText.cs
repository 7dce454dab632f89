namespace NewsArchive.Bench.NameTrainer;

/// <summary>Finds sentences that share a long stretch of text with a reference set. The tune set is a part of MSRA's
/// training set, so while tuning every training sentence that shares text with it is left out (tuning on sentences
/// trained on would flatter the model); and the same sentence twice in training counts once.</summary>
internal sealed class SharedText
{
    /// <summary>Fifteen characters in common is far beyond chance and below a sentence.</summary>
    private const int StretchLength = 15;
    private const ulong FnvOffset = 14695981039346656037UL, FnvPrime = 1099511628211UL;

    private readonly HashSet<ulong> _stretches = new();

    public SharedText(IEnumerable<TaggedSentence> reference)
    {
        foreach (var sentence in reference)
        {
            foreach (var hash in Stretches(sentence.Text))
            {
                _stretches.Add(hash);
            }
        }
    }

    public bool Shares(TaggedSentence sentence) => Stretches(sentence.Text).Any(_stretches.Contains);

    /// <summary>Sentences with distinct texts, the first of each kept.</summary>
    public static List<TaggedSentence> Distinct(IEnumerable<TaggedSentence> sentences)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return sentences.Where(s => seen.Add(s.Text)).ToList();
    }

    private static IEnumerable<ulong> Stretches(string text)
    {
        for (var start = 0; start + StretchLength <= text.Length; start++)
        {
            var hash = FnvOffset;
            for (var k = start; k < start + StretchLength; k++)
            {
                hash = (hash ^ text[k]) * FnvPrime;
            }

            yield return hash;
        }
    }
}
