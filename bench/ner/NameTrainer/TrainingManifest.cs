using System.Text.Json;

namespace NewsArchive.Bench.NameTrainer;

/// <summary>The corpora a run uses, with the local paths Get-Corpus resolved them to (bench/ner/Train-PersonNameModel.ps1
/// writes it from bench/ner/corpora.json).</summary>
internal sealed class TrainingManifest
{
    public LexiconFiles Lexicon { get; set; } = new();

    public List<CorpusSet> Sets { get; set; } = new();

    public static TrainingManifest Load(string path) =>
        JsonSerializer.Deserialize<TrainingManifest>(File.ReadAllText(path), new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
        ?? throw new InvalidDataException($"{path} is not a training manifest.");

    public IEnumerable<CorpusSet> WithRole(string role) => Sets.Where(s => s.Role == role);

    /// <summary>The sentences of the sets of one role (all sets when null), in manifest order.</summary>
    public List<TaggedSentence> Read(string? role = null) =>
        Sets.Where(s => role == null || s.Role == role).SelectMany(s => s.Read()).ToList();
}
