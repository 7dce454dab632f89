using System.Collections.Generic;
using System.Linq;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Extraction;

/// <summary>One person as read so far in one article: the name and the titles given, in order.</summary>
internal sealed class Person
{
    public Person(string name) => Name = name;

    public string Name { get; }
    public List<string> Titles { get; } = new();
    public bool IsOfficial { get; set; }

    /// <summary>The titles read in the headline, in headline order. The body is read first (people are listed as the
    /// body names them), but a title's place is its first use in the article, and the headline comes first.</summary>
    private readonly List<string> _headlineTitles = new();

    public void Add(string title, bool official, bool inHeadline)
    {
        IsOfficial |= official;
        if (!Titles.Contains(title))
        {
            Titles.Add(title);
        }

        if (inHeadline && !_headlineTitles.Contains(title))
        {
            _headlineTitles.Add(title);
        }
    }

    /// <summary>The mention, with the titles in order of first use: the headline's, then the body's.</summary>
    public PersonMention ToMention() =>
        new(Name, IsOfficial ? PersonRole.Official : PersonRole.Other, _headlineTitles.Concat(Titles.Except(_headlineTitles)).ToArray());
}
