using System.Text.RegularExpressions;

namespace NewsArchive.Core.Parsing;

/// <summary>Reads the notes that carry a story across pages: "（下转第三版）" where it breaks off, "（上接第一版）" where the
/// rest of it opens. A note is not body text: it is recorded on the article and taken out of the paragraph.</summary>
internal static class ContinuationNote
{
    private const string Note = @"[（(]\s*(?<way>下转|转|上接|接|紧接|续)\s*第?\s*(?<page>[0-9０-９]{1,3}|[一二三四五六七八九十]{1,3})\s*[版面]\s*[）)]";

    private static readonly Regex Leading = new(@"^\s*" + Note + @"\s*", RegexOptions.CultureInvariant);
    // Matched from the end: a note closes the block, and most blocks hold none.
    private static readonly Regex Trailing = new(@"\s*" + Note + @"\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    /// <summary>Takes a note off the start of <paramref name="text"/>: the page the story comes from (上接) or goes to (下转).</summary>
    public static bool TakeLeading(ref string text, out bool continuesOn, out int page) => Take(Leading, ref text, out continuesOn, out page);

    /// <summary>Takes a note off the end of <paramref name="text"/> (a note standing alone is taken whole).</summary>
    public static bool TakeTrailing(ref string text, out bool continuesOn, out int page) => Take(Trailing, ref text, out continuesOn, out page);

    private static bool Take(Regex note, ref string text, out bool continuesOn, out int page)
    {
        var match = note.Match(text);
        continuesOn = false;
        page = match.Success ? Text.ChineseText.ParseSmallNumber(match.Groups["page"].Value) : 0;
        if (page == 0)
        {
            return false;
        }

        // 下转/转 point on to a later page; 上接/接/紧接/续 back to where the story began.
        continuesOn = match.Groups["way"].Value.EndsWith("转", System.StringComparison.Ordinal);
        text = text.Remove(match.Index, match.Length);
        return true;
    }
}
