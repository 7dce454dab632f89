using System;
using System.IO;
using System.Text;
using NewsArchive.Core.Storage;
using Xunit;

namespace NewsArchive.Core.Tests.Storage;

public class PageTextTests
{
    [Fact]
    public void PackedTextComesBackExactlyAndSmaller()
    {
        var text = File.ReadAllText(SharedSamples.SeedPagePath);
        var packed = PageText.Pack(text);
        Assert.Equal(text, PageText.Unpack(packed));
        Assert.True(packed.Length < Encoding.UTF8.GetByteCount(text) * 0.7, $"{packed.Length} bytes packed of {Encoding.UTF8.GetByteCount(text)}");
    }

    [Fact]
    public void TextStoredUnpackedIsReadAsItIs() => Assert.Equal("## 标题\n正文。", PageText.Unpack("## 标题\n正文。"));

    [Fact]
    public void AnythingElseIsAClearError() => Assert.Throws<InvalidDataException>(() => PageText.Unpack(42L));
}
