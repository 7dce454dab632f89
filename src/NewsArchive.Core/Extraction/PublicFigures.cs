using System.Collections.Generic;

namespace NewsArchive.Core.Extraction;

/// <summary>Names of public figures the national news has named most since 1949, as it writes them: China's party and
/// state leaders, and foreign heads of state and government, foreign ministers and heads of international bodies of the
/// 1990s to 2010s. Every page starts knowing them, as a reader does: a known name decides where a name ends (梅加瓦蒂|新
/// 总统, 他信 though 他 is "he") and is read before its post. Knowing a name never makes anyone an official: only a
/// title does.</summary>
internal static class PublicFigures
{
    public static readonly IReadOnlyList<string> Names = new[]
    {
        // China: party and state leaders, vice-premiers, state councillors and foreign ministers, 1949–2012.
        "毛泽东", "刘少奇", "周恩来", "朱德", "陈云", "邓小平", "林彪", "董必武", "宋庆龄", "华国锋", "叶剑英", "李先念", "胡耀邦",
        "赵紫阳", "杨尚昆", "乔石", "李鹏", "江泽民", "朱镕基", "李瑞环", "刘华清", "胡锦涛", "尉健行", "李岚清", "吴邦国",
        "温家宝", "贾庆林", "曾庆红", "黄菊", "吴官正", "李长春", "罗干", "习近平", "李克强", "贺国强", "周永康", "钱其琛", "唐家璇",
        "李肇星", "杨洁篪", "王毅", "吴仪", "曾培炎", "回良玉", "张德江", "王岐山", "刘延东", "邹家华", "姜春云", "吴学谦", "田纪云",
        "荣毅仁", "王震", "彭真", "薄一波", "宋平", "丁关根", "迟浩田", "张万年", "曹刚川", "郭伯雄", "徐才厚", "梁光烈", "布赫",
        "王兆国", "何鲁丽", "许嘉璐", "蒋正华", "顾秀莲", "热地", "盛华仁", "路甬祥", "乌云其木格", "韩启德", "华建敏", "陈至立",
        "费孝通", "雷洁琼", "程思远", "王光英", "王汉斌",
        "彭珮云", "吴阶平", "李铁映", "罗豪才", "钱伟长", "王丙乾", "陈慕华", "孙孚凌", "周铁农", "李贵鲜", "张思卿",
        // Members of the Politburo and leaders of Beijing, Shanghai, Tianjin, Chongqing and Guangdong, 1997–2012.
        "刘淇", "俞正声", "汪洋", "薄熙来", "张高丽", "孙政才", "郭金龙", "韩正", "陈良宇", "李源潮", "令计划", "王刚", "刘云山",
        "张立昌", "王乐泉", "张春贤", "杜青林", "徐匡迪", "贾春旺", "黄华华", "卢展工",
        // Hong Kong, Macau and Taiwan.
        "董建华", "曾荫权", "梁振英", "何厚铧", "崔世安", "陈方安生", "李登辉", "陈水扁", "马英九", "连战", "宋楚瑜", "萧万长",
        // Since 2012: chief executives and their seconds, the legislature's presidents written with a married name (林郑月娥,
        // 范徐丽泰: four characters, two surnames, that the readers of Chinese names cut to three), Taiwan's leaders.
        "林郑月娥", "李家超", "贺一诚", "范徐丽泰", "叶刘淑仪", "蔡英文", "赖清德", "苏贞昌", "韩国瑜", "朱立伦", "柯文哲",
        // Heads of state and government, foreign ministers, 1990s–2010s.
        "克林顿", "布什", "老布什", "小布什", "奥巴马", "戈尔", "切尼", "拜登", "奥尔布赖特", "鲍威尔", "赖斯", "希拉里", "基辛格", "叶利钦", "普京",
        "梅德韦杰夫", "普里马科夫", "切尔诺梅尔金", "基里延科", "斯捷帕申", "卡西亚诺夫", "弗拉德科夫", "伊万诺夫", "拉夫罗夫",
        "戈尔巴乔夫", "谢瓦尔德纳泽", "布莱尔", "布朗", "卡梅伦", "梅杰", "撒切尔", "希拉克", "萨科齐", "奥朗德", "若斯潘",
        "德维尔潘", "科尔", "施罗德", "默克尔", "菲舍尔", "贝卢斯科尼", "普罗迪", "阿斯纳尔", "萨帕特罗", "克雷蒂安", 
        "哈珀", "霍华德", "陆克文", "霍克", "基廷", "海部俊树", "宫泽喜一", "细川护熙", "羽田孜", "村山富市",
        "桥本龙太郎", "小渊惠三", "森喜朗", "小泉纯一郎", "安倍晋三", "福田康夫", "麻生太郎", "鸠山由纪夫", "菅直人", "野田佳彦",
        "河野洋平", "高村正彦", "町村信孝", "冈田克也", "金泳三", "金大中", "卢武铉", "李明博", "朴槿惠", "金日成", "金正日",
        "金正恩", "金永南", "潘基文", "安南", "加利", "德奎利亚尔", "穆沙拉夫", "谢里夫", "扎尔达里", "辛格",
        "瓦杰帕伊", "拉奥", "古吉拉尔", "他信", "阿披实", "英拉", "差瓦立", "苏哈托", "哈比比", "瓦希德",
        "梅加瓦蒂", "苏西洛", "马哈蒂尔", "巴达维", "纳吉布", "吴作栋", "李光耀", "李显龙", "拉莫斯", "埃斯特拉达", "阿罗约",
        "洪森", "拉那烈", "西哈努克", "西哈莫尼", "杜梅", "黎可漂", "潘文凯", "阮晋勇", "农德孟", "阮明哲", "丹瑞", "登盛",
        "阿拉法特", "阿巴斯", "拉宾", "佩雷斯", "内塔尼亚胡", "沙龙", "奥尔默特", "穆巴拉克", "萨达特", "卡扎菲",
        "萨达姆", "哈塔米", "内贾德", "鲁哈尼", "哈梅内伊", "阿萨德", "侯赛因", "阿卜杜拉", "法赫德",
        "卡斯特罗", "查韦斯", "卢拉", "卡多佐", "基什内尔", "梅内姆", "福克斯", "卡尔德龙", "藤森", "托莱多", "莫拉莱斯",
        "曼德拉", "姆贝基", "祖马", "奥巴桑乔", "穆加贝", "纳扎尔巴耶夫", "卡里莫夫", "阿卡耶夫", "拉赫蒙", "库奇马", "库契马",
        "尤先科", "季莫申科", "亚努科维奇", "卢卡申科", "克瓦希涅夫斯基", "哈维尔", "米洛舍维奇", "索拉纳", "巴罗佐",
        "容克", "拉斯穆森", "萨马兰奇", "罗格",
        // Ministers and heads of international bodies often in the news of 1998 and 2005–2011.
        "拉姆斯菲尔德", "盖茨", "佩洛西", "格林斯潘", "伯南克", "保尔森", "盖特纳", "克里", "麦凯恩", "科恩", "伯杰", "哈德利",
        "佐利克", "尼葛洛庞帝", "阿米蒂奇", "巴拉迪", "天野之弥", "拉米", "拉加德", "沃尔福威茨", "素帕猜", "陈冯富珍",
        "库什内", "菲永", "拉法兰", "施泰因迈尔", "韦斯特韦勒", "斯特劳", "米利班德", "黑格", "阿什顿", "范龙佩", "弗拉蒂尼",
        "卡拉曼利斯", "帕潘德里欧", "埃尔多安", "居尔", "达武特奥卢", "柳明桓", "宋旻淳", "杨荣文", "黄根成", "卡尔扎伊",
        "吉拉尼", "慕克吉", "普拉昌达", "柯伊拉腊", "哈西娜", "拉贾帕克萨", "利夫尼", "哈尼亚", "穆萨", "塔拉巴尼", "马利基",
        "贾法里", "阿拉维", "拉里贾尼", "科雷亚", "乌里韦", "巴切莱特", "奥尔特加", "亚拉杜瓦", "巴希尔", "卡加梅", "基巴基",
        "穆塞韦尼", "梅莱斯",
        // Heads of state and government, foreign ministers and heads of international bodies since 2012.
        "特朗普", "川普", "蒂勒森", "蓬佩奥", "布林肯", "彭斯", "马克龙", "特雷莎·梅", "苏纳克", "斯塔默",
        "朔尔茨", "莫迪", "文在寅", "尹锡悦", "菅义伟", "岸田文雄", "石破茂", "佐科", "普拉博沃", "泽连斯基", "古特雷斯",
        "谭德塞", "冯德莱恩", "莱希",
    };

    private static readonly HashSet<string> Set = new(Names);

    /// <summary>Built once: every page consults the same trie.</summary>
    private static readonly NameTrie Trie = Build();

    /// <summary>Longest name of a figure looked up at a position (切尔诺梅尔金 is 6).</summary>
    private const int MaxLength = 8;

    public static bool Contains(string name) => Set.Contains(name);

    /// <summary>The longest figure's name that starts at <paramref name="position"/> (two characters or more), or null.</summary>
    public static string? LongestAt(string text, int position) => Trie.LongestAt(text, position, minLength: 2, maxLength: MaxLength);

    private static NameTrie Build()
    {
        var trie = new NameTrie();
        foreach (var name in Set)
        {
            trie.Add(name);
        }

        return trie;
    }
}
