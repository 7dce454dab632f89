namespace NewsArchive.Core.Extraction.Names;

/// <summary>The character weights as the recogniser adds them: each character's block at offsets -3..+3 with the
/// single-character lexicon features (its surname, given-name and name-ratio classes at the offsets they are read)
/// already added in. Characters of the lexicon that training never saw get a block of their own; any other character
/// gets the class-0 lexicon weights. The sums equal the trainer's feature by feature (tested).</summary>
internal sealed class FoldedCharacters
{
    private const int Tags = NameTags.Count;
    private const int Width = NameFeatureSpace.CharSlots * Tags;
    private const int CentreSlot = FeatureWindow.Context;
    private const int CharCodes = char.MaxValue + 1;

    private readonly int[] _rowByCode = new int[CharCodes];

    public FoldedCharacters(NameFeatureSpace space, float[] weights)
    {
        var extra = 0;
        foreach (var c in space.Lexicon.Classes.Keys)
        {
            extra += space.CharRow(c) < 0 ? 1 : 0;
        }

        Blocks = new float[(space.Chars.Count + extra) * Width];
        for (var code = 0; code < CharCodes; code++)
        {
            _rowByCode[code] = space.CharRow((char)code);
        }

        for (var row = 0; row < space.Chars.Count; row++)
        {
            System.Array.Copy(weights, space.CharFeature(row, 0), Blocks, row * Width, Width);
            AddLexicon(space, weights, space.Lexicon.ClassesOf(space.Chars[row]), Blocks, row * Width);
        }

        var next = space.Chars.Count;
        foreach (var entry in space.Lexicon.Classes)
        {
            if (_rowByCode[entry.Key] < 0)
            {
                _rowByCode[entry.Key] = next;
                AddLexicon(space, weights, entry.Value, Blocks, next * Width);
                next++;
            }
        }

        Unseen = new float[Width];
        AddLexicon(space, weights, default, Unseen, 0);
    }

    /// <summary>Character blocks: <see cref="NameFeatureSpace.CharSlots"/> slots of <see cref="NameTags.Count"/> weights.</summary>
    public float[] Blocks { get; }

    /// <summary>The block of a character neither training nor the lexicon knows.</summary>
    public float[] Unseen { get; }

    /// <summary>A character's block row, or -1 (use <see cref="Unseen"/>).</summary>
    public int RowOf(char normalized) => _rowByCode[normalized];

    private static void AddLexicon(NameFeatureSpace space, float[] weights, CharacterClasses classes, float[] block, int at)
    {
        for (var template = 0; template < LexiconFeatures.SingleCharacterCount; template++)
        {
            // A template reading the character at offset k from a position sees it when it sits in slot k + 3.
            var slot = CentreSlot + LexiconFeatures.SingleOffset(template);
            var from = space.LexiconFeature(LexiconFeatures.SingleId(template, classes));
            for (var t = 0; t < Tags; t++)
            {
                block[at + slot * Tags + t] += weights[from + t];
            }
        }
    }
}
