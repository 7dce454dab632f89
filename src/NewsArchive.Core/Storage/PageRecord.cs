using System;

namespace NewsArchive.Core.Storage;

/// <summary>A page as it is kept: where it belongs, where it came from, and its original text and hash.</summary>
public sealed class PageRecord
{
    public PageRecord(string newspaper, DateTime date, int page, string? sourcePath, string sha256, string encoding, string text)
    {
        Newspaper = newspaper;
        Date = date.Date;
        Page = page;
        SourcePath = sourcePath;
        Sha256 = sha256;
        Encoding = encoding;
        Text = text;
    }

    public string Newspaper { get; }
    public DateTime Date { get; }
    public int Page { get; }
    public string? SourcePath { get; }
    public string Sha256 { get; }
    public string Encoding { get; }
    public string Text { get; }

    /// <summary>When the page was first imported (UTC); null means now. Copy-Archive keeps the source's.</summary>
    public DateTime? ImportedAt { get; set; }
}

/// <summary>The key and hash of a page already in the archive.</summary>
public sealed class StoredPage
{
    public long Id { get; set; }
    public string Sha256 { get; set; } = string.Empty;
}

/// <summary>How dates are written in the store: ISO dates sort and compare as text.</summary>
internal static class StoreDate
{
    public static string Format(DateTime date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DateTime Parse(string text) =>
        DateTime.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None);

    public static DateTime? ParseNullable(string? text) => text is null ? null : Parse(text);

    /// <summary>A moment (pages.imported_at): UTC, to the millisecond.</summary>
    public static string FormatTime(DateTime utc) => utc.ToString("yyyy-MM-ddTHH:mm:ss.fffZ", System.Globalization.CultureInfo.InvariantCulture);

    public static DateTime ParseTime(string text) =>
        DateTime.Parse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AdjustToUniversal | System.Globalization.DateTimeStyles.AssumeUniversal);
}
