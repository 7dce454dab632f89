using System.Collections.Generic;
using System.Linq;

namespace NewsArchive.Core.Storage;

/// <summary>What one page's articles add to stats_by_page (see <see cref="StatsSummaries"/>), counted in memory from the
/// rows an import has just written. Counting the same with SQL over the stored rows took 170 µs a page.</summary>
internal sealed class PageSummary
{
    private readonly Dictionary<(int Kind, object Item), (long Articles, long Characters, long Mentions)> _rows = new();

    /// <summary>Whether no article was counted.</summary>
    public bool IsEmpty => _rows.Count == 0;

    /// <summary>Rows of stats_by_page: kind, item, articles, characters, mentions.</summary>
    public IEnumerable<(int Kind, object Item, long Articles, long Characters, long Mentions)> Rows =>
        _rows.Select(r => (r.Key.Kind, r.Key.Item, r.Value.Articles, r.Value.Characters, r.Value.Mentions));

    /// <summary>Counts one article as stored: the person ids of the officials it names, the names of its byline (a name
    /// may repeat) and the titles stored for its officials (a title may repeat).</summary>
    public void AddArticle(long characters, IReadOnlyCollection<long> officials, IEnumerable<string> reporters, IEnumerable<string> titles)
    {
        var items = new List<(int Kind, object Item)> { (StatsSummaries.PageKind, string.Empty) };
        items.AddRange(officials.Select(id => (StatsSummaries.OfficialKind, (object)id)));
        items.AddRange(reporters.Distinct().Select(name => (StatsSummaries.ReporterKind, (object)name)));
        items.AddRange(titles.Distinct().Select(title => (StatsSummaries.TitleKind, (object)title)));
        foreach (var item in items)
        {
            _rows.TryGetValue(item, out var measures);
            _rows[item] = (measures.Articles + 1, measures.Characters + characters, measures.Mentions + officials.Count);
        }
    }
}
