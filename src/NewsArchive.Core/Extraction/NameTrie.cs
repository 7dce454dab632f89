using System.Collections.Generic;

namespace NewsArchive.Core.Extraction;

/// <summary>A set of names looked up by where they start in a text: the work at one position is bounded by the longest
/// name, not by how many names the set holds, so reading a page stays linear however many people it lists.</summary>
internal sealed class NameTrie
{
    private readonly Node _root = new();

    public NameTrie()
    {
    }

    public NameTrie(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            Add(name);
        }
    }

    public void Add(string name)
    {
        var node = _root;
        foreach (var c in name)
        {
            node.Next ??= new Dictionary<char, Node>();
            if (!node.Next.TryGetValue(c, out var next))
            {
                next = new Node();
                node.Next[c] = next;
            }

            node = next;
        }

        node.Word = name;
    }

    /// <summary>The longest name of at least <paramref name="minLength"/> characters and at most
    /// <paramref name="maxLength"/> that starts at <paramref name="position"/>, or null.</summary>
    public string? LongestAt(string text, int position, int minLength = 1, int maxLength = int.MaxValue)
    {
        string? longest = null;
        foreach (var name in AllAt(text, position, maxLength))
        {
            if (name.Length >= minLength)
            {
                longest = name;
            }
        }

        return longest;
    }

    /// <summary>Every name that starts at <paramref name="position"/>, shortest first.</summary>
    public IEnumerable<string> AllAt(string text, int position, int maxLength = int.MaxValue)
    {
        var node = _root;
        for (var i = position; i < text.Length && i - position < maxLength; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(text[i], out node))
            {
                yield break;
            }

            if (node.Word is not null)
            {
                yield return node.Word;
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public string? Word;
    }
}
