namespace NewsArchive.Core.Extraction.Names;

/// <summary>A stretch of text prepared once for feature extraction: its normalised characters with three of context either
/// side, and everything looked up per character (feature rows, lexicon and character classes), so that each position's
/// features are array reads.</summary>
internal sealed class FeatureWindow
{
    /// <summary>Characters of context read beyond each end of the stretch.</summary>
    public const int Context = 3;

    private readonly NameFeatureSpace _space;
    private readonly char[] _chars;
    private readonly int[] _charRows;
    private readonly int[] _pairRows;

    public FeatureWindow(string text, int from, int to, NameFeatureSpace space)
    {
        _space = space;
        Length = to - from;
        var count = Length + 2 * Context;
        _chars = new char[count];
        _charRows = new int[count];
        Classes = new CharacterClasses[count];
        CharClasses = new int[count];
        for (var j = 0; j < count; j++)
        {
            var k = from - Context + j;
            var c = k >= 0 && k < text.Length ? NameCharacters.Normalize(text[k]) : NameCharacters.Boundary;
            _chars[j] = c;
            _charRows[j] = space.CharRow(c);
            Classes[j] = space.Lexicon.ClassesOf(c);
            CharClasses[j] = NameCharacters.ClassOf(c);
        }

        _pairRows = new int[count - 1];
        CompoundSurnameAt = new bool[count - 1];
        for (var j = 0; j + 1 < count; j++)
        {
            _pairRows[j] = space.Pairs.RowOf(NameFeatures.PairKey(_chars[j], _chars[j + 1]));
            CompoundSurnameAt[j] = space.Lexicon.IsCompoundSurname(_chars[j], _chars[j + 1]);
        }
    }

    /// <summary>Number of positions (characters of the stretch).</summary>
    public int Length { get; }

    /// <summary>Lexicon classes of each window character (index = position + <see cref="Context"/>).</summary>
    public CharacterClasses[] Classes { get; }

    /// <summary>Character class of each window character.</summary>
    public int[] CharClasses { get; }

    /// <summary>Whether a compound surname starts at each window character.</summary>
    public bool[] CompoundSurnameAt { get; }

    /// <summary>Adds each position's feature weights to its <see cref="NameTags.Count"/> tag scores: the same sums as
    /// <see cref="Fill"/>'s features give (the trainer's path), with the character and single-character lexicon
    /// features read from the model's folded character blocks.</summary>
    public void AddScores(NameModel model, float[] scores)
    {
        var weights = model.Weights;
        var folded = model.FoldedCharacters;
        var foldedRows = new int[_chars.Length];
        for (var j = 0; j < _chars.Length; j++)
        {
            foldedRows[j] = folded.RowOf(_chars[j]);
        }

        var lexiconIds = new int[LexiconFeatures.Count];
        for (var p = 0; p < Length; p++)
        {
            var i = p + Context;
            var at = p * NameTags.Count;
            Add(weights, 0, scores, at);
            for (var slot = 0; slot < NameFeatureSpace.CharSlots; slot++)
            {
                var row = foldedRows[i - Context + slot];
                var offset = slot * NameTags.Count;
                if (row < 0)
                {
                    Add(folded.Unseen, offset, scores, at);
                }
                else
                {
                    Add(folded.Blocks, row * NameFeatureSpace.CharSlots * NameTags.Count + offset, scores, at);
                }
            }

            for (var slot = 0; slot < NameFeatureSpace.PairSlots; slot++)
            {
                Add(weights, _space.PairFeature(_pairRows[i - 2 + slot], slot), scores, at);
            }

            Add(weights, _space.SkipFeature(NameFeatures.PairKey(_chars[i - 1], _chars[i + 1])), scores, at);
            LexiconFeatures.Fill(this, i, lexiconIds, 0);
            for (var t = LexiconFeatures.SingleCharacterCount; t < lexiconIds.Length; t++)
            {
                Add(weights, _space.LexiconFeature(lexiconIds[t]), scores, at);
            }
        }
    }

    private static void Add(float[] weights, int feature, float[] scores, int at)
    {
        if (feature < 0)
        {
            return;
        }

        scores[at] += weights[feature];
        scores[at + 1] += weights[feature + 1];
        scores[at + 2] += weights[feature + 2];
        scores[at + 3] += weights[feature + 3];
        scores[at + 4] += weights[feature + 4];
    }

    /// <summary>Writes the <see cref="NameFeatures.Stride"/> feature positions of position <paramref name="p"/> at
    /// <paramref name="at"/> (-1 for a character or pair never seen in training).</summary>
    public void Fill(int p, int[] features, int at)
    {
        var i = p + Context;
        features[at++] = 0;
        for (var slot = 0; slot < NameFeatureSpace.CharSlots; slot++)
        {
            features[at++] = _space.CharFeature(_charRows[i - Context + slot], slot);
        }

        for (var slot = 0; slot < NameFeatureSpace.PairSlots; slot++)
        {
            features[at++] = _space.PairFeature(_pairRows[i - 2 + slot], slot);
        }

        features[at++] = _space.SkipFeature(NameFeatures.PairKey(_chars[i - 1], _chars[i + 1]));
        LexiconFeatures.Fill(this, i, features, at);
        for (var t = 0; t < LexiconFeatures.Count; t++)
        {
            features[at + t] = _space.LexiconFeature(features[at + t]);
        }
    }
}
