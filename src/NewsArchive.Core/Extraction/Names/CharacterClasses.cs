namespace NewsArchive.Core.Extraction.Names;

/// <summary>The lexicon's three classes of one character.</summary>
internal readonly struct CharacterClasses
{
    public CharacterClasses(byte surname, byte given, byte nameRatio)
    {
        Surname = surname;
        Given = given;
        NameRatio = nameRatio;
    }

    /// <summary>How common the character is as a single-character surname.</summary>
    public byte Surname { get; }

    /// <summary>How common the character is in given names.</summary>
    public byte Given { get; }

    /// <summary>How much likelier the character is in names than in running text.</summary>
    public byte NameRatio { get; }
}
