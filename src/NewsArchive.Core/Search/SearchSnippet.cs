using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace NewsArchive.Core.Search;

/// <summary>A short excerpt of an article's body around the first hit of a query, with every hit in it marked 【…】, for a
/// result list. Hits are found the way the index finds them: Han text exactly, letters without regard to case, and
/// punctuation or spaces inside a term matching any separator.</summary>
public static class SearchSnippet
{
    public const string HitStart = "【";
    public const string HitEnd = "】";

    /// <summary>Characters of context shown before the first hit.</summary>
    private const int Before = 20;

    /// <param name="body">The article's body (paragraphs joined by line feeds).</param>
    /// <param name="terms">The query's terms as written (<see cref="SearchQuery.HighlightTerms"/>).</param>
    /// <param name="length">About how many characters of body to show.</param>
    public static string Build(string body, IEnumerable<string> terms, int length = 80)
    {
        if (string.IsNullOrEmpty(body))
        {
            return string.Empty;
        }

        var hits = FindHits(body, terms);
        var start = hits.Count == 0 ? 0 : Math.Max(0, hits[0].Start - Before);
        var end = Math.Min(body.Length, start + length);
        if (hits.Count > 0 && hits[0].End > end)
        {
            end = Math.Min(body.Length, hits[0].End);
        }

        var snippet = new StringBuilder();
        if (start > 0)
        {
            snippet.Append('…');
        }

        var position = start;
        foreach (var (hitStart, hitEnd) in hits)
        {
            if (hitStart < position || hitStart >= end)
            {
                continue;
            }

            var stop = Math.Min(hitEnd, end);
            snippet.Append(body, position, hitStart - position).Append(HitStart).Append(body, hitStart, stop - hitStart).Append(HitEnd);
            position = stop;
        }

        snippet.Append(body, position, end - position);
        if (end < body.Length)
        {
            snippet.Append('…');
        }

        return snippet.Replace('\n', ' ').ToString();
    }

    /// <summary>Where the terms occur in <paramref name="body"/>, ordered, overlapping hits merged.</summary>
    internal static List<(int Start, int End)> FindHits(string body, IEnumerable<string> terms)
    {
        var needles = terms.Select(SearchTokenizer.Segments).Where(segments => segments.Count > 0).ToList();
        var found = new List<(int Start, int End)>();
        if (needles.All(segments => segments.Count == 1 && segments[0].IsHan))
        {
            // Han runs only (most searches): normalising leaves Han characters as they are, and two are neighbours in the
            // normalised body exactly when they are in the body, so the body itself is searched, without the copy.
            foreach (var needle in needles.Select(segments => segments[0].Text))
            {
                AddHits(found, body, needle, null);
            }
        }
        else
        {
            var (normalized, map) = Normalize(body);
            foreach (var segments in needles)
            {
                // The segments joined by one separator; in the normalised body every separator run is one space too.
                AddHits(found, normalized, string.Join(" ", segments.Select(s => s.Text)), map);
            }
        }

        found.Sort();
        var merged = new List<(int Start, int End)>();
        foreach (var hit in found)
        {
            if (merged.Count > 0 && hit.Start <= merged[merged.Count - 1].End)
            {
                var last = merged[merged.Count - 1];
                merged[merged.Count - 1] = (last.Start, Math.Max(last.End, hit.End));
            }
            else
            {
                merged.Add(hit);
            }
        }

        return merged;
    }

    /// <summary>Adds every occurrence of <paramref name="needle"/> in <paramref name="text"/>, as positions in the body
    /// (through <paramref name="map"/> when the text is the normalised body).</summary>
    private static void AddHits(List<(int Start, int End)> found, string text, string needle, List<int>? map)
    {
        for (var at = text.IndexOf(needle, StringComparison.Ordinal); at >= 0; at = text.IndexOf(needle, at + 1, StringComparison.Ordinal))
        {
            var end = at + needle.Length - 1;
            found.Add(map is null ? (at, end + 1) : (map[at], map[end] + 1));
        }
    }

    /// <summary>The body as the tokenizer sees it (normalised characters; one space wherever it starts a new segment) with,
    /// for each character, its position in the original body.</summary>
    private static (string Text, List<int> Map) Normalize(string body)
    {
        var text = new StringBuilder(body.Length);
        var map = new List<int>(body.Length);
        var pendingSpace = false;
        var lastWasHan = false;
        for (var i = 0; i < body.Length; i++)
        {
            var c = SearchTokenizer.Normalize(body[i]);
            if (!SearchTokenizer.IsTokenChar(c))
            {
                pendingSpace = text.Length > 0;
                continue;
            }

            var isHan = SearchTokenizer.IsSearchHan(c);
            if (pendingSpace || (text.Length > 0 && isHan != lastWasHan))
            {
                text.Append(' ');
                map.Add(i);
            }

            text.Append(c);
            map.Add(i);
            pendingSpace = false;
            lastWasHan = isHan;
        }

        return (text.ToString(), map);
    }
}
