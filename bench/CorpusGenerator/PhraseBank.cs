using System.Reflection;
using System.Text;

namespace NewsArchive.Bench.CorpusGenerator;

/// <summary>A news subject. Some only exist in certain years, so that the corpus' vocabulary drifts like a real archive's.</summary>
public sealed record Topic(string Key, string Name, DateOnly From, DateOnly To)
{
    public bool IsActive(DateOnly date) => date >= From && date <= To;
}

/// <summary>What a {slot} in a phrase is filled from: the page's place and time.</summary>
public sealed record SlotContext(string City, IReadOnlyList<string> Districts, DateOnly IssueDate, Topic Topic);

/// <summary>
/// The text material: sections of phrases loaded from the embedded Data/phrases.txt, and their {slot} filling.
/// Kept separate from the page layout so that the prose can grow without touching the markup code.
/// </summary>
public sealed class PhraseBank
{
    private readonly Dictionary<string, string[]> _sections;

    public IReadOnlyList<Topic> Topics { get; }

    private PhraseBank(Dictionary<string, string[]> sections)
    {
        _sections = sections;
        var always = (From: DateOnly.MinValue, To: DateOnly.MaxValue);
        // Date windows follow the real agenda: 扶贫 gave way to 乡村振兴 in 2021, the epidemic ran 2020–2022.
        (string Key, DateOnly From, DateOnly To)[] table =
        [
            ("economy", always.From, always.To),
            ("poverty", always.From, new DateOnly(2021, 2, 28)),
            ("rural", new DateOnly(2021, 1, 1), always.To),
            ("epidemic", new DateOnly(2020, 1, 21), new DateOnly(2022, 12, 31)),
            ("education", always.From, always.To),
            ("transport", always.From, always.To),
            ("environment", always.From, always.To),
            ("agriculture", always.From, always.To),
            ("urban", always.From, always.To),
            ("culture", always.From, always.To),
            ("sports", always.From, always.To),
            ("tech", always.From, always.To),
            ("safety", always.From, always.To),
        ];
        Topics = table.Select(t => new Topic(t.Key, Section("topic." + t.Key)[0], t.From, t.To)).ToArray();
    }

    public static PhraseBank Load()
    {
        using Stream stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("phrases.txt")
            ?? throw new InvalidOperationException("The phrase bank resource phrases.txt is missing from the build.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var sections = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? current = null;
        var lines = new List<string>();
        for (string? line = reader.ReadLine(); line != null; line = reader.ReadLine())
        {
            line = line.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal)) continue;
            if (line[0] == '[' && line[^1] == ']')
            {
                if (current != null) sections.Add(current, lines.ToArray());
                current = line[1..^1];
                lines.Clear();
            }
            else if (current != null) lines.Add(line);
            else throw new InvalidDataException($"phrases.txt: a phrase stands before the first [section]: {line}");
        }
        if (current != null) sections.Add(current, lines.ToArray());
        foreach (var (name, phrases) in sections) CheckSlots(name, phrases);
        return new PhraseBank(sections);
    }

    public IReadOnlyList<string> Section(string name) =>
        _sections.TryGetValue(name, out string[]? lines) && lines.Length > 0
            ? lines
            : throw new KeyNotFoundException($"phrases.txt has no (or an empty) section [{name}].");

    public bool Has(string name) => _sections.ContainsKey(name);

    /// <summary>A random phrase of the section, with its slots filled.</summary>
    public string Pick(Rng rng, string section, SlotContext context) => Expand(rng, rng.Pick(Section(section)), context);

    /// <summary>
    /// An unfilled phrase of the topic's own section, or of the general one now and then (or when the topic
    /// has none). Unfilled, so a caller can tell a repeat from a new phrase before the numbers differ.
    /// </summary>
    public string PickTopicalTemplate(Rng rng, string kind, Topic topic, double generalShare)
    {
        string topical = kind + "." + topic.Key;
        bool general = Has(kind + ".general") && (!Has(topical) || rng.Chance(generalShare));
        return rng.Pick(Section(general ? kind + ".general" : topical));
    }

    public string PickTopical(Rng rng, string kind, SlotContext context, double generalShare) =>
        Expand(rng, PickTopicalTemplate(rng, kind, context.Topic, generalShare), context);

    public string Company(Rng rng, SlotContext context)
    {
        string prefix = rng.Chance(0.4) ? context.City : "";
        return prefix + rng.Pick(Section("company.prefix")) + rng.Pick(Section("company.industry")) +
               rng.Pick(Section("company.suffix"));
    }

    public string Expand(Rng rng, string template, SlotContext context)
    {
        int open = template.IndexOf('{');
        if (open < 0) return template;
        var sb = new StringBuilder(template.Length + 32);
        int start = 0;
        while (open >= 0)
        {
            int close = template.IndexOf('}', open);
            sb.Append(template, start, open - start);
            sb.Append(Slot(rng, template.AsSpan(open + 1, close - open - 1), context));
            start = close + 1;
            open = template.IndexOf('{', start);
        }
        sb.Append(template, start, template.Length - start);
        return sb.ToString();
    }

    private static readonly string[] SlotNames =
        ["city", "district", "town", "village", "road", "project", "status", "company", "action", "n", "n3", "dec", "pct", "ratio", "year", "month"];

    /// <summary>Fails at start-up, not hours into a decade run, on a slot name the generator does not know.</summary>
    private static void CheckSlots(string section, string[] phrases)
    {
        foreach (string phrase in phrases)
        {
            for (int open = phrase.IndexOf('{'); open >= 0; open = phrase.IndexOf('{', open + 1))
            {
                int close = phrase.IndexOf('}', open);
                string name = close > open ? phrase[(open + 1)..close] : "";
                // {who} is the visitor in [visit] phrases, filled by the page before expansion.
                if (!SlotNames.Contains(name) && !(section == "visit" && name == "who"))
                    throw new InvalidDataException($"phrases.txt [{section}]: unknown slot {{{name}}} in '{phrase}'.");
            }
        }
    }

    private string Slot(Rng rng, ReadOnlySpan<char> name, SlotContext context) => name switch
    {
        "city" => context.City,
        "district" => rng.Pick(context.Districts),
        "town" => rng.Pick(Section("town")),
        "village" => rng.Pick(Section("village")),
        "road" => rng.Pick(Section("road")),
        "project" => rng.Pick(Section("project")),
        "status" => Pick(rng, "status", context),
        "company" => Company(rng, context),
        "action" => Pick(rng, "action." + context.Topic.Key, context),
        "n" => rng.Next(2, 60).ToString(),
        "n3" => rng.Next(100, 1000).ToString(),
        "dec" => $"{rng.Next(1, 100)}.{rng.Next(1, 10)}",
        // Growth rates and shares live in different ranges; one slot for both gave "下降91.8%".
        "pct" => $"{rng.Next(0, 20)}.{rng.Next(1, 10)}%",
        "ratio" => $"{rng.Next(60, 100)}.{rng.Next(0, 10)}%",
        "year" => context.IssueDate.Year.ToString(),
        "month" => Math.Max(2, context.IssueDate.Month - 1).ToString(),
        _ => throw new InvalidDataException($"phrases.txt uses an unknown slot {{{name}}}."),
    };
}
