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

    /// <summary>Sets whose sentences must not be trained on (the test splits, by their corpora.json names): every sentence
    /// of this set sharing a 15-character stretch with one of them is left out.</summary>
    public List<CorpusSet> ExcludeSharedWith { get; set; } = new();

    /// <summary>Folders of evaluation pages (*.txt under them: out/eval, bench/eval): sentences sharing a 15-character
    /// stretch with a line of a page are left out, so no page measured for officials is trained on.</summary>
    public List<string> ExcludePagesUnder { get; set; } = new();

    /// <summary>Sentences either side of one sharing text that are left out with it: files in document order without
    /// document boundaries lose most of a shared document this way, so its other sentences (and names) are not trained
    /// on either.</summary>
    public int ExcludeNeighbours { get; set; }

    public List<TaggedSentence> Read()
    {
        var sentences = ReadAll().Skip(Skip).Take(Take ?? int.MaxValue).ToList();
        var reference = ExcludeSharedWith.SelectMany(set => set.Read()).ToList();
        foreach (var folder in ExcludePagesUnder)
        {
            reference.AddRange(Directory.EnumerateFiles(folder, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
                .SelectMany(File.ReadLines).Select(line => new TaggedSentence(line.Trim(), Array.Empty<(int, int)>())));
        }

        if (reference.Count == 0)
        {
            return sentences;
        }

        var shared = new SharedText(reference);
        var sharing = sentences.Select(shared.Shares).ToArray();
        var kept = sentences.Where((_, k) => !Enumerable.Range(k - ExcludeNeighbours, 2 * ExcludeNeighbours + 1)
            .Any(j => j >= 0 && j < sharing.Length && sharing[j])).ToList();
        Console.Error.WriteLine($"{Name}: {sentences.Count - kept.Count} of {sentences.Count} sentences left out, sharing text with {string.Join(", ", ExcludeSharedWith.Select(x => x.Name).Concat(ExcludePagesUnder))}");
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
