using System.Collections.Generic;
using System.Linq;
using NewsArchive.Core.Extraction.Names;
using Xunit;

namespace NewsArchive.Core.Tests.Extraction.Names;

/// <summary>The gazetteer's reading of a text: each character's role in the longest known person's name and the longest
/// known word at it, with lists written here.</summary>
public class NameGazetteerTests
{
    private static readonly NameGazetteer Gazetteer = Build(people: new[] { "白居易", "居易" }, words: new[] { "当机立断", "书记", "白居" });

    [Fact]
    public void TheLongestKnownNameAndTheLongestKnownWordAreMarkedCharacterByCharacter()
    {
        var (people, words) = Roles("诗人白居易说");
        Assert.Equal(new[] { N, N, B, I, E, N }, people);
        Assert.Equal(new[] { N, N, B, E, N, N }, words);
    }

    [Fact]
    public void ACharacterOfTwoMatchesKeepsItsRoleInTheEarlierOne()
    {
        var (_, words) = Roles("书记书记");
        Assert.Equal(new[] { B, E, B, E }, words);
        var (people, _) = Roles("白居易居易");
        Assert.Equal(new[] { B, I, E, B, E }, people);
    }

    [Fact]
    public void AWordOfFourCharactersIsFoundAndUnknownTextIsLeftAlone()
    {
        var (people, words) = Roles("党委书记粟光前当机立断");
        Assert.All(people, r => Assert.Equal(N, r));
        Assert.Equal(new[] { N, N, B, E, N, N, N, B, I, I, E }, words);
    }

    [Fact]
    public void TheShippedModelCarriesAGazetteerOfPeopleAndWords()
    {
        var entries = PersonNameRecognizer.Default.Model.Space.Lexicon.Gazetteer.Entries;
        Assert.Contains(entries.Values, k => (k & GazetteerKinds.Person) != 0);
        Assert.Contains(entries.Values, k => (k & GazetteerKinds.Word) != 0);
    }

    private const byte N = NameGazetteer.None, B = NameGazetteer.Begin, I = NameGazetteer.Inside, E = NameGazetteer.End;

    private static (byte[] People, byte[] Words) Roles(string text)
    {
        var (people, words) = (new byte[text.Length], new byte[text.Length]);
        Gazetteer.Roles(text.ToCharArray(), people, words);
        return (people, words);
    }

    private static NameGazetteer Build(IEnumerable<string> people, IEnumerable<string> words)
    {
        var entries = new Dictionary<ulong, GazetteerKinds>();
        foreach (var (list, kind) in new[] { (people, GazetteerKinds.Person), (words, GazetteerKinds.Word) })
        {
            foreach (var word in list)
            {
                var key = NameGazetteer.KeyOf(word.ToCharArray(), 0, word.Length);
                entries[key] = (entries.TryGetValue(key, out var known) ? known : 0) | kind;
            }
        }

        return new NameGazetteer(entries);
    }
}
