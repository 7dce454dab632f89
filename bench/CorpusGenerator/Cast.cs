namespace NewsArchive.Bench.CorpusGenerator;

/// <summary>A person as the page names them on a given day: full titles for a first mention, a short one otherwise.</summary>
public sealed record Official(string Name, IReadOnlyList<string> Titles, string ShortTitle);

/// <summary>A newsroom member as a byline names them.</summary>
public sealed record Reporter(string Role, string Name);

public sealed record District(string Name, Official Secretary, Official Head);

/// <summary>Who holds which post on one day. Built once per issue; pages only read it.</summary>
public sealed record Leadership(
    Official Secretary,
    Official Mayor,
    Official DeputySecretary,
    Official ExecutiveViceMayor,
    Official SecretaryGeneral,
    IReadOnlyList<Official> CityLeaders,
    IReadOnlyDictionary<string, Official> DepartmentHeads,
    IReadOnlyList<District> Districts,
    IReadOnlyList<Reporter> StaffReporters,
    IReadOnlyList<Reporter> Trainees,
    IReadOnlyList<Reporter> Interns,
    IReadOnlyList<Reporter> Correspondents,
    IReadOnlyList<Reporter> Photographers);

/// <summary>
/// The stable people of one city and its newspaper over the whole run. Posts are filled for terms of a few
/// years and handed on, often by promotion (副市长 → 常务副市长 → 代理市长 → 市长 → 市委书记), so a query for
/// one person's titles over time has a real timeline to find. Simulated once, day by day, from the start
/// date: the terms up to any day do not depend on how far the run goes, so a short run is a prefix of a long one.
/// </summary>
public sealed class Cast
{
    /// <summary>
    /// Named before the title (X总书记) and constant over the corpus' years. Invented, like every person in
    /// the project's test material, so no statement is put in a real person's mouth.
    /// </summary>
    public static readonly Official NationalLeader = new("陆恒远", ["总书记"], "总书记");

    public const string NewsroomRoleStaff = "本报记者";

    // Departments quoted in topical news, keyed by topic: (department, head's title).
    private static readonly (string Topic, string Department, string Head)[] DepartmentTable =
    [
        ("economy", "市发展和改革委员会", "主任"),
        ("poverty", "市扶贫办", "主任"),
        ("rural", "市乡村振兴局", "局长"),
        ("epidemic", "市卫生健康委员会", "主任"),
        ("education", "市教育局", "局长"),
        ("transport", "市交通运输局", "局长"),
        ("environment", "市生态环境局", "局长"),
        ("agriculture", "市农业农村局", "局长"),
        ("urban", "市住房和城乡建设局", "局长"),
        ("culture", "市文化旅游广电局", "局长"),
        ("sports", "市体育局", "局长"),
        ("tech", "市科技局", "局长"),
        ("safety", "市应急管理局", "局长"),
    ];

    private static readonly string[] DistrictNames = ["江南区", "城北区", "西湖区", "临江县", "青山县", "石门县"];

    /// <param name="ShortTitle">The title alone on a later mention; 秘书长 by itself would not say whose.</param>
    private sealed record Office(
        string Key,
        string[] Titles,
        string ShortTitle,
        int MinDays,
        int MaxDays,
        string? PromoteFrom = null,
        double PromoteChance = 0,
        bool StartsActing = false,
        bool MayBeProvincial = false);

    private sealed class Term
    {
        public required string Name;
        public required DateOnly From;
        public required DateOnly To;
        public DateOnly ActingUntil;
        public bool Provincial;
    }

    private sealed class Seat(Office office)
    {
        public Office Office { get; } = office;
        public List<Term> Terms { get; } = [];
        public Term Current => Terms[^1];
    }

    private const int Year = 365;

    private readonly List<Seat> _seats = [];
    private readonly Dictionary<string, Seat> _departmentSeats = new(StringComparer.Ordinal);
    private readonly HashSet<string> _names = new(StringComparer.Ordinal) { NationalLeader.Name };
    private readonly NameGenerator _nameGenerator;
    private readonly Rng _rng;
    private readonly DateOnly _start;
    private DateOnly _simulatedUntil;

    public Cast(ulong seed, DateOnly start, NameGenerator nameGenerator)
    {
        _rng = Rng.For(seed, stream: 1);
        _nameGenerator = nameGenerator;
        _start = start;
        _simulatedUntil = start;
        DefineSeats();
        foreach (Seat seat in _seats) FillInitially(seat);
    }

    /// <summary>True for every name the cast has ever used: passers-by and correspondents must not collide with them.</summary>
    public bool IsKnownName(string name) => _names.Contains(name);

    /// <summary>The office holders on <paramref name="date"/>; dates must not go backwards past what was simulated.</summary>
    public Leadership On(DateOnly date)
    {
        SimulateUntil(date);
        // One Official per seat and day, shared by every list below, so pages can compare people by reference
        // (the mayor in CityLeaders is the same object as Mayor, and is left out of lists the mayor heads).
        var holders = _seats.Where(s => !s.Office.Key.StartsWith("news.", StringComparison.Ordinal))
            .ToDictionary(s => s, s => Describe(s, date));
        Official Holder(string key) => holders[_seats.First(s => s.Office.Key == key)];
        List<Reporter> Staff(string key, string role) =>
            _seats.Where(s => s.Office.Key == key).Select(s => new Reporter(role, TermOn(s, date).Name)).ToList();

        var cityLeaders = _seats.Where(s => s.Office.Key.StartsWith("city.", StringComparison.Ordinal))
            .Select(s => holders[s]).ToList();
        var departments = new Dictionary<string, Official>(StringComparer.Ordinal);
        foreach (var (topic, _, _) in DepartmentTable) departments[topic] = holders[_departmentSeats[topic]];
        var districts = DistrictNames
            .Select(d => new District(d, Holder("district.secretary." + d), Holder("district.head." + d)))
            .ToList();

        return new Leadership(
            Secretary: Holder("city.secretary"),
            Mayor: Holder("city.mayor"),
            DeputySecretary: Holder("city.deputy"),
            ExecutiveViceMayor: Holder("city.executive"),
            SecretaryGeneral: Holder("city.secretarygeneral"),
            CityLeaders: cityLeaders,
            DepartmentHeads: departments,
            Districts: districts,
            StaffReporters: Staff("news.staff", NewsroomRoleStaff),
            Trainees: Staff("news.trainee", "见习记者"),
            Interns: Staff("news.intern", "实习生"),
            Correspondents: Staff("news.special", "特约记者"),
            Photographers: Staff("news.photo", "摄影"));
    }

    public static string DepartmentName(string topic) => DepartmentTable.First(d => d.Topic == topic).Department;

    private void DefineSeats()
    {
        // City leadership in protocol order: lists of 市领导 on the page follow this order, as real ones do.
        Add(new Office("city.secretary", ["市委书记"], "市委书记", 3 * Year, 6 * Year, "city.mayor", 0.45, MayBeProvincial: true));
        Add(new Office("city.mayor", ["市委副书记", "市长"], "市长", 3 * Year, 6 * Year, "city.executive", 0.4, StartsActing: true));
        Add(new Office("city.npc", ["市人大常委会主任"], "市人大常委会主任", 4 * Year, 8 * Year));
        Add(new Office("city.cppcc", ["市政协主席"], "市政协主席", 4 * Year, 8 * Year));
        Add(new Office("city.deputy", ["市委副书记"], "市委副书记", 2 * Year, 5 * Year));
        Add(new Office("city.executive", ["市委常委", "常务副市长"], "常务副市长", 2 * Year, 5 * Year, "city.vicemayor", 0.5));
        Add(new Office("city.discipline", ["市委常委", "市纪委书记"], "市纪委书记", 3 * Year, 6 * Year));
        Add(new Office("city.organization", ["市委常委", "组织部部长"], "市委组织部部长", 2 * Year, 5 * Year));
        Add(new Office("city.propaganda", ["市委常委", "宣传部部长"], "市委宣传部部长", 2 * Year, 5 * Year));
        Add(new Office("city.politics", ["市委常委", "政法委书记"], "市委政法委书记", 2 * Year, 5 * Year));
        Add(new Office("city.secretarygeneral", ["市委常委", "秘书长"], "市委秘书长", 2 * Year, 5 * Year));
        for (int i = 0; i < 4; i++)
            Add(new Office("city.vicemayor", ["副市长"], "副市长", 2 * Year, 6 * Year, "department", 0.3));
        for (int i = 0; i < 2; i++) Add(new Office("city.npcdeputy", ["市人大常委会副主任"], "市人大常委会副主任", 3 * Year, 8 * Year));
        for (int i = 0; i < 2; i++) Add(new Office("city.cppccdeputy", ["市政协副主席"], "市政协副主席", 3 * Year, 8 * Year));

        foreach (var (topic, department, head) in DepartmentTable)
        {
            var seat = Add(new Office("department", [department + head], department + head, 2 * Year, 6 * Year));
            _departmentSeats.Add(topic, seat);
        }
        foreach (string district in DistrictNames)
        {
            string headTitle = district.EndsWith('县') ? "县长" : "区长";
            Add(new Office("district.secretary." + district, [district + "委书记"], district + "委书记", 3 * Year, 6 * Year,
                "district.head." + district, 0.35));
            Add(new Office("district.head." + district, [district + headTitle], district + headTitle, 3 * Year, 6 * Year));
        }

        for (int i = 0; i < 24; i++) Add(new Office("news.staff", [], "", 4 * Year, 15 * Year, "news.trainee", 0.5));
        for (int i = 0; i < 3; i++) Add(new Office("news.trainee", [], "", 300, 400));
        for (int i = 0; i < 4; i++) Add(new Office("news.intern", [], "", 60, 150));
        for (int i = 0; i < 3; i++) Add(new Office("news.special", [], "", 5 * Year, 15 * Year));
        for (int i = 0; i < 3; i++) Add(new Office("news.photo", [], "", 5 * Year, 15 * Year));
    }

    private Seat Add(Office office)
    {
        var seat = new Seat(office);
        _seats.Add(seat);
        return seat;
    }

    private void FillInitially(Seat seat)
    {
        // Everyone is somewhere in their term on the first day, so successions are spread over the run.
        int length = _rng.Next(seat.Office.MinDays, seat.Office.MaxDays + 1);
        int elapsed = _rng.Next(length);
        StartTerm(seat, _nameGenerator.NextUnique(_rng, _names), _start.AddDays(-elapsed), length);
    }

    private void SimulateUntil(DateOnly date)
    {
        if (date < _start) throw new ArgumentOutOfRangeException(nameof(date), "The cast starts on the run's first day.");
        for (DateOnly day = _simulatedUntil.AddDays(1); day <= date; day = day.AddDays(1))
        {
            foreach (Seat seat in _seats)
                if (seat.Current.To <= day) Succeed(seat, day);
        }
        if (date > _simulatedUntil) _simulatedUntil = date;
    }

    private void Succeed(Seat seat, DateOnly day)
    {
        string? name = null;
        if (seat.Office.PromoteFrom is { } from && _rng.Chance(seat.Office.PromoteChance))
        {
            // Promotion moves a person up and opens their old post, which is filled the same day.
            var candidates = _seats.Where(s => s.Office.Key == from && s.Current.To > day).ToList();
            if (candidates.Count > 0)
            {
                Seat source = _rng.Pick(candidates);
                name = source.Current.Name;
                source.Current.To = day;
                Succeed(source, day);
            }
        }
        name ??= _nameGenerator.NextUnique(_rng, _names);
        StartTerm(seat, name, day, _rng.Next(seat.Office.MinDays, seat.Office.MaxDays + 1));
    }

    private void StartTerm(Seat seat, string name, DateOnly from, int lengthDays)
    {
        var term = new Term { Name = name, From = from, To = from.AddDays(lengthDays), ActingUntil = from };
        // A new mayor is 代理市长 until the people's congress elects them, usually a few months later.
        if (seat.Office.StartsActing) term.ActingUntil = from.AddDays(_rng.Next(30, 150));
        if (seat.Office.MayBeProvincial) term.Provincial = _rng.Chance(0.3);
        seat.Terms.Add(term);
    }

    private static Term TermOn(Seat seat, DateOnly date)
    {
        // Terms are contiguous and ordered; the last one starting on or before the date holds it.
        List<Term> terms = seat.Terms;
        int lo = 0, hi = terms.Count - 1;
        while (lo < hi)
        {
            int mid = (lo + hi + 1) / 2;
            if (terms[mid].From <= date) lo = mid; else hi = mid - 1;
        }
        return terms[lo];
    }

    private static Official Describe(Seat seat, DateOnly date)
    {
        Term term = TermOn(seat, date);
        string[] titles = seat.Office.Titles;
        string shortTitle = seat.Office.ShortTitle;
        if (date < term.ActingUntil)
        {
            titles = [.. titles[..^1], "代理" + titles[^1]];
            shortTitle = "代理" + shortTitle;
        }
        if (term.Provincial) titles = ["省委常委", .. titles];
        return new Official(term.Name, titles, shortTitle);
    }
}
