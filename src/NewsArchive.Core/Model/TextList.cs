using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace NewsArchive.Core.Model;

/// <summary>A read-only list whose text is its items joined: Export-Csv, ConvertTo-Csv and "$x" call ToString on a
/// property's value, and an array's gives "System.String[]" or "NewsArchive.Core.Model.Byline[]" instead of
/// "本报记者 陈润; 实习生 邓灵".</summary>
public sealed class TextList<T> : ReadOnlyCollection<T>
{
    /// <summary>Between names, titles and pages.</summary>
    public const string ItemSeparator = "; ";

    /// <summary>Between paragraphs: the same as Article.Body.</summary>
    public const string ParagraphSeparator = "\n";

    private readonly string _separator;

    public TextList(IList<T> items, string separator = ItemSeparator)
        : base(items)
    {
        _separator = separator;
    }

    public static TextList<T> Empty { get; } = new(Array.Empty<T>());

    /// <summary>The list for a property setter: the same items, read-only, with this separator.</summary>
    public static TextList<T> From(IReadOnlyList<T> items, string separator = ItemSeparator) =>
        items.Count == 0 && separator == ItemSeparator ? Empty : new TextList<T>(new List<T>(items), separator);

    public override string ToString() => string.Join(_separator, this);
}
