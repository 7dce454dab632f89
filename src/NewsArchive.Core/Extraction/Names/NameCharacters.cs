namespace NewsArchive.Core.Extraction.Names;

/// <summary>How the model sees characters. Archives span decades: 1990s pages write １２月 and ＷＴＯ in full-width
/// forms, later ones in half-width, so features are taken on one normalised form. Digits all read as 0 and Latin letters as
/// A or a (a name's context is "a date", not "the 12th"); any run of spaces or line breaks reads as a text boundary, since
/// the training sentences have none inside them; the several middle dots of foreign names read as one.</summary>
internal static class NameCharacters
{
    /// <summary>What lies beyond either end of the text, and what white space reads as.</summary>
    public const char Boundary = '\u0002';

    /// <summary>The one middle dot all the others read as.</summary>
    public const char NameDot = '\u00B7';

    private const char FullWidthFirst = '\uFF01';
    private const char FullWidthLast = '\uFF5E';
    private const int FullWidthOffset = 0xFEE0;
    private const char IdeographicSpace = '\u3000';

    /// <summary>Character classes for the class features (a name rarely touches a digit; a Latin name is letters).</summary>
    public const int ClassCount = 8;

    private const int ClassBoundary = 0, ClassHan = 1, ClassDigit = 2, ClassUpper = 3, ClassLower = 4, ClassDot = 5,
        ClassPunctuation = 6, ClassOther = 7;

    public static char Normalize(char c)
    {
        if (c >= FullWidthFirst && c <= FullWidthLast)
        {
            c = (char)(c - FullWidthOffset);
        }

        if (c == IdeographicSpace || char.IsWhiteSpace(c) || char.IsControl(c))
        {
            return Boundary;
        }

        if (c >= '0' && c <= '9')
        {
            return '0';
        }

        if (c >= 'A' && c <= 'Z')
        {
            return 'A';
        }

        if (c >= 'a' && c <= 'z')
        {
            return 'a';
        }

        return IsNameDot(c) ? NameDot : c;
    }

    /// <summary>The class of an already normalised character.</summary>
    public static int ClassOf(char normalized) => normalized switch
    {
        Boundary => ClassBoundary,
        '0' => ClassDigit,
        'A' => ClassUpper,
        'a' => ClassLower,
        NameDot => ClassDot,
        _ when IsHan(normalized) => ClassHan,
        _ when char.IsPunctuation(normalized) || char.IsSymbol(normalized) => ClassPunctuation,
        _ => ClassOther,
    };

    public static bool IsHan(char c) => (c >= '\u4E00' && c <= '\u9FFF') || (c >= '\u3400' && c <= '\u4DBF') || char.IsSurrogate(c);

    private static bool IsNameDot(char c) => c is '\u00B7' or '\u2022' or '\u30FB' or '\u2027' or '\u2219' or '\u22C5' or '\uFF65';
}
