using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsArchive.Core.Extraction;

/// <summary>Tibetan personal names as Chinese news writes them: no surname, one to three parts of two characters each
/// (扎西, 次仁占堆, 洛桑江村, 格桑多吉次仁). Four-character names are the common form in regional news of Tibet, Qinghai,
/// Sichuan, Gansu and Yunnan, and the Chinese reader cuts them short (格松达|哇说, 阿旺群|增, 罗绒|丁真: a surname and one
/// or two characters), or finds none where the first character is no surname (扎西甲措, 次仁占堆). The parts are the
/// common ones of Xinhua's and the regional papers' transcriptions, with their usual variants (嘉措, 加措, 甲措, 尖措,
/// 江措); a part the list lacks may stand beside a known one when both its characters are syllables of such names.</summary>
internal static class TibetanNames
{
    /// <summary>Characters of a name part.</summary>
    private const int PartLength = 2;

    /// <summary>Most parts read as one name (格桑多吉次仁 has three).</summary>
    private const int MaxParts = 3;

    /// <summary>Common parts of Tibetan given names and their transcription variants.</summary>
    private static readonly string[] Parts =
    {
        "扎西", "次仁", "才仁", "泽仁", "多吉", "多杰", "卓玛", "卓嘎", "卓尕", "央金", "央宗", "央拉", "拉姆", "拉毛", "拉措",
        "拉珍", "拉巴", "拉加", "格桑", "尕藏", "尼玛", "达瓦", "达娃", "达哇", "米玛", "巴桑", "边巴", "普布", "普琼", "普珍", "旺堆",
        "旺姆", "旺久", "旺杰", "平措", "彭措", "罗布", "顿珠", "敦珠", "丹增", "旦增", "丹巴", "旦巴", "索朗", "索南", "德吉", "德庆",
        "德央", "曲珍", "曲吉", "曲措", "曲扎", "白玛", "贝玛", "班玛", "次旺", "泽旺", "才旺", "强巴", "洛桑", "罗桑", "贡嘎", "贡布",
        "贡觉", "贡桑", "仁青", "仁欠", "仁增", "仁措", "阿旺", "昂旺", "群培", "群增", "群宗", "桑珠", "桑杰", "桑吉", "桑旦", "益西",
        "嘉措", "加措", "甲措", "尖措", "江措", "坚措", "降措", "才让", "才旦", "次旦", "才加", "东周", "当周", "周加", "土登", "图登",
        "降央", "加央", "泽郎", "格绒", "洛绒", "罗绒", "丁真", "赤列", "欧珠", "琼达", "次珍", "次央", "次措", "巴珠", "仓决", "占堆",
        "朗杰", "坚参", "尖参", "坚赞", "坚才", "公保", "完玛", "万玛", "更太", "更登", "更嘎", "夏吾", "江村", "扎巴", "吉美", "晋美",
        "格列", "格勒", "格来", "洛松", "尼珍", "玉珍", "边珍", "嘎玛", "噶玛", "尕玛", "杰布", "索巴", "拉旦", "多布", "关却", "官却",
        "却吉", "华旦", "华丹", "班丹", "巴登", "巴丹", "扎登", "松吉", "觉安", "阿布", "阿加", "卓么", "措姆", "措毛", "永措", "泽让",
        "泽翁", "泽登", "翁姆", "斯朗", "四郎", "呷绒", "根秋", "洛布", "尼美", "贡秋", "更求", "贡求", "多丹", "曲尼", "伦珠", "仓木",
        "央珍", "德西", "央吉", "旺修", "达杰", "才吉", "卓措", "万德", "完德", "南杰", "朗加", "扎多", "索多", "娘吉", "尕布",
    };

    /// <summary>Built once; asked at every name the rules read, so a look-up allocates nothing.</summary>
    private static readonly NameTrie Trie = BuildTrie();

    /// <summary>The characters of the parts: a part the list lacks may be made of them (格松 of 格松达哇).</summary>
    private static readonly HashSet<char> Syllables = new(Parts.SelectMany(part => part));

    /// <summary>Whether the two characters at <paramref name="position"/> are a known part.</summary>
    public static bool IsPartAt(string text, int position) =>
        Trie.LongestAt(text, position, minLength: PartLength, maxLength: PartLength) is not null;

    /// <summary>Whether the two characters at <paramref name="position"/> may be a part the list lacks: both syllables of
    /// Tibetan names or of the transliteration tables.</summary>
    private static bool MayBePartAt(string text, int position) =>
        position + PartLength <= text.Length && Enumerable.Range(position, PartLength).All(i =>
            Syllables.Contains(text[i]) || ChineseNames.IsTransliterationSyllable(text[i]));

    /// <summary>The lengths of the Tibetan names of two or three parts that may start at <paramref name="position"/>,
    /// longest first: each part known or made of name syllables, at least one known in every two.</summary>
    public static IReadOnlyList<int> LengthsAt(string text, int position)
    {
        // Asked at every name the rules read: most start with no part, and allocate nothing.
        if (!IsPartAt(text, position) && !MayBePartAt(text, position))
        {
            return Array.Empty<int>();
        }

        var known = 0;
        var parts = 0;
        var lengths = new List<int>(MaxParts);
        for (var at = position; parts < MaxParts && at + PartLength <= text.Length; at += PartLength)
        {
            var isKnown = IsPartAt(text, at);
            if (!isKnown && !MayBePartAt(text, at))
            {
                break;
            }

            parts++;
            known += isKnown ? 1 : 0;
            if (parts >= 2 && known * 2 >= parts)
            {
                lengths.Add(parts * PartLength);
            }
        }

        lengths.Reverse();
        return lengths;
    }

    /// <summary>Whether every part of the <paramref name="length"/> characters at <paramref name="position"/> is a known one.</summary>
    public static bool AllPartsKnown(string text, int position, int length)
    {
        for (var at = position; at < position + length; at += PartLength)
        {
            if (!IsPartAt(text, at))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a whole string is a Tibetan name of two or three parts (a list item: 洛桑江村).</summary>
    public static bool IsName(string candidate) => LengthsAt(candidate, 0).Contains(candidate.Length);

    private static NameTrie BuildTrie()
    {
        var trie = new NameTrie();
        foreach (var part in Parts.Distinct())
        {
            trie.Add(part);
        }

        return trie;
    }
}
