namespace NewsArchive.Bench.NameTrainer;

/// <summary>The two population-statistics files the name lexicon is built from, and the unlabelled text files whose
/// characters are clustered (with the training sets' own text).</summary>
internal sealed class LexiconFiles
{
    public string FamilyNames { get; set; } = "";

    public string GivenNames { get; set; } = "";

    public List<string> ClusterText { get; set; } = new();

    /// <summary>Word lists of known people (a word and its document frequency a line).</summary>
    public List<string> KnownPeople { get; set; } = new();

    /// <summary>Word lists of other known words, in the same format.</summary>
    public List<string> KnownWords { get; set; } = new();
}
