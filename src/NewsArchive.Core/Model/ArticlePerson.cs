using System;
using System.Collections.Generic;

namespace NewsArchive.Core.Model;

/// <summary>A person as one stored article names them: the name and the titles the article gives them, in order of first
/// use. Piped into Get-Article, the Name selects the articles that name this official.</summary>
public sealed class ArticlePerson
{
    public ArticlePerson(string name, PersonRole role, IReadOnlyList<string> titles)
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
