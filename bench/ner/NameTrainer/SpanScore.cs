namespace NewsArchive.Bench.NameTrainer;

/// <summary>Exact-span precision, recall and F1 of predicted names against gold names (a name counts only when both its
/// start and its end are right, as in the SIGHAN and CoNLL evaluations).</summary>
internal sealed class SpanScore
{
    public int Gold { get; private set; }

    public int Predicted { get; private set; }

    public int Correct { get; private set; }

    public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;

    public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public void Add(IReadOnlyCollection<(int Start, int Length)> gold, IReadOnlyCollection<(int Start, int Length)> predicted)
    {
        Gold += gold.Count;
        Predicted += predicted.Count;
        Correct += predicted.Count(gold.Contains);
    }

    public override string ToString() =>
        $"P {Precision:0.0000}  R {Recall:0.0000}  F1 {F1:0.0000}  (gold {Gold}, predicted {Predicted}, correct {Correct})";
}
