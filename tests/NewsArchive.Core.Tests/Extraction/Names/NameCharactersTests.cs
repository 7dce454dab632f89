using System.Linq;
using NewsArchive.Core.Extraction.Names;
using Xunit;

namespace NewsArchive.Core.Tests.Extraction.Names;

public class NameCharactersTests
{
    [Theory]
    [InlineData('１', '0')]
    [InlineData('9', '0')]
    [InlineData('Ｗ', 'A')]
    [InlineData('T', 'A')]
    [InlineData('ｏ', 'a')]
    [InlineData('，', ',')]
    [InlineData('・', '·')]
    [InlineData('•', '·')]
    [InlineData('王', '王')]
    public void NormalisesFullWidthFormsDigitsLettersAndDots(char raw, char expected) =>
        Assert.Equal(expected, NameCharacters.Normalize(raw));

    [Theory]
    [InlineData(' ')]
    [InlineData('\u3000')]
    [InlineData('\n')]
    [InlineData('\t')]
    public void WhiteSpaceReadsAsATextBoundary(char raw) => Assert.Equal(NameCharacters.Boundary, NameCharacters.Normalize(raw));

    [Fact]
    public void HanDigitsLettersDotsAndPunctuationFallInDifferentClasses()
    {
        var classes = new[] { '王', '0', 'A', 'a', '·', ',', NameCharacters.Boundary }
            .Select(NameCharacters.ClassOf).ToArray();
        Assert.Equal(classes.Length, classes.Distinct().Count());
    }
}
