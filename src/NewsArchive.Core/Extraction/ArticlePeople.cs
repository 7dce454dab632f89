using System.Collections.Generic;

namespace NewsArchive.Core.Extraction;

/// <summary>The people of one article in the order first read, found by name in constant time.</summary>
internal sealed class ArticlePeople
{
    private readonly List<Person> _order = new();
    private readonly Dictionary<string, Person> _byName = new();

    public IReadOnlyList<Person> All => _order;

    /// <summary>Whether the segment being read is a headline line (kicker, title, subtitle): titles read there come first.</summary>
    public bool ReadingHeadline { get; set; }

    public bool Contains(string name) => _byName.ContainsKey(name);

    public Person? Get(string name) => _byName.TryGetValue(name, out var person) ? person : null;

    /// <summary>The person of that name, added when new.</summary>
    public Person Find(string name)
    {
        if (!_byName.TryGetValue(name, out var person))
        {
            person = new Person(name);
            _byName[name] = person;
            _order.Add(person);
        }

        return person;
    }
}
