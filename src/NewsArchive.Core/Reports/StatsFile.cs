using System;
using System.IO;
using System.Text;
using NewsArchive.Core.Parsing;

namespace NewsArchive.Core.Reports;

/// <summary>File-level choices for Export-Stats -Path: the format a file name implies and the encodings it may write.</summary>
public static class StatsFile
{
    /// <summary>The names -Encoding takes, as PowerShell 7 spells them (utf8 is without BOM there).</summary>
    public static readonly string[] EncodingNames = { "utf8BOM", "utf8", "utf8NoBOM", "unicode", "bigendianunicode", "utf32", "gb18030" };

    /// <summary>CSV is UTF-8 with a BOM unless told otherwise: without the BOM Excel reads the file as the local ANSI code
    /// page and shows Chinese as mojibake. JSON and HTML are UTF-8 without BOM, as their standards ask.</summary>
    public static Encoding DefaultEncoding(StatsFormat format) => format == StatsFormat.Csv ? new UTF8Encoding(true) : new UTF8Encoding(false);

    public static Encoding GetEncoding(string name) => name.ToLowerInvariant() switch
    {
        "utf8bom" => new UTF8Encoding(true),
        "utf8" or "utf8nobom" => new UTF8Encoding(false),
        "unicode" => new UnicodeEncoding(false, true),
        "bigendianunicode" => new UnicodeEncoding(true, true),
        "utf32" => new UTF32Encoding(false, true),
        "gb18030" => PageDecoder.Gb18030,
        _ => throw new ArgumentException($"Unknown encoding '{name}'. Use one of: {string.Join(", ", EncodingNames)}.", nameof(name)),
    };

    /// <summary>The format a file's extension names (.csv, .json, .html or .htm), or null.</summary>
    public static StatsFormat? FormatOf(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".csv" => StatsFormat.Csv,
        ".json" => StatsFormat.Json,
        ".html" or ".htm" => StatsFormat.Html,
        _ => null,
    };
}
