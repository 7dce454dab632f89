using System.Collections.Generic;
using System.Text.RegularExpressions;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Parsing;

/// <summary>Finds the dateline that opens a lead: 本报讯, 本报北京1月9日讯, 新华社北京1月9日电, with an optional
/// parenthesised byline (本报讯（记者 王伟 通讯员 李娜）).</summary>
internal static class DatelineParser
{
    private const string Outlet = @"本报|新华社|中新社|中新网|中国新闻社|人民网|新华网|央视网|央视新闻|[\u4e00-\u9fff]{2,8}(?:日报|晚报|早报|时报|商报|报|网|台)";
    private const string Digits = "[0-9０-９]{1,2}";

    private static readonly Regex Opening = new(
        @"^[\s\u3000]*(?:\*\*)?[\s\u3000]*[【\[]?(?<dateline>本报讯|(?:" + Outlet + @")" +
        // With a date (本报北京1月9日讯) the form is unmistakable; without one (新华社北京电) the 讯/电 must end a word, or a
        // lead that opens with a name holding 网/台 and 电 (国家电网江城供电公司…) would lose its first words.
        @"(?:[\u4e00-\u9fff]{0,10}?" + Digits + "月" + Digits + @"日(?:讯|电)|[\u4e00-\u9fff]{0,6}?(?:讯|电)(?![\u4e00-\u9fff])))[】\]]?" +
        @"[\s\u3000]*(?:\*\*)?[\s\u3000]*(?:[（(](?<paren>[^）)\n]{1,60})[）)])?[\s\u3000]*(?:\*\*)?[\s\u3000：:]*",
        RegexOptions.CultureInvariant);

    /// <summary>Splits a lead into its dateline (null when it has none) and the rest of the paragraph; bylines named in the
    /// dateline's parentheses are added to <paramref name="bylines"/> unless already there.</summary>
    public static string? Take(ref string lead, List<Byline> bylines)
    {
        var match = Opening.Match(lead);
        if (!match.Success)
        {
            return null;
        }

        var dateline = match.Groups["dateline"].Value;
        var paren = match.Groups["paren"];
        if (paren.Success)
        {
            var named = new List<Byline>();
            if (!BylineParser.TryParseLine(paren.Value, named))
            {
                // A parenthesis that is not a byline belongs to the text ("本报讯（通讯员报道）" aside, rare): keep it.
                lead = lead.Substring(paren.Index - 1);
                return dateline;
            }

            foreach (var byline in named)
            {
                if (!bylines.Exists(b => b.Name == byline.Name))
                {
                    bylines.Add(byline);
                }
            }
        }

        lead = lead.Substring(match.Length);
        return dateline;
    }
}
