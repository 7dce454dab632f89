using System.Linq;
using NewsArchive.Core.Extraction;
using Xunit;

namespace NewsArchive.Core.Tests.Extraction;

public class TitleReaderTests
{
    [Theory]
    [InlineData("省委常委、省纪委书记欧阳明华出席。", "省委常委|省纪委书记")]
    [InlineData("会见了美国总统约翰·史密斯。", "美国总统")]
    [InlineData("村党总支书记王明说。", "村党总支书记")]
    [InlineData("外交部部长助理邓立新主持磋商。", "外交部部长助理")]
    [InlineData("欧盟委员会主席汉斯·穆勒今天访华。", "欧盟委员会主席")]
    [InlineData("商务及经济发展局局长邱腾华出席。", "商务及经济发展局局长")]
    [InlineData("（记者 王军）美国总统抵达。", "美国总统")]
    [InlineData("腾讯公司副总裁张明说。", "腾讯公司副总裁")]
    [InlineData("市供应链管理公司总经理李强说。", "市供应链管理公司总经理")]
    [InlineData("本报讯 市长王明出席。", "市长")]
    [InlineData("应法国总统邀请。", "法国总统")]
    public void ReadsEachTitleBackFromItsPost(string text, string titles) =>
        Assert.Equal(titles, string.Join("|", TitleReader.FindPosts(text).Select(p => p.Title(text))));

    [Theory]
    [InlineData("中国驻美国大使馆举行招待会。")]
    [InlineData("卡塔尔埃米尔·本·哈利法先生")]
    public void MissionsAndPostsInsideNamesAreNoTitles(string text) => Assert.Empty(TitleReader.FindPosts(text));
}
