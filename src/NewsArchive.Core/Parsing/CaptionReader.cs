using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Parsing;

/// <summary>Reads picture captions and credits, which stand between the paragraphs of a story without being part of its
/// text: "图为……。", "3月15日，……。（新华社记者 张汉民 摄）", a caption over a credit line "本报记者 张汉民 摄", a credit
/// alone, and picture notes "（附图片２张）".</summary>
internal static class CaptionReader
{
    /// <summary>Longest caption looked for; longer blocks are text.</summary>
    public const int MaxCaptionLength = 200;

    /// <summary>Role of a photographer whose credit names no role ("张汉民 摄").</summary>
    public const string PhotographerRole = "摄影";

    private static readonly string[] CreditEndings = { "摄影", "摄", "供图" };

    private static readonly string[] CaptionOpenings = { "图为", "图：", "图:", "上图", "下图", "左图", "右图", "题图", "图片：", "图片:" };

    private static readonly Regex PictureNote = new(
        @"^[（(]\s*附?\s*(?:图片?|照片)\s*[0-9０-９一二三四五六七八九十]*\s*[张幅]?\s*[）)]$", RegexOptions.CultureInvariant);

    /// <summary>True when the block is caption material: its caption (if any) goes to <paramref name="captions"/>, the
    /// photographers it credits to <paramref name="credits"/>. A block over a credit line (<paramref name="next"/>) is
    /// that picture's caption.</summary>
    public static bool TryRead(PageBlock block, string text, PageBlock? next, List<string> captions, List<Byline> credits)
    {
        var trimmed = text.Trim();
        if (trimmed.Length == 0 || trimmed.Length > MaxCaptionLength)
        {
            return false;
        }

        if (IsCredit(trimmed, credits))
        {
            return true;
        }

        if (PictureNote.IsMatch(trimmed))
        {
            captions.Add(trimmed);
            return true;
        }

        // A caption set over its credit line, within one block.
        var lines = block.Lines;
        if (lines.Count > 1 && lines[lines.Count - 2].HardBreak && IsCredit(lines[lines.Count - 1].Text, credits))
        {
            var above = new List<BlockLine>(lines);
            above.RemoveAt(above.Count - 1);
            captions.Add(Markup.StripEmphasis(new PageBlock(0, above).Join(string.Empty)).Trim());
            return true;
        }

        if (TakeTrailingCredit(trimmed, credits) is { } captioned)
        {
            captions.Add(captioned);
            return true;
        }

        if (OpensCaption(trimmed) || next is { IsText: true, Lines.Count: 1 } && IsCredit(next.Lines[0].Text, new List<Byline>()))
        {
            captions.Add(trimmed);
            return true;
        }

        return false;
    }

    /// <summary>A credit line on its own, "本报记者 张汉民 摄", "（新华社记者 张汉民摄）", "张 东 摄"; its photographers are
    /// added to <paramref name="credits"/>.</summary>
    public static bool IsCredit(string line, List<Byline> credits)
    {
        var text = StripParentheses(line.Trim());
        var ending = Array.Find(CreditEndings, e => text.EndsWith(e, StringComparison.Ordinal));
        if (ending is null || text.Length == ending.Length)
        {
            return false;
        }

        var named = text.Substring(0, text.Length - ending.Length).Trim();
        var found = new List<Byline>();
        if (!BylineParser.TryParseLine(named, found) && !BylineParser.TryParseLine(PhotographerRole + " " + named, found))
        {
            return false;
        }

        credits.AddRange(found);
        return true;
    }

    private static bool OpensCaption(string text) => Array.Exists(CaptionOpenings, o => text.StartsWith(o, StringComparison.Ordinal));

    /// <summary>"……。 新华社记者 张汉民 摄" or "……（本报记者 张汉民 摄）": the caption before the credit, or null.</summary>
    private static string? TakeTrailingCredit(string text, List<Byline> credits)
    {
        var cut = text.EndsWith("）", StringComparison.Ordinal) || text.EndsWith(")", StringComparison.Ordinal)
            ? text.LastIndexOfAny(new[] { '（', '(' })
            : text.LastIndexOfAny(new[] { '。', '！', '？' }) + 1;
        if (cut <= 0 || cut >= text.Length)
        {
            return null;
        }

        var caption = text.Substring(0, cut).Trim();
        return caption.Length > 0 && IsCredit(text.Substring(cut), credits) ? caption : null;
    }

    private static string StripParentheses(string text) =>
        text.Length >= 2 && (text[0] == '（' || text[0] == '(') && (text[text.Length - 1] == '）' || text[text.Length - 1] == ')')
            ? text.Substring(1, text.Length - 2).Trim()
            : text;
}
