namespace NewsArchive.Bench.CorpusGenerator;

/// <summary>
/// Makes Chinese personal names whose character statistics resemble real ones, so that a name extractor
/// is measured on the surnames it will actually meet (王 and 李 often, 诸葛 almost never).
/// </summary>
public sealed class NameGenerator
{
    // Approximate population in units of 10,000 (public-security household register figures, rounded).
    // Only relative weights matter; the long tail beyond the top ~120 is deliberately left out.
    private static readonly (string Surname, int Weight)[] Surnames =
    [
        ("王", 10150), ("李", 10090), ("张", 9540), ("刘", 7210), ("陈", 7020), ("杨", 4620), ("黄", 3370),
        ("赵", 2860), ("吴", 2780), ("周", 2680), ("徐", 2000), ("孙", 1960), ("马", 1900), ("朱", 1860),
        ("胡", 1780), ("郭", 1650), ("何", 1560), ("林", 1420), ("高", 1410), ("罗", 1400), ("郑", 1300),
        ("梁", 1190), ("谢", 1030), ("宋", 970), ("唐", 970), ("许", 920), ("韩", 900), ("邓", 880),
        ("冯", 880), ("曹", 850), ("彭", 830), ("曾", 800), ("肖", 780), ("田", 750), ("董", 720),
        ("潘", 700), ("袁", 700), ("蔡", 680), ("蒋", 680), ("余", 670), ("于", 650), ("杜", 640),
        ("叶", 630), ("程", 620), ("魏", 610), ("苏", 600), ("吕", 590), ("丁", 570), ("任", 560),
        ("卢", 550), ("姚", 540), ("沈", 530), ("钟", 520), ("姜", 510), ("崔", 500), ("谭", 490),
        ("陆", 480), ("范", 470), ("汪", 460), ("廖", 450), ("石", 440), ("金", 430), ("韦", 420),
        ("贾", 410), ("夏", 400), ("付", 390), ("方", 380), ("邹", 370), ("熊", 360), ("白", 350),
        ("孟", 340), ("秦", 330), ("邱", 320), ("侯", 310), ("江", 300), ("尹", 290), ("薛", 280),
        ("闫", 270), ("段", 260), ("雷", 255), ("龙", 250), ("黎", 245), ("史", 240), ("陶", 235),
        ("贺", 230), ("毛", 225), ("郝", 220), ("顾", 215), ("龚", 210), ("邵", 205), ("万", 200),
        ("覃", 195), ("武", 190), ("钱", 185), ("戴", 180), ("严", 175), ("莫", 170), ("孔", 165),
        ("向", 160), ("常", 155), ("汤", 150), ("康", 145), ("易", 140), ("乔", 135), ("赖", 130),
        ("文", 125), ("欧", 110), ("左", 105), ("柳", 100), ("聂", 95), ("符", 90), ("詹", 85),
        ("欧阳", 45), ("司徒", 6), ("司马", 4), ("上官", 3), ("诸葛", 2), ("皇甫", 2), ("东方", 2),
    ];

    // Given-name characters, split because real given names are strongly gendered and a single mixed
    // list would produce combinations (伟娟) that look wrong to anyone reading the corpus.
    private const string MaleChars =
        "伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信" +
        "子杰涛昌成康星光天达安岩中茂进林有坚和博诚先敬震振会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮" +
        "政谦奇朗伯宏鸣朋斌栋维启克伦翔旭鹏泽晨辰建家致树德行时泰盛雄琛钧冠策腾楠航弘晖阳华宇洪峻凯铭锋";

    private const string FemaleChars =
        "秀娟英华慧巧美娜静淑惠珠翠雅芝玉萍红玲芬芳燕彩春菊兰凤洁梅琳素云莲真雪荣爱霞香月媛艳瑞佳嘉琼勤珍" +
        "莉桂琦晶妍茜秋珊锦青倩婷婉娴瑾颖露瑶怡雁蓓仪荷丹蓉君琴蕊薇菁梦岚婕馨韵艺卿澜纯悦昭冰爽茗羽希欣" +
        "柔竹凝晓欢枫芸菲伊亚宜舒丽妮晴睿雯萱雨曼紫蝶";

    private readonly string[] _surnames;
    private readonly long[] _cumulative;
    private readonly long _total;

    public NameGenerator()
    {
        _surnames = new string[Surnames.Length];
        _cumulative = new long[Surnames.Length];
        long sum = 0;
        for (int i = 0; i < Surnames.Length; i++)
        {
            _surnames[i] = Surnames[i].Surname;
            sum += Surnames[i].Weight;
            _cumulative[i] = sum;
        }
        _total = sum;
    }

    public string Next(Rng rng)
    {
        string surname = NextSurname(rng);
        string chars = rng.Chance(0.55) ? MaleChars : FemaleChars;
        // About a quarter of names have a one-character given name (陈润); compound surnames rarely do.
        int givenLength = rng.Chance(surname.Length == 1 ? 0.27 : 0.5) ? 1 : 2;
        Span<char> given = stackalloc char[2];
        given[0] = chars[rng.Next(chars.Length)];
        if (givenLength == 2)
        {
            // Repeated characters (丽丽) exist but are rare in officials' and reporters' names.
            do given[1] = chars[rng.Next(chars.Length)]; while (given[1] == given[0] && !rng.Chance(0.1));
        }
        return string.Concat(surname, given[..givenLength]);
    }

    /// <summary>A name not yet in <paramref name="taken"/>, which is then updated: keeps the cast unambiguous.</summary>
    public string NextUnique(Rng rng, HashSet<string> taken)
    {
        string name;
        do name = Next(rng); while (!taken.Add(name));
        return name;
    }

    /// <summary>Bylines pad two-character names to the width of three (陈 润), as typeset pages do.</summary>
    public static string ForByline(string name) => name.Length == 2 ? $"{name[0]} {name[1]}" : name;

    private string NextSurname(Rng rng)
    {
        long target = (long)(rng.NextDouble() * _total);
        int index = Array.BinarySearch(_cumulative, target + 1);
        return _surnames[index >= 0 ? index : ~index];
    }
}
