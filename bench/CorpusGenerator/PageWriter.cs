using System.Text;

namespace NewsArchive.Bench.CorpusGenerator;

/// <summary>
/// Composes one newspaper page in the OCR markup of the real pages (kicker, #/## headline, subtitle,
/// ■byline, **本报讯** dateline, paragraphs split by column breaks) and records what it put there.
/// Each page draws from its own random stream keyed by date and page number, so a page's text does not
/// depend on how many pages were generated before it.
/// </summary>
public sealed class PageWriter
{
    private enum Kind { Meeting, Inspection, Reception, Department, Feature, Xinhua, Brief }

    // A column break never falls right after these: after sentence-final punctuation the cut would be
    // invisible, and a paragraph may really end in a colon (会议要求：), so a cut there would be ambiguous.
    // The ASCII marks count too: 62.|3万 would read as a finished sentence.
    private const string NoCutAfter = "。！？；”…：.!?";
    private const ulong PageStream = 2;
    private const int MinPageBytes = 8_400;
    private const int MaxArticles = 7;
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    private readonly PhraseBank _phrases;
    private readonly NameGenerator _names;
    private readonly Cast _cast;
    private readonly ulong _seed;
    private readonly string _city;
    private readonly StringBuilder _text = new(16 * 1024);
    private int _bytes;

    public PageWriter(PhraseBank phrases, NameGenerator names, Cast cast, ulong seed, string city)
    {
        _phrases = phrases;
        _names = names;
        _cast = cast;
        _seed = seed;
        _city = city;
    }

    /// <summary>The page text composed by the last <see cref="Compose"/> call.</summary>
    public StringBuilder Text => _text;

    /// <summary>How pages are encoded: UTF-8 without BOM, as the importer expects.</summary>
    public static UTF8Encoding Encoding => Utf8;

    public PageTruth Compose(string file, DateOnly date, int page, Leadership leaders)
    {
        var rng = Rng.For(_seed, PageStream, (ulong)date.DayNumber * 1000 + (ulong)page);
        var truth = new PageTruth(file, date, page);
        _text.Clear();
        _bytes = 0;
        var districts = leaders.Districts.Select(d => d.Name).ToArray();
        var activeTopics = _phrases.Topics.Where(t => t.IsActive(date)).ToArray();

        if (rng.Chance(0.3)) Append("\n\n");
        if (rng.Chance(page == 1 ? 0.03 : 0.18))
        {
            truth.Continued = true;
            var context = new SlotContext(_city, districts, date, rng.Pick(activeTopics));
            var leftover = new Article(this, rng, context, leaders, new ArticleTruth(), Kind.Feature);
            leftover.WriteContinuation();
        }

        int count = PickWeighted(rng, [0, 0, 0, 15, 30, 30, 15, 10]);
        int target = rng.Next(8_800, 12_800);
        // A page that came out short (its stories hit their paragraph caps) gets one more story, up to seven.
        int briefs = 0;
        for (int i = 0; i < count || (_bytes < MinPageBytes && i < MaxArticles); i++)
        {
            Kind kind = PickKind(rng, page, i);
            // A brief cannot stretch to fill the page: at most two, and never the last story.
            if (kind == Kind.Brief && (i >= count - 1 || briefs == 2)) kind = Kind.Department;
            if (kind == Kind.Brief) briefs++;
            Topic topic = PickTopic(rng, activeTopics);
            // The lead story takes a bigger share of the page, as on a real front page.
            int weight = i == 0 ? 16 : 10, others = Math.Max(count - i - 1, 0) * 10;
            int share = Math.Max((target - _bytes) * weight / (others + weight), 1_500);
            var articleTruth = new ArticleTruth();
            var article = new Article(this, rng, new SlotContext(_city, districts, date, topic), leaders, articleTruth, kind);
            // The last story may run longer: it is what fills the page to its size.
            article.Write(headlineLevel: i == 0 && rng.Chance(0.75) ? 1 : 2, budgetBytes: share, maxParagraphs: i >= count - 1 ? 14 : 10);
            truth.Articles.Add(articleTruth);
        }
        if (rng.Chance(0.5)) Append("\n");
        return truth;
    }

    private void Append(string s)
    {
        _text.Append(s);
        _bytes += Utf8.GetByteCount(s);
    }

    private static Kind PickKind(Rng rng, int page, int index)
    {
        if (page == 1 && index == 0) return rng.Chance(0.6) ? Kind.Meeting : Kind.Inspection;
        int[] weights = page switch
        {
            1 => [15, 15, 15, 35, 10, 0, 10],
            2 or 3 => [10, 10, 8, 45, 15, 0, 12],
            _ => [4, 2, 2, 40, 25, 17, 10],
        };
        return (Kind)PickWeighted(rng, weights);
    }

    private static Topic PickTopic(Rng rng, Topic[] topics)
    {
        // Economy news dominates a city daily; the other subjects share the rest evenly.
        int index = rng.Next(topics.Length + 2);
        return index < topics.Length ? topics[index] : topics.First(t => t.Key == "economy");
    }

    private static int PickWeighted(Rng rng, int[] weights)
    {
        int roll = rng.Next(weights.Sum());
        for (int i = 0; i < weights.Length; i++)
        {
            roll -= weights[i];
            if (roll < 0) return i;
        }
        throw new InvalidOperationException("Weights must not all be zero.");
    }

    /// <summary>One article: its text goes straight into the page, its facts into <see cref="ArticleTruth"/>.</summary>
    private sealed class Article(PageWriter page, Rng rng, SlotContext context, Leadership leaders, ArticleTruth truth, Kind kind)
    {
        private readonly PhraseBank _phrases = page._phrases;
        private int _startBytes;
        private int _maxParagraphs = int.MaxValue;

        public void Write(int headlineLevel, int budgetBytes, int maxParagraphs)
        {
            _startBytes = page._bytes;
            _maxParagraphs = maxParagraphs;
            switch (kind)
            {
                case Kind.Meeting: WriteMeeting(headlineLevel, budgetBytes); break;
                case Kind.Inspection: WriteInspection(headlineLevel, budgetBytes); break;
                case Kind.Reception: WriteReception(headlineLevel, budgetBytes); break;
                case Kind.Department: WriteDepartment(headlineLevel, budgetBytes); break;
                case Kind.Feature: WriteFeature(headlineLevel, budgetBytes); break;
                case Kind.Xinhua: WriteXinhua(headlineLevel, budgetBytes); break;
                case Kind.Brief: WriteBrief(headlineLevel); break;
            }
        }

        /// <summary>The tail of a story begun on another page: it starts mid-sentence and has no headline.</summary>
        public void WriteContinuation()
        {
            string first = Statement(allowOpener: false) + Statement();
            int comma = first.IndexOf('，');
            Paragraph(comma > 0 && comma < first.Length - 2 ? first[(comma + 1)..] : first);
            for (int i = rng.Next(0, 3); i > 0; i--) Paragraph(Statement() + Statement() + Directive());
        }

        // A long story starts to repeat its phrase bank, so stories are capped and the page takes another instead.
        private bool Spent(int budgetBytes) => page._bytes - _startBytes >= budgetBytes || truth.Paragraphs >= _maxParagraphs;

        // ───── article kinds ─────

        private void WriteMeeting(int level, int budget)
        {
            Official speaker = PickSpeaker();
            Official? chair = PickChair(speaker);
            string meeting = _phrases.Pick(rng, "meeting." + context.Topic.Key, context);

            if (rng.Chance(0.55)) Kicker($"{speaker.Name}在{meeting}上强调" + (rng.Chance(0.5) ? "——" : ""));
            Headline(level, rng.Chance(0.5) ? Action() : Action() + " " + Action());
            if (chair != null && truth.Kicker != null && rng.Chance(0.6)) Subtitle(chair.Name + "主持");
            else MaybeSubtitle(0.3);
            Byline();

            var (when, eventDate) = Dateline();
            var lead = new StringBuilder();
            lead.Append(when).Append('，').Append(meeting).Append("召开。");
            if (rng.Chance(0.4))
                lead.Append("会议深入学习贯彻").Append(Mention(Cast.NationalLeader, full: true))
                    .Append("关于").Append(context.Topic.Name).Append("工作的重要论述，分析当前形势，部署下一阶段工作。");
            lead.Append(Mention(speaker, full: true));
            lead.Append(rng.Chance(0.3) ? "出席会议并讲话。" : $"强调，要{Action()}，{Action()}，{Action()}。");
            if (chair != null) lead.Append(Mention(chair, full: rng.Chance(0.7))).Append("主持会议。");
            LeadParagraph(lead.ToString(), eventDate);

            int speeches = rng.Next(3, 9);
            for (int i = 0; i < speeches && !Spent(budget - 300); i++) Paragraph(Speech(speaker.Name, i));
            if (rng.Chance(0.4)) Paragraph(_phrases.Pick(rng, "closing", context) + "。");
            var attendees = Attendees(speaker, chair, rng.Next(3, 14));
            if (attendees.Count > 0) Paragraph(Leaders(attendees) + (rng.Chance(0.8) ? "出席。" : "参加会议。"));
        }

        private void WriteInspection(int level, int budget)
        {
            Official speaker = PickSpeaker();
            District district = rng.Pick(leaders.Districts);
            string subject = context.Topic.Name + "工作";

            if (rng.Chance(0.5)) Kicker($"{speaker.Name}在{district.Name}调研{subject}时强调" + (rng.Chance(0.4) ? "——" : ""));
            Headline(level, rng.Chance(0.6) ? Action() : Action() + " " + Action());
            MaybeSubtitle(0.25);
            Byline();

            var (when, eventDate) = Dateline();
            LeadParagraph($"{when}，{Mention(speaker, full: true)}深入{district.Name}调研{subject}。" +
                          $"{speaker.Name}强调，要{Action()}，{Action()}，{Sentence()}", eventDate);
            var visitContext = context with { Districts = [district.Name] };
            int paragraphs = rng.Next(3, 9);
            for (int i = 0; i < paragraphs && !Spent(budget - 300); i++)
            {
                Paragraph(i < 2 && rng.Chance(0.7) ? Visit(speaker.Name, visitContext) + Statement() : Speech(speaker.Name, i));
            }
            if (rng.Chance(0.45)) Paragraph(Leaders(Attendees(speaker, null, rng.Next(1, 4))) + "参加调研。");
            else if (rng.Chance(0.4))
                // Two titled people joined by 、: a chain splitter must not give the head the secretary's title.
                Paragraph($"{Mention(district.Secretary, full: true)}、{Mention(district.Head, full: true)}陪同调研。");
            else if (rng.Chance(0.6)) Paragraph(Mention(district.Secretary, full: true) + "陪同调研。");
        }

        private void WriteReception(int level, int budget)
        {
            Official host = rng.Chance(0.6) ? leaders.Mayor : leaders.Secretary;
            string company = _phrases.Company(rng, context);
            string visitorTitle = _phrases.Pick(rng, "visitor.title", context);
            string visitor = Stranger();
            string cooperation = _phrases.Pick(rng, "cooperation", context);

            Headline(level, Action() + " " + Action());
            if (rng.Chance(0.75)) Subtitle($"{host.Name}会见{visitor}一行");
            Byline();

            var (when, eventDate) = Dateline();
            LeadParagraph($"{when}，{Mention(host, full: true)}会见了{Other(visitor, company + visitorTitle)}一行。" +
                          $"双方就{cooperation}深入交换意见，达成了广泛共识。", eventDate);
            Paragraph($"{host.Name}对{visitor}一行的到来表示欢迎，并介绍了{context.City}的基本情况。" +
                      $"{host.Name}指出，{Sentence()}希望双方{Action()}，在{cooperation}深化合作，推动实现互利共赢。");
            Paragraph($"{visitor}介绍了企业的发展情况和合作意向。{visitor}表示，{context.City}区位优势明显、产业基础较好，" +
                      "企业将进一步加大投资力度，努力实现合作共赢。");
            while (!Spent(budget)) Paragraph(Statement() + Statement());
            if (rng.Chance(0.4)) Paragraph(Leaders(Attendees(host, null, rng.Next(1, 3))) + "参加会见。");
        }

        private void WriteDepartment(int level, int budget)
        {
            string department = Cast.DepartmentName(context.Topic.Key);
            if (rng.Chance(0.15)) Kicker(_phrases.Pick(rng, "kicker", context));
            Headline(level, _phrases.Pick(rng, "title." + context.Topic.Key, context));
            MaybeSubtitle(0.5);
            Byline();

            var (when, eventDate) = Dateline();
            string data = Data();
            LeadParagraph(rng.Next(3) switch
            {
                0 => $"{when}，记者从{department}了解到，{data}。{Statement()}",
                1 => $"{when}，{department}召开新闻发布会，{Clause()}。{data}。",
                _ => $"{when}，记者从{department}获悉，{Clause()}。{data}。",
            }, eventDate);
            bool headQuoted = false, residentQuoted = false;
            // A subject has only a few data sentences; a third figure on the same measure would contradict the first.
            int figures = 1;
            while (!Spent(budget))
            {
                if (!headQuoted && rng.Chance(0.35))
                {
                    headQuoted = true;
                    Official head = leaders.DepartmentHeads[context.Topic.Key];
                    Paragraph($"据{Mention(head, full: true)}介绍，{Sentence()}{Directive()}");
                }
                else if (!residentQuoted && rng.Chance(0.3))
                {
                    residentQuoted = true;
                    Paragraph(Quote());
                }
                else if (figures < 3 && rng.Chance(0.3))
                {
                    figures++;
                    Paragraph(Statement() + Data() + "。");
                }
                else Paragraph(Statement() + Statement());
            }
        }

        private void WriteFeature(int level, int budget)
        {
            if (rng.Chance(0.2)) Kicker(_phrases.Pick(rng, "kicker", context));
            Headline(level, _phrases.Pick(rng, "title." + context.Topic.Key, context));
            MaybeSubtitle(0.4);
            Byline();

            var (when, eventDate) = Dateline();
            string place = _phrases.Expand(rng, context.Topic.Key switch
            {
                "economy" or "tech" or "safety" => "{company}",
                "education" => "{town}镇中心学校",
                "urban" or "transport" or "epidemic" => "{district}{road}社区",
                "sports" => "{district}全民健身中心",
                _ => "{town}镇{village}村",
            }, context);
            LeadParagraph($"{when}，记者走进{place}，{Clause()}。{Statement()}", eventDate);
            int quotes = 0;
            while (!Spent(budget))
            {
                if (quotes < 2 && rng.Chance(0.4)) { quotes++; Paragraph(Quote()); }
                else Paragraph(Statement() + Statement());
            }
        }

        private void WriteXinhua(int level, int budget)
        {
            Headline(level, _phrases.Pick(rng, "title." + context.Topic.Key, context));
            MaybeSubtitle(0.3);
            DateOnly filed = context.IssueDate.AddDays(-1);
            string dateline = $"新华社北京{filed.Month}月{filed.Day}日电";
            truth.Dateline = dateline;
            // The lead always names the day (agency style often gives the day alone: 记者9日从…获悉): with an
            // undated lead it would be unclear whether the dateline's date counts as the event's.
            truth.EventDate = filed;
            string day = rng.Chance(0.5) ? $"{filed.Day}日" : DayPhrase(filed);
            string opening = $"记者{day}从有关部门获悉，{Clause()}。";
            string lead = rng.Chance(0.35)
                ? $"{opening}各地深入学习贯彻{Mention(Cast.NationalLeader, full: true)}重要指示精神，{Clause()}。{Statement()}"
                : opening + Statement(allowOpener: false) + Statement();
            Paragraph(dateline + " " + lead, protectedPrefix: dateline.Length + 1);
            while (!Spent(budget)) Paragraph(Statement() + Statement());
        }

        private void WriteBrief(int level)
        {
            Headline(level, _phrases.Pick(rng, "title." + context.Topic.Key, context));
            Byline();
            var (when, eventDate) = Dateline();
            LeadParagraph($"{when}，{Clause()}。{Statement()}{Data()}。", eventDate);
        }

        // ───── people ─────

        private Official PickSpeaker()
        {
            int roll = rng.Next(10);
            if (roll < 4) return leaders.Secretary;
            if (roll < 8) return leaders.Mayor;
            return rng.Pick(leaders.CityLeaders.Skip(2).ToArray());
        }

        private Official? PickChair(Official speaker)
        {
            if (rng.Chance(0.25)) return null;
            if (ReferenceEquals(speaker, leaders.Secretary)) return rng.Chance(0.7) ? leaders.Mayor : leaders.DeputySecretary;
            if (ReferenceEquals(speaker, leaders.Mayor)) return rng.Chance(0.6) ? leaders.ExecutiveViceMayor : leaders.SecretaryGeneral;
            return ReferenceEquals(speaker, leaders.SecretaryGeneral) ? leaders.ExecutiveViceMayor : leaders.SecretaryGeneral;
        }

        /// <summary>A random subset of the city leaders, kept in protocol order as the page would list them.</summary>
        private List<Official> Attendees(Official speaker, Official? chair, int count)
        {
            var pool = leaders.CityLeaders.Where(o => !ReferenceEquals(o, speaker) && !ReferenceEquals(o, chair)).ToList();
            var chosen = new bool[pool.Count];
            for (int picked = 0; picked < Math.Min(count, pool.Count);)
            {
                int i = rng.Next(pool.Count);
                if (!chosen[i]) { chosen[i] = true; picked++; }
            }
            return pool.Where((_, i) => chosen[i]).ToList();
        }

        /// <summary>"市领导A、B、C": the collective title applies to each name.</summary>
        private string Leaders(List<Official> officials)
        {
            foreach (Official o in officials) Record(truth.Officials, o.Name, ["市领导"]);
            return "市领导" + string.Join("、", officials.Select(o => o.Name));
        }

        private string Mention(Official official, bool full)
        {
            IReadOnlyList<string> titles = full ? official.Titles : [official.ShortTitle];
            Record(truth.Officials, official.Name, titles);
            // 总书记 follows the name; every other title precedes it.
            return ReferenceEquals(official, Cast.NationalLeader)
                ? official.Name + string.Concat(titles)
                : string.Join("、", titles) + official.Name;
        }

        private string Other(string name, string title)
        {
            Record(truth.Others, name, [title]);
            return title + name;
        }

        /// <summary>A name that is no official's or reporter's, for visitors, residents and correspondents.</summary>
        private string Stranger()
        {
            string name;
            do name = page._names.Next(rng); while (page._cast.IsKnownName(name));
            return name;
        }

        private static void Record(List<PersonTruth> people, string name, IReadOnlyList<string> titles)
        {
            PersonTruth? person = people.Find(p => p.Name == name);
            if (person == null) people.Add(person = new PersonTruth(name));
            foreach (string title in titles)
                if (!person.Titles.Contains(title)) person.Titles.Add(title);
        }

        // ───── prose ─────

        // Phrases this article used lately: re-drawn a few times so that the article does not say the
        // same thing twice (with different numbers, which reads worse than no repetition at all).
        private readonly string[] _recent = new string[16];
        private int _recentNext;

        private string Fresh(string kind, double generalShare)
        {
            string template = _phrases.PickTopicalTemplate(rng, kind, context.Topic, generalShare);
            for (int attempt = 0; attempt < 4 && Array.IndexOf(_recent, template) >= 0; attempt++)
                template = _phrases.PickTopicalTemplate(rng, kind, context.Topic, generalShare);
            _recent[_recentNext++ % _recent.Length] = template;
            return _phrases.Expand(rng, template, context);
        }

        private string Clause() => Fresh("clause", 0.25);

        private string Action() => Fresh("action", 0.3);

        private string Data() => Fresh("data", 0);

        private string Goal() => _phrases.Pick(rng, "goal", context);

        private string Statement(bool allowOpener = true)
        {
            var sb = new StringBuilder();
            if (allowOpener && rng.Chance(0.3)) sb.Append(_phrases.Pick(rng, "opener", context)).Append('，');
            sb.Append(Clause());
            if (rng.Chance(0.45)) sb.Append('，').Append(Clause());
            return sb.Append('。').ToString();
        }

        /// <summary>What must be done, in the handful of shapes officials' speeches use.</summary>
        private string Directive() => rng.Next(6) switch
        {
            0 => $"既要{Action()}，又要{Action()}。",
            1 => $"要{Action()}，{Action()}，为{Goal()}提供有力保障。",
            2 => $"要{Action()}，{Action()}，{Action()}。",
            _ => $"要{Action()}，{Action()}。",
        };

        /// <summary>A sentence of either kind: what is, or what must be done.</summary>
        private string Sentence() => rng.Chance(0.5) ? Statement(allowOpener: false) : Directive();

        /// <summary>One paragraph of a leader's speech; the verb and shape vary the way reporters vary them.</summary>
        private string Speech(string speaker, int index) => (index, rng.Next(8)) switch
        {
            (0, _) => $"{speaker}指出，{Statement(allowOpener: false)}{Statement()}{Directive()}",
            (_, 0) => $"“{_phrases.Pick(rng, "proverb", context)}。”{speaker}强调，{Directive()}{Statement()}",
            (_, 1) => $"{speaker}要求，各级各部门要{Action()}，{Action()}，{Action()}。{Directive()}",
            (_, 2) => $"{speaker}指出，{Statement(allowOpener: false)}{Sentence()}{Sentence()}",
            (_, 3) => $"就做好下一步工作，{speaker}提出要求：一要{Action()}；二要{Action()}；三要{Action()}。{Statement()}",
            (_, 4) => $"{speaker}希望，各级各部门{Action()}，{Action()}，为{Goal()}作出新的更大贡献。",
            (_, 5) => $"{speaker}强调，{Statement(allowOpener: false)}{Directive()}{Directive()}",
            _ => $"{speaker}强调，要{Action()}，{Action()}。{Directive()}{Sentence()}",
        };

        /// <summary>A stop on an inspection tour; the visit phrases name the visitor with {who}.</summary>
        private string Visit(string who, SlotContext visitContext) =>
            _phrases.Expand(rng, rng.Pick(_phrases.Section("visit")).Replace("{who}", who, StringComparison.Ordinal), visitContext) + "。";

        private string Quote()
        {
            string name = Stranger();
            string role = _phrases.PickTopical(rng, "people", context, generalShare: 0.2);
            string said = _phrases.PickTopical(rng, "quote", context, generalShare: 0);
            return rng.Chance(0.5)
                ? $"“{said}。”{Other(name, role)}告诉记者。{Statement()}"
                : $"{Other(name, role)}说：“{said}。”{Statement()}";
        }

        // ───── markup ─────

        private void Kicker(string text)
        {
            truth.Kicker = text;
            Block(text);
        }

        private void Headline(int level, string title)
        {
            truth.Title = title;
            Block(new string('#', level) + " " + title);
        }

        private void Subtitle(string text)
        {
            truth.Subtitle = text;
            Block(text);
        }

        /// <summary>Subtitles come plain, as a ### heading, or as two lines joined by a markdown hard break.</summary>
        private void MaybeSubtitle(double chance)
        {
            if (!rng.Chance(chance)) return;
            string first = ShortClause();
            switch (rng.Next(3))
            {
                case 0: Subtitle(first); break;
                case 1: truth.Subtitle = first; Block("### " + first); break;
                default:
                    // Truth joins the two lines with a space, as the labelled sets do.
                    string second = ShortClause();
                    truth.Subtitle = first + " " + second;
                    Block(first + "  \n" + second);
                    break;
            }
        }

        private string ShortClause()
        {
            string clause = Clause();
            int comma = clause.IndexOf('，');
            return comma > 0 ? clause[..comma] : clause;
        }

        /// <summary>■ then one contributor per line, lines joined by hard breaks; some articles carry none.</summary>
        private void Byline()
        {
            if (rng.Chance(0.1)) return;
            Reporter staff = rng.Pick(leaders.StaffReporters);
            switch (kind)
            {
                case Kind.Brief:
                    truth.Reporters.Add(new Reporter(rng.Chance(0.6) ? "通讯员" : "本报通讯员", Stranger()));
                    break;
                case Kind.Feature:
                    truth.Reporters.Add(rng.Chance(0.2) ? rng.Pick(leaders.Correspondents) : staff);
                    if (rng.Chance(0.3)) truth.Reporters.Add(rng.Pick(leaders.Photographers));
                    break;
                case Kind.Department:
                    truth.Reporters.Add(rng.Chance(0.15) ? rng.Pick(leaders.Trainees) : staff);
                    Reporter? second = rng.Next(5) switch
                    {
                        0 => rng.Pick(leaders.Interns),
                        1 => new Reporter("通讯员", Stranger()),
                        2 => new Reporter("本报通讯员", Stranger()),
                        3 => rng.Pick(leaders.Trainees),
                        _ => null,
                    };
                    if (second != null) truth.Reporters.Add(second);
                    break;
                default:
                    truth.Reporters.Add(staff);
                    if (rng.Chance(0.2))
                        truth.Reporters.Add(rng.Pick(leaders.StaffReporters) with { Role = rng.Chance(0.5) ? "记者" : Cast.NewsroomRoleStaff });
                    if (rng.Chance(0.12)) truth.Reporters.Add(new Reporter("通讯员", Stranger()));
                    break;
            }
            // The same person never signs twice (two picks from a small pool can coincide).
            for (int i = truth.Reporters.Count - 1; i > 0; i--)
                if (truth.Reporters.FindIndex(r => r.Name == truth.Reporters[i].Name) < i) truth.Reporters.RemoveAt(i);
            Block("■" + string.Join("  \n", truth.Reporters.Select(r => r.Role + " " + NameGenerator.ForByline(r.Name))));
        }

        /// <summary>
        /// Writes the dateline choice into the truth and returns the lead's opening time phrase with the
        /// date it stands for (昨日 is the day before the issue; 近日 names no date).
        /// </summary>
        private (string When, DateOnly? Date) Dateline()
        {
            DateOnly issue = context.IssueDate;
            // Only reporters sent out of town file from elsewhere; the city's own meetings happen at home.
            bool away = kind is Kind.Reception or Kind.Department or Kind.Feature;
            if (away && rng.Chance(0.08))
            {
                DateOnly filed = issue.AddDays(-rng.Next(1, 3));
                string place = _phrases.Pick(rng, "place", context);
                truth.Dateline = $"本报{place}{filed.Month}月{filed.Day}日讯";
                return (DayPhrase(filed), filed);
            }
            truth.Dateline = "本报讯";
            double roll = rng.NextDouble();
            string part = rng.Chance(0.5) ? rng.Pick(["上午", "下午", "晚上"]) : "";
            if (roll < 0.05) return ("昨晚", issue.AddDays(-1));
            if (roll < 0.45) return ((rng.Chance(0.6) ? "昨日" : "昨天") + part, issue.AddDays(-1));
            if (roll < 0.52) return ((rng.Chance(0.5) ? "今天" : "今日") + part, issue);
            if (roll < 0.9)
            {
                DateOnly date = issue.AddDays(-PickWeighted(rng, [0, 70, 20, 10]));
                return (DayPhrase(date), date);
            }
            return ("近日", null);
        }

        /// <summary>"3月12日上午"; now and then in the full-width digits OCR leaves behind (３月１２日).</summary>
        private string DayPhrase(DateOnly date)
        {
            string text = $"{date.Month}月{date.Day}日";
            if (rng.Chance(0.12)) text = string.Concat(text.Select(c => char.IsAsciiDigit(c) ? (char)(c - '0' + '０') : c));
            return rng.Chance(0.5) ? text + rng.Pick(["上午", "下午", "晚"]) : text;
        }

        private void LeadParagraph(string body, DateOnly? eventDate)
        {
            truth.EventDate = eventDate;
            string marker = $"**{truth.Dateline}** ";
            Paragraph(marker + body, protectedPrefix: marker.Length);
        }

        /// <summary>
        /// A body paragraph. About one in five is split by a column break: a blank line at a random
        /// character, never right after sentence-final punctuation, so the first block visibly runs on.
        /// </summary>
        private void Paragraph(string text, int protectedPrefix = 0)
        {
            truth.Paragraphs++;
            int from = protectedPrefix + 6, to = text.Length - 4;
            if (to > from + 20 && rng.Chance(0.2))
            {
                for (int attempt = 0; attempt < 8; attempt++)
                {
                    int cut = rng.Next(from, to);
                    if (NoCutAfter.Contains(text[cut - 1]) || char.IsWhiteSpace(text[cut - 1])) continue;
                    truth.ColumnBreaks++;
                    Block(text[..cut]);
                    Block(text[cut..], extraSpace: false);
                    return;
                }
            }
            Block(text);
        }

        private void Block(string text, bool extraSpace = true)
        {
            // Blocks are one blank line apart; OCR sometimes leaves more, but never inside a column break.
            if (page._text.Length > 0 && page._text[^1] != '\n')
                page.Append(extraSpace && rng.Chance(0.04) ? "\n\n\n\n" : "\n\n");
            page.Append(text);
        }
    }
}
