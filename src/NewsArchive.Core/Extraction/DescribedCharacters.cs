using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace NewsArchive.Core.Extraction;

/// <summary>Characters that 1990s electronic texts, limited to GB2312, describe instead of writing: 朱（容加金旁）基 for
/// 朱镕基, （佩去亻加王旁）. Inside a name such a description would end it at the bracket, so a page holding one is read with
/// each description stood in for by one placeholder character, and every name and title found is given back as the page
/// writes it.</summary>
internal sealed class DescribedCharacters
{
    /// <summary>"(A加B旁)": a component added to another, in full-width or ASCII brackets (本报加拉加斯电 is no such thing: it
    /// does not end in 旁); or "(A字旁B)", a radical and the rest (朱（金字旁容）基).</summary>
    private static readonly Regex Description = new(
        @"[（(](?:[^（）()\s，。、]{1,6}加[^（）()\s，。、]{1,6}旁|[^（）()\s，。、]{1,2}字旁[^（）()\s，。、]{1,2})[）)]", RegexOptions.CultureInvariant);

    /// <summary>Placeholders: rare characters of CJK Extension A, which the rules read as Han like any other (㐀, 㐁…).</summary>
    private const char FirstPlaceholder = '\u3400';

    /// <summary>Most distinct descriptions a page is read with; beyond them the rest stay as written.</summary>
    private const int MaxPlaceholders = 64;

    private readonly Dictionary<string, char> _placeholders = new();
    private readonly Dictionary<char, string> _descriptions = new();

    /// <summary>The word every description holds (旁, "side component").</summary>
    private const char Radical = '旁';

    /// <summary>Whether any of the texts holds a described character (a cheap test first: the word 旁).</summary>
    public static bool AnyIn(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            if (text.IndexOf(Radical) >= 0 && Description.IsMatch(text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The text with each description replaced by its placeholder.</summary>
    public string Encode(string text) => Description.Replace(text, match =>
    {
        if (!_placeholders.TryGetValue(match.Value, out var placeholder))
        {
            if (_placeholders.Count == MaxPlaceholders)
            {
                return match.Value;
            }

            placeholder = (char)(FirstPlaceholder + _placeholders.Count);
            _placeholders[match.Value] = placeholder;
            _descriptions[placeholder] = match.Value;
        }

        return placeholder.ToString();
    });

    /// <summary>The text with each placeholder given back as the description it stands for.</summary>
    public string Decode(string text)
    {
        if (_descriptions.Count == 0)
        {
            return text;
        }

        var decoded = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (_descriptions.TryGetValue(c, out var description))
            {
                decoded.Append(description);
            }
            else
            {
                decoded.Append(c);
            }
        }

        return decoded.ToString();
    }
}
