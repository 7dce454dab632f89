using System;
using System.Collections.Generic;
using System.Linq;

namespace NewsArchive.Core.Extraction;

/// <summary>The words titles are composed from. A title is read backwards from its post (书记, 市长, 总统…) over the
/// organisation and place in front of it (市委副, 国务院, 美国) until a word that cannot belong to a title (a verb, a
/// preposition, punctuation). Posts are listed; organisations and places are not, so 珠晖区委副书记 or 省公安厅厅长
/// need no entry of their own.</summary>
internal static class TitleLexicon
{
    /// <summary>Posts of public office: party, state, legislature, judiciary, diplomacy, at any level. Prefixes (副, 常务副,
    /// 代理, 第一) and organisations come from the text in front.</summary>
    private static readonly string[] OfficialPosts =
    {
        "总书记", "书记", "常委", "委员", "委员长", "主任", "主席", "秘书长", "领导",
        "总理", "国务委员", "部长", "局长", "厅长", "处长", "科长", "所长", "署长", "司长", "主任委员",
        "省长", "市长", "县长", "区长", "州长", "乡长", "镇长", "盟长", "旗长", "村长", "专员", "村支书", "支书",
        "院长", "检察长", "庭长", "行长", "关长", "台长", "社长",
        "总统", "首相", "国务卿", "外长", "外相", "议长", "大使", "总领事", "领事", "参赞", "特使", "代表", "发言人", "协调员",
        "司令员", "政委", "组长",
        // Member of a department's leading party group, a post of its own in a chain (市生态环境局党组成员、副局长).
        "党组成员",
        // 行政长官 and its short form 特首 (Hong Kong, Macau); 团长 of a delegation (代表团团长, 副团长) or a regiment.
        "长官", "特首", "团长",
        // 大臣 of a monarchy's cabinet (外务大臣), a ministry's 常务秘书 (permanent secretary).
        "大臣", "常务秘书",
        // Organ-and-post forms read as one post: 审计署审计长, 防汛抗旱总指挥部总指挥, 市防汛指挥部指挥长.
        "审计长", "总指挥", "指挥长",
        // Military ranks, written before or after the name (空军少将X, X少将).
        "少将", "中将", "上将", "大校",
        // Monarchs and hereditary heads of state (约旦国王, 文莱苏丹, 卡塔尔埃米尔).
        "国王", "女王", "苏丹", "亲王", "埃米尔",
    };

    /// <summary>Titles that name a person without public office; the person is kept with role Other.</summary>
    private static readonly string[] OtherPosts =
    {
        "董事长", "董事", "总经理", "经理", "总裁", "总监", "首席执行官", "创始人", "合伙人", "厂长", "老板", "店长", "站长",
        "教授", "副教授", "院士", "研究员", "专家", "学者", "工程师", "博士", "博士生", "研究生", "硕士", "医生", "医师", "护士",
        "教师", "老师", "校长", "会长", "理事长", "馆长", "主编", "总编辑", "律师", "作家", "剧作家", "画家", "导演", "演员",
        "歌手", "选手", "运动员", "教练", "主教练", "队长", "队员", "冠军", "得主", "村民", "居民", "市民", "农民", "群众", "学生",
        "民警", "警官", "干警", "法官", "检察官", "骑手", "司机", "工人", "职工", "大户", "志愿者", "游客", "网友", "患者",
    };

    /// <summary>Organisations that make any post in them a non-official one: companies, banks, schools, societies.</summary>
    private static readonly string[] NonGovernmentMarkers =
    {
        "公司", "集团", "企业", "银行", "大学", "学院", "学校", "中学", "小学", "研究所", "研究院", "医院", "协会", "学会", "商会",
        "科协", "基金会", "工厂", "厂", "俱乐部", "队", "剧团", "剧院", "报社", "电视台", "事务所", "合作社", "超市", "酒店",
        "艺术团", "歌舞团", "乐团", "合唱团", "旅行团", "旅游团", "校党委", "校纪委", "校团委",
        // Design institutes are enterprises (交通规划设计院, 建筑设计院).
        "设计院",
    };

    /// <summary>Party schools and administrative academies are organs of the party and state: their 校长, 副校长 and
    /// 院长 hold public office, unlike those of other schools.</summary>
    private static readonly string[] PartySchools = { "党校", "行政学院" };

    /// <summary>Units of the police, armed police and army named with 队, which otherwise marks a team.</summary>
    private static readonly string[] ForceUnits = { "大队", "总队", "支队", "中队" };

    /// <summary>Words in front of a post that end the title: verbs and prepositions that connect it to the sentence.</summary>
    private static readonly string[] Stops =
    {
        "会见", "会晤", "接见", "看望", "慰问", "陪同", "出席", "参加", "主持", "邀请", "率领", "带领", "获悉", "了解", "表示",
        "强调", "指出", "听取", "任命", "担任", "当选", "宣布", "欢迎", "感谢", "会同", "贯彻", "落实", "学习", "按照", "根据",
        "关于", "以及", "同志", "分别", "先后", "一同", "共同", "召集", "批示", "委托", "致信", "致电", "祝贺", "称赞", "举行",
        "会谈", "通话", "同时", "其中", "包括", "还有", "来到", "前往", "深入", "走访", "调研", "考察", "随同", "作为", "介绍",
        "汇报", "通报", "报告", "要求", "希望", "认为", "提出", "授予", "颁发", "接受", "回答", "答复", "传达", "宣读", "签署",
        "见证", "对话", "访问", "抵达", "结束", "离开", "拜会", "拜访", "答谢", "宴请", "聘请", "聘任", "免去", "决定", "推荐",
        "提名", "选举", "出任", "兼任", "升任", "调任", "原任", "曾任", "现任", "连任", "就任", "卸任", "辞去", "辞职", "发言",
        "讲话", "致辞", "出访", "发来", "记者", "通讯员", "报道", "采访", "专访", "看到", "发现", "指导", "检查", "督导", "视察",
        "责成", "当场", "叮嘱", "嘱咐", "督促", "约谈", "自己",
        "在", "了", "的", "与", "和", "及", "同", "向", "对", "由", "是", "为", "据", "兼", "被", "把", "将", "给", "让",
        "请", "以", "从", "到", "至", "就", "并", "也", "还", "又", "曾", "即", "已", "等", "说", "称", "任", "即", "或",
        "均", "跟", "替", "让", "叫", "问", "告诉", "听", "看", "见", "我", "向", "给", "受", "获", "由于", "通过",
        "我省", "我市", "我县", "我区", "我乡", "我镇", "我村", "本省", "本市", "本县", "本区", "该省", "该市", "该县", "该区",
        "若", "位", "名", "个", "这", "那", "该", "其", "各", "每", "些", "之", "们", "有", "无", "非", "前", "后",
        // The aspect particle ends a verb phrase (拉着, 陪着), never stands in a title.
        "着",
        // People of a court case: the title of an accused official starts after them (被告人原X局局长), never inside them.
        "被告人", "嫌疑人",
    };

    /// <summary>Words that, in front of a post, are not a stop after all ("代" in 代省长 is the acting prefix).</summary>
    private static readonly string[] StopExceptions =
    {
        "共和国", "前苏联", "以色列", "也门", "对外", "非洲", "非盟",
        // Ordinal terms of office: 第五任行政长官, 首任局长.
        "第一任", "第二任", "第三任", "第四任", "第五任", "第六任", "第七任", "第八任", "第九任", "第十任", "首任",
        // Government departments named with 和 (发展和改革委员会, 住房和城乡建设局, 人力资源和社会保障厅).
        "发展和改革", "住房和城乡", "资源和社会", "工业和信息", "文化和旅游", "资源和规划", "民族和宗教", "卫生和计划",
        "科学技术和", "新闻出版和", "农业和农村", "交通和运输", "商务和", "水利和", "人口和", "环境和", "安全和",
        // Offices named with 与 (欧盟外交与安全政策高级代表, 科学与技术部).
        "外交与安全", "科学与技术", "改革与发展",
        // 问题 names an envoy's or a group's brief (也门问题特使, 朝核问题特别代表), not the verb 问.
        "问题",
    };

    /// <summary>What may follow a name: the verbs, prepositions and particles of a sentence, or another post (X总书记).</summary>
    private static readonly string[] Followers =
    {
        "强调", "指出", "主持", "会见", "会晤", "会谈", "出席", "参加", "表示", "介绍", "要求", "一行", "同志", "讲话", "致辞",
        "陪同", "看望", "慰问", "调研", "考察", "听取", "通报", "宣布", "宣读", "回答", "带队", "带领", "率领", "率团", "前往",
        "来到", "深入", "走访", "提出", "希望", "认为", "代表", "分别", "先后", "一同", "共同", "汇报", "说明", "作了", "做了",
        "发表", "感谢", "欢迎", "祝贺", "签署", "抵达", "访问", "访华", "当选", "接受", "对此", "强烈", "亲切", "亲自", "专程",
        "一起", "同时", "随后", "首先", "最后", "则", "等人", "等", "说", "称", "讲", "问", "答", "谈", "在", "对", "和", "与",
        "都", "因", "因为", "当场", "当即", "当面",
        "及", "同", "向", "也", "还", "就", "是", "为", "从", "到", "来", "的", "将", "已", "曾", "又", "并", "即", "要", "会",
        "作", "做", "给", "把", "被", "让", "请", "以", "于", "赴", "任", "兼", "主张", "坦言", "透露", "告诉", "解释", "补充",
        "总结", "部署", "批示", "指示", "寄语", "致信", "致电", "手", "们", "率", "举行", "应邀", "专门", "近日", "日前", "今天",
        "昨天", "今日", "昨日", "当天", "此前", "近期", "随即", "立即", "特别", "充分", "高度", "详细", "简要", "重点", "主要",
        "现场", "实地", "一直", "多次", "再次", "首次", "刚刚", "正在", "正式", "紧急", "专题", "逐一", "认真", "具体", "明确",
        "呼吁", "陆续", "涉嫌", "组织", "站在", "当晚", "当日", "重申", "敦促", "接见",
        // Attending a hearing or session without a vote (旁听庭审, 列席会议).
        "旁听", "列席",
    };

    /// <summary>First characters of common follower words: a three-character name ending in one of these is read as a
    /// two-character name and a follower when the shorter reading fits (朱健主持, 李强在).</summary>
    private const string FollowerStarts = "当都因率举应专近日今昨此随立特充高详简重现实多再首刚正紧逐具明在对和与及同向说称讲作做等也还就是为从到来的率将已曾又并则即要致答谈赴任兼被以于一主出参表介指强会听看接调考宣回通陪慰深走前带希认分先共感欢祝发签亲抵访当提汇";

    /// <summary>Posts after which a name may stand in front of the post ("习近平总书记") although the name was not seen
    /// elsewhere on the page. Other posts need a name already known there ("包振宇书记").</summary>
    private static readonly string[] LeadingNamePosts =
    {
        "总书记", "总理", "副总理", "总统", "副总统", "委员长", "副委员长", "首相", "国务卿", "主席", "副主席", "书记", "副书记",
    };

    /// <summary>Characters an organisation or place ends with, never a name: 区委 is a district committee, not Mr 区.</summary>
    private const string OrganisationEnds = "委市省县区乡镇村州盟旗部局厅处科所署司院府会办组央国务协党团队社站室馆校支联";

    /// <summary>Prefixes a post may carry when it stands after a name ("钟宝林副总理").</summary>
    public static readonly string[] PostPrefixes = { "常务副", "第一副", "代理", "副", "代", "总", "前", "原", "" };

    private static readonly WordSet AllPosts = new(OfficialPosts.Concat(OtherPosts));
    private static readonly HashSet<string> OfficialSet = new(OfficialPosts);
    private static readonly WordSet StopWords = new(Stops);
    private static readonly WordSet FollowerWords = new(Followers);

    /// <summary>The longest post starting at <paramref name="position"/>, or null.</summary>
    public static string? PostAt(string text, int position) => AllPosts.StartingAt(text, position);

    public static bool IsOfficialPost(string post) => OfficialSet.Contains(post);

    /// <summary>Whether a title is an office although its post is not one of <see cref="OfficialPosts"/>: posts in a
    /// party school or administrative academy (省委党校常务副校长), and the commander of a police or army unit
    /// (交警支队支队长, 武警总队总队长).</summary>
    public static bool IsOfficeByOrganisation(string title, string post) =>
        PartySchools.Any(s => title.IndexOf(s, StringComparison.Ordinal) >= 0) ||
        (post == "队长" && ForceUnits.Any(u => title.EndsWith(u + "长", StringComparison.Ordinal)));

    /// <summary>Whether a title is a foreign one (美国总统, 德国驻华大使, 联合国秘书长), whose holder's name may have no
    /// Chinese surname. A 国 that is not China's own (中国, 全国, 国务院, 国家) marks a foreign state.</summary>
    public static bool IsForeign(string title, string post)
    {
        if (ForeignPosts.Contains(post) || title.IndexOf("驻华", StringComparison.Ordinal) >= 0)
        {
            return true;
        }

        var domestic = title;
        foreach (var word in DomesticWords)
        {
            domestic = domestic.Replace(word, string.Empty);
        }

        return domestic.IndexOf('国') >= 0;
    }

    private static readonly string[] ForeignPosts = { "总统", "首相", "国务卿", "外相", "议长", "大使", "总领事", "领事", "大臣", "常务秘书", "国王", "女王", "苏丹", "亲王", "埃米尔" };
    private static readonly string[] DomesticWords = { "中国", "全国", "国务", "国家", "国资", "国土", "国防", "国有", "国际", "国税", "国安" };

    public static bool IsLeadingNamePost(string post) => LeadingNamePosts.Contains(post);

    public static bool EndsLikeOrganisation(string candidate) =>
        candidate.Length > 0 && OrganisationEnds.IndexOf(candidate[candidate.Length - 1]) >= 0;

    /// <summary>Whether the title's organisation makes it a non-official one (腾讯公司副总裁).</summary>
    public static bool IsNonGovernment(string title)
    {
        // The central bank is a state organ; a 大队 is a village (生产大队) or a police brigade (交警大队), not a team.
        var cleaned = title.Replace("人民银行", string.Empty);
        foreach (var organ in ForceUnits.Concat(PartySchools))
        {
            cleaned = cleaned.Replace(organ, string.Empty);
        }

        if (cleaned.EndsWith("人大代表", StringComparison.Ordinal) || cleaned.EndsWith("政协委员", StringComparison.Ordinal) ||
            cleaned.EndsWith("党代表", StringComparison.Ordinal) || cleaned.EndsWith("群众代表", StringComparison.Ordinal))
        {
            return true;
        }

        return NonGovernmentMarkers.Any(m => cleaned.IndexOf(m, StringComparison.Ordinal) >= 0);
    }

    /// <summary>Whether the post in front of the final one is a non-official one (学生代表, 村民代表).</summary>
    public static bool QualifiedByOtherPost(string title, string post)
    {
        var head = title.Substring(0, title.Length - post.Length);
        return OtherPosts.Any(o => head.EndsWith(o, StringComparison.Ordinal));
    }

    /// <summary>Whether a stop word ends just before <paramref name="position"/> (so a title cannot reach further left).</summary>
    public static bool StopEndsAt(string text, int position)
    {
        if (!StopWords.EndsAt(text, position))
        {
            return false;
        }

        // A verb naming a task force's work (督导组, 考察团, 调研组, 检查组) is part of the group's name, not a stop.
        // The group's own post follows (督导组组长, 考察团副团长); 陪同组长 stays the verb and a post.
        if (position + 1 < text.Length && GroupEnds.IndexOf(text[position]) >= 0 && text[position + 1] != '长' && position >= 2 &&
            IsHanWordBefore(text, position))
        {
            return false;
        }

        foreach (var exception in StopExceptions)
        {
            // The exception must cover the character just before the boundary to protect it (第五任 ends there, 发展和改革
            // spans it).
            for (var shift = 0; shift < exception.Length; shift++)
            {
                var start = position - exception.Length + shift;
                if (start >= 0 && start + exception.Length <= text.Length &&
                    string.CompareOrdinal(text, start, exception, 0, exception.Length) == 0)
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The length of the follower word at <paramref name="position"/>: 0 when none; 1 for punctuation and
    /// non-Han text (and the end of the text), which always end a name.</summary>
    public static int FollowerAt(string text, int position, out bool strong)
    {
        strong = true;
        if (position >= text.Length || !Text.ChineseText.IsHan(text[position]))
        {
            return 1;
        }

        if (PostAt(text, position) is { } post)
        {
            return post.Length;
        }

        foreach (var prefix in PostPrefixes)
        {
            if (prefix.Length > 0 && string.CompareOrdinal(text, position, prefix, 0, prefix.Length) == 0 &&
                PostAt(text, position + prefix.Length) is not null)
            {
                return prefix.Length;
            }
        }

        var follower = FollowerWords.StartingAt(text, position);
        if (follower is null && IsVerbWithZhe(text, position))
        {
            // A verb with the aspect particle (冒着, 顶着, 带着) goes on the sentence as surely as a listed verb.
            return 2;
        }

        strong = follower is { Length: > 1 };
        return follower?.Length ?? 0;
    }

    private static bool IsVerbWithZhe(string text, int position) =>
        position + 1 < text.Length && text[position + 1] == '着' && Text.ChineseText.IsHan(text[position]) && !IsFunctionWord(text[position]);

    /// <summary>Particles and speech verbs that close a name and hardly ever end one (钟灵等, 苗苗说).</summary>
    public static bool NeverEndsName(char c) => "等说称讲问答们的了在对向与及以于被把将从都也".IndexOf(c) >= 0;

    /// <summary>Particles, prepositions and pronouns, which never start a name (总统的来访 is no person 的来访).</summary>
    public static bool IsFunctionWord(char c) => "的了在是和与对将已也还就都所被把从向于等这那其该各此并而及或以为到来去上下中前后着过呢吗吧啊之".IndexOf(c) >= 0;

    /// <summary>The one-character words that close a name surely enough to end even an unusual one (山田太郎在, 刘云慧说).</summary>
    public static bool ClosesName(char c) => "说称等在".IndexOf(c) >= 0;

    public static bool StartsFollowerWord(char c) => FollowerStarts.IndexOf(c) >= 0;

    /// <summary>Whether a follower word of two or more characters (表示, 当天, 呼吁, 陆续) starts at <paramref name="position"/>:
    /// such a word after a title is the sentence going on, never the start of a name.</summary>
    public static bool StartsLongFollower(string text, int position) => FollowerWords.StartingAt(text, position) is { Length: > 1 };

    /// <summary>Characters that end a task force's name after the verb naming its work (督导组, 考察团).</summary>
    private const string GroupEnds = "组团";

    /// <summary>Whether the stop ending before <paramref name="position"/> is a two-character (or longer) Han word, a verb
    /// that can name a group, rather than a one-character preposition.</summary>
    private static bool IsHanWordBefore(string text, int position) =>
        Text.ChineseText.IsHan(text[position - 1]) && Text.ChineseText.IsHan(text[position - 2]) && !StopWords.EndsAtSingle(text, position);
}
