using System;

namespace NewsArchive.Core.Importing;

/// <summary>One line of an import's report: what happened to one file.</summary>
public sealed class ImportResult
{
    public ImportResult(string path, string newspaper, DateTime date, int page, ImportStatus status, int articles, TimeSpan elapsed)
    {
        Path = path;
        Newspaper = newspaper;
        Date = date;
        Page = page;
        Status = status;
        Articles = articles;
        Elapsed = elapsed;
    }

    public string Path { get; }
    public string Newspaper { get; }
    public DateTime Date { get; }
    public int Page { get; }
    public ImportStatus Status { get; }
    public int Articles { get; }
    public TimeSpan Elapsed { get; }
}
