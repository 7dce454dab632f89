using System.Linq;
using NewsArchive.Core.Extraction.Names;
using Xunit;

namespace NewsArchive.Core.Tests.Extraction.Names;

/// <summary>The shipped model on sentences written for these tests (never in any training corpus): the shapes the
/// rule-based reader got wrong.</summary>
public class PersonNameRecognizerTests
{
    private static readonly PersonNameRecognizer Recognizer = PersonNameRecognizer.Default;

    private static string[] Names(string text) => Recognizer.Recognize(text).Select(n => n.TextIn(text)).ToArray();

    [Theory]
    [InlineData("王明远在会上说，今年的粮食产量创了新高。", "王明远")]
    [InlineData("会议由市委副书记李红梅主持。", "李红梅")]
    [InlineData("国务院副总理钱其琛今天会见了日本客人。", "钱其琛")]
    [InlineData("记者从省教育厅获悉，厅长张建国已于昨日赴京。", "张建国")]
    public void FindsAChineseNameAtTheStartOrEndOrAfterATitle(string text, string name) =>
        Assert.Equal(new[] { name }, Names(text));

    [Theory]
    [InlineData("格鲁吉亚总统谢瓦尔德纳泽今天在第比利斯会见了中国代表团。", "谢瓦尔德纳泽")]
    [InlineData("美国国务卿奥尔布赖特抵达北京。", "奥尔布赖特")]
    public void ReadsATransliteratedNameWhole(string text, string name) =>
        Assert.Equal(new[] { name }, Names(text));

    [Fact]
    public void FindsAGivenNameStandingAloneForANameReadEarlierInTheText()
    {
        Assert.Empty(Names("野青这次写了八首歌。"));
        Assert.Equal(new[] { "田野青", "野青" }, Names("歌手田野青发行了新专辑。野青这次写了八首歌。"));
    }

    [Theory]
    [InlineData("记者采访了果农傅同春。老傅说，今年的苹果又丰收了。", "傅同春", "傅")]
    [InlineData("侯祥麟院士今年八十岁。侯老仍然每天到实验室。", "侯祥麟", "侯")]
    [InlineData("黄河水利委员会主任黄建国说，黄河今年没有断流。", "黄建国")]
    public void TakesALoneSurnameForANameReadEarlierOnlyWhereItCanBeOne(string text, params string[] names) =>
        Assert.Equal(names, Names(text));

    [Fact]
    public void TheTaggerAloneLeavesOutTheRepeatsAndReadsTheRestAlike()
    {
        // The trainer chooses the tagger's settings on these names: Recognize less the repeated ones.
        const string text = "歌手田野青发行了新专辑。野青这次写了八首歌。";
        var tagged = Recognizer.RecognizeTagged(text);
        Assert.Equal(new[] { "田野青" }, tagged.Select(n => n.TextIn(text)));
        Assert.Equal(Recognizer.Recognize(text)[0].Confidence, tagged[0].Confidence, 6);
        Assert.Empty(Recognizer.RecognizeTagged(string.Empty));
    }

    [Theory]
    [InlineData("省长张文明说，要抓好精神文明建设。", "张文明")]
    [InlineData("县长李国华在大会上讲话。李国华强调，华人华侨是重要力量。", "李国华", "李国华")]
    public void TakesARepeatedNameOnlyWhereItCanBeOne(string text, params string[] names) =>
        Assert.Equal(names, Names(text));

    [Fact]
    public void ReadsAForeignNameWithAMiddleDotAsOneName()
    {
        const string text = "联合国秘书长科菲·安南在纽约发表讲话。";
        Assert.Equal(new[] { "科菲·安南" }, Names(text));
    }

    [Theory]
    [InlineData("南非总统曼德拉和副总统姆贝基出席了典礼。", "曼德拉", "姆贝基")]
    [InlineData("王明远书记在会上讲话，李红梅副市长主持会议。", "王明远", "李红梅")]
    public void FindsNamesBeforeTheirTitles(string text, string first, string second) =>
        Assert.Equal(new[] { first, second }, Names(text));

    [Fact]
    public void FullWidthDigitsAroundANameReadAsHalfWidthOnes()
    {
        const string fullWidth = "１２月３１日，刘建华在ＷＴＯ会议上发言。";
        const string halfWidth = "12月31日，刘建华在WTO会议上发言。";
        Assert.Equal(new[] { "刘建华" }, Names(fullWidth));
        Assert.Equal(Recognizer.Recognize(halfWidth).Select(n => (n.Start, n.Length)), Recognizer.Recognize(fullWidth).Select(n => (n.Start, n.Length)));
    }

    [Theory]
    [InlineData("他在谈明年的工作安排时表示要抓好落实。")]
    [InlineData("非国大副主席会见了代表团。")]
    [InlineData("有关负责人曾表示，将向记者通报情况。")]
    public void ReportsNoNameInTextWithoutOne(string text) => Assert.Empty(Names(text));

    [Fact]
    public void SpansAreInOrderAndDoNotOverlap()
    {
        const string text = "李鹏、朱镕基、李瑞环、胡锦涛等领导同志出席了会议，王明远和张建国也参加了。";
        var spans = Recognizer.Recognize(text);
        Assert.True(spans.Count >= 4);
        for (var k = 1; k < spans.Count; k++)
        {
            Assert.True(spans[k - 1].End <= spans[k].Start);
        }

        Assert.All(spans, s => Assert.InRange(s.Confidence, 0.0, 1.0));
    }

    [Fact]
    public void NameScoreIsHighForTheWholeNameAndLowForAPieceOfIt()
    {
        const string text = "格鲁吉亚总统谢瓦尔德纳泽今天会见了中国代表团。";
        var start = text.IndexOf("谢瓦尔德纳泽", System.StringComparison.Ordinal);
        Assert.True(Recognizer.NameScore(text, start, 6) > 0.5);
        Assert.True(Recognizer.NameScore(text, start, 3) < 0.1);
        Assert.True(Recognizer.NameScore(text, start - 2, 2) < 0.1);
    }

    [Fact]
    public void ConfidenceOfARecognisedNameIsItsNameScore()
    {
        const string text = "国务院副总理钱其琛今天会见了日本客人。";
        var span = Assert.Single(Recognizer.Recognize(text));
        Assert.Equal(Recognizer.NameScore(text, span.Start, span.Length), span.Confidence, 3);
    }

    [Fact]
    public void EmptyTextHasNoNamesAndBadArgumentsAreRefused()
    {
        Assert.Empty(Recognizer.Recognize(string.Empty));
        Assert.Throws<System.ArgumentNullException>(() => Recognizer.Recognize(null!));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => Recognizer.NameScore("王明远", 2, 2));
        Assert.Throws<System.ArgumentOutOfRangeException>(() => Recognizer.NameScore("王明远", 0, 0));
    }
}
