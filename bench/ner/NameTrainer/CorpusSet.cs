namespace NewsArchive.Bench.NameTrainer;

/// <summary>One annotated corpus: its name, format, files and role (train: in the model; tune: held out to choose the
/// number of epochs and the temperature, then trained on; test: measured only).</summary>
internal sealed class CorpusSet
{
    public string Name { get; set; } = "";

    /// <summary>parallel (sentences file + tags file), columns (a character and a tag a line) or boson (BosonNLP's
    /// inline {{type:text}} tags, a document a line).</summary>
    public string Format { get; set; } = "";

    public List<string> Paths { get; set; } = new();

    public string Role { get; set; } = "";

    /// <summary>Sentences of the files left out at the start (with <see cref="Take"/>, a set can be one contiguous block
    /// of a corpus: other documents than the rest of it).</summary>
    public int Skip { get; set; }

    /// <summary>Sentences kept after <see cref="Skip"/>; all when null.</summary>
    public int? Take { get; set; }

    /// <summary>Lines (1-based) of a line-per-document file (format boson) that are not read: the pages an evaluation
    /// set took from the same file (Resolve-NameCorpora.ps1 reads them from the set's labels.json).</summary>
    public List<int> ExcludeLines { get; set; } = new();

    /// <summary>Text files (one sentence a line, spaces ignored) whose sentences must not be trained on: every sentence
    /// of this set sharing a 15-character stretch with one of them is left out (the MSRA test split).</summary>
    public List<string> ExcludeSharedWith { get; set; } = new();

    public List<TaggedSentence> Read()
    {
        var sentences = ReadAll().Skip(Skip).Take(Take ?? int.MaxValue).ToList();
        if (ExcludeSharedWith.Count == 0)
        {
            return sentences;
        }

        var reference = ExcludeSharedWith.SelectMany(path => File.ReadLines(path))
            .Select(line => new TaggedSentence(line.Replace(" ", string.Empty), Array.Empty<(int, int)>()));
        var shared = new SharedText(reference);
        var kept = sentences.Where(s => !shared.Shares(s)).ToList();
        Console.Error.WriteLine($"{Name}: {sentences.Count - kept.Count} of {sentences.Count} sentences left out, sharing text with an excluded file");
        return kept;
    }

    private List<TaggedSentence> ReadAll() => Format switch
    {
        "parallel" => CorpusReader.ReadParallel(Paths[0], Paths[1]),
        "columns" => Paths.SelectMany(CorpusReader.ReadColumns).ToList(),
        "boson" => CorpusReader.ReadBoson(Paths[0], ExcludeLines, Name),
        _ => throw new InvalidDataException($"Corpus '{Name}': unknown format '{Format}'."),
    };
}
