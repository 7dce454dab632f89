namespace NewsArchive.Core.Extraction.Names;

/// <summary>The per-character tags the model assigns: outside a name, or the Begin, Middle, End of a name of two or more
/// characters, or a Single-character name. Tagging ends as well as starts lets the model learn where names stop, which is
/// what the rule-based reader got wrong most (谢瓦尔 for 谢瓦尔德纳泽, 博塔将因 for 博塔).</summary>
internal static class NameTags
{
    public const int Outside = 0;
    public const int Begin = 1;
    public const int Middle = 2;
    public const int End = 3;
    public const int Single = 4;
    public const int Count = 5;

    /// <summary>Whether a tag may follow another: a name that has begun must go on or end; nothing else may continue one.</summary>
    public static bool CanFollow(int previous, int next) =>
        IsInsideName(previous) ? next is Middle or End : next is Outside or Begin or Single;

    /// <summary>Whether a tag may open a text (and, symmetrically, close one: no name left open).</summary>
    public static bool CanStart(int tag) => tag is Outside or Begin or Single;

    public static bool CanClose(int tag) => tag is Outside or End or Single;

    /// <summary>Tags that leave a name open: the next character must continue it.</summary>
    public static bool IsInsideName(int tag) => tag is Begin or Middle;

    /// <summary>The tag of each character of a name of <paramref name="length"/> characters at offset <paramref name="offset"/>.</summary>
    public static int ForNameCharacter(int offset, int length) =>
        length == 1 ? Single : offset == 0 ? Begin : offset == length - 1 ? End : Middle;
}
