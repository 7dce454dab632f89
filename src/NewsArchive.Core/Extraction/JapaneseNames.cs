namespace NewsArchive.Core.Extraction;

/// <summary>Japanese family names as Chinese news writes them (安倍, 冈田, 谷内, 海江田). A Japanese name is a family name
/// and a given name of one to three characters (冈田克也, 谷内正太郎, 鸠山由纪夫): the Chinese reader's surname and one or
/// two characters cut it short (冈田克, 谷内正), and the model's margin there is small. Family names of one character (森,
/// 菅, 岸) are left out: they are Chinese surnames too, read by the Chinese rules.</summary>
internal static class JapaneseNames
{
    /// <summary>Longest given name read after a family name (由纪夫, 正太郎, 龙太郎).</summary>
    public const int MaxGivenLength = 3;

    /// <summary>Common family names and those of public figures frequent in the news, two or three characters.</summary>
    private static readonly string[] FamilyNames =
    {
        // The most common family names.
        "佐藤", "铃木", "高桥", "田中", "渡边", "伊藤", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐佐木", "山口", "松本",
        "井上", "木村", "清水", "山崎", "池田", "桥本", "阿部", "石川", "山下", "中岛", "石井", "小川", "前田", "冈田", "长谷川",
        "藤田", "后藤", "近藤", "村上", "远藤", "青木", "坂本", "斋藤", "福田", "太田", "西村", "藤井", "冈本", "松田", "中川",
        "中野", "原田", "小野", "田村", "竹内", "金子", "和田", "中山", "石田", "上田", "森田", "柴田", "酒井", "工藤", "横山",
        "宫崎", "宫本", "内田", "高木", "安藤", "谷口", "大野", "丸山", "今井", "河野", "藤原", "小岛", "村田", "武田", "上野",
        "杉山", "增田", "小山", "大冢", "平野", "菅原", "久保", "松井", "千叶", "岩崎", "樱井", "木下", "野口", "松尾", "菊地",
        "野村", "新井", "渡部", "菊池", "大岛", "川口", "宫内", "松冈", "北村", "高田", "白石", "森山", "荒木", "大西", "秋山",
        // Prime ministers, ministers, party leaders and officials of the news since the 1970s.
        "小泉", "安倍", "麻生", "鸠山", "野田", "前原", "枝野", "仙谷", "小泽", "细川", "羽田", "村山", "宫泽", "竹下", "海部",
        "宇野", "中曾根", "大平", "三木", "福井", "二阶", "甘利", "石破", "岸田", "茂木", "稻田", "高市", "小池", "玄叶", "海江田",
        "町村", "高村", "盐崎", "谷内", "额贺", "中谷", "石原", "猪口", "谷垣", "伊吹", "冬柴", "北侧", "神崎", "志位", "福岛",
        "土井", "不破", "后藤田", "野中", "古贺", "小渊", "原口", "长妻", "直岛", "北泽", "赤松", "久间", "尾身", "舛添", "鸭下",
        "若林", "田原", "河村", "桥下", "浜田", "松野", "世耕",
    };

    /// <summary>Longest family name of the list (海江田, 长谷川).</summary>
    private const int MaxFamilyLength = 3;

    /// <summary>Built once; asked at every name the rules read, so a look-up allocates nothing.</summary>
    private static readonly NameTrie Trie = Build();

    /// <summary>The length of the Japanese family name at <paramref name="position"/> (the longest: 3 or 2), or 0.</summary>
    public static int FamilyNameAt(string text, int position) =>
        Trie.LongestAt(text, position, minLength: 2, maxLength: MaxFamilyLength)?.Length ?? 0;

    private static NameTrie Build()
    {
        var trie = new NameTrie();
        foreach (var name in FamilyNames)
        {
            trie.Add(name);
        }

        return trie;
    }
}
