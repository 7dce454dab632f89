using System.Collections.Generic;
using System.Linq;
using NewsArchive.Core.Text;

namespace NewsArchive.Core.Extraction;

/// <summary>What a Chinese personal name looks like: a surname from the table (compound ones first) and one or two given
/// characters; a foreign name as parts joined by a middle dot (约翰·惠特曼).</summary>
internal static class ChineseNames
{
    // Single-character surnames, roughly by frequency (the few hundred that cover nearly all of the population).
    private const string SingleSurnames =
        "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤" +
        "常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由习郦钮阎赖洪傅鄂汝逄萧贝荀滑凤宓仰郗邴糜桓竺濮郏隗酆蒯訾" +
        // Rarer surnames of the Hundred Family Surnames whose character hardly ever starts a word in news text (扶, 牧, 暨,
        // 巢 and the like are left out: after a title they start words or places far more often than names).
        "贲羿汲钭蓟璩莘宦庾殳夔厍毋乜佴";

    /// <summary>How many of <see cref="SingleSurnames"/>, the most frequent first, are common surnames (王 … 向, 汤).</summary>
    private const int CommonSurnameCount = 100;

    /// <summary>Whether a character is one of the hundred most frequent surnames (向, 于, 曾, 任): a name starting with it
    /// is common even where the character is also a word of the sentence.</summary>
    public static bool IsCommonSurname(char c)
    {
        var index = SingleSurnames.IndexOf(c);
        return index >= 0 && index < CommonSurnameCount;
    }

    private static readonly string[] CompoundSurnames =
    {
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "公孙", "司徒", "慕容", "尉迟", "长孙", "宇文", "夏侯", "轩辕",
        "端木", "独孤", "南宫", "西门", "呼延", "万俟", "闻人", "淳于", "太史", "申屠", "公羊", "澹台", "钟离", "宗政", "濮阳",
        "赫连", "拓跋", "司空", "第五", "百里", "东郭", "仲孙", "左丘", "梁丘", "谷梁",
    };

    private static readonly HashSet<char> Singles = new(SingleSurnames);

    /// <summary>Words a surname table lets through that are never names in running text.</summary>
    private static readonly HashSet<string> NotNames = new()
    {
        "国家", "中央", "全国", "全省", "全市", "全县", "全区", "党中央", "人民", "国务", "政府", "方面", "方案", "各级", "同志",
        "有关", "相关", "党委", "党组", "干部", "官邸", "班子", "成员", "信箱", "信访", "信息", "官方", "宣传", "高新", "经开", "新区", "江南", "江北", "河南", "湖南", "海南", "云南", "广东", "广西",
        // Honorary (荣誉主席, like 名誉主席); public office and duty (担任副市长的公职).
        "荣誉", "公职", "职务",
    };

    /// <summary>Longest Chinese name read by the rules: a one-character surname and two given characters.</summary>
    public const int MaxHanNameLength = 3;

    /// <summary>The ideographic space some papers set between the parts of a foreign name (希拉里　克林顿) instead of a dot.</summary>
    public const char WideSpace = '\u3000';

    /// <summary>Whether an ideographic space at <paramref name="position"/> joins two parts of a transliterated name: two
    /// or more transliteration syllables on each side (希拉里　克林顿); elsewhere it only spaces the text.</summary>
    public static bool IsWideSpaceInName(string text, int position) =>
        position < text.Length && text[position] == WideSpace && IsBetweenTransliterations(text, position);

    /// <summary>The ASCII question mark that web copy leaves where a middle dot was lost to an encoding (唐纳德?特朗普):
    /// Chinese text asks with the full-width ？.</summary>
    public const char LostDot = '?';

    /// <summary>Whether two or more transliteration syllables stand on each side of <paramref name="position"/>.</summary>
    private static bool IsBetweenTransliterations(string text, int position) =>
        position >= 2 && position + 2 < text.Length &&
        ForeignSyllables.Contains(text[position - 2]) && ForeignSyllables.Contains(text[position - 1]) &&
        ForeignSyllables.Contains(text[position + 1]) && ForeignSyllables.Contains(text[position + 2]);

    /// <summary>The dash older papers set between the parts of a foreign name (本—古里安, 乌弗埃—博瓦尼).</summary>
    public const char NameDash = '—';

    /// <summary>Whether a single dash at <paramref name="position"/> joins two parts of a transliterated name: a
    /// transliteration syllable on each side and no second dash (a sentence's dash is written ——).</summary>
    public static bool IsDashInName(string text, int position) =>
        position >= 1 && position + 1 < text.Length && text[position] == NameDash &&
        ForeignSyllables.Contains(text[position - 1]) && ForeignSyllables.Contains(text[position + 1]);

    /// <summary>Whether the character at <paramref name="position"/> joins two parts of a name: a dot or hyphen, or an
    /// ideographic space, a dash or a lost dot between transliterations.</summary>
    public static bool IsJoinerAt(string text, int position) =>
        IsNameJoiner(text[position]) || IsWideSpaceInName(text, position) || IsDashInName(text, position) ||
        (text[position] == LostDot && IsBetweenTransliterations(text, position));

    /// <summary>Characters of a middle dot set off by a space on each side (塔纳瓦 · 天信), as broadcasters' web copy
    /// writes it.</summary>
    private const int SpacedDotLength = 3;

    /// <summary>How many characters at <paramref name="position"/> join two parts of a name: 1 for a joiner (<see
    /// cref="IsJoinerAt"/>), 3 for a middle dot with the same space, half or ideographic width, on either side; 0 when none.</summary>
    public static int JoinerLengthAt(string text, int position) =>
        IsJoinerAt(text, position) ? 1
        : position + SpacedDotLength < text.Length && text[position] is ' ' or WideSpace && IsNameDot(text[position + 1]) &&
          text[position + 2] == text[position] ? SpacedDotLength : 0;

    /// <summary>The length of a regnal number at <paramref name="position"/> (一世, 十四世 of 苏莱曼一世, 路易十四世), part of a
    /// monarch's or pope's name; 0 when none.</summary>
    public static int RegnalNumberLength(string text, int position)
    {
        var end = position;
        while (end < text.Length && end - position < 3 && "一二三四五六七八九十".IndexOf(text[end]) >= 0)
        {
            end++;
        }

        return end > position && end < text.Length && text[end] == '世' ? end + 1 - position : 0;
    }

    /// <summary>The middle dots OCR and typesetting use between the parts of a foreign name.</summary>
    public static bool IsNameDot(char c) => c is '·' or '•' or '・' or '‧' or '∙' or '•' or '⋅' or '･';

    /// <summary>What joins the parts of a foreign name: a middle dot, or a hyphen inside a part (让-保罗·马丁).</summary>
    public static bool IsNameJoiner(char c) => IsNameDot(c) || c is '-' or '－' or '‐' or '.';

    /// <summary>Dots and hyphens between the parts of a foreign name; the ASCII full stop too, as some news text writes
    /// them (乌戈.查韦斯): between two Han characters it ends no Chinese sentence.</summary>
    private static readonly char[] NameJoiners = { '·', '•', '・', '‧', '∙', '⋅', '･', '-', '－', '‐', '.' };

    /// <summary>Characters of personal names transliterated from Uyghur, Tibetan, Mongolian and other languages (阿不都热合曼,
    /// 库尔班江, 洛桑旺堆, 巴特尔): the syllables Xinhua's transliteration tables use. A name written with them need not
    /// start with a Han surname.</summary>
    private const string TransliterationChars =
        "阿艾爱安奥巴拜班邦贝本比毕宾波伯布不才查达戴丹旦德迪丁东都杜敦顿多厄恩尔法凡菲芬弗福甫嘎盖甘冈戈格根贡古哈海罕汗赫亨胡吉" +
        "加贾杰金卡凯坎康柯科克肯库拉喇莱赖兰朗勒雷里丽力利连列林琳卢鲁伦罗洛玛马买迈麦曼梅美蒙米敏明姆穆木纳娜奈南尼宁努诺帕潘佩" +
        "皮普齐奇恰钦琼热仁日茹萨塞赛桑色沙莎尚什斯松苏索塔泰坦汤特提图吐托瓦万旺威维温沃乌吾西希夏辛兴雅亚扬耶伊依" +
        "尤于玉约扎泽詹珠卓孜宗祖次措堆合曲央江嘉增" +
        // Tibetan (格绒, 降央, 泽郎, 益西), Mongolian (额尔敦, 包勒德) and Kazakh (叶尔兰) syllables.
        "绒降郎益额包叶";

    private static readonly HashSet<char> Transliteration = new(TransliterationChars);

    /// <summary>Further characters of Xinhua's transliterations of European, Arabic and African names (普里马科夫, 武切维奇,
    /// 阿卜杜拉希扬, 奥尔默特), read only after a foreign title: in Chinese text they start words too often.</summary>
    private const string ForeignOnlyChars = "锡昔内滕白别卜切茨默通延夫基门季涅佐捷霍舍谢琴兹蒂娃瑟伏博昆乔裴登京舒蓬蒲韦纽考埃契丘楚怀豪廷汉梭稣因欧" +
        // Syllables of 亚历山大, 费尔南德斯, 莫伊尼汉, 劳伦斯, 鲍威尔, 侯赛因, 瑞安, 斐济, 约翰逊.
        "历山费莫劳鲍侯瑞斐翰逊" +
        // Characters of transliterated names (spans of four characters or more, or dotted) in the name model's training
        // data (MSRA NER train, OntoNotes 4 train) that start no common word: 施罗德, 莉莎, 勃列日涅夫, 伍德.
        "施莉勃伍" +
        // Syllables of Russian, Ukrainian, Uzbek, Arabic and English names as wire copy writes them (罗斯尤可夫, 阿尔乔缅科,
        // 米尔济约耶夫, 贝勒哈代姆, 史密斯).
        "可缅代史济";

    private static readonly HashSet<char> ForeignSyllables = new(TransliterationChars + ForeignOnlyChars);

    /// <summary>Whether a string reads as a transliterated foreign name: 3–8 syllables of the tables (梅尔卡多).</summary>
    public static bool LooksLikeTransliteration(string candidate) =>
        candidate.Length is >= 3 and <= 8 && candidate.All(ForeignSyllables.Contains);

    /// <summary>Whether a character is a syllable of a transliterated foreign name (any of the tables).</summary>
    public static bool IsForeignSyllable(char c) => ForeignSyllables.Contains(c);

    /// <summary>Whether a character is one of the transliteration syllables (都 of 阿不都, 尔 of 额尔敦).</summary>
    public static bool IsTransliterationSyllable(char c) => Transliteration.Contains(c);

    /// <summary>Whether a string reads as a transliterated name: 2–6 characters, all transliteration syllables.</summary>
    public static bool LooksLikeTransliteratedName(string candidate) =>
        candidate.Length is >= 2 and <= 6 && candidate.All(Transliteration.Contains);

    /// <summary>Particles that never stand inside a personal name (时的经 is no one), and two verbs that stand before a
    /// post, never in a name: 驻 of a mission (各国驻华大使) and 做 "serve as" (白天做书记).</summary>
    private const string Particles = "的了着过么呢吗吧我你您她它驻做";

    /// <summary>Characters that end place and facility names (长丰堤, 解放路, 汉江闸) and almost never a given name: "江北区长丰堤"
    /// is an embankment in 江北区, not its 区长 丰堤.</summary>
    private const string PlaceEndings = "堤桥路街巷站港闸坝渠馆楼厂矿寺庙塔湾滩埠区县省镇乡村市";

    /// <summary>Length of the surname at <paramref name="position"/> (2 for a compound one), 0 when none starts there.</summary>
    public static int SurnameLength(string text, int position)
    {
        if (position >= text.Length)
        {
            return 0;
        }

        if (position + 1 < text.Length && CompoundSurnames.Any(c => string.CompareOrdinal(text, position, c, 0, 2) == 0))
        {
            return 2;
        }

        return Singles.Contains(text[position]) ? 1 : 0;
    }

    /// <summary>Whether a string starts with a word that is never a name (官邸, 干部).</summary>
    public static bool StartsWithWord(string candidate) => NotNames.Any(w => candidate.StartsWith(w, System.StringComparison.Ordinal));

    /// <summary>Whether a string could be a Chinese name on its own: Han only, a surname, 2–4 characters, not a word.</summary>
    public static bool LooksLikeName(string candidate)
    {
        // A surname repeated is a reduplicated word (殷殷嘱托, 谆谆教导), not a name.
        if (candidate.Length is < 2 or > 4 || candidate.Contains('某') || candidate.IndexOfAny(Particles.ToCharArray()) >= 0 ||
            PlaceEndings.IndexOf(candidate[candidate.Length - 1]) >= 0 || StartsWithWord(candidate) || candidate[0] == candidate[1] ||
            EndsWithInstitution(candidate))
        {
            return false;
        }

        foreach (var c in candidate)
        {
            if (!ChineseText.IsHan(c))
            {
                return false;
            }
        }

        var surname = SurnameLength(candidate, 0);
        return surname > 0 && candidate.Length - surname is >= 1 and <= 2;
    }

    /// <summary>Whether a string ends with the noun of an institution (向医院, 银行): a given name is never one, a reading
    /// that ends so is a preposition and its object, or the word itself.</summary>
    private static bool EndsWithInstitution(string candidate) =>
        TitleWords.InstitutionNouns.Any(noun => candidate.EndsWith(noun, System.StringComparison.Ordinal));

    /// <summary>Whether a string is a foreign name written with middle dots (or hyphens), each part 1–8 Han characters.</summary>
    public static bool LooksLikeForeignName(string candidate)
    {
        var parts = candidate.Split(NameJoiners);
        return parts.Length >= 2 && parts.All(p => p.Length is >= 1 and <= 8 && p.All(ChineseText.IsHan));
    }

    /// <summary>Whether text[position, position + length) lies inside the text and is all Han characters.</summary>
    public static bool AllHan(string text, int position, int length)
    {
        if (position < 0 || position + length > text.Length)
        {
            return false;
        }

        for (var i = position; i < position + length; i++)
        {
            if (!ChineseText.IsHan(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
