using System.Text;

namespace NewsArchive.Bench.NameTrainer;

/// <summary>Reads the annotated corpora's formats into sentences with person-name spans. Every format is one tag per
/// character, BIO or BMES, with the entity type after a '-' or '_' (B-PER, B_PER, S-NAME, B-PER.NAM); only person
/// types count, everything else is outside a name.</summary>
internal static class CorpusReader
{
    /// <summary>Entity types that are a person's name: PER (MSRA copies, OntoNotes), MSRA's original NR, ResumeNER's
    /// NAME, Weibo NER's named (not nominal) PER.NAM.</summary>
    private static readonly HashSet<string> PersonTypes = new(StringComparer.Ordinal) { "PER", "NR", "NAME", "PER.NAM" };

    /// <summary>Sentences and tags in two parallel files, one sentence a line, characters and tags separated by spaces
    /// (lemonhu/NER-BERT-pytorch data/msra).</summary>
    public static List<TaggedSentence> ReadParallel(string sentencesPath, string tagsPath)
    {
        var sentences = File.ReadAllLines(sentencesPath, Encoding.UTF8);
        var tags = File.ReadAllLines(tagsPath, Encoding.UTF8);
        if (sentences.Length != tags.Length)
        {
            throw new InvalidDataException($"{sentencesPath} has {sentences.Length} lines but {tagsPath} has {tags.Length}.");
        }

        var result = new List<TaggedSentence>();
        for (var k = 0; k < sentences.Length; k++)
        {
            var chars = sentences[k].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            var labels = tags[k].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (chars.Length != labels.Length)
            {
                throw new InvalidDataException($"Line {k + 1}: {chars.Length} characters but {labels.Length} tags.");
            }

            result.Add(new TaggedSentence(new string(chars.Select(c => c[0]).ToArray()), PersonNames(Entities(labels))));
        }

        return result;
    }

    /// <summary>One character and its tag a line, a blank line between sentences (the CoNLL-like files of MSRA copies,
    /// ResumeNER, Weibo NER).</summary>
    public static List<TaggedSentence> ReadColumns(string path) =>
        ReadColumnsWithTypes(path).Select(s => new TaggedSentence(s.Text, PersonNames(s.Entities))).ToList();

    /// <summary>Every sentence of a one-character-a-line file with all its entities and their types. Weibo NER writes a
    /// word-position digit after each character (中0): only the first character of the first column is taken.</summary>
    public static List<(string Text, List<(string Type, int Start, int Length)> Entities)> ReadColumnsWithTypes(string path)
    {
        var result = new List<(string, List<(string, int, int)>)>();
        var chars = new List<char>();
        var labels = new List<string>();
        foreach (var raw in File.ReadLines(path, Encoding.UTF8).Append(string.Empty))
        {
            var fields = raw.Split(new[] { ' ', '\t' }, StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length >= 2)
            {
                chars.Add(fields[0][0]);
                labels.Add(fields[^1]);
                continue;
            }

            if (chars.Count > 0)
            {
                result.Add((new string(chars.ToArray()), Entities(labels)));
            }

            chars = new List<char>();
            labels = new List<string>();
        }

        return result;
    }

    private static List<(int Start, int Length)> PersonNames(IEnumerable<(string Type, int Start, int Length)> entities) =>
        entities.Where(e => PersonTypes.Contains(e.Type)).Select(e => (e.Start, e.Length)).ToList();

    /// <summary>Entities of a BIO or BMES tag sequence. An I/M/E that does not continue an entity of its type starts
    /// one (as conlleval reads BIO).</summary>
    public static List<(string Type, int Start, int Length)> Entities(IReadOnlyList<string> labels)
    {
        var entities = new List<(string, int, int)>();
        string? type = null;
        var start = 0;
        for (var k = 0; k <= labels.Count; k++)
        {
            var (prefix, labelType) = k < labels.Count ? Split(labels[k]) : ('O', null);
            var continues = type != null && labelType == type && prefix is 'I' or 'M' or 'E';
            if (!continues && type != null)
            {
                entities.Add((type, start, k - start));
                type = null;
            }

            if (labelType != null && !continues)
            {
                type = labelType;
                start = k;
            }

            if (type != null && prefix is 'E' or 'S')
            {
                entities.Add((type, start, k - start + 1));
                type = null;
            }
        }

        return entities;
    }

    private static (char Prefix, string? Type) Split(string label)
    {
        if (label.Length < 3 || label == "O")
        {
            return ('O', null);
        }

        return (char.ToUpperInvariant(label[0]), label.Substring(2));
    }
}
