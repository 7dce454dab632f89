using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsArchive.Core.Model;
using NewsArchive.Core.Text;

namespace NewsArchive.Core.Parsing;

/// <summary>Reads byline lines: "■本报记者 陈 润", "实习生 邓 灵", "本报记者 陈润 通讯员 王俊贵", "记者 张三、李四".</summary>
internal static class BylineParser
{
    private const string BylineMarks = "■□●◆▲★◇○△◎▌|";

    // Roles are composed, not listed: an optional outlet (本报, 新华社, 某某日报…), an optional kind (特约, 见习, 首席…),
    // then the post (记者, 通讯员); plus the stand-alone roles.
    private static readonly Regex RolePrefix = new(
        @"^(?:(?:本报|新华社|中新社|人民日报|光明日报|经济日报|中国日报|央视|央广|晚报|日报|早报|[\u4e00-\u9fff]{2,6}(?:日报|晚报|报社|广播电视台|电视台|融媒体中心))?" +
        @"(?:首席|特约|见习|实习|全媒体|融媒体|摄影|驻[\u4e00-\u9fff]{1,6})?(?:记者|通讯员)" +
        @"|本报实习生|实习生|本报摄影|摄影|作者|撰稿|撰文|编译|整理|文/图|文／图|图/文|图／文|文图|图文|文:|文：|图:|图：|文/|文／|图/|图／)",
        RegexOptions.CultureInvariant);

    private static readonly Regex NameToken = new(@"^(?:[\u4e00-\u9fff]{1,4}|[\u4e00-\u9fff]{1,6}[·•][\u4e00-\u9fff]{1,8}|[A-Za-z][A-Za-z.\-]{1,30})$", RegexOptions.CultureInvariant);

    private static readonly char[] NameSeparators = { ' ', '\u3000', '\t', '、', '，', ',', '；', ';' };

    /// <summary>Role of a contributor whose line names no role: a bare name under the head ("王 东"), "□ 张汉民".</summary>
    public const string AuthorRole = "作者";

    public static bool StartsWithMark(string line) => line.Length > 0 && BylineMarks.IndexOf(line[0]) >= 0;

    /// <summary>A byline block under a head: bylines with roles (<see cref="TryParseBlock"/>) or an author line naming one
    /// person without a role.</summary>
    public static bool TryParseHeaderBlock(PageBlock block, out List<Byline> bylines)
    {
        if (TryParseBlock(block, out bylines))
        {
            return true;
        }

        if (block.Lines.Count == 1 && TryParseAuthorLine(block.Lines[0].Text, out var author))
        {
            bylines.Add(author);
            return true;
        }

        return false;
    }

    /// <summary>An author line without a role: a name alone ("王 东", "张汉民"), maybe after a mark ("□ 张汉民"). Only a
    /// surname with one or two given characters passes, so a subtitle such as "朱健主持" does not.</summary>
    public static bool TryParseAuthorLine(string line, out Byline author)
    {
        var text = line.Trim().TrimStart(BylineMarks.ToCharArray()).Trim();
        var tokens = text.Split(NameSeparators, System.StringSplitOptions.RemoveEmptyEntries);
        var name = string.Concat(tokens);
        // One token, or a surname padded from its one-character given name ("王 东", "司马 燕"); "张 汉民" is not a name.
        var padded = tokens.Length == 2 && tokens[1].Length == 1 && tokens[0].Length == Extraction.ChineseNames.SurnameLength(tokens[0], 0);
        author = new Byline(AuthorRole, name);
        return (tokens.Length == 1 || padded) && Extraction.ChineseNames.LooksLikeName(name);
    }

    /// <summary>Reads every line of a byline block; false when any line is not a byline.</summary>
    public static bool TryParseBlock(PageBlock block, out List<Byline> bylines)
    {
        bylines = new List<Byline>();
        var marked = StartsWithMark(block.Lines[0].Text);
        foreach (var line in block.Lines)
        {
            if (!TryParseLine(line.Text, bylines) && !marked)
            {
                return false;
            }
        }

        return bylines.Count > 0;
    }

    /// <summary>Adds the contributors named on one line; false (and nothing added) when the line is not a byline.</summary>
    public static bool TryParseLine(string line, List<Byline> into)
    {
        var text = line.Trim().TrimStart(BylineMarks.ToCharArray()).Trim();
        if (text.Length >= 2 && (text[0] == '（' || text[0] == '(') && (text[text.Length - 1] == '）' || text[text.Length - 1] == ')'))
        {
            text = text.Substring(1, text.Length - 2).Trim();
        }

        if (text.Length == 0 || text.Length > 80)
        {
            return false;
        }

        var found = new List<Byline>();
        string? role = null;
        var pendingSingle = (string?)null;
        foreach (var rawToken in text.Split(NameSeparators, System.StringSplitOptions.RemoveEmptyEntries))
        {
            var token = TrimTrailingWords(rawToken);
            if (token.Length == 0)
            {
                continue;
            }

            var match = RolePrefix.Match(token);
            if (match.Success)
            {
                if (pendingSingle is not null)
                {
                    return false;
                }

                role = CleanRole(match.Value);
                // "记者：王伟" as well as "记者 王伟".
                token = token.Substring(match.Length).TrimStart(':', '：');
                if (token.Length == 0)
                {
                    continue;
                }
            }

            if (role is null || !NameToken.IsMatch(token))
            {
                return false;
            }

            // Two-character names are padded with a space ("陈 润"): two lone characters in a row are one name.
            if (token.Length == 1 && ChineseText.IsHan(token[0]))
            {
                if (pendingSingle is null)
                {
                    pendingSingle = token;
                    continue;
                }

                token = pendingSingle + token;
                pendingSingle = null;
            }
            else if (pendingSingle is not null)
            {
                return false;
            }
            else if (token.Length == 2 && Extraction.ChineseNames.SurnameLength(token, 0) == 2)
            {
                // A compound surname padded from its one-character given name ("司马 燕") waits for it.
                pendingSingle = token;
                continue;
            }

            found.Add(new Byline(role, token));
        }

        if (pendingSingle is not null || found.Count == 0)
        {
            return false;
        }

        into.AddRange(found);
        return true;
    }

    private static string CleanRole(string role) => role.TrimEnd(':', '：', '/', '／');

    /// <summary>"报道", "摄" and the like close a byline ("记者 王伟 报道"); they are not part of a name.</summary>
    private static string TrimTrailingWords(string token)
    {
        foreach (var tail in new[] { "摄影报道", "报道", "摄" })
        {
            if (token.Length > tail.Length && token.EndsWith(tail, System.StringComparison.Ordinal))
            {
                return token.Substring(0, token.Length - tail.Length);
            }

            if (token == tail)
            {
                return string.Empty;
            }
        }

        return token;
    }
}
