using System.Collections.Generic;

namespace NewsArchive.Core.Extraction;

/// <summary>Every word list the official extraction reads, in one place: posts, the organisations and stops around them,
/// the words that follow names. <see cref="TitleLexicon"/> answers questions over them; the readers hold none of their own.
/// Surnames and transliteration syllables are in <see cref="ChineseNames"/>.</summary>
internal static class TitleWords
{
    /// <summary>Posts of public office: party, state, legislature, judiciary, diplomacy, at any level. Prefixes (副, 常务副,
    /// 代理, 第一) and organisations come from the text in front.</summary>
    public static readonly string[] OfficialPosts =
    {
        "总书记", "书记", "常委", "委员", "委员长", "主任", "主席", "秘书长", "领导",
        "总理", "国务委员", "部长", "局长", "厅长", "处长", "科长", "所长", "署长", "司长", "主任委员",
        "省长", "市长", "县长", "区长", "州长", "乡长", "镇长", "盟长", "旗长", "村长", "专员", "村支书", "支书",
        "院长", "检察长", "庭长", "行长", "关长", "台长", "社长",
        "总统", "首相", "国务卿", "外长", "外相", "议长", "大使", "总领事", "领事", "参赞", "特使", "代表", "发言人", "协调员",
        "司令员", "司令", "总司令", "司令官", "政委", "组长",
        // Commanders of an army, division or brigade (第６师师长, 集团军军长).
        "军长", "师长", "旅长", "营长",
        // A head of state's national security adviser (总统国家安全事务助理).
        "国家安全事务助理",
        // Heads of state and government in every chain (党和国家领导人), a president's 特别助理, short forms of ministers.
        "领导人", "总干事", "特别助理", "王储", "财长", "防长", "常秘", "总督", "最高领袖",
        // Member of a department's leading party group, a post of its own in a chain (市生态环境局党组成员、副局长).
        "党组成员",
        // 行政长官 and its short form 特首 (Hong Kong, Macau); 团长 of a delegation (代表团团长, 副团长) or a regiment.
        "长官", "特首", "团长",
        // 大臣 of a monarchy's cabinet (外务大臣), a ministry's 常务秘书 (permanent secretary).
        "大臣", "常务秘书",
        // Organ-and-post forms read as one post: 审计署审计长, 防汛抗旱总指挥部总指挥, 市防汛指挥部指挥长.
        "审计长", "总指挥", "指挥长",
        // A commander (前进指挥所指挥官, 驻军指挥官), and a Taiwan village's chief (里长, like 村长).
        "指挥官", "里长",
        // Military ranks, written before or after the name (空军少将X, X少将, 发言人X中校), and police generals' ranks
        // (泰国移民局局长X警少将).
        "少将", "中将", "上将", "大校", "准将", "上校", "中校", "少校", "警少将", "警中将", "警上将",
        // Chiefs of staff (总参谋长, 联合参谋长).
        "参谋长",
        // Monarchs and hereditary heads of state (约旦国王, 文莱苏丹, 卡塔尔埃米尔), and the pope, head of the Vatican.
        "国王", "女王", "苏丹", "亲王", "埃米尔", "教皇",
        // Leaders of states and parties (巴勒斯坦领袖, 众议院民主党领袖), governors of Japanese prefectures and Indian states
        // (东京都知事, 邦长), a civil service rank (巡视员, 助理巡视员), party officers (党部主委, 干事长).
        "领袖", "知事", "邦长", "巡视员", "主委", "干事长",
        // The person in charge of an organ (国务院有关部门负责人, 市环保局负责人); a company's is none (NonGovernmentMarkers).
        "负责人",
        // Civil-service ranks below the leading posts (省住建厅调研员, 副厅级纪检员), and advisers by their state office
        // (国家安全顾问, 总统特别顾问, 台“国策顾问”); a 顾问 of anything else holds no office.
        "调研员", "纪检员", "安全顾问", "特别顾问", "国策顾问", "总统顾问",
        // Judges and prosecutors: courts and procuratorates are organs of the state (高等法院法官, 首席大法官, 检察官), as
        // are Hong Kong's magistrates and coroners (裁判官, 死因裁判官).
        "法官", "检察官", "裁判官",
        // A colonial governor (港督, the governor of Hong Kong) and an assistant secretary of state written short (国务院助卿).
        "港督", "助卿",
        // Macau's colonial governor, written short like 港督 (澳督韦奇立).
        "澳督",
        // Japan's and Korea's vice-ministers (外务次官, 事务次官), military attachés and press officers, a supreme commander
        // (副统帅), and the rank of 大将 with the other ranks.
        "次官", "武官", "新闻官", "统帅", "大将",
        // A chargé d'affaires (临时代办), a head of state (国家元首), a secretary of state of a ministry (国防部国务秘书) and
        // a spokesman (新闻发布官).
        "临时代办", "元首", "国务秘书", "发布官",
        // Japan's and Britain's ministers written short with 相 (财相, 防卫相, 文部科学相, 经济产业相).
        "财相", "藏相", "防卫相", "文部科学相", "文科相", "经济产业相", "经产相", "国土交通相", "法务相", "总务相", "厚生劳动相",
        "厚生相", "农林水产相", "农相", "环境相", "经济财政相",
        // A state counsellor (缅甸国务资政, 内阁资政), colonial Hong Kong's chief secretary (布政司), a press secretary
        // (总统新闻秘书) and a party's treasurer (全国委员会司库).
        "资政", "布政司", "新闻秘书", "司库",
        // Taiwan's premier and vice-ministers written short (阁揆, 经济部次长), and the officers of a party's caucus in
        // the legislature or a council (民进党团总召, 党团书记长), counted with 干事长.
        "阁揆", "次长", "总召", "总召集人", "书记长",
        // An American state's secretary of state (佛州州务卿) and the White House's chief of staff (白宫幕僚长).
        "州务卿", "幕僚长",
        // The chief of a river system, a post party and government leaders hold (市委书记、市总河长X).
        "总河长",
    };

    /// <summary>Titles that name a person without public office; the person is kept with role Other.</summary>
    public static readonly string[] OtherPosts =
    {
        "董事长", "董事", "总经理", "经理", "总裁", "总监", "首席执行官", "创始人", "合伙人", "厂长", "老板", "店长", "站长",
        "教授", "副教授", "院士", "研究员", "专家", "学者", "工程师", "博士", "博士生", "研究生", "硕士", "医生", "医师", "护士",
        "教师", "老师", "校长", "会长", "理事长", "馆长", "主编", "总编辑", "律师", "作家", "剧作家", "画家", "导演", "演员",
        "歌手", "选手", "运动员", "教练", "主教练", "队长", "队员", "冠军", "得主", "村民", "居民", "市民", "农民", "群众", "学生",
        "民警", "警官", "干警", "骑手", "司机", "工人", "职工", "大户", "志愿者", "游客", "网友", "患者",
        // A firm's chiefs as Taiwan, Hong Kong and wire copy write them (执行长 is no 行长, 首席执行长, 营运长, 财务长; a
        // government bureau's 执行长 is an office by its organisation, see TitleLexicon.IsOfficeByOrganisation), and
        // goodwill and brand ambassadors, who hold no embassy (亲善大使, 形象大使, 推广大使).
        "执行长", "首席执行长", "营运长", "运营长", "财务长", "首席运营官", "首席财务官", "首席技术官",
        "亲善大使", "形象大使", "推广大使", "宣传大使", "公益大使", "代言人",
        // An adviser: a head of state's or government's, or an organ's, holds office (TitleLexicon.IsOfficeByOrganisation).
        "顾问",
        // Medical ranks, which hold 主任 without heading anything (副主任医师X, 主任护师).
        "主任医师", "副主任医师", "主任护师", "主任药师", "主任技师", "主治医师", "住院医师",
    };

    /// <summary>Organisations that make any post in them a non-official one: companies, banks, schools, societies.</summary>
    public static readonly string[] NonGovernmentMarkers =
    {
        "公司", "集团", "企业", "银行", "大学", "学院", "学校", "中学", "小学", "研究所", "研究院", "医院", "协会", "学会", "研究会", "商会",
        "科协", "工商联", "基金会", "工厂", "厂", "俱乐部", "队", "剧团", "剧院", "报社", "电视台", "事务所", "合作社", "超市", "酒店",
        "艺术团", "歌舞团", "乐团", "合唱团", "旅行团", "旅游团", "校党委", "校纪委", "校团委",
        // Design institutes are enterprises (交通规划设计院, 建筑设计院); a project's posts are no office (项目副主任).
        "设计院", "项目",
        // Panels of experts and technical committees advise; they hold no office (专家组组长, 消防标准化技术委员会委员).
        "专家组", "技术委员会",
        // Alumni bodies, business associations, the Red Cross, research and blood centres, a hospital's departments and
        // wards (妇产科二病区主任).
        "校友会", "企业家", "红十字", "研究中心", "血液中心", "科主任", "病区",
        // Friendship associations and social (non-governmental) organisations (里长联谊总会, 社会公益组织).
        "联谊会", "联谊总会", "社会组织", "公益组织",
        // People's organisations (workers' unions abroad, the federations of women, youth, returned overseas Chinese, writers and
        // artists, journalists, friendship associations), federations and Olympic committees, a factory's workshop.
        "工人联合会", "妇联", "青联", "侨联", "文联", "作协", "记协", "友协", "联合会", "奥委会", "足协", "足联", "车间",
        // Public-health institutions, like hospitals (疾控中心主任, 社区卫生服务中心主任).
        "疾控中心", "疾病预防控制中心", "卫生服务中心",
        // Rebel and armed groups, whose posts are no public office (猛虎组织发言人, 哈马斯领导人), and the opposition
        // (反对派领袖, 反对党领袖, 反对组织国民议会的秘书长).
        "猛虎组织", "解放之虎", "新人民军", "哈马斯", "塔利班", "基地组织", "反对派", "反对党", "反对组织",
        // Liberation fronts and resistance organisations (克什米尔解放阵线领导人, 抵抗组织领导人), armed movements too, and
        // the Red Crescent, like the Red Cross.
        "解放阵线", "抵抗组织", "红新月",
        // A company's board (董事局主席, 董事会执行主席), forums (技术论坛秘书长), a school's class teacher (班主任) and a
        // university's council (校委会), federations of societies (支联会).
        "董事局", "董事会", "论坛", "班主任", "校委会", "联会",
        // The council for the promotion of trade (贸促会) is a people's organisation too.
        "贸促会", "贸易促进委员会",
        // Securities firms (英大证券所长) and charitable funds (公益基金管委会副主任).
        "证券", "公益基金",
        // Holding companies (万通控股主席), civic groups (妇女团体理事会主席, 学生团体部部长) and railway stations, which the
        // railway company runs (火车站负责人).
        "控股", "团体", "火车站",
        // Academies of social science and of education science (research institutes), township hospitals, museums,
        // painting academies, studios, a football league, and illegal armed groups.
        "社科院", "社会科学院", "教科院", "卫生院", "博物馆", "博物院", "博物苑", "画院", "工作室", "意甲", "非法武装",
        // Sports federations and the Olympic movement's commissions (国际乒联, 国际自行车联盟, 奥林匹克教育委员会), and trade
        // unions, a people's organisation (中华全国总工会, 全总; real-officials-s17, s18 and s20 all label them so).
        "乒联", "自行车联盟", "奥林匹克", "奥运会协调委员会", "总工会", "全总",
        // The basketball association and the Chinese Go academy (篮协常务副主席, 中国棋院院长), like the football one.
        "篮协", "棋院",
        // Publishers (出版社社长), normal universities by their short names (广西师大, 师范学院) and a university's departments
        // (中文系党委书记, 系主任).
        "出版社", "师大", "师范", "系党委", "系主任",
        // Commercial banks by their short names (中行四马路支行行长; not 支行: the central bank has them too), and central
        // state-owned firms by theirs (中铁十一局, 中铁电气化局党委书记: a firm's bureau, not a ministry's).
        "中行", "工行", "农行", "建行", "交行", "中铁", "中石油", "中石化", "中海油",
        // Clubs (香港赛马会主席), Japanese and Korean companies (株式会社副社长), promotion societies (文化促进会秘书长) and
        // forest farms (林场党委书记): the held-out sets s22 and s23, studied after their measurements, label none of their
        // posts as offices. (Games' organising committees stay offices: s20 and s22 count 北京奥组委, though not London's.)
        "赛马会", "马会", "株式会社", "促进会", "林场",
        // Movements for democracy, civil rights or independence (民运领袖, 民权运动领袖, 独运领袖), Malaysia's Olympic council
        // and art museums (奥理会, 美术馆), like 奥委会 and 博物馆.
        "民运", "民权运动", "独运", "奥理会", "美术馆",
        // Juries of festivals and contests (评委会主席, 评审团主席), students' unions, homeowners' committees and fan clubs
        // (业主委员会主任, 后援会会长): web news quotes their heads often; none is an office.
        "评委会", "评审团", "学生会", "业主委员会", "业委会", "后援会",
        // A candidate's campaign (希拉里竞选阵营的发言人, 竞选总部主任): no office until the election is won.
        "竞选阵营", "竞选团队", "竞选总部", "竞选办公室",
        // Branches of societies, associations of people from one place, lawyers' associations, students' and scholars'
        // associations abroad (CSSA, 学联), open tournaments, laboratories and schools attached to universities.
        "分会", "同乡会", "律协", "学联", "CSSA", "公开赛", "实验室", "附中", "附小",
        // Universities by their short names (北大党委书记, 清华副校长) and football clubs that sports news names by theirs
        // (皇马主席; not clubs named by their city, 米兰 or 利物浦, whose mayors hold office).
        "北大", "清华", "复旦", "皇马", "巴萨", "曼联", "切尔西", "阿森纳", "拜仁", "尤文", "国米", "热刺",
        // A firm's departments (工程部部长, 市场部经理); not 技术部 (科学技术部) or 安全部 (国家安全部), ministries' names.
        "工程部", "市场部", "销售部", "营销部", "采购部", "研发部", "客服部", "运营部", "生产部",
        // Taiwan's local bodies of no office: farmers' and fishermen's associations (区农会总干事), temples' committees
        // (庙主委; not 庙 alone: 文庙居民区 is a place named after one), service clubs (扶轮社社长, 狮子会会长); a campaign's
        // headquarters written short (竞总发言人, 选战总干事) and stores (卖场发言人).
        "农会", "渔会", "庙主委", "扶轮社", "狮子会", "竞总", "选战", "卖场",
        // Offices only schools and universities have, whoever the school is written as (北理工, 该院, 五中): the dean's and
        // students' offices, admissions and careers, a school's dean of studies and an examination site.
        "教务处", "学生处", "招生就业处", "就业指导中心", "教导处", "教导主任", "考点",
    };

    /// <summary>Nouns of institutions, which no given name is: a reading after a title that ends with one is a
    /// preposition and its object (检察官向医院提供, 主任委员银行).</summary>
    public static readonly string[] InstitutionNouns = { "医院", "银行", "学校", "公司", "大学", "中学", "小学", "法院", "政府", "部门" };

    /// <summary>Nouns a post stands before as a modifier (总统府, 总统选举, 部分总统权力, 首相官邸, 市长候选人, 领袖峰会): there the post
    /// names an office, not a person holding it, and no name goes with it.</summary>
    public static readonly string[] NounsAfterPost =
    {
        "峰会", "高峰会", "府", "选举", "大选", "竞选", "权力", "职位", "宝座", "官邸", "任期", "候选人", "人选", "热线",
        // A rank's insignia (晋升上将军衔), the appointment of judges (法官任免), a body of them (法官队伍).
        "军衔", "任免", "队伍",
        // The presidential suite of a hotel (总统套房), a chief executive's policy address (行政长官施政报告), the post as a
        // place (部长位置上), a council of presidents (安共体总统理事会).
        "套房", "施政", "位置", "理事会",
        // A sports team named after the post (萨克拉门托国王队), a delegation or presidium (代表团, 主席团).
        "队", "团",
        // An era named after a holder (维多利亚女王时代, 总统时代) and a strategic dialogue of ministers (外长战略对话).
        "时代", "战略",
        // A prime minister's office (新加坡总理公署), a president's guards (总统卫士, 总统卫队), and the capacity of one
        // (以战区陆军领导身份亮相, 以总统身份).
        "公署", "卫士", "卫队", "身份",
    };

    /// <summary>How the title of a state's or body's representative ends (朝核问题特别代表, 美国贸易代表, 政党副代表); a
    /// mission's (常驻联合国代表, 驻华代表) holds 驻. Any other 代表 speaks for a group (学员代表, 中方代表, 谈判代表, 州长代表) and holds no office by that title.</summary>
    public static readonly string[] OfficialDelegateMarks = { "特别代表", "高级代表", "贸易代表", "政府代表", "全权代表", "首席代表", "副代表", "首席谈判代表",
        // The leader of a Japanese or Korean party is its 代表 (公明党代表, 民主党代表, 大国家党代表), unlike a delegate to
        // a party congress (党代表).
        "公明党代表", "民主党代表", "社民党代表", "国民新党代表", "大国家党代表", "新进党代表", "自由党代表" };

    /// <summary>Generic words for organs of state that end an organisation as surely as 局 or 委 (有关部门, 行政机构).</summary>
    public static readonly string[] OrganWords = { "部门", "机构", "机关" };

    /// <summary>Words of kinship that close a list of names (X、Y父子, X、Y夫妇): the people are one family, and a title
    /// before the list is only the first's.</summary>
    public static readonly string[] KinshipWords = { "父子", "父女", "母子", "母女", "夫妇", "夫妻", "兄弟", "姐妹", "兄妹", "姐弟", "一家" };

    /// <summary>Delegates and members of assemblies, who hold no office by that title (人大代表, 政协委员, and Taiwan's
    /// legislators, 立法委员, as the annotators of every set that names them judged).</summary>
    public static readonly string[] Delegates = { "人大代表", "政协委员", "党代表", "群众代表", "立法委员" };

    /// <summary>Intergovernmental banks and funds: their heads (总裁, 行长) hold an office of an intergovernmental body
    /// (世界银行总裁), though 银行 otherwise marks a company.</summary>
    public static readonly string[] IntergovernmentalBanks =
    {
        "世界银行", "世行", "亚洲开发银行", "亚行", "亚洲基础设施投资银行", "亚投行", "国际货币基金组织", "欧洲中央银行", "欧洲央行",
        "非洲开发银行", "美洲开发银行", "国际清算银行", "新开发银行",
    };

    /// <summary>Government offices whose name ends like a firm's (Taiwan's household and land registration offices,
    /// 户政事务所, 地政事务所; the American Institute in Taiwan, the United States' office there; securities regulators,
    /// though 证券 marks a firm): their heads hold public office.</summary>
    public static readonly string[] GovernmentOfficesLikeFirms = { "户政事务所", "地政事务所", "美国在台协会", "证券交易委员会", "证券监督管理委员会" };

    /// <summary>Party schools and administrative academies are organs of the party and state: their 校长, 副校长 and
    /// 院长 hold public office, unlike those of other schools.</summary>
    public static readonly string[] PartySchools = { "党校", "行政学院" };

    /// <summary>Units of the police, armed police and army named with 队 or 集团, which otherwise mark a team or a company
    /// (交警大队, 东海舰队, 第七十六集团军, 菲律宾武装部队, 96301部队).</summary>
    public static readonly string[] ForceUnits = { "大队", "总队", "支队", "中队", "舰队", "集团军", "部队" };

    /// <summary>When an office was held (时任 then serving, 现任 now serving, 前任 formerly): kept at the head of a title
    /// as written (现任总统X), and a title between one of them and 的 is the office of the name after 的
    /// (时任国务院副总理的邓小平).</summary>
    public static readonly string[] HeldWhenWords = { "时任", "现任", "前任", "候任" };

    /// <summary>Verbs of holding a post (挂职 seconded as, 担任 serving as, 原任 formerly serving as, 作为 and 身为 as) that are no part of the title after
    /// them: a title between one of them and 的 is, like <see cref="HeldWhenWords"/>, the office of the name after 的
    /// (挂职甘孜县委组织部副部长的周庆玺).</summary>
    public static readonly string[] HoldingVerbs = { "挂职", "担任", "原任", "作为", "身为" };

    /// <summary>Length of every word of <see cref="HeldWhenWords"/>.</summary>
    public const int HeldWhenWordLength = 2;

    /// <summary>Words in front of a post that end the title: verbs and prepositions that connect it to the sentence.</summary>
    public static readonly string[] Stops =
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
        // Written-style conjunctions (且, 除), "this", and verbs of news before a title (包含议长X, 特赦前总统X, 外界关注X,
        // 联系X). 于 stays out: it starts places (于都县).
        "此", "除", "且", "包含", "特赦", "关注", "联系",
        // "Then serving as" (时任国务院副总理的X), verbs of criticism, broadcasting, evasion and restatement before a title
        // (批评总统X, 播出台湾总统X, 避谈特首, 重申行政长官), and 派 "sent" (他派军需署长X; not 派出所, 派驻, 特派).
        "时任", "批评", "播出", "避谈", "重申", "派", "给予",
        // Distance to (距离X荣誉主席), assisting (协助主任X), times of the day (上午王主任查房).
        "距离", "协助", "上午", "下午", "晚上", "凌晨",
        // Verbs and markers that end a title on foreign news too: an invitation (应法国总统), a dateline (本报讯, 又讯, 12日讯,
        // 12日电), a dismissal, an approval, a greeting at the airport, a spouse (X夫人).
        "应", "报讯", "日讯", "社讯", "又讯", "日电", "解除", "批准", "代行", "迎接", "夫人", "响应", "号召",
        // Time words before a name and its post (去年胡锦涛主席访蒙以来).
        "去年", "今年", "明年", "昨天", "今天", "明天", "近日", "日前", "当天", "当晚", "最近", "如今",
        "本周", "上周", "下周", "本月", "上月", "下月", "上星期", "下星期",
        // Prepositions of regard and basis (对于民进党团总召X说, 鉴于), and an election before the office it fills
        // (2022大选台南市长X).
        "对于", "至于", "鉴于", "基于", "大选",
        "在", "了", "的", "与", "和", "及", "同", "向", "对", "由", "是", "为", "据", "兼", "被", "把", "将", "给", "让",
        "请", "以", "从", "到", "至", "就", "并", "也", "还", "又", "曾", "即", "已", "等", "说", "称", "任", "或",
        "均", "跟", "替", "叫", "问", "告诉", "听", "看", "见", "我", "受", "获", "由于", "通过",
        "我省", "我市", "我县", "我区", "我乡", "我镇", "我村", "本省", "本市", "本县", "本区", "该省", "该市", "该县", "该区",
        "若", "位", "名", "个", "这", "那", "该", "其", "各", "每", "些", "之", "们", "有", "无", "非", "前", "后",
        // The aspect particle ends a verb phrase (拉着, 陪着), never stands in a title; so do conjunctions and adverbs of
        // written style (但布什总统, 而市长).
        "着", "但", "而", "却", "亦", "仍",
        // People of a court case: the title of an accused official starts after them (被告人原X局局长), never inside them.
        "被告人", "嫌疑人",
        // Parts of a month (七月中旬科技部部长), a meeting or ceremony as a place (新闻发布会上国务院侨办主任, 开幕式上),
        // support given (支持卡巴总统领导的政府), expectation and cause (预计, 使得卡特总统要…), the late (已故教皇).
        "上旬", "中旬", "下旬", "会上", "式上", "支持", "预计", "使得", "已故", "证实", "敬祝", "祝愿",
        // Verbs that take an official as object (责令内务部长, 罢免村委会主任, 攻占…主席的官邸, 训令大使, 传出副总统),
        // what is short (短缺), and times of the day and local time (当地时间三十号中午国务院总理).
        "责令", "罢免", "攻占", "训令", "传出", "短缺", "中午", "早上", "傍晚", "晚间", "当地时间",
        // Verbs of a letter, of help and of cause before an official as object (致深圳坪山区委书记X的公开信, 借助原副部长X,
        // 导致总统X下台).
        "致", "借助", "导致",
        // "As" (正如印空军参谋长X所说).
        "正如",
        // According to, because of, however, succeeding, expelled from the party, ordering, consulting (按经济财政司司长X指示,
        // 因前知事X去世, 不过国家发改委…司长, 继…书记处书记X之后, 开除党籍, 命令前总理, 求教于…前院长).
        "按", "因", "不过", "他及", "继", "党籍", "命令", "求教于",
        // Seconded as (援藏工作队挂职炉霍县副县长X): the team that sends the official is no part of the title; a place
        // of the scene (论坛现场甘孜州人民政府副州长X, 会议现场).
        "挂职", "现场",
        // Having served as (曾经担任过罗马市长的X): the aspect particle is no part of the title; following (跟随镇长X).
        "任过", "跟随",
        // When (当铁道部部长X踏上…); not 当地, 当局, 当时, 当代, 当今, 担当 (StopExceptions). Combining with (结合X副主席的
        // 辅导宣讲).
        "当", "结合",
        // Such as (如广东省委原常委X; not 如皋, 如东), deploying, filling a vacancy, close to, blaming (部署国务院总理…,
        // 递补原党主席, 接近总统的人士, 归咎于过渡政府领导人).
        "如", "部署", "递补", "接近", "归咎于",
    };

    /// <summary>Words that, in front of a post, are not a stop after all ("代" in 代省长 is the acting prefix).</summary>
    public static readonly string[] StopExceptions =
    {
        "共和国", "前苏联", "以色列", "也门", "对外", "非洲", "非盟",
        // 和平 is peace, not "and" (和平特使, 和平委员会主席).
        "和平",
        // Ordinal terms of office: 第五任行政长官, 首任局长.
        "第一任", "第二任", "第三任", "第四任", "第五任", "第六任", "第七任", "第八任", "第九任", "第十任", "首任",
        // Departments named with 管理和/管理与 (网络综合协调管理和执法督查局), and Hong Kong's coroner (死因裁判官), whose
        // 因 is no "because".
        "管理和", "管理与", "死因",
        // Headquarters and commanders on the scene (抢险现场指挥部总指挥, 驻现场总指挥).
        "现场指挥", "现场总指挥", "驻现场",
        // Bureaus of environmental protection and forestry (环境保护和林业局), counties whose name starts with 若 "if" (若尔盖县, 若羌县).
        "保护和", "若尔盖", "若羌",
        // Sofia, whose 非 is no "not" (索非亚市长); Hohhot and Yingcheng, whose 和 and 应 are no "and" and "at the request
        // of" (呼和浩特市公安局局长, 应城市市长); the Zhi Gong party (致公党). (内蒙古: TitleReader.IsInnerMongolia.)
        "索非亚", "呼和浩特", "应城", "致公",
        // Government departments named with 和 (发展和改革委员会, 住房和城乡建设局, 人力资源和社会保障厅).
        "发展和改革", "住房和城乡", "资源和社会", "工业和信息", "文化和旅游", "资源和规划", "民族和宗教", "卫生和计划",
        "科学技术和", "新闻出版和", "农业和农村", "交通和运输", "商务和", "水利和", "人口和", "环境和", "安全和",
        // Offices named with 与 (欧盟外交与安全政策高级代表, 科学与技术部).
        "外交与安全", "科学与技术", "改革与发展",
        // Standing bodies (常任委员会, 常任代表): 任 is "serve as" elsewhere. Ministries of defence named with 和
        // (国防和国民服务部, 国防和退伍军人事务部).
        "常任", "国防和",
        // Bodies of trade and development (联合国贸易和发展会议, 经济合作和发展组织), the American Institute in Taiwan.
        "和发展", "在台协会",
        // 应急管理局 (emergency management), 名誉主席 (honorary chair), 非国大 (the African National Congress).
        "应急", "名誉", "非国大", "党和国家",
        // Words with 应 that name a company's or institute's field (供应链公司总经理, 应用技术研究院院长).
        "供应", "适应", "反应", "对应", "相应", "应用", "效应",
        // 问题 names an envoy's or a group's brief (也门问题特使, 朝核问题特别代表), not the verb 问.
        "问题",
        // 有关部门 (the departments concerned) is an organisation: 国务院有关部门负责人; the opposition is a body, not the verb
        // 反对 (反对派领袖).
        "有关", "反对派", "反对党",
        // A police station (派出所所长), a posting (派驻), an envoy (特派员): 派 is no verb there.
        "派出", "派驻", "特派", "党派",
        // 非法 is "illegal", not 非 (非法武装发言人); 新任 is "newly appointed", not 任 (统计局新任局长).
        "非法", "新任",
        // States named with 和 (安提瓜和巴布达总督).
        "安提瓜和巴布达", "特立尼达和多巴哥", "圣多美和普林西比", "波斯尼亚和黑塞哥维那", "圣文森特和格林纳丁斯", "圣基茨和尼维斯",
        // 高等 is "higher", not 等 "and others" (高等法院法官, 高等学校); an envoy to talks is no verb (六方会谈特使).
        "高等", "会谈特使",
        // 就业 is employment (就业处处长, 就业中心主任), not 就.
        "就业",
        // Intangible heritage (非遗保护中心, 民俗与非遗研究室) and fellow-townsmen (同乡会主席): no "not", no "with".
        "非遗", "同乡",
        // Local, the authorities, then, contemporary, today: 当 is no "when" there (当地警察局局长, 当时的美国大使).
        "当地", "当局", "当时", "当代", "当今",
        // Rugao and Rudong, whose 如 is no "such as" (如皋市市长).
        "如皋", "如东",
        // A Japanese minister in charge of a portfolio (行政改革担当大臣); integrated medicine (中西医结合科主任), 结合 no verb.
        "担当", "中西医结合", "医结合",
    };

    /// <summary>What may follow a name: the verbs, prepositions and particles of a sentence, or another post (X总书记).</summary>
    public static readonly string[] Followers =
    {
        "强调", "指出", "主持", "会见", "会晤", "会谈", "出席", "参加", "表示", "介绍", "要求", "一行", "同志", "讲话", "致辞",
        "陪同", "看望", "慰问", "调研", "考察", "听取", "通报", "宣布", "宣读", "回答", "带队", "带领", "率领", "率团", "前往",
        "来到", "深入", "走访", "提出", "希望", "认为", "代表", "分别", "先后", "一同", "共同", "汇报", "说明", "作了", "做了",
        "发表", "感谢", "欢迎", "祝贺", "签署", "抵达", "访问", "访华", "当选", "接受", "对此", "强烈", "亲切", "亲自", "专程",
        "一起", "同时", "随后", "首先", "最后", "则", "等人", "等", "说", "称", "讲", "问", "答", "谈", "在", "对", "和", "与",
        "都", "因", "因为", "当场", "当即", "当面",
        // Verbs of a call or company (外长X通电话, 主席X陪伴在侧), and the government or regime a leader heads (总统X政府).
        "通电话", "通话", "陪伴", "政府", "政权",
        // Honorifics after a name or a post (王刚先生, 市长先生), and words that end a name before the sentence goes on (X和Y
        // 之间, X通过电话).
        "先生", "女士", "之间", "通过",
        "及", "同", "向", "也", "还", "就", "是", "为", "从", "到", "来", "的", "将", "已", "曾", "又", "并", "即", "要", "会",
        "作", "做", "给", "把", "被", "让", "请", "以", "于", "赴", "任", "兼", "主张", "坦言", "透露", "告诉", "解释", "补充",
        "总结", "部署", "批示", "指示", "寄语", "致信", "致电", "手", "们", "率", "举行", "应邀", "专门", "近日", "日前", "今天",
        "昨天", "今日", "昨日", "当天", "此前", "近期", "随即", "立即", "特别", "充分", "高度", "详细", "简要", "重点", "主要",
        "现场", "实地", "一直", "多次", "再次", "首次", "刚刚", "正在", "正式", "紧急", "专题", "逐一", "认真", "具体", "明确",
        "呼吁", "陆续", "涉嫌", "组织", "站在", "当晚", "当日", "重申", "敦促", "接见",
        // Attending a hearing or session without a vote (旁听庭审, 列席会议).
        "旁听", "列席",
        // What a clause goes on with after a holder's name (X总书记关于…, X有可能, X批准, X代行), time words (卡茨去年12月,
        // 孟巴稍早前指出) and a spouse (X夫人).
        "关于", "可能", "有可能", "批准", "代行", "去年", "今年", "明年", "前天", "上午", "下午", "晚上", "稍早", "稍后", "早前", "夫人", "一行人",
        // 一 with a measure word or an adverb goes on the sentence (X一声令下, X一再强调, X一贯主张).
        "一声", "一再", "一贯", "一向", "一度",
        // Verbs of foreign and political news that follow a holder's name (霍尔布鲁克进行会谈, X最近披露, 总统执政以来).
        "进行", "最近", "披露", "宣称", "声称", "否认", "承认", "警告", "指责", "批评", "赞扬", "支持", "反对", "执政", "来华",
        "访美", "提名", "选举", "取得", "撤换", "接待", "出访", "返回", "离开", "辞职", "上任", "上台", "下台", "就职", "拒绝",
        "同意", "发布", "签发", "颁布", "任命",
        // Entrusted by (受X委员长委托), in office (从X书记任上调到…), grandly (副书记隆重送上).
        "委托", "任上", "隆重",
        // His Excellency (罗马尼亚政府总理X阁下), local time (美国总统X当地时间17日).
        "阁下", "当地时间",
        // Then (新任主席X·Y便宣布), and what someone said (正如空军参谋长X所说).
        "便", "所说",
        // Becoming, achieving, confirming (贝尔杰成为首位来访的总统, 基什内尔总统实现互访, 盖茨证实).
        "成为", "实现", "证实", "提议",
        // A slogan's wish after a leader's post (毛主席万寿无疆).
        "万寿无疆",
        // A service before the rank after a name (布鲁赫海军上将).
        "海军", "陆军", "空军",
        // Time words and verbs of news that run on after a transliterated name (X明天抵达, X中午签约, X介入, X面对压力,
        // X预定六日抵达, X谈判), and the adverbs 亦 ("also", X亦表示), 仍 ("still", X仍将出访) and 未 ("not yet", X未完成的任期).
        "明天", "后天", "中午", "凌晨", "早上", "傍晚", "晚间", "上周", "下周", "本周", "谈判", "面对", "介入", "应该", "预定",
        "预计", "坚称", "失利", "成功", "亦", "仍", "未",
        // Days of the week (发言人X周三表示, X星期五抵达) and the verb of convening (X召开记者会).
        "周一", "周二", "周三", "周四", "周五", "周六", "周日", "周末", "星期", "召开",
        // The case of a named official (陈刚案, 张琦案等典型案件).
        "案",
        // Verbs of pledges and orders (X承诺, X誓言, X下令, X坚持); not 表态, which follows 作 (X作表态发言).
        "承诺", "誓言", "下令", "坚持",
        // Condemning (X谴责), taking office (X任职), as ever (X一如既往地).
        "谴责", "任职", "一如既往", "视察",
        // Later, and the months around now (X后来宣誓, X本月底访问).
        "后来", "本月", "上月", "下月", "月底", "月初",
        // Not only, because, very, formed (X不仅提议, X由于…, X很清楚, X组建的政府).
        "不仅", "由于", "很", "组建",
        // Alone, summoned (X总理单独会见, X召见).
        "单独", "召见",
        // Adverbs of manner after a name (X严厉谴责, X高调开腔, X连连祝贺, X公开表示): a reading never starts with them.
        "严厉", "高调", "连连", "公开", "毅然", "断然",
        // A transliteration's note (全岱哲译音, X（译音）), and 致 of a speech (X致欢迎词, X致开幕词).
        "译音", "致",
        // Kinship after names (X、Y父子, X夫妇): see KinshipWords.
        "父子", "父女", "母子", "母女", "夫妇", "夫妻", "兄弟", "姐妹", "兄妹", "姐弟",
        // Verbs after a name that the readings ran on into (X提供建议, X看来并不满足, X出任新总理, X防止…, X合作, X竞选),
        // and lately (X近来也说明).
        "提供", "看来", "出任", "防止", "合作", "竞选", "近来", "精心", "甚至", "允许", "早在",
        // "Intends to" (X欲竞选, X欲辞职): a word of one character, which also never ends a name (NeverEndingName).
        "欲",
        // 将军 (general) after a name is a rank or an honorific, no part of it (司令X将军日前透露).
        "将军",
        // Inviting (总统X邀请…出席), deciding (部长X决定), can (市长X可以), praising and believing (大使X盛赞, 法官X相信).
        "邀请", "决定", "可以", "盛赞", "相信",
        // Verbs of web news after a name (X否定, X推出, X发言, X赶赴现场, 郝平转任…) and words that open no name after a post
        // (院长连续三年, 厕所长时间…: 所长 then 时间; not 白天, a name as well: 司长白天).
        "否定", "推出", "发言", "赶赴", "赶到", "赶往", "转", "连续", "时间",
        // Weeks and months before and after now (川普上星期与…会面, X下个月访华), for days on end (X连日疾呼), and the
        // dates Taiwan's papers write after a name (X今(22日)表示, X昨（21）日说).
        "上星期", "下星期", "上个月", "下个月", "连日", "今(", "今（", "昨(", "昨（",
        // Adverbs of surprise and course after a post (所长居然是…, 市长竟然, 书记依然), and a leader's line (毛主席路线).
        "居然", "竟然", "果然", "显然", "依然", "仍然", "突然", "忽然", "路线",
        // Words a reading ran on into after a post (总理曾经提出, 总统相应的政策, 负责总统安全, 领导方式): 曾, 相, 安 and 方
        // are surnames too.
        "曾经", "相应", "安全", "方式",
        // Taking the oath (总统宣誓就职).
        "宣誓",
        // What someone thinks (请教副院长看法), and as well as (州委书记X以及…), frankly (副市长X坦率地说), stepping up to
        // greet (市委常委X迎上前来), just back from (书记X刚从医院回来).
        "看法", "以及", "坦率", "迎上前", "迎上来", "迎上去", "刚从",
    };

    /// <summary>First characters of common follower words: a three-character name ending in one of these is read as a
    /// two-character name and a follower when the shorter reading fits (朱健主持, 李强在).</summary>
    public const string FollowerStarts = "当都因率举应专近日今昨此随立特充高详简重现实多再首刚正紧逐具明在对和与及同向说称讲作做等也还就是为从到来的将已曾又并则即要致答谈赴任兼被以于一主出参表介指强会听看接调考宣回通陪慰深走前带希认分先共感欢祝发签亲抵访提汇转";

    /// <summary>Posts after which a name may stand in front of the post ("习近平总书记") although the name was not seen
    /// elsewhere on the page. Other posts need a name already known there ("包振宇书记").</summary>
    public static readonly string[] LeadingNamePosts =
    {
        "总书记", "总理", "副总理", "总统", "副总统", "委员长", "副委员长", "首相", "国务卿", "主席", "副主席", "书记", "副书记",
        // Monarchs (西哈努克国王, 伊丽莎白女王).
        "国王", "女王",
        // A foreign minister, speaker or envoy of a state (谢瓦尔德纳泽外长, 鲍威尔国务卿, 钱其琛外长).
        "外长", "外相", "副外长", "议长", "大使", "防长", "财长",
    };

    /// <summary>Characters an organisation or place ends with, never a name: 区委 is a district committee, not Mr 区.</summary>
    public const string OrganisationEnds = "委市省县区乡镇村州盟旗部局厅处科所署司院府会办组央国务协党团队社站室馆校支联";

    /// <summary>Prefixes a post may carry when it stands after a name ("钟宝林副总理").</summary>
    public static readonly string[] PostPrefixes = { "常务副", "第一副", "代理", "副", "代", "总", "前", "原", "" };

    /// <summary>Posts held only in foreign states, whose holder's name may have no Chinese surname.</summary>
    public static readonly string[] ForeignPosts =
    {
        "总统", "首相", "国务卿", "外相", "议长", "大使", "总领事", "领事", "大臣", "常务秘书", "常秘", "国王", "女王", "苏丹", "亲王",
        "埃米尔", "总督", "最高领袖", "王储", "知事", "邦长", "教皇",
        "财相", "藏相", "防卫相", "文部科学相", "文科相", "经济产业相", "经产相", "国土交通相", "法务相", "总务相", "厚生劳动相",
        "厚生相", "农林水产相", "农相", "环境相", "经济财政相",
        // A state counsellor (缅甸国务资政, 内阁资政), colonial Hong Kong's chief secretary (布政司), a press secretary
        // (总统新闻秘书) and a party's treasurer (全国委员会司库).
        "资政", "布政司", "新闻秘书", "司库",
    };

    /// <summary>Foreign states and bodies as news text names them, full and short (巴新, 斯里兰卡, 欧盟): a title naming
    /// one is foreign, and its holder's name is transliterated; such a word before a post is never the holder's name.</summary>
    public static readonly string[] ForeignStates =
    {
        "美国", "英国", "法国", "德国", "日本", "俄罗斯", "俄国", "意大利", "西班牙", "葡萄牙", "荷兰", "比利时", "卢森堡", "瑞士",
        "奥地利", "瑞典", "挪威", "丹麦", "芬兰", "冰岛", "爱尔兰", "波兰", "捷克", "斯洛伐克", "匈牙利", "罗马尼亚", "保加利亚",
        "希腊", "塞尔维亚", "克罗地亚", "斯洛文尼亚", "波黑", "黑山", "阿尔巴尼亚", "北马其顿", "马其顿", "乌克兰", "白俄罗斯",
        "摩尔多瓦", "立陶宛", "拉脱维亚", "爱沙尼亚", "格鲁吉亚", "亚美尼亚", "阿塞拜疆", "土耳其", "塞浦路斯", "马耳他",
        "哈萨克斯坦", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "土库曼斯坦", "蒙古", "朝鲜", "韩国", "越南", "老挝", "柬埔寨",
        "泰国", "缅甸", "马来西亚", "新加坡", "印度尼西亚", "印尼", "菲律宾", "文莱", "东帝汶", "印度", "巴基斯坦", "孟加拉国",
        "孟加拉", "斯里兰卡", "尼泊尔", "不丹", "马尔代夫", "阿富汗", "伊朗", "伊拉克", "叙利亚", "黎巴嫩", "约旦", "以色列",
        "巴勒斯坦", "沙特", "沙特阿拉伯", "也门", "阿曼", "阿联酋", "卡塔尔", "巴林", "科威特", "埃及", "利比亚", "突尼斯",
        "阿尔及利亚", "摩洛哥", "苏丹", "南苏丹", "埃塞俄比亚", "厄立特里亚", "索马里", "吉布提", "肯尼亚", "坦桑尼亚", "乌干达",
        "卢旺达", "布隆迪", "刚果", "刚果（金）", "刚果（布）", "加蓬", "喀麦隆", "尼日利亚", "尼日尔", "乍得", "马里", "塞内加尔",
        "几内亚", "加纳", "科特迪瓦", "利比里亚", "塞拉利昂", "多哥", "贝宁", "布基纳法索", "毛里塔尼亚", "安哥拉", "赞比亚",
        "尚比亚", "津巴布韦", "莫桑比克", "马拉维", "纳米比亚", "博茨瓦纳", "南非", "莱索托", "马达加斯加", "毛里求斯", "塞舌尔",
        "加拿大", "墨西哥", "古巴", "牙买加", "海地", "多米尼加", "危地马拉", "洪都拉斯", "萨尔瓦多", "尼加拉瓜", "哥斯达黎加",
        "巴拿马", "哥伦比亚", "委内瑞拉", "厄瓜多尔", "秘鲁", "玻利维亚", "巴西", "巴拉圭", "乌拉圭", "阿根廷", "智利", "圭亚那",
        "苏里南", "澳大利亚", "澳洲", "新西兰", "巴布亚新几内亚", "巴新", "斐济", "萨摩亚", "汤加", "瓦努阿图", "欧盟", "非盟",
        "东盟", "北约", "联合国", "欧洲联盟", "非洲联盟", "阿盟", "阿拉伯", "海合会", "上合组织", "欧佩克", "世贸组织", "世卫组织",
        // As Taiwan, Hong Kong and AFP's Chinese service write them (南韩总理, 义大利总理, 纽西兰总理).
        "南韩", "北韩", "义大利", "纽西兰", "沙乌地阿拉伯", "沙乌地", "寮国", "肯亚", "坦尚尼亚", "奈及利亚", "辛巴威", "莫三比克",
        "衣索比亚", "索马利亚", "卢安达", "加彭", "赖比瑞亚", "象牙海岸", "迦纳", "贝南", "茅利塔尼亚", "波札那",
        "模里西斯", "塞席尔", "叶门", "马尔地夫", "汶莱", "亚塞拜然", "赛普勒斯", "斯洛维尼亚",
        "克罗埃西亚", "波士尼亚", "哥斯大黎加", "多明尼加", "瓜地马拉", "宏都拉斯", "厄瓜多", "星加坡",
        // States of the twentieth century as papers of their day name them (苏联外交部长, 锡兰总理, 南越总统), and the Soviet
        // party (苏共总书记).
        "苏联", "苏共", "南斯拉夫", "捷克斯洛伐克", "民主德国", "联邦德国", "东德", "西德", "锡兰", "扎伊尔", "达荷美", "上沃尔特",
        "罗得西亚", "南越", "北越", "高棉", "暹罗", "南也门", "北也门", "坦噶尼喀", "桑给巴尔",
    };

    /// <summary>One-character short forms of states before a post (阿外长, 美总统, 以总理): not a surname and a post.</summary>
    public const string StateAbbreviations = "美英法德日俄意西葡荷比瑞挪丹芬波捷匈罗保希塞乌白哈吉塔蒙朝韩越老柬泰缅菲印巴孟斯尼阿伊叙黎约以沙埃利苏肯南加墨古澳新";

    /// <summary>Posts that a short form of a state stands before (阿外长, 以总理, 美国务卿).</summary>
    public static readonly string[] StatePosts = { "总统", "总理", "首相", "外长", "防长", "财长", "国务卿", "议长", "大使", "外相", "副总统", "副总理" };

    /// <summary>How a title of China's own mission abroad starts (中国驻缅甸大使, 我驻美大使): not a foreign title.</summary>
    public static readonly string[] ChinaMissionPrefixes = { "中国驻", "我国驻", "我驻" };

    /// <summary>Words with 国 that name China's own state (国务院, 全国), not a foreign one.</summary>
    public static readonly string[] DomesticWords = { "中国", "全国", "国务", "国家", "国资", "国土", "国防", "国有", "国际", "国税", "国安" };

    /// <summary>Characters that end a task force's name after the verb naming its work (督导组, 考察团).</summary>
    public const string GroupEnds = "组团";

    /// <summary>Posts that stand before a name on their own (市长王刚); others need their organisation or a prefix (市委书记,
    /// 副书记). A post here also keeps its own organisation in a chain (X、市长Y is not a post in X's organisation).</summary>
    public static readonly string[] StandalonePosts =
    {
        "总书记", "总理", "国务委员", "委员长", "秘书长", "省长", "市长", "县长", "区长", "州长", "乡长", "镇长", "盟长", "旗长",
        "村长", "专员", "村支书", "支书", "总统", "首相", "国务卿", "外长", "外相", "议长", "大使", "总领事", "发言人", "检察长",
        "特首", "特别助理", "总督", "财长", "防长",
        // A judge, magistrate or governor of Hong Kong is named by the post alone (法官X今颁下判词, 港督X, 澳督X).
        "法官", "裁判官", "检察官", "港督", "澳督", "教皇",
        // A commander is named by the post alone (该军区的司令X), and so is a political commissar (政委X: only the army,
        // the armed police and the police have them).
        "司令", "司令员", "总司令", "政委", "政治委员",
    };

    /// <summary>Heads of a bureau, ministry, department, office, station or agency, a bank's governor, a minister (局长X,
    /// 部长X, 所长X, 财相X, 新闻官X): written alone they still stand before a holder's name, the page having named the
    /// body already (局领导高度重视，局长X). Unlike <see cref="StandalonePosts"/> they make no name of the word before them
    /// (国防部长 is no 国防). Not 院长, which a hospital or a university has as often (officials-blind6 counts a
    /// hospital's 院长 X as no official), nor 行长, which commercial banks have (副行长X, real-officials-s26).</summary>
    public static readonly string[] HeadsBeforeName = { "局长", "部长", "厅长", "处长", "所长", "署长", "大臣", "首席部长", "财相", "新闻官", "指挥官" };

    /// <summary>Fields of government joined by 和, 及 or 与 inside one organ's name (劳工及福利局, 经济和信息化局,
    /// 环境与可持续发展部, 外交和移民大臣): a joiner between two of them is no stop. <see cref="StopExceptions"/> keeps
    /// the pairs whose sides are not both here (发展和改革).</summary>
    public static readonly string[] GovernmentFields =
    {
        "劳工", "福利", "商务", "经济", "工业", "信息", "农业", "农村", "乡村", "社会", "事务", "环境", "资源", "能源", "投资",
        "外贸", "贸易", "旅游", "文化", "体育", "卫生", "食物", "食品", "运输", "房屋", "交通", "城建", "住房", "城乡", "科学",
        "技术", "教育", "科技", "国防", "外交", "移民", "司法", "民政", "财政", "金融", "政制", "内地", "改革", "保护", "规划",
        "土地", "国土", "水利", "海洋", "渔业", "林业", "畜牧", "劳动", "就业", "人力", "青年", "妇女", "儿童", "民族", "宗教",
        "新闻", "出版", "广播", "电视", "电影", "通讯", "邮电", "邮政", "电信", "计划", "生育", "人口", "统计", "审计", "监察",
        "工商", "物价", "质量", "监督", "检验", "检疫", "税务", "海关", "城市", "区域", "库务", "财经", "保障", "税制", "建设",
        "环保", "生态", "气候", "矿产", "地质", "航空", "航天", "铁路", "港口", "水务", "园林", "市容", "药品", "医疗", "医药",
        "健康", "老龄", "残疾", "退役", "可持续", "野生", "创新", "数字", "网络", "通信", "电力", "石油", "化工", "艺术", "遗产",
        "文物", "外事", "侨务", "港澳", "扶贫", "救灾", "应急", "减灾", "消防", "安全", "康乐", "民航", "公用", "管理",
        "执法", "服务", "研究", "开发", "测绘", "发展", "合作", "援助", "边境", "口岸", "禁毒", "治安", "警务",
    };

    /// <summary>Words that describe what a person is by trade or learning, not an office they hold (教授, 博士, 医生,
    /// 专家): an official's titles leave them out, as the labelled sets do.</summary>
    public static readonly string[] PersonalDescriptors =
    {
        "教授", "博士", "硕士", "博士生", "研究生", "医生", "医师", "专家", "学者", "律师", "作家", "画家", "演员", "歌手",
    };

    /// <summary>Military ranks. They are read as posts, so that a name before or after one ends there (西姆贝叶中将,
    /// 海军少将X), but a rank is no office (the labelling guidelines: 上将, 中将, 准将 are no titles): a title that ends
    /// with one keeps only the office before it (林肯号指挥官海军少将 → 林肯号指挥官), and a rank alone is dropped.</summary>
    public static readonly string[] MilitaryRanks =
    {
        "少将", "中将", "上将", "大校", "准将", "上校", "大将", "中校", "少校", "警少将", "警中将", "警上将",
    };

    /// <summary>Armed services written between an office and a rank (司令海军少将, 解放军少将).</summary>
    public static readonly string[] ArmedServices = { "海军陆战队", "海军", "陆军", "空军", "解放军", "武警", "火箭军" };

    /// <summary>Posts any body has, public or not (协会秘书长, 公司党委书记): alone, they say nothing of whose they are.</summary>
    public static readonly string[] PostsOfAnyBody = { "秘书长", "主席", "主任", "委员", "发言人", "负责人", "总干事", "干事长", "书记" };

    /// <summary>Organs every unit has (党委书记, 政治委员, a discipline team's 纪检组长): a title naming only one of them belongs
    /// to the organisation named before it in a chain (全国总工会书记处书记、纪检组组长 is the union's).</summary>
    public static readonly string[] GenericOrgans = { "党委", "党组", "党总支", "纪委", "政治", "纪检", "纪检组" };

    /// <summary>Verbs of an appointment notice before the appointee (任命X为县财政局局长).</summary>
    public static readonly string[] AppointmentVerbs = { "任命", "提名", "选举", "推选", "聘任", "聘请", "决定" };

    /// <summary>Verbs of a removal notice before the person removed (免去X的县财政局局长职务).</summary>
    public static readonly string[] RemovalVerbs = { "免去", "撤销", "罢免" };

    /// <summary>Levels of government, which also start a leaders' title (区领导, 市长) where the character is a surname too.</summary>
    public const string LevelsOfGovernment = "省市县区乡镇村州旗盟";

    /// <summary>Second characters of places written with 长 (长江, 长沙, 长春, 长安…) that a post ending in 长 can run into.</summary>
    public const string PlaceSecondsAfterChang = "江沙春安治寿城岭";

    /// <summary>Characters after 委员会 that make 会 the start of a verb (委员会见), not a committee.</summary>
    public const string MeetingVerbSeconds = "见晤谈";

    /// <summary>Conjunctions and adverbs that also begin two-character place names (即墨区, 和平区, 同安区).</summary>
    public const string PlaceInitialStops = "即和同与及并也又";

    /// <summary>Generic words of a district or county (城区, 郊区, 新区, 山区) that a conjunction may stand before.</summary>
    public const string GenericPlaceHeads = "城郊市县新老景园社辖片矿林山牧灾库营本该全各";

    /// <summary>Place suffixes that close a two-character place before a title (即墨区).</summary>
    public const string PlaceSuffixes = "区县市旗";

    /// <summary>Particles and speech verbs that close a name and hardly ever end one (钟灵等, 苗苗说).</summary>
    public const string NeverEndingName = "等说称讲问答们的了在对向与及以于被把将从都也就亦则致曾案有会欲所便";

    /// <summary>Conjunctions that are surnames too (和, 同) or start no name at all: a reading after a title that starts with
    /// one is "and" far more often than a name (和副总统, 和有关专家, 和李鹏总理).</summary>
    public const string Conjunctions = "和与及同并而但或";

    /// <summary>Surnames that far more often start a word of the sentence: 应 "should, at the invitation of" (总理应达成妥协,
    /// 应美国总统的邀请), 于 "at, in" (在于布什总统). A name starting with one needs the model's assent.</summary>
    public const string SurnamesLikeWords = "应于";

    /// <summary>Particles, prepositions, pronouns and the negation, which never start a name (总统的来访 is no person 的来访,
    /// 与总统不合 no 不合).</summary>
    public const string FunctionWords = "的了在是和与对将已也还就都所被把从向于等这那其该各此并而及或以为到来去上下中前后着过呢吗吧啊之有不";

    /// <summary>Particles that stand inside a clause and never inside a name (执政以来, 访华时, 曾明确地).</summary>
    public const string ClauseParticles = "的了着过地时曾所被把将已也还就都以而";

    /// <summary>The one-character words that close a name surely enough to end even an unusual one (山田太郎在, 刘云慧说).</summary>
    public const string NameClosers = "说称等在";

    /// <summary>Every list above, by name, for the test that keeps them free of duplicates.</summary>
    internal static IEnumerable<(string Name, IReadOnlyList<string> Words)> Lists() => new (string, IReadOnlyList<string>)[]
    {
        (nameof(OfficialPosts), OfficialPosts), (nameof(OtherPosts), OtherPosts), (nameof(NonGovernmentMarkers), NonGovernmentMarkers),
        (nameof(PartySchools), PartySchools), (nameof(IntergovernmentalBanks), IntergovernmentalBanks), (nameof(Delegates), Delegates), (nameof(ForceUnits), ForceUnits), (nameof(Stops), Stops),
        (nameof(StopExceptions), StopExceptions), (nameof(Followers), Followers), (nameof(LeadingNamePosts), LeadingNamePosts),
        (nameof(PostPrefixes), PostPrefixes), (nameof(ForeignPosts), ForeignPosts), (nameof(ForeignStates), ForeignStates), (nameof(StatePosts), StatePosts), (nameof(DomesticWords), DomesticWords), (nameof(ChinaMissionPrefixes), ChinaMissionPrefixes),
        (nameof(StandalonePosts), StandalonePosts), (nameof(HeadsBeforeName), HeadsBeforeName), (nameof(HeldWhenWords), HeldWhenWords), (nameof(HoldingVerbs), HoldingVerbs), (nameof(GenericOrgans), GenericOrgans), (nameof(AppointmentVerbs), AppointmentVerbs),
        (nameof(RemovalVerbs), RemovalVerbs), (nameof(NounsAfterPost), NounsAfterPost), (nameof(InstitutionNouns), InstitutionNouns),
        (nameof(OfficialDelegateMarks), OfficialDelegateMarks), (nameof(OrganWords), OrganWords), (nameof(KinshipWords), KinshipWords),
        (nameof(GovernmentOfficesLikeFirms), GovernmentOfficesLikeFirms), (nameof(MilitaryRanks), MilitaryRanks), (nameof(PersonalDescriptors), PersonalDescriptors), (nameof(GovernmentFields), GovernmentFields), (nameof(ArmedServices), ArmedServices),
    };

    /// <summary>Every character class above, by name, for the same test.</summary>
    internal static IEnumerable<(string Name, string Characters)> CharacterClasses() => new[]
    {
        (nameof(FollowerStarts), FollowerStarts), (nameof(OrganisationEnds), OrganisationEnds), (nameof(GroupEnds), GroupEnds),
        (nameof(LevelsOfGovernment), LevelsOfGovernment), (nameof(PlaceSecondsAfterChang), PlaceSecondsAfterChang),
        (nameof(MeetingVerbSeconds), MeetingVerbSeconds), (nameof(PlaceInitialStops), PlaceInitialStops),
        (nameof(GenericPlaceHeads), GenericPlaceHeads), (nameof(PlaceSuffixes), PlaceSuffixes), (nameof(NeverEndingName), NeverEndingName),
        (nameof(FunctionWords), FunctionWords), (nameof(SurnamesLikeWords), SurnamesLikeWords), (nameof(Conjunctions), Conjunctions), (nameof(NameClosers), NameClosers), (nameof(ClauseParticles), ClauseParticles), (nameof(StateAbbreviations), StateAbbreviations),
    };
}
