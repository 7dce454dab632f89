using System.Collections.Generic;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>Known strings of two to four characters from public word lists: people (historical and public figures) and
/// other words (idioms, place and institution names, terms of finance). The tagger reads, at each character, whether it
/// begins, continues or ends a known person's name and a known word: a name seen once in a list of famous people (白居易,
/// 安徒生) is read as a name where the sentence alone gives no evidence, and the edges of known words are where a name
/// is unlikely to start or end (党委书记粟光前当机立断).</summary>
internal sealed class NameGazetteer
{
    /// <summary>The shortest and the longest entry: four UTF-16 code units pack into one 64-bit key.</summary>
    public const int MinLength = 2, MaxLength = 4;

    /// <summary>Roles a character takes in a match (<see cref="None"/>, begin, inside, end).</summary>
    public const int RoleCount = 4;

    public const byte None = 0, Begin = 1, Inside = 2, End = 3;

    private readonly Dictionary<ulong, GazetteerKinds> _entries;

    public NameGazetteer(Dictionary<ulong, GazetteerKinds> entries)
    {
        _entries = entries;
    }

    public static NameGazetteer Empty { get; } = new(new Dictionary<ulong, GazetteerKinds>());

    public IReadOnlyDictionary<ulong, GazetteerKinds> Entries => _entries;

    /// <summary>The key of an entry (normalised characters, <see cref="MinLength"/> to <see cref="MaxLength"/> of them).</summary>
    public static ulong KeyOf(char[] chars, int from, int length)
    {
        ulong key = 0;
        for (var k = 0; k < length; k++)
        {
            key = (key << 16) | chars[from + k];
        }

        return key;
    }

    /// <summary>Each character's role in the longest known person's name and the longest known word starting at or
    /// covering it (the earlier match keeps a character two matches overlap).</summary>
    public void Roles(char[] chars, byte[] personRoles, byte[] wordRoles)
    {
        if (_entries.Count == 0)
        {
            return;
        }

        for (var i = 0; i + MinLength <= chars.Length; i++)
        {
            var (person, word) = (0, 0);
            for (var length = System.Math.Min(MaxLength, chars.Length - i); length >= MinLength && (person == 0 || word == 0); length--)
            {
                if (_entries.TryGetValue(KeyOf(chars, i, length), out var kinds))
                {
                    person = person == 0 && (kinds & GazetteerKinds.Person) != 0 ? length : person;
                    word = word == 0 && (kinds & GazetteerKinds.Word) != 0 ? length : word;
                }
            }

            Mark(personRoles, i, person);
            Mark(wordRoles, i, word);
        }
    }

    private static void Mark(byte[] roles, int start, int length)
    {
        if (length == 0 || roles[start] != None)
        {
            return;
        }

        roles[start] = Begin;
        for (var k = 1; k < length - 1; k++)
        {
            roles[start + k] = roles[start + k] == None ? Inside : roles[start + k];
        }

        roles[start + length - 1] = roles[start + length - 1] == None ? End : roles[start + length - 1];
    }
}

/// <summary>The lists a gazetteer entry is in.</summary>
[System.Flags]
internal enum GazetteerKinds : byte
{
    Person = 1,
    Word = 2,
}
