using System.Text;
using System.Text.RegularExpressions;

namespace NewsArchive.Bench.NameTrainer;

/// <summary>Reads the annotated corpora's formats into sentences with person-name spans. Every format is one tag per
/// character, BIO or BMES, with the entity type after a '-' or '_' (B-PER, B_PER, S-NAME, B-PER.NAM); only person
/// types count, everything else is outside a name.</summary>
internal static class CorpusReader
{
    /// <summary>Entity types that are a person's name: PER (MSRA copies, OntoNotes 4), MSRA's original NR, ResumeNER's
    /// NAME, Weibo NER's named (not nominal) PER.NAM, OntoNotes 5's PERSON.</summary>
    private static readonly HashSet<string> PersonTypes = new(StringComparer.Ordinal) { "PER", "NR", "NAME", "PER.NAM", "PERSON" };

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

    private static readonly Regex BosonEntity = new(@"\{\{([a-z_]+):(.*?)\}\}", RegexOptions.CultureInvariant);

    /// <summary>What follows a surname in BosonNLP's person spans (王先生, 陈老师, 张导) but stays outside a name in MSRA's
    /// (陈/PER 老师, 郑振铎/PER 先生): cut off, so both corpora mark names alike.</summary>
    private static readonly string[] BosonTitles =
    {
        "先生", "女士", "小姐", "师傅", "老师", "太太", "夫人", "同学", "大爷", "大妈", "阿姨", "大姐", "大哥", "老汉",
        "医生", "律师", "教授", "经理", "记者", "书记", "局长", "主任", "院长", "校长", "警官",
    };

    /// <summary>The BosonNLP NER corpus: a document a line, entities inline as {{person_name:…}}, {{org_name:…}} and so
    /// on, paragraphs joined by a literal \n. Lines listed in <paramref name="excludeLines"/> (1-based) are not read,
    /// nor any sentence sharing a 15-character stretch with them. Each document is cut into sentences after 。！？ and at
    /// paragraph breaks. BosonNLP marks people otherwise than MSRA: a surname with its title (王先生), an anonymised
    /// person (王某, 钱某某), Weibo user names (@…) and Latin names; titles are cut off, and a sentence with any of the
    /// others (or a name of more than four characters without a middle dot or hyphen, mostly nicknames) is left out,
    /// as is one whose text still holds a brace (a tag left open).</summary>
    public static List<TaggedSentence> ReadBoson(string path, IReadOnlyCollection<int> excludeLines, string name)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var excluded = new HashSet<int>(excludeLines);
        var excludedText = new List<TaggedSentence>();
        var documents = new List<(string Text, List<(int Start, int Length)> Names)>();
        for (var k = 0; k < lines.Length; k++)
        {
            var (text, names) = ParseBosonLine(lines[k]);
            if (excluded.Contains(k + 1))
            {
                excludedText.Add(new TaggedSentence(text, names));
            }
            else
            {
                documents.Add((text, names));
            }
        }

        var shared = new SharedText(excludedText);
        var result = new List<TaggedSentence>();
        int dropped = 0, sharing = 0;
        foreach (var (text, names) in documents)
        {
            foreach (var sentence in SplitSentences(text, names))
            {
                if (sentence.Text.Contains('{') || sentence.Text.Contains('}') || sentence.Names.Any(n => !IsMsraStyleName(sentence.Text.Substring(n.Start, n.Length))))
                {
                    dropped++;
                }
                else if (shared.Shares(sentence))
                {
                    sharing++;
                }
                else
                {
                    result.Add(sentence);
                }
            }
        }

        Console.Error.WriteLine($"{name}: {excluded.Count} lines excluded; {result.Count} sentences, {result.Sum(s => s.Names.Count)} names kept; {dropped} left out for names not marked as MSRA marks them, {sharing} sharing text with the excluded lines");
        return result;
    }

    private static (string Text, List<(int Start, int Length)> Names) ParseBosonLine(string line)
    {
        line = line.Replace("\\n", "\n").Replace('\t', '\n').TrimEnd('\r');
        var text = new StringBuilder();
        var names = new List<(int, int)>();
        var at = 0;
        foreach (Match m in BosonEntity.Matches(line))
        {
            text.Append(line, at, m.Index - at);
            var value = m.Groups[2].Value;
            if (m.Groups[1].Value == "person_name")
            {
                var trimmed = value.Trim();
                var start = text.Length + value.IndexOf(trimmed, StringComparison.Ordinal);
                var length = trimmed.Length;
                foreach (var title in BosonTitles)
                {
                    if (trimmed.Length > title.Length && trimmed.EndsWith(title, StringComparison.Ordinal))
                    {
                        length -= title.Length;
                        break;
                    }
                }

                if (length == 2 && trimmed.Length == 2 && (trimmed[1] == '总' || trimmed[1] == '导'))
                {
                    length = 1;
                }

                if (length > 0)
                {
                    names.Add((start, length));
                }
            }

            text.Append(value);
            at = m.Index + m.Length;
        }

        text.Append(line, at, line.Length - at);
        return (text.ToString(), names);
    }

    private static IEnumerable<TaggedSentence> SplitSentences(string text, List<(int Start, int Length)> names)
    {
        var insideName = new bool[text.Length + 1];
        foreach (var (start, length) in names)
        {
            for (var k = start + 1; k < start + length; k++)
            {
                insideName[k] = true;
            }
        }

        var from = 0;
        for (var k = 0; k <= text.Length; k++)
        {
            int end, next;
            if (k == text.Length || text[k] == '\n')
            {
                end = k;
                next = k + 1;
            }
            else if (text[k] is '。' or '！' or '？' && !insideName[k + 1])
            {
                end = k + 1;
                while (end < text.Length && text[end] is '”' or '’' or '」')
                {
                    end++;
                }

                next = end;
            }
            else
            {
                continue;
            }

            var piece = text.Substring(from, end - from);
            var lead = piece.Length - piece.TrimStart().Length;
            var trimmed = piece.Trim();
            if (trimmed.Length > 0)
            {
                var offset = from + lead;
                var inside = names.Where(n => n.Start >= offset && n.Start + n.Length <= offset + trimmed.Length)
                    .Select(n => (n.Start - offset, n.Length)).ToList();
                yield return new TaggedSentence(trimmed, inside);
            }

            from = next;
            k = next - 1;
        }
    }

    private static bool IsMsraStyleName(string name)
    {
        if (name.Contains('某'))
        {
            return false;
        }

        var separated = false;
        foreach (var c in name)
        {
            if (c is '·' or '•' or '・' or '‧' or '-' or '－')
            {
                separated = true;
            }
            else if (c < '\u4e00' || c > '\u9fff')
            {
                return false;
            }
        }

        return separated || name.Length <= 4;
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
