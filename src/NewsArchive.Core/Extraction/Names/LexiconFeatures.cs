namespace NewsArchive.Core.Extraction.Names;

/// <summary>The features read from the name lexicon and the character classes around a position: the surname class of
/// the characters up to two before, the given-name class of those up to two after, their combinations as a
/// surname-plus-given-name shape at the three places a Chinese name can start, compound surnames, and the classes of the
/// characters either side (a name is seldom glued to a digit or a Latin word).</summary>
internal static class LexiconFeatures
{
    private const int C = NameLexicon.ClassCount;
    private const int K = NameCharacters.ClassCount;

    // Each template's number of values, in the order Fill writes them; a template's ids follow the previous one's.
    private static readonly int[] TemplateSizes =
    {
        C, C, C, C,          // surname class at -2, -1, 0, +1
        C, C, C, C,          // given-name class at -1, 0, +1, +2
        C, C, C,             // name-ratio class at -1, 0, +1
        C * C * C,           // surname at 0, given at +1, +2: a three-character name starting here
        C * C * C,           // surname at -1, given at 0, +1: the middle of one
        C * C * C,           // surname at -2, given at -1, 0: the end of one
        C * C,               // surname at -1, given at 0
        C * C,               // surname at 0, given at +1
        2, 2, 2,             // a compound surname starting at 0, -1, -2
        K * K * K,           // character classes at -1, 0, +1
        K * K,               // character classes at -2, +2
    };

    private static readonly int[] TemplateOffsets = Offsets(TemplateSizes);

    // The first templates each read one character's class (offset from the position, and which class): the recogniser
    // folds them into that character's row (FoldedCharacters), so a page costs eleven fewer additions per character.
    private static readonly int[] SingleOffsets = { -2, -1, 0, 1, -1, 0, 1, 2, -1, 0, 1 };
    private static readonly LexiconClass[] SingleClasses =
    {
        LexiconClass.Surname, LexiconClass.Surname, LexiconClass.Surname, LexiconClass.Surname,
        LexiconClass.Given, LexiconClass.Given, LexiconClass.Given, LexiconClass.Given,
        LexiconClass.NameRatio, LexiconClass.NameRatio, LexiconClass.NameRatio,
    };

    public static int Count => TemplateSizes.Length;

    /// <summary>Number of leading templates that read a single character's class.</summary>
    public static int SingleCharacterCount => SingleOffsets.Length;

    /// <summary>The offset from the position of the character a single-character template reads.</summary>
    public static int SingleOffset(int template) => SingleOffsets[template];

    /// <summary>The id a single-character template gives a character of these classes.</summary>
    public static int SingleId(int template, CharacterClasses classes) => TemplateOffsets[template] + SingleClasses[template] switch
    {
        LexiconClass.Surname => classes.Surname,
        LexiconClass.Given => classes.Given,
        _ => classes.NameRatio,
    };

    /// <summary>Number of distinct lexicon feature ids.</summary>
    public static int Size => TemplateOffsets[TemplateSizes.Length - 1] + TemplateSizes[TemplateSizes.Length - 1];

    /// <summary>Writes the <see cref="Count"/> feature ids of window character <paramref name="i"/> (which has
    /// <see cref="FeatureWindow.Context"/> characters of context either side).</summary>
    public static void Fill(FeatureWindow window, int i, int[] ids, int at)
    {
        var classes = window.Classes;
        var kinds = window.CharClasses;
        var compound = window.CompoundSurnameAt;
        var m2 = classes[i - 2];
        var m1 = classes[i - 1];
        var p0 = classes[i];
        var p1 = classes[i + 1];
        var p2 = classes[i + 2];
        var t = 0;
        Put(ids, at, ref t, m2.Surname);
        Put(ids, at, ref t, m1.Surname);
        Put(ids, at, ref t, p0.Surname);
        Put(ids, at, ref t, p1.Surname);
        Put(ids, at, ref t, m1.Given);
        Put(ids, at, ref t, p0.Given);
        Put(ids, at, ref t, p1.Given);
        Put(ids, at, ref t, p2.Given);
        Put(ids, at, ref t, m1.NameRatio);
        Put(ids, at, ref t, p0.NameRatio);
        Put(ids, at, ref t, p1.NameRatio);
        Put(ids, at, ref t, (p0.Surname * C + p1.Given) * C + p2.Given);
        Put(ids, at, ref t, (m1.Surname * C + p0.Given) * C + p1.Given);
        Put(ids, at, ref t, (m2.Surname * C + m1.Given) * C + p0.Given);
        Put(ids, at, ref t, m1.Surname * C + p0.Given);
        Put(ids, at, ref t, p0.Surname * C + p1.Given);
        Put(ids, at, ref t, compound[i] ? 1 : 0);
        Put(ids, at, ref t, compound[i - 1] ? 1 : 0);
        Put(ids, at, ref t, compound[i - 2] ? 1 : 0);
        Put(ids, at, ref t, (kinds[i - 1] * K + kinds[i]) * K + kinds[i + 1]);
        Put(ids, at, ref t, kinds[i - 2] * K + kinds[i + 2]);
    }

    private enum LexiconClass
    {
        Surname,
        Given,
        NameRatio,
    }

    private static void Put(int[] ids, int at, ref int template, int value)
    {
        ids[at + template] = TemplateOffsets[template] + value;
        template++;
    }

    private static int[] Offsets(int[] sizes)
    {
        var offsets = new int[sizes.Length];
        for (var t = 1; t < sizes.Length; t++)
        {
            offsets[t] = offsets[t - 1] + sizes[t - 1];
        }

        return offsets;
    }
}
