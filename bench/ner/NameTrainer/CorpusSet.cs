namespace NewsArchive.Bench.NameTrainer;

/// <summary>One annotated corpus: its name, format, files and role (train: in the model; tune: held out to choose the
/// number of epochs and the temperature, then trained on; test: measured only).</summary>
internal sealed class CorpusSet
{
    public string Name { get; set; } = "";

    /// <summary>parallel (sentences file + tags file) or columns (a character and a tag a line).</summary>
    public string Format { get; set; } = "";

    public List<string> Paths { get; set; } = new();

    public string Role { get; set; } = "";

    /// <summary>Sentences of the files left out at the start (with <see cref="Take"/>, a set can be one contiguous block
    /// of a corpus: other documents than the rest of it).</summary>
    public int Skip { get; set; }

    /// <summary>Sentences kept after <see cref="Skip"/>; all when null.</summary>
    public int? Take { get; set; }

    public List<TaggedSentence> Read() => ReadAll().Skip(Skip).Take(Take ?? int.MaxValue).ToList();

    private List<TaggedSentence> ReadAll() => Format switch
    {
        "parallel" => CorpusReader.ReadParallel(Paths[0], Paths[1]),
        "columns" => Paths.SelectMany(CorpusReader.ReadColumns).ToList(),
        _ => throw new InvalidDataException($"Corpus '{Name}': unknown format '{Format}'."),
    };
}
