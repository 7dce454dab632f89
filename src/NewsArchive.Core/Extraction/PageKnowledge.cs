using System.Collections.Generic;
using System.Linq;

namespace NewsArchive.Core.Extraction;

/// <summary>What a page has taught so far: names with titles, reporters (never people), foreign full names. Every look-up
/// is indexed, so a page that names thousands of people costs no more per name than one that names ten.</summary>
internal sealed class PageKnowledge
{
    /// <summary>Bounds the look-up of a known name at a position; a longer known name (a long foreign one) is still read by
    /// the foreign-name rule.</summary>
    private const int MaxKnownLength = 16;

    private readonly HashSet<string> _names = new();
    private readonly NameTrie _nameTrie = new();
    private readonly HashSet<string> _officialSet = new();
    private readonly List<string> _officials = new();

    /// <summary>Full foreign names by a part after one of their dots (莫勒 → 安德烈亚斯·莫勒), the first learnt kept.</summary>
    private readonly Dictionary<string, string> _byTail = new();

    /// <summary>Full names of three or more parts by their part before a dot (阿卜杜勒 → 阿卜杜勒·本·萨利赫), with how
    /// many such names share it.</summary>
    private readonly Dictionary<string, (string Full, int Count)> _byHead = new();

    /// <summary>Full Japanese names by their family name (野田 → 野田佳彦), with how many such names share it: the news
    /// names a Japanese politician by the family name alone once it has given the whole.</summary>
    private readonly Dictionary<string, (string Full, int Count)> _byJapaneseFamily = new();

    public PageKnowledge(IEnumerable<string> reporters) => Reporters = new HashSet<string>(reporters);

    public HashSet<string> Reporters { get; }

    /// <summary>Names learnt as officials, in the order the page introduced them.</summary>
    public IReadOnlyList<string> Officials => _officials;

    /// <summary>Whether the page, or every reader (<see cref="PublicFigures"/>), knows the name. A public figure's short
    /// forms are not known from the list: a page that names 安倍 alone names him so, though 安倍晋三 is known.</summary>
    public bool Knows(string name) => _names.Contains(name) || PublicFigures.Contains(name);

    public bool IsReporter(string name) => Reporters.Contains(name);

    public void Add(string name)
    {
        if (!_names.Add(name))
        {
            return;
        }

        _nameTrie.Add(name);
        var family = JapaneseNames.FamilyNameAt(name, 0);
        if (family > 0 && family < name.Length)
        {
            var key = name.Substring(0, family);
            _byJapaneseFamily[key] = _byJapaneseFamily.TryGetValue(key, out var seen) ? (seen.Full, seen.Count + 1) : (name, 1);
        }

        for (var i = 1; i < name.Length - 1; i++)
        {
            if (!ChineseNames.IsNameDot(name[i]))
            {
                continue;
            }

            var tail = name.Substring(i + 1);
            if (!_byTail.ContainsKey(tail))
            {
                _byTail[tail] = name;
            }

            if (name.Count(ChineseNames.IsNameDot) >= 2)
            {
                var head = name.Substring(0, i);
                _byHead[head] = _byHead.TryGetValue(head, out var seen) ? (seen.Full, seen.Count + 1) : (name, 1);
            }
        }
    }

    public void Learn(string name, bool official)
    {
        Add(name);
        if (official && _officialSet.Add(name))
        {
            _officials.Add(name);
        }
    }

    /// <summary>The known name that starts at <paramref name="position"/> (the longest, two characters or more), or null.</summary>
    public string? KnownAt(string text, int position)
    {
        var page = _nameTrie.LongestAt(text, position, minLength: 2, maxLength: MaxKnownLength);
        var figure = PublicFigures.LongestAt(text, position);
        return figure is null || (page is not null && page.Length >= figure.Length) ? page : figure;
    }

    /// <summary>A short form of a foreign name the page gives in full (莫勒 for 安德烈亚斯·莫勒) as the full name. Arabic
    /// names are shortened to their first part (阿卜杜勒国王 for 阿卜杜勒·本·萨利赫): only when one known name of three or
    /// more parts starts so, since two people may share a first name; Japanese ones to the family name (野田 for 野田佳彦),
    /// when one known name has it.</summary>
    public string Canonical(string name)
    {
        if (ChineseNames.LooksLikeForeignName(name))
        {
            return name;
        }

        if (_byTail.TryGetValue(name, out var full))
        {
            return full;
        }

        if (_byJapaneseFamily.TryGetValue(name, out var byFamily) && byFamily.Count == 1)
        {
            return byFamily.Full;
        }

        return _byHead.TryGetValue(name, out var byHead) && byHead.Count == 1 ? byHead.Full : name;
    }
}
