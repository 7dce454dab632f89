using System.Collections.Generic;

namespace NewsArchive.Core.Model;

/// <summary>Whether a named person holds public office (an official) or some other titled role.</summary>
public enum PersonRole
{
    Official,
    Other,
}

/// <summary>A person named in one article, with the titles the article gives them, in order of first use. Piped into
/// Get-Article, its Name selects the articles that name this official.</summary>
public sealed class PersonMention
{
    public PersonMention(string name, PersonRole role, IReadOnlyList<string> titles)
    {
        Name = name;
        Role = role;
        Titles = titles;
    }

    public string Name { get; }
    public PersonRole Role { get; }
    public IReadOnlyList<string> Titles { get; }

    public override string ToString() => Titles.Count == 0 ? Name : string.Join("、", Titles) + Name;
}
