using System.Collections.Generic;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>What population statistics say about single characters: how common each is as a surname and as a character of
/// given names, and how much more often it is seen in names than in running text (a character such as 明 is common in
/// names but commoner elsewhere; 娟 is seen almost only in names). Each is a small class (0 = never seen) so the model
/// learns one weight per class, not per character; the classes are fixed when the model is trained and travel with it.</summary>
internal sealed class NameLexicon
{
    /// <summary>Number of values each class takes (0 = not in the list, 1–3 = rising frequency or name-ness).</summary>
    public const int ClassCount = 4;

    private const int CharCodes = char.MaxValue + 1;

    private readonly Dictionary<char, CharacterClasses> _classes;
    private readonly HashSet<uint> _compoundSurnames;

    // The classes of every UTF-16 code unit, for one array read per character of a page.
    private readonly CharacterClasses[] _byCode = new CharacterClasses[CharCodes];

    public NameLexicon(Dictionary<char, CharacterClasses> classes, HashSet<uint> compoundSurnames)
    {
        _classes = classes;
        _compoundSurnames = compoundSurnames;
        foreach (var entry in classes)
        {
            _byCode[entry.Key] = entry.Value;
        }
    }

    public IReadOnlyDictionary<char, CharacterClasses> Classes => _classes;

    public IEnumerable<uint> CompoundSurnames => _compoundSurnames;

    public CharacterClasses ClassesOf(char c) => _byCode[c];

    /// <summary>Whether two characters form a compound surname (欧阳, 司马).</summary>
    public bool IsCompoundSurname(char first, char second) => _compoundSurnames.Contains(NameFeatures.PairKey(first, second));
}
