using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsArchive.Bench.CorpusGenerator;

/// <summary>A person an article names with a title, and every title it gives them, in order of appearance.</summary>
public sealed class PersonTruth(string name)
{
    public string Name { get; } = name;
    public List<string> Titles { get; } = [];
}

/// <summary>What the generator put into one article: the answer a parser and extractor should find.</summary>
public sealed class ArticleTruth
{
    public string? Kicker { get; set; }
    public string Title { get; set; } = "";
    public string? Subtitle { get; set; }
    public List<Reporter> Reporters { get; } = [];
    public string? Dateline { get; set; }
    public DateOnly? EventDate { get; set; }
    public int Paragraphs { get; set; }
    public int ColumnBreaks { get; set; }
    public List<PersonTruth> Officials { get; } = [];
    public List<PersonTruth> Others { get; } = [];
}

public sealed class PageTruth(string file, DateOnly date, int page)
{
    public string File { get; } = file;
    public DateOnly Date { get; } = date;
    public int Page { get; } = page;
    /// <summary>The page opens with the tail of a story from another page, before its first headline.</summary>
    public bool Continued { get; set; }
    public List<ArticleTruth> Articles { get; } = [];
}

/// <summary>Streams truth.jsonl, one page per line, in the order pages are written.</summary>
public sealed class TruthWriter : IDisposable
{
    // Relaxed escaping keeps the Chinese readable in the file; the output is still valid JSON.
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _json;

    public TruthWriter(string path)
    {
        _stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
        _json = new Utf8JsonWriter(_stream, Options);
    }

    public void Write(PageTruth page)
    {
        _json.Reset(_stream);
        _json.WriteStartObject();
        _json.WriteString("file", page.File);
        _json.WriteString("date", page.Date.ToString("yyyy-MM-dd"));
        _json.WriteNumber("page", page.Page);
        _json.WriteBoolean("continued", page.Continued);
        _json.WriteStartArray("articles");
        foreach (ArticleTruth article in page.Articles) WriteArticle(article);
        _json.WriteEndArray();
        _json.WriteEndObject();
        _json.Flush();
        _stream.WriteByte((byte)'\n');
    }

    private void WriteArticle(ArticleTruth article)
    {
        _json.WriteStartObject();
        _json.WriteString("kicker", article.Kicker);
        _json.WriteString("title", article.Title);
        _json.WriteString("subtitle", article.Subtitle);
        _json.WriteStartArray("reporters");
        foreach (Reporter reporter in article.Reporters)
        {
            _json.WriteStartObject();
            _json.WriteString("name", reporter.Name);
            _json.WriteString("role", reporter.Role);
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
        _json.WriteString("dateline", article.Dateline);
        if (article.EventDate is { } eventDate) _json.WriteString("eventDate", eventDate.ToString("yyyy-MM-dd"));
        else _json.WriteNull("eventDate");
        _json.WriteNumber("paragraphs", article.Paragraphs);
        _json.WriteNumber("columnBreaks", article.ColumnBreaks);
        WritePeople("officials", article.Officials);
        WritePeople("otherPeople", article.Others);
        _json.WriteEndObject();
    }

    private void WritePeople(string property, List<PersonTruth> people)
    {
        _json.WriteStartArray(property);
        foreach (PersonTruth person in people)
        {
            _json.WriteStartObject();
            _json.WriteString("name", person.Name);
            _json.WriteStartArray("titles");
            foreach (string title in person.Titles) _json.WriteStringValue(title);
            _json.WriteEndArray();
            _json.WriteEndObject();
        }
        _json.WriteEndArray();
    }

    public void Dispose()
    {
        _json.Dispose();
        _stream.Dispose();
    }
}
