namespace NewsArchive.Bench.NameTrainer;

/// <summary>One annotated corpus: its name, format, files and role (train: in the model; tune: held out to choose the
/// number of epochs and the temperature, then trained on; test: measured only).</summary>
internal sealed class CorpusSet
{
    public string Name { get; set; } = "";

    /// <summary>parallel (sentences file + tags file), columns (a character and a tag a line), or columns-repair (the
    /// same, for a copy whose two-character entities lost their first character).</summary>
    public string Format { get; set; } = "";

    public List<string> Paths { get; set; } = new();

    public string Role { get; set; } = "";

    /// <param name="surnames">Draws a surname for the repair of columns-repair sets.</param>
    public List<TaggedSentence> Read(Func<char> surnames) => Format switch
    {
        "parallel" => CorpusReader.ReadParallel(Paths[0], Paths[1]),
        "columns" => Paths.SelectMany(CorpusReader.ReadColumns).ToList(),
        "columns-repair" => Paths.SelectMany(p => CorpusReader.Repair(CorpusReader.ReadColumnsWithTypes(p), surnames)).ToList(),
        _ => throw new InvalidDataException($"Corpus '{Name}': unknown format '{Format}'."),
    };
}
