using System;
using System.Linq;
using NewsArchive.Core.Text;
using static NewsArchive.Core.Extraction.TitleWords;

namespace NewsArchive.Core.Extraction;

/// <summary>Reads a personal name starting at a position of one segment: a name the page knows, a foreign one with middle
/// dots, a transliterated one (阿不都热合曼), or a surname and one or two characters, each ended by what follows names
/// in news text. Knows nothing of titles beyond what ends a name.</summary>
internal sealed class NameReader
{
    /// <summary>One-character verbs of serving as a post (为团长, 任组长, 兼秘书长), which end the name before them.</summary>
    private const string ServingAsBeforePost = "为任兼";

    private readonly string _text;
    private readonly PageKnowledge _known;
    private readonly ForeignNameReader _foreign;

    public NameReader(string text, PageKnowledge known)
    {
        _text = text;
        _known = known;
        _foreign = new ForeignNameReader(text);
    }

    private enum Ending
    {
        None,
        Weak,
        Firm,
    }

    /// <summary>The length of the name at <paramref name="position"/>, 0 when none. With <paramref name="allowAnyName"/> (a
    /// foreign title) any two to four characters firmly ended will do (藤原健一); with <paramref name="firmOnly"/> (a
    /// non-official title) only a name followed by punctuation or a two-character word.</summary>
    public int ReadName(int position, bool allowAnyName, bool firmOnly = false)
    {
        if (position < _text.Length && _text[position] is >= 'A' and <= 'Z')
        {
            return LatinNameLength(position, firmOnly ? 2 : 1);
        }

        // 驻 opens a mission (秘书长驻格鲁吉亚特别代表), never a name; nor does a state and its post (总理白俄罗斯总理).
        if (position >= _text.Length || !ChineseText.IsHan(_text[position]) || _text[position] == '驻' || TitleLexicon.StartsStateTitle(_text, position))
        {
            return 0;
        }

        // A known name counts when it ends there: 刘云 is known, but 刘云慧说 names someone else.
        // A known name before a name joiner is the first part of a longer one (纳吉布·拉扎克, 希拉里　克林顿).
        if (_known.KnownAt(_text, position) is { } knownName && (EndsKnownName(position + knownName.Length) || IsSelfEndingFigure(knownName)) &&
            !(position + knownName.Length < _text.Length && ChineseNames.JoinerLengthAt(_text, position + knownName.Length) > 0))
        {
            return knownName.Length;
        }

        var length = ReadNewName(position, allowAnyName, firmOnly);
        return length > 0 && StartsWithSentenceWord(position) && !NameEvidence.Admits(_text, position, length, TitleLexicon.IsConjunction(_text[position])) ? 0 : length;
    }

    /// <summary>Whether the correlative 边…边 "while" starts here (副市长边走边看): 边 is a surname, but a verb between two
    /// of them is two things done at once.</summary>
    private bool IsWhileDoing(int position) =>
        position + 2 < _text.Length && _text[position] == WhileMark && _text[position + 2] == WhileMark && ChineseText.IsHan(_text[position + 1]);

    private const char WhileMark = '边';

    /// <summary>Whether 周 and the next character, a weekday elsewhere (周一), start a name here: one more character that
    /// starts no word, then a word of two characters that goes on the sentence (周一岳表示; 周一表示 is a weekday).</summary>
    private bool IsNameStartingLikeAWeekday(int position) =>
        position + 3 < _text.Length && _text[position] == '周' && ChineseText.IsHan(_text[position + 2]) &&
        TitleLexicon.FollowerAt(_text, position + 2, out _) == 0 && TitleLexicon.FollowerAt(_text, position + 3, out var firm) > 1 && firm;

    /// <summary>Fewest characters of a public figure's name that ends itself (安倍晋三比他的前任…, 林郑月娥上京): no
    /// Chinese or Japanese name runs on past four characters, where 布什 may start 布什内尔.</summary>
    private const int MinSelfEndingFigureLength = 4;

    /// <summary>Whether a known name is a public figure's, Chinese or Japanese and long enough to end itself without a
    /// follower; a transliterated one may start a longer name (阿卜杜拉 of 阿卜杜拉希扬).</summary>
    private static bool IsSelfEndingFigure(string name) =>
        name.Length >= MinSelfEndingFigureLength && PublicFigures.Contains(name) &&
        (ChineseNames.SurnameLength(name, 0) > 0 || JapaneseNames.FamilyNameAt(name, 0) > 0) && !ChineseNames.LooksLikeTransliteration(name);

    /// <summary>What ends a known name: a follower, or 时 closing a clause of time before one (会见习近平时，).</summary>
    private bool EndsKnownName(int end) =>
        TitleLexicon.FollowerAt(_text, end, out _) > 0 ||
        (end < _text.Length && _text[end] == '时' && TitleLexicon.FollowerAt(_text, end + 1, out _) > 0);

    /// <summary>Fewest letters of a one-word Latin name (Mullen, Moseley; not Mr).</summary>
    private const int MinLatinWordLength = 4;

    /// <summary>Most words of a name in Latin letters (Suwanchai Wattanayingcharoenchai, Georg Streiter, Maria de la Cruz).</summary>
    private const int MaxLatinNameWords = 4;

    /// <summary>A name in Latin letters right after a title, as web and Hong Kong news write foreign names: two to four
    /// capitalised words of two letters or more, one space apart, ended by anything but a letter or digit. 0 when none
    /// (one word may be an acronym or a brand: APEC, Twitter).</summary>
    private int LatinNameLength(int position, int minWords)
    {
        var end = position;
        var words = 0;
        while (words < MaxLatinNameWords && end < _text.Length && _text[end] is >= 'A' and <= 'Z')
        {
            var wordEnd = end + 1;
            while (wordEnd < _text.Length && (_text[wordEnd] is >= 'a' and <= 'z' || _text[wordEnd] is '-' or '\''))
            {
                wordEnd++;
            }

            if (wordEnd - end < 2)
            {
                break;
            }

            words++;
            end = wordEnd;
            if (end + 1 < _text.Length && _text[end] == ' ' && _text[end + 1] is >= 'A' and <= 'Z')
            {
                end++;
            }
            else
            {
                break;
            }
        }

        var closed = end >= _text.Length || !char.IsLetterOrDigit(_text[end]) || ChineseText.IsHan(_text[end]);
        // One word will do after an official title when it is no acronym and a bracket, a comma or a firm follower comes
        // after it (海军作战部长Mullen（马伦）, 发言人Keller表示; not 发言人Twitter上表示).
        var oneWordFits = minWords == 1 && words == 1 && end - position >= MinLatinWordLength && end < _text.Length &&
                          (TitleLexicon.StartsFirmWord(_text, end) || _text[end] is '（' or '(' or '，' or '。');
        return (words >= 2 || oneWordFits) && closed && _text[end - 1] != ' ' ? end - position : 0;
    }

    /// <summary>Whether a reading starts with a one-character word of the sentence that is a surname too: a conjunction
    /// (和副总统, 和李鹏总理) or a verb or preposition that is no common surname (谈话, 谈到; 向阳, 曾明 are names as often).
    /// The model then decides (<see cref="NameEvidence.Admits"/>).</summary>
    private bool StartsWithSentenceWord(int position) =>
        TitleLexicon.IsConjunction(_text[position]) || TitleLexicon.IsSurnameLikeWord(_text[position]) ||
        (TitleLexicon.FollowerAt(_text, position, out _) > 0 && !ChineseNames.IsCommonSurname(_text[position]));

    /// <summary>The length of a name the page does not know at <paramref name="position"/>, read by the rules.</summary>
    private int ReadNewName(int position, bool allowAnyName, bool firmOnly)
    {
        // A verb, adverb or time word after a title is the sentence going on (总统表示, 大使当天, 主席呼吁团结); but a
        // weekday's 周 is a surname where one more character and a follower make a name (局长周一岳表示).
        if ((TitleLexicon.StartsLongFollower(_text, position) && !IsNameStartingLikeAWeekday(position)) || IsWhileDoing(position))
        {
            return 0;
        }

        var foreign = _foreign.ReadForeignName(position);
        if (foreign > 0)
        {
            return foreign;
        }

        var japanese = _foreign.ReadJapaneseName(position);
        if (japanese > 0)
        {
            return japanese;
        }

        // After a foreign title a transliterated name may be of any length (莱希, 普里马科夫, 阿卜杜拉希扬) and use syllables
        // that start words elsewhere; read it before any surname (阿, 马) can cut it short.
        var foreignRun = allowAnyName ? _foreign.ReadForeignSyllables(position) : 0;
        if (foreignRun >= 3 || (foreignRun == 2 && ChineseNames.SurnameLength(_text, position) == 0))
        {
            return foreignRun;
        }

        // A Tibetan name of two or more parts (次仁占堆, 罗绒丁真) is read whole before a surname (罗) cuts it short.
        var tibetan = firmOnly ? 0 : _foreign.ReadTibetanName(position);
        if (tibetan > 0)
        {
            return tibetan;
        }

        // A transliterated name longer than a Han one (阿不都热合曼, 库尔班江) is read whole, even where it starts with
        // a surname character (阿).
        var transliterated = firmOnly ? 0 : _foreign.ReadTransliteratedName(position);
        var surname = ChineseNames.SurnameLength(_text, position);
        if (transliterated >= 4 && surname < 2)
        {
            return transliterated;
        }

        if (surname > 0 && firmOnly)
        {
            return ReadFirmlyEndedName(position, surname);
        }

        var withSurname = surname > 0 ? ReadSurnameName(position, surname, allowAnyName) : 0;
        if (withSurname > 0)
        {
            return withSurname;
        }

        if (transliterated > 0)
        {
            return transliterated;
        }

        return allowAnyName ? _foreign.ReadAnyName(position) : 0;
    }

    /// <summary>After a descriptor such as 群众 or 村民 only a firm ending makes a name (群众来信的 is no one).</summary>
    private int ReadFirmlyEndedName(int position, int surname)
    {
        var shorter = NameEnd(position, surname + 1);
        var longer = NameEnd(position, surname + 2);
        var longerCloses = longer == Ending.Firm || (longer == Ending.Weak && TitleLexicon.ClosesName(_text[position + surname + 2]));
        return longerCloses && !TitleLexicon.NeverEndsName(_text[position + surname + 1]) ? surname + 2
            : shorter == Ending.Firm ? surname + 1 : 0;
    }

    /// <summary>A surname and one or two given characters, the length chosen by what follows each reading.</summary>
    private int ReadSurnameName(int position, int surname, bool allowAnyName)
    {
        var shorter = NameEnd(position, surname + 1);
        var longer = NameEnd(position, surname + 2);

        // A post's 长 may start a place (四川省长江两岸, 地处长江上游): then only a firm ending makes a name (市长江泽民说).
        if (StartsPlaceWithChang(position) && ((longer != Ending.Firm && shorter != Ending.Firm) || HoldsUnitOfPlace(position, surname + 2)))
        {
            return 0;
        }

        // 为 before a post is "as" (以副部长郭鲁为团长, 以X为首), 任 and 兼 "serving as" (局长范力任组长, 副市长李强兼秘书长):
        // they end the name.
        var third = position + surname + 1;
        if (shorter != Ending.None && third + 1 < _text.Length && ServingAsBeforePost.IndexOf(_text[third]) >= 0 &&
            ((_text[third] == '为' && _text[third + 1] == '首') || TitleLexicon.PostAt(_text, third + 1) is not null))
        {
            return surname + 1;
        }

        if (shorter != Ending.None && longer != Ending.None)
        {
            return ChooseBetweenReadings(position, surname, shorter, longer);
        }

        if (longer != Ending.None)
        {
            // After a foreign title a one-character word that does not close names may be the fourth character of a
            // Japanese name when a firm ending follows it (首相石田正和当天, but 总统李明在 stays 李明).
            return allowAnyName && longer == Ending.Weak && surname == 1 && FourthCharacterBeforeFirmEnd(position + 3) ? 4 : surname + 2;
        }

        if (shorter != Ending.None)
        {
            return surname + 1;
        }

        // Nothing the rules know ends either reading (万里跑步, 陶岚点名): the model decides where the name ends, unless
        // the third character never ends a name (刘淇有关…): then the name is the shorter reading.
        if (IsUnendedFullName(position, surname) && TitleLexicon.NeverEndsName(_text[position + surname + 1]))
        {
            return surname + 1;
        }

        return IsUnendedFullName(position, surname) ? NameEvidence.Likelier(_text, position, surname + 2, surname + 1) : 0;
    }

    /// <summary>Both readings fit: a firm ending (punctuation, a two-character verb) beats a one-character word, and
    /// between equals a third character that starts a common word belongs to that word (朱健主持, 李强在).</summary>
    private int ChooseBetweenReadings(int position, int surname, Ending shorter, Ending longer)
    {
        var third = _text[position + surname + 1];
        if (TitleLexicon.NeverEndsName(third))
        {
            return surname + 1;
        }

        // 和 ends given names (永和, 平和) as often as it joins two people; a name-closing word after it (戴永和在, 戴永和说)
        // settles it for the name.
        if (third == '和' && position + surname + 2 < _text.Length && TitleLexicon.ClosesName(_text[position + surname + 2]))
        {
            return surname + 2;
        }

        if (shorter != longer)
        {
            return longer == Ending.Firm ? surname + 2 : surname + 1;
        }

        return TitleLexicon.StartsFollowerWord(third) ? surname + 1 : surname + 2;
    }

    /// <summary>Nothing known follows: after a title, a full three-character name is the common case (龙志远应邀), unless
    /// the post's 长 starts a place instead (青山县长江路, 市长春路): then only a firm ending will do.</summary>
    private bool IsUnendedFullName(int position, int surname)
    {
        var end = position + surname + 2;
        // A surname that is also a function word (和, 于, 向) needs a follower to be a name: 和波士顿市长 is "and".
        return !StartsPlaceWithChang(position) && !TitleLexicon.IsFunctionWord(_text[position]) && ChineseNames.AllHan(_text, position, surname + 2) &&
               !HoldsFirmWord(position, surname + 2) &&
               ChineseNames.LooksLikeName(_text.Substring(position, surname + 2)) && TitleLexicon.PostAt(_text, position + 1) is null &&
               (end >= _text.Length || !TitleLexicon.EndsLikeOrganisation(_text.Substring(end, 1)));
    }

    
    /// <summary>Whether a word that goes on the sentence starts here: a follower or a stop of two characters or more.</summary>
    private bool StartsSentenceWord(int position) => TitleLexicon.StartsFirmWord(_text, position) || TitleLexicon.StartsLongStop(_text, position);

    /// <summary>Whether a two-character word that goes on the sentence starts inside the name (李强调研: 强调; 和夫人: 夫人;
    /// 向记者: 记者).</summary>
    private bool HoldsFirmWord(int position, int length)
    {
        for (var i = position + 1; i < position + length; i++)
        {
            if (StartsSentenceWord(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a unit of place stands inside the reading (市长安镇人: 安镇人 is "from 长安 town").</summary>
    private bool HoldsUnitOfPlace(int position, int length)
    {
        for (var i = position + 1; i < position + length && i < _text.Length; i++)
        {
            if (UnitsOfPlace.IndexOf(_text[i]) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Units of place that stand in no name after a 长 place (长安镇, 长沙市, 长江路).</summary>
    private const string UnitsOfPlace = "镇乡村县市区路街";

    /// <summary>Places written with 长 (长江, 长沙, 长春, 长安…) that a post ending in 长 can run into.</summary>
    private bool StartsPlaceWithChang(int position) =>
        position > 0 && _text[position - 1] == '长' && PlaceSecondsAfterChang.IndexOf(_text[position]) >= 0;

    /// <summary>Whether a name of <paramref name="length"/> at <paramref name="position"/> fits, and how firmly what follows ends it.</summary>
    private Ending NameEnd(int position, int length)
    {
        if (!ChineseNames.AllHan(_text, position, length))
        {
            return Ending.None;
        }

        var candidate = _text.Substring(position, length);
        if (!ChineseNames.LooksLikeName(candidate) || TitleLexicon.PostAt(_text, position + 1) is not null || HoldsFirmWord(position, length))
        {
            return Ending.None;
        }

        if (TitleLexicon.FollowerAt(_text, position + length, out var strong) == 0)
        {
            // A full name before 时 and punctuation ends a clause of time (会见大使安惠侯时，): weakly, as 时 starts words
            // too; a shorter reading there is rather a word (竞选市长连任时).
            return length >= ChineseNames.MaxHanNameLength && ClosesClauseOfTime(position + length) ? Ending.Weak : Ending.None;
        }

        return strong ? Ending.Firm : Ending.Weak;
    }

    /// <summary>Whether 时 and then punctuation or the end of the text stand at <paramref name="at"/>.</summary>
    private bool ClosesClauseOfTime(int at) =>
        at < _text.Length && _text[at] == ClauseOfTimeMark && (at + 1 == _text.Length || !ChineseText.IsHan(_text[at + 1]));

    private const char ClauseOfTimeMark = '时';

    private bool FourthCharacterBeforeFirmEnd(int at) =>
        at + 1 < _text.Length && ChineseNames.AllHan(_text, at - 3, 4) && !TitleLexicon.ClosesName(_text[at]) && !TitleLexicon.NeverEndsName(_text[at]) &&
        !TitleLexicon.StartsLongFollower(_text, at) && TitleLexicon.PostAt(_text, at) is null &&
        TitleLexicon.FollowerAt(_text, at + 1, out var firm) > 1 && firm;

    /// <summary>A foreign name with dots or hyphens at <paramref name="position"/>; 0 when none.</summary>
    public int ReadForeignName(int position) => _foreign.ReadForeignName(position);

    /// <summary>A name after 、 in a list: the whole item when it is a name, else a name ended by what follows it.</summary>
    public int ReadListName(int position)
    {
        var end = position;
        while (end < _text.Length && (ChineseText.IsHan(_text[end]) || ChineseNames.IsNameJoiner(_text[end])))
        {
            end++;
        }

        var item = _text.Substring(position, end - position);
        if (end < _text.Length && _text[end] == '、' && IsNameItem(item))
        {
            return item.Length;
        }

        // A list item is a name only where something ends it: an item the rules leave to the model (南丁格|尔奖章获得者X)
        // is rather the next phrase of the sentence.
        var length = ReadName(position, allowAnyName: false);
        return length > 0 && TitleLexicon.FollowerAt(_text, position + length, out _) > 0 ? length : 0;
    }

    /// <summary>Whether a whole list item is a name: known, or shaped like a Chinese or a dotted foreign one.</summary>
    public bool IsNameItem(string item) =>
        _known.Knows(item) || ChineseNames.LooksLikeName(item) || ChineseNames.LooksLikeForeignName(item) || TibetanNames.IsName(item);

}
