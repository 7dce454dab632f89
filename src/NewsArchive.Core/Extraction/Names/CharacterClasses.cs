namespace NewsArchive.Core.Extraction.Names;

/// <summary>The lexicon's three classes of one character, and its distributional cluster.</summary>
internal readonly struct CharacterClasses
{
    public CharacterClasses(byte surname, byte given, byte nameRatio, byte cluster)
    {
        Surname = surname;
        Given = given;
        NameRatio = nameRatio;
        Cluster = cluster;
    }

    /// <summary>How common the character is as a single-character surname.</summary>
    public byte Surname { get; }

    /// <summary>How common the character is in given names.</summary>
    public byte Given { get; }

    /// <summary>How much likelier the character is in names than in running text.</summary>
    public byte NameRatio { get; }

    /// <summary>The character's cluster among characters seen in like contexts of unlabelled news (0 = too rare to place,
    /// 1 to <see cref="NameLexicon.ClusterCount"/> - 1 otherwise): lets what the tagger learns of one character carry to
    /// characters used alike, and to pairs of them.</summary>
    public byte Cluster { get; }
}
