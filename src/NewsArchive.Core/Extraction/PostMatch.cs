namespace NewsArchive.Core.Extraction;

/// <summary>A post found in a segment, with the title read in front of it: the title is text[TitleStart..End), the post
/// text[PostStart..End).</summary>
internal readonly struct PostMatch
{
    public PostMatch(int titleStart, int postStart, int end, string post)
    {
        TitleStart = titleStart;
        PostStart = postStart;
        End = end;
        Post = post;
    }

    public int TitleStart { get; }
    public int PostStart { get; }
    public int End { get; }
    public string Post { get; }

    public string Title(string text) => text.Substring(TitleStart, End - TitleStart);

    /// <summary>What stands between the title's start and its post: organisation, place and prefixes.</summary>
    public string Head(string text) => text.Substring(TitleStart, PostStart - TitleStart);
}
