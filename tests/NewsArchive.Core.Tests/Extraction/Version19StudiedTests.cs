using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Extractor version 19, studied on the false officials left on every development set: shapes of names and of
/// the words around them that recur in unseen news text, not single strings. Every sentence is written for the test; the
/// names are invented.</summary>
public class Version19StudiedTests
{
    [Theory]
    // A middle dot set off by a space on each side joins the parts of a foreign name, as a plain dot does.
    [InlineData("保加利亚驻华大使彼得雷伊 · 科霍夫说：“合作前景广阔。”", "彼得雷伊 · 科霍夫", "保加利亚驻华大使")]
    [InlineData("联合国粮农组织动物卫生司司长塔马瓦　·　天兰表示，疫情可控。", "塔马瓦　·　天兰", "联合国粮农组织动物卫生司司长")]
    public void ASpacedDotJoinsAForeignName(string text, string name, string titles) => AssertOfficial(text, name, titles);
}
