using System.Linq;
using NewsArchive.Core.Extraction;
using Xunit;

namespace NewsArchive.Core.Tests.Extraction;

public class TitleWordsTests
{
    [Fact]
    public void NoWordListHoldsAWordTwice()
    {
        var duplicates = TitleWords.Lists()
            .SelectMany(list => list.Words.GroupBy(w => w).Where(g => g.Count() > 1).Select(g => $"{list.Name}: {g.Key}"))
            .ToArray();
        Assert.Empty(duplicates);
    }

    [Fact]
    public void NoCharacterClassHoldsACharacterTwice()
    {
        var duplicates = TitleWords.CharacterClasses()
            .SelectMany(set => set.Characters.GroupBy(c => c).Where(g => g.Count() > 1).Select(g => $"{set.Name}: {g.Key}"))
            .ToArray();
        Assert.Empty(duplicates);
    }
}
