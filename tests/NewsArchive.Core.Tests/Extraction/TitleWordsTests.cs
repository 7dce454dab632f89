using System.Collections.Generic;
using System.Linq;
using NewsArchive.Core.Extraction;
using Xunit;

namespace NewsArchive.Core.Tests.Extraction;

public class TitleWordsTests
{
    [Fact]
    public void NoWordListHoldsAWordTwice() =>
        Assert.Empty(TitleWords.Lists().SelectMany(list => Repeated(list.Name, list.Words)));

    [Fact]
    public void NoCharacterClassHoldsACharacterTwice() =>
        Assert.Empty(TitleWords.CharacterClasses().SelectMany(set => Repeated(set.Name, set.Characters)));

    private static IEnumerable<string> Repeated<T>(string list, IEnumerable<T> items) =>
        items.GroupBy(item => item).Where(g => g.Count() > 1).Select(g => $"{list}: {g.Key}");
}
