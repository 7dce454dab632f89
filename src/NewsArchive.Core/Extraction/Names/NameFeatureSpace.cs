using System.Collections.Generic;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>Where each feature's five tag weights sit in the model's flat weight vector. Features come in keyed blocks so
/// one look-up serves several positions: a character's block holds its weights at offsets -2..+2 from the tagged
/// character, a character pair's block its weights at pair offsets -2..+1; a skip pair (the characters either side) and
/// the lexicon and character-class features have one slot each.</summary>
internal sealed class NameFeatureSpace
{
    public const int CharSlots = 5;
    public const int PairSlots = 4;
    private const int Tags = NameTags.Count;

    private readonly Dictionary<char, int> _charRows;
    private readonly Dictionary<uint, int> _pairRows;
    private readonly Dictionary<uint, int> _skipRows;

    public NameFeatureSpace(Dictionary<char, int> charRows, Dictionary<uint, int> pairRows, Dictionary<uint, int> skipRows,
        NameLexicon lexicon)
    {
        _charRows = charRows;
        _pairRows = pairRows;
        _skipRows = skipRows;
        Lexicon = lexicon;
        CharOffset = Tags;
        PairOffset = CharOffset + charRows.Count * CharSlots * Tags;
        SkipOffset = PairOffset + pairRows.Count * PairSlots * Tags;
        LexiconOffset = SkipOffset + skipRows.Count * Tags;
        Size = LexiconOffset + LexiconFeatures.Size * Tags;
    }

    public NameLexicon Lexicon { get; }

    public IReadOnlyDictionary<char, int> CharRows => _charRows;

    public IReadOnlyDictionary<uint, int> PairRows => _pairRows;

    public IReadOnlyDictionary<uint, int> SkipRows => _skipRows;

    /// <summary>The bias weights sit at 0; then the character, pair, skip and lexicon blocks.</summary>
    public int CharOffset { get; }

    public int PairOffset { get; }

    public int SkipOffset { get; }

    public int LexiconOffset { get; }

    /// <summary>Length of the flat weight vector.</summary>
    public int Size { get; }

    /// <summary>Start of the weights of a character seen at <paramref name="slot"/> (offset + 2), or -1 for an unseen one.</summary>
    public int CharFeature(char normalized, int slot) =>
        _charRows.TryGetValue(normalized, out var row) ? CharOffset + (row * CharSlots + slot) * Tags : -1;

    public int CharRow(char normalized) => _charRows.TryGetValue(normalized, out var row) ? row : -1;

    public int PairRow(uint key) => _pairRows.TryGetValue(key, out var row) ? row : -1;

    public int PairFeature(int row, int slot) => row < 0 ? -1 : PairOffset + (row * PairSlots + slot) * Tags;

    public int CharFeatureOfRow(int row, int slot) => row < 0 ? -1 : CharOffset + (row * CharSlots + slot) * Tags;

    public int SkipFeature(uint key) => _skipRows.TryGetValue(key, out var row) ? SkipOffset + row * Tags : -1;

    public int LexiconFeature(int id) => LexiconOffset + id * Tags;
}
