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
        var node = _root;
        for (var i = position; i < text.Length && i - position < maxLength; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(text[i], out node))
            {
                break;
            }

            if (node.Word is { } word && word.Length >= minLength)
            {
                longest = word;
            }
        }

        return longest;
    }

    /// <summary>Every name that starts at <paramref name="position"/>, shortest first, added to <paramref name="names"/>.
    /// Called at every position of a page: it allocates nothing.</summary>
    public void AddAllAt(string text, int position, List<string> names)
    {
        var node = _root;
        for (var i = position; i < text.Length; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(text[i], out node))
            {
                return;
            }

            if (node.Word is not null)
            {
                names.Add(node.Word);
            }
        }
    }

    private sealed class Node
    {
        public Dictionary<char, Node>? Next;
        public string? Word;
    }
}
