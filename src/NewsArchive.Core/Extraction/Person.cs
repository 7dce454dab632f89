using System.Collections.Generic;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Extraction;

/// <summary>One person as read so far in one article: the name and the titles given, in order.</summary>
internal sealed class Person
{
    public Person(string name) => Name = name;

    public string Name { get; }
    public List<string> Titles { get; } = new();
    public bool IsOfficial { get; set; }

    public void Add(string title, bool official)
    {
        IsOfficial |= official;
        if (!Titles.Contains(title))
        {
            Titles.Add(title);
        }
    }

    public PersonMention ToMention() => new(Name, IsOfficial ? PersonRole.Official : PersonRole.Other, Titles.ToArray());
}
