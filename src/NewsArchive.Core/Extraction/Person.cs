using System.Collections.Generic;
using System.Linq;
using NewsArchive.Core.Model;

namespace NewsArchive.Core.Extraction;

/// <summary>One person as read so far in one article: the name and the titles given, in order.</summary>
internal sealed class Person
{
    public Person(string name) => Name = name;

    public string Name { get; }
    public List<string> Titles { get; } = new();

    /// <summary>Whether the person holds office: a title of office with its organisation, or a post any body has written
    /// alone (主任, 副秘书长) or a centre's post (政策中心主任) when no other title says the person is of a hospital, school,
    /// firm or society (北京朝阳医院肝胆外科主任X … X主任: the bare 主任 is the hospital's; 政策中心主任X教授: a
    /// university's centre).</summary>
    public bool IsOfficial => _officeByOrganisation || (_officeByBarePost && !_otherTitle) || (_ranked && Titles.Count > 0);

    /// <summary>Marks the person an official by what the page knows of them (an official named elsewhere on the page).</summary>
    public void MarkOfficial() => _officeByOrganisation = true;

    private bool _officeByOrganisation;
    private bool _officeByBarePost;
    private bool _otherTitle;
    private bool _ranked;

    /// <summary>The titles read in the headline, in headline order. The body is read first (people are listed as the
    /// body names them), but a title's place is its first use in the article, and the headline comes first.</summary>
    private readonly List<string> _headlineTitles = new();

    public void Add(string title, bool official, bool inHeadline)
    {
        // A rank is no office: only the office written before it counts (TitleLexicon.WithoutRank). But it says the
        // person serves in the armed forces, so a post there is an office (空军指挥学院副院长, 四五五联队长, 国民服务队司令).
        var office = TitleLexicon.WithoutRank(title);
        _ranked |= office != title;
        if (office is null)
        {
            return;
        }

        title = office;
        if (!official)
        {
            _otherTitle |= TitleLexicon.IsOfNonGovernmentBody(title);
            if (TitleLexicon.IsPersonalDescription(title))
            {
                _descriptions.Add(title);
            }
        }
        else if (TitleLexicon.IsBarePostOfAnyBody(title) || TitleLexicon.IsCentresPost(title))
        {
            _officeByBarePost = true;
        }
        else
        {
            _officeByOrganisation = true;
        }

        if (!Titles.Contains(title))
        {
            Titles.Add(title);
        }

        if (inHeadline && !_headlineTitles.Contains(title))
        {
            _headlineTitles.Add(title);
        }
    }

    /// <summary>The mention, with the titles in order of first use: the headline's, then the body's. An official's
    /// descriptions of trade or learning (教授, 博士, 医生, 专家: <see cref="TitleWords.PersonalDescriptors"/>) are left out:
    /// they say what the person is, not which office they hold.</summary>
    public PersonMention ToMention()
    {
        var official = IsOfficial;
        var titles = _headlineTitles.Concat(Titles.Except(_headlineTitles)).ToArray();
        // An official known from elsewhere on the page may have only a description here: it is kept then.
        var offices = official ? titles.Where(t => !_descriptions.Contains(t)).ToArray() : titles;
        return new(Name, official ? PersonRole.Official : PersonRole.Other, offices.Length > 0 ? offices : titles);
    }

    /// <summary>Titles that only describe the person (教授, 经济学者), kept apart for <see cref="ToMention"/>.</summary>
    private readonly HashSet<string> _descriptions = new();
}
