using System.Collections.Generic;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>Where each feature's five tag weights sit in the model's flat weight vector. Features come in keyed blocks so
/// one look-up serves several positions: a character's block holds its weights at offsets -3..+3 from the tagged
/// character, a character pair's block its weights at pair offsets -2..+1, a triple's at -2..0; a skip pair (the
/// characters either side) and the lexicon and character-class features have one slot each.</summary>
internal sealed class NameFeatureSpace
{
    public const int CharSlots = 7;
    public const int PairSlots = 4;
    public const int TripleSlots = 3;
    private const int Tags = NameTags.Count;

    private readonly Dictionary<char, int> _charRows;
    private readonly Dictionary<uint, int> _pairRows;
    private readonly Dictionary<ulong, int> _tripleRows;
    private readonly Dictionary<uint, int> _skipRows;

    public NameFeatureSpace(Dictionary<char, int> charRows, Dictionary<uint, int> pairRows, Dictionary<ulong, int> tripleRows,
        Dictionary<uint, int> skipRows, NameLexicon lexicon)
    {
        _charRows = charRows;
        _pairRows = pairRows;
        _tripleRows = tripleRows;
        _skipRows = skipRows;
        Lexicon = lexicon;
        CharOffset = Tags;
        PairOffset = CharOffset + charRows.Count * CharSlots * Tags;
        TripleOffset = PairOffset + pairRows.Count * PairSlots * Tags;
        SkipOffset = TripleOffset + tripleRows.Count * TripleSlots * Tags;
        LexiconOffset = SkipOffset + skipRows.Count * Tags;
        Size = LexiconOffset + LexiconFeatures.Size * Tags;
    }

    public NameLexicon Lexicon { get; }

    public IReadOnlyDictionary<char, int> CharRows => _charRows;

    public IReadOnlyDictionary<uint, int> PairRows => _pairRows;

    public IReadOnlyDictionary<ulong, int> TripleRows => _tripleRows;

    public IReadOnlyDictionary<uint, int> SkipRows => _skipRows;

    /// <summary>The bias weights sit at 0; then the character, pair, triple, skip and lexicon blocks.</summary>
    public int CharOffset { get; }

    public int PairOffset { get; }

    public int TripleOffset { get; }

    public int SkipOffset { get; }

    public int LexiconOffset { get; }

    /// <summary>Length of the flat weight vector.</summary>
    public int Size { get; }

    public int CharRow(char normalized) => _charRows.TryGetValue(normalized, out var row) ? row : -1;

    public int PairRow(uint key) => _pairRows.TryGetValue(key, out var row) ? row : -1;

    public int PairFeature(int row, int slot) => row < 0 ? -1 : PairOffset + (row * PairSlots + slot) * Tags;

    public int TripleRow(ulong key) => _tripleRows.TryGetValue(key, out var row) ? row : -1;

    public int TripleFeature(int row, int slot) => row < 0 ? -1 : TripleOffset + (row * TripleSlots + slot) * Tags;

    /// <summary>Start of the weights of a character row seen at <paramref name="slot"/> (offset + 3), or -1 for an unseen
    /// character (row -1).</summary>
    public int CharFeatureOfRow(int row, int slot) => row < 0 ? -1 : CharOffset + (row * CharSlots + slot) * Tags;

    public int SkipFeature(uint key) => _skipRows.TryGetValue(key, out var row) ? SkipOffset + row * Tags : -1;

    public int LexiconFeature(int id) => LexiconOffset + id * Tags;
}
