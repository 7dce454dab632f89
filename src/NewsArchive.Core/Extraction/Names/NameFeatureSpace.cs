using System.Collections.Generic;

namespace NewsArchive.Core.Extraction.Names;

/// <summary>Where each feature's five tag weights sit in the model's flat weight vector. Features come in keyed blocks so
/// one look-up serves several positions: a character's block holds its weights at offsets -3..+3 from the tagged
/// character, a character pair's block its weights at pair offsets -2..+1; a skip pair (the characters either side)
/// and the lexicon and character-class features have one slot each.</summary>
internal sealed class NameFeatureSpace
{
    public const int CharSlots = 7;
    public const int PairSlots = 4;
    private const int Tags = NameTags.Count;
    private const int CharCodes = char.MaxValue + 1;

    // Every UTF-16 code unit has a slot: a character's row is one array read, the commonest look-up of all.
    private readonly int[] _charRows = new int[CharCodes];

    /// <param name="chars">The normalised characters seen in training; a character's row is its index.</param>
    /// <param name="pairs">Adjacent character pairs (<see cref="NameFeatures.PairKey"/>), likewise.</param>
    /// <param name="skips">Pairs of the characters either side of a position, likewise.</param>
    public NameFeatureSpace(IReadOnlyList<char> chars, IReadOnlyList<uint> pairs, IReadOnlyList<uint> skips, NameLexicon lexicon)
    {
        for (var code = 0; code < CharCodes; code++)
        {
            _charRows[code] = -1;
        }

        for (var row = 0; row < chars.Count; row++)
        {
            _charRows[chars[row]] = row;
        }

        Chars = chars;
        Pairs = new KeyedRows(pairs);
        Skips = new KeyedRows(skips);
        Lexicon = lexicon;
        CharOffset = Tags;
        PairOffset = CharOffset + chars.Count * CharSlots * Tags;
        SkipOffset = PairOffset + pairs.Count * PairSlots * Tags;
        LexiconOffset = SkipOffset + skips.Count * Tags;
        Size = LexiconOffset + LexiconFeatures.Size * Tags;
    }

    public NameLexicon Lexicon { get; }

    public IReadOnlyList<char> Chars { get; }

    public KeyedRows Pairs { get; }

    public KeyedRows Skips { get; }

    /// <summary>The bias weights sit at 0; then the character, pair, skip and lexicon blocks.</summary>
    public int CharOffset { get; }

    public int PairOffset { get; }

    public int SkipOffset { get; }

    public int LexiconOffset { get; }

    /// <summary>Length of the flat weight vector.</summary>
    public int Size { get; }

    public int CharRow(char normalized) => _charRows[normalized];

    /// <summary>Start of the weights of a character row seen at <paramref name="slot"/> (offset + 3), or -1 for an unseen
    /// character (row -1).</summary>
    public int CharFeature(int row, int slot) => row < 0 ? -1 : CharOffset + (row * CharSlots + slot) * Tags;

    public int PairFeature(int row, int slot) => row < 0 ? -1 : PairOffset + (row * PairSlots + slot) * Tags;

    public int SkipFeature(uint key)
    {
        var row = Skips.RowOf(key);
        return row < 0 ? -1 : SkipOffset + row * Tags;
    }

    public int LexiconFeature(int id) => LexiconOffset + id * Tags;
}
