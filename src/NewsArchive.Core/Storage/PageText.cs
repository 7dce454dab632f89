using System;
using System.IO;
using System.IO.Compression;
using System.Text;

namespace NewsArchive.Core.Storage;

/// <summary>How a page's original text is kept in <c>pages.text</c>: UTF-8 compressed with Deflate, as a BLOB. The
/// kept text is read only to re-analyse or check a page, and compressed it takes about half its size. Rows stored as TEXT
/// (by schema 1) are read as they are.</summary>
internal static class PageText
{
    public static byte[] Pack(string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        using var packed = new MemoryStream(bytes.Length / 2);
        // Optimal, not Fastest: the zlib-ng of .NET 8+ makes Fastest a quick mode that leaves real Chinese news text at 0.654
        // of its size against 0.478 (300 pages of bench/New-NewsCorpus.ps1), at about the same speed (27-36 MB/s each).
        using (var deflate = new DeflateStream(packed, CompressionLevel.Optimal, leaveOpen: true))
        {
            deflate.Write(bytes, 0, bytes.Length);
        }

        return packed.ToArray();
    }

    /// <param name="stored">The value of <c>pages.text</c>: a packed BLOB, or TEXT from before packing.</param>
    public static string Unpack(object? stored)
    {
        switch (stored)
        {
            case string text:
                return text;
            case byte[] packed:
                using (var deflate = new DeflateStream(new MemoryStream(packed), CompressionMode.Decompress))
                using (var reader = new StreamReader(deflate, Encoding.UTF8))
                {
                    return reader.ReadToEnd();
                }

            default:
                throw new InvalidDataException($"A page's kept text is a {stored?.GetType().Name ?? "NULL"}, neither text nor packed text.");
        }
    }
}
