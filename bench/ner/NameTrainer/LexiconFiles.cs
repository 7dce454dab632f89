namespace NewsArchive.Bench.NameTrainer;

/// <summary>The two population-statistics files the name lexicon is built from.</summary>
internal sealed class LexiconFiles
{
    public string FamilyNames { get; set; } = "";

    public string GivenNames { get; set; } = "";
}
