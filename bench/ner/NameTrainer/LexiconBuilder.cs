using System.Globalization;
using System.Text;
using NewsArchive.Core.Extraction.Names;

namespace NewsArchive.Bench.NameTrainer;

/// <summary>Builds the model's name lexicon from the population statistics of psychbruce/ChineseNames (NCIIC 2008 data):
/// familyname.csv (surname, compound, …, ppm.1930_2008) and givenname.csv (character, …, name.ppm, …, corpus.ppm).</summary>
internal static class LexiconBuilder
{
    // Class boundaries in parts per million of the population (surnames, given-name characters) and as a ratio of a
    // character's frequency in names to its frequency in running text: roughly "rare / usual / very common".
    private const double CommonSurnamePpm = 1000, UsualSurnamePpm = 10;
    private const double CommonGivenPpm = 1000, UsualGivenPpm = 100, RareGivenPpm = 1;
    private const double NameLikeRatio = 3, NeutralRatio = 0.5;
    private const double SmallestCorpusPpm = 0.01;

    public static NameLexicon Build(string familyNamesCsv, string givenNamesCsv)
    {
        var surnames = new Dictionary<char, byte>();
        var compounds = new HashSet<uint>();
        foreach (var row in ReadCsv(familyNamesCsv))
        {
            var surname = row["surname"];
            if (row["compound"] == "1" && surname.Length == 2)
            {
                compounds.Add(NameFeatures.PairKey(surname[0], surname[1]));
            }
            else if (surname.Length == 1)
            {
                var ppm = Number(row["ppm.1930_2008"]);
                surnames[surname[0]] = (byte)(ppm >= CommonSurnamePpm ? 3 : ppm >= UsualSurnamePpm ? 2 : 1);
            }
        }

        var given = new Dictionary<char, (byte Given, byte Ratio)>();
        foreach (var row in ReadCsv(givenNamesCsv))
        {
            var character = row["character"];
            if (character.Length != 1)
            {
                continue;
            }

            var namePpm = Number(row["name.ppm"]);
            var corpusPpm = Math.Max(SmallestCorpusPpm, Number(row["corpus.ppm"]));
            var givenClass = namePpm >= CommonGivenPpm ? 3 : namePpm >= UsualGivenPpm ? 2 : namePpm >= RareGivenPpm ? 1 : 0;
            var ratio = namePpm / corpusPpm;
            var ratioClass = ratio >= NameLikeRatio ? 3 : ratio >= NeutralRatio ? 2 : 1;
            given[character[0]] = ((byte)givenClass, (byte)ratioClass);
        }

        var classes = new Dictionary<char, CharacterClasses>();
        foreach (var c in surnames.Keys.Union(given.Keys).OrderBy(c => c))
        {
            surnames.TryGetValue(c, out var s);
            given.TryGetValue(c, out var g);
            classes[c] = new CharacterClasses(s, g.Given, g.Ratio);
        }

        return new NameLexicon(classes, compounds);
    }

    private static double Number(string text) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value : 0;

    /// <summary>Rows of a simple comma-separated file with a header (no quoted fields in these files).</summary>
    private static IEnumerable<Dictionary<string, string>> ReadCsv(string path)
    {
        var lines = File.ReadAllLines(path, Encoding.UTF8);
        var header = lines[0].TrimStart('\uFEFF').Split(',');
        foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
        {
            var fields = line.Split(',');
            yield return header.Zip(fields).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
        }
    }
}
