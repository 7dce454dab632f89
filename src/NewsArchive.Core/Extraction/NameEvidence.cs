using NewsArchive.Core.Extraction.Names;

namespace NewsArchive.Core.Extraction;

/// <summary>The statistical person-name model's view of a name the rules read (<see cref="PersonNameRecognizer"/>, built
/// on branch ner-model): the one place the binding asks the model, so it does not depend on the model's API.</summary>
/// <remarks>Measured on every labelled set (bench/Evaluate-Officials.ps1), the model's first version is a poor veto: even
/// a score floor of 0.05 drops true officials (recall 0.995 → 0.952 on bench/eval/officials, 0.905 → 0.842 on
/// real-officials-dev). It is used where the rules have no evidence of their own: which of two readings ends a name.</remarks>
internal static class NameEvidence
{
    /// <summary>Of two readings of a name at <paramref name="start"/>, the length the model finds likelier (the first on a
    /// tie).</summary>
    public static int Likelier(string text, int start, int first, int second) =>
        Score(text, start, first) >= Score(text, start, second) ? first : second;

    /// <summary>The model's probability that text[start, start + length) is exactly one person's name.</summary>
    private static double Score(string text, int start, int length) => PersonNameRecognizer.Default.NameScore(text, start, length);
}
