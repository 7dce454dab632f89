using System;
using System.Linq;
using System.Text;
using NewsArchive.Core.Parsing;
using Xunit;

namespace NewsArchive.Core.Tests.Parsing;

/// <summary>What an administrator's files look like on disk, and what the decoder makes of them.</summary>
public class PageDecoderTests
{
    private const string Page = "## 江城新闻\n\n■本报记者 陈 润\n\n**本报讯** 3月12日上午，全市脱贫攻坚动员会议召开，部署下一阶段重点工作。\n";

    [Fact]
    public void ReadsUtf8WithoutBom()
    {
        var decoded = PageDecoder.Decode(Encoding.UTF8.GetBytes(Page));
        Assert.Equal(Page, decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
    }

    [Fact]
    public void ReadsUtf8WithBomAndDropsTheBom()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Page)).ToArray();
        var decoded = PageDecoder.Decode(bytes);
        Assert.Equal(Page, decoded.Text);
        Assert.Equal("utf-8", decoded.EncodingName);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ReadsUtf16WithBom(bool bigEndian)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(Page)).ToArray();
        var decoded = PageDecoder.Decode(bytes);
        Assert.Equal(Page, decoded.Text);
        Assert.StartsWith("utf-16", decoded.EncodingName);
    }

    [Fact]
    public void DetectsGb18030()
    {
        var bytes = PageDecoder.Gb18030.GetBytes(Page);
        var decoded = PageDecoder.Decode(bytes);
        Assert.Equal(Page, decoded.Text);
        Assert.Equal("gb18030", decoded.EncodingName);
    }

    [Fact]
    public void ReadsGbkWhenForced()
    {
        var bytes = PageDecoder.Gb18030.GetBytes(Page);
        Assert.Equal(Page, PageDecoder.Decode(bytes, PageDecoder.GetEncoding("gbk")).Text);
    }

    [Fact]
    public void RefusesAFileThatIsNotValidInTheForcedEncoding()
    {
        var bytes = PageDecoder.Gb18030.GetBytes(Page);
        var error = Assert.Throws<PageFormatException>(() => PageDecoder.Decode(bytes, PageDecoder.GetEncoding("utf-8")));
        Assert.Equal(PageError.InvalidEncoding, error.Error);
    }

    [Fact]
    public void DamagedUtf8IsAnErrorThatSaysWhereNotMojibake()
    {
        var bytes = Encoding.UTF8.GetBytes(Page);
        // Cut the middle byte out of one character, as a bad copy or a truncated transfer does.
        var offset = Encoding.UTF8.GetByteCount(Page.Substring(0, Page.IndexOf('陈')));
        var damaged = bytes.Take(offset + 1).Concat(bytes.Skip(offset + 2)).ToArray();

        var error = Assert.Throws<PageFormatException>(() => PageDecoder.Decode(damaged));

        Assert.Equal(PageError.InvalidEncoding, error.Error);
        Assert.Contains($"offset {offset}", error.Message);
    }

    [Fact]
    public void DamagedUtf8WithBomSaysWhereToo()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Page)).ToArray();
        var offset = 3 + Encoding.UTF8.GetByteCount(Page.Substring(0, Page.IndexOf('陈')));
        bytes[offset + 1] = 0x41;

        var error = Assert.Throws<PageFormatException>(() => PageDecoder.Decode(bytes));

        Assert.Equal(PageError.InvalidEncoding, error.Error);
        Assert.Contains($"offset {offset}", error.Message);
    }

    [Fact]
    public void NulBytesMeanBinary()
    {
        var bytes = Encoding.UTF8.GetBytes(Page).Concat(new byte[] { 0, 0, 0, 0x89, 0x50, 0x4E, 0x47 }).ToArray();
        var error = Assert.Throws<PageFormatException>(() => PageDecoder.Decode(bytes));
        Assert.Equal(PageError.Binary, error.Error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\r\n\t  \n")]
    [InlineData("\u3000\u3000\n")]
    public void EmptyOrWhiteSpaceIsAnEmptyFile(string text)
    {
        var error = Assert.Throws<PageFormatException>(() => PageDecoder.Decode(Encoding.UTF8.GetBytes(text)));
        Assert.Equal(PageError.EmptyFile, error.Error);
    }

    [Fact]
    public void ABomAloneIsAnEmptyFile()
    {
        var error = Assert.Throws<PageFormatException>(() => PageDecoder.Decode(new byte[] { 0xEF, 0xBB, 0xBF }));
        Assert.Equal(PageError.EmptyFile, error.Error);
    }

    [Fact]
    public void GbNamesAllReadAsGb18030()
    {
        foreach (var name in new[] { "gbk", "GB2312", "gb18030", "cp936" })
        {
            Assert.Equal("GB18030", PageDecoder.GetEncoding(name).WebName.ToUpperInvariant());
        }
    }
}
