using System;
using System.Text;

namespace NewsArchive.Core.Parsing;

/// <summary>The text of a page file and the encoding it was read with.</summary>
public sealed class DecodedPage
{
    public DecodedPage(string text, string encodingName)
    {
        Text = text;
        EncodingName = encodingName;
    }

    public string Text { get; }
    public string EncodingName { get; }
}

/// <summary>Turns the bytes of a page file into text: UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK,
/// detected when no encoding is forced. Anything else is refused with a <see cref="PageFormatException"/>.</summary>
public static class PageDecoder
{
    /// <summary>Pages larger than this are not newspaper pages (a page of the seed is ~10 KB); refusing them early keeps
    /// a stray dump or disk image from exhausting memory in a nightly import.</summary>
    public const int MaxPageBytes = 16 * 1024 * 1024;

    static PageDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Gb18030 => Encoding.GetEncoding("GB18030", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>Resolves a user-supplied encoding name (utf-8, gb18030, gbk, gb2312, utf-16…).</summary>
    public static Encoding GetEncoding(string name)
    {
        var normalized = name.Trim().ToUpperInvariant();
        // GBK and GB2312 files are valid GB18030: one strict decoder serves all three.
        if (normalized is "GBK" or "GB2312" or "CP936" or "936" or "GB18030")
        {
            return Gb18030;
        }

        return Encoding.GetEncoding(name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    }

    public static DecodedPage Decode(byte[] bytes, Encoding? forced = null)
    {
        if (bytes.Length == 0)
        {
            throw new PageFormatException(PageError.EmptyFile, "The file is empty.");
        }

        if (bytes.Length > MaxPageBytes)
        {
            throw new PageFormatException(PageError.TooLarge,
                $"The file is {bytes.Length / (1024 * 1024)} MB; a newspaper page is at most {MaxPageBytes / (1024 * 1024)} MB.");
        }

        var text = forced is null ? Detect(bytes, out var name) : DecodeStrict(bytes, forced, out name);
        RejectBinary(text);
        if (text.Trim().Length == 0)
        {
            throw new PageFormatException(PageError.EmptyFile, "The file holds only white space.");
        }

        return new DecodedPage(text, name);
    }

    private static string Detect(byte[] bytes, out string name)
    {
        if (HasPrefix(bytes, 0xEF, 0xBB, 0xBF))
        {
            return DecodeStrict(bytes, new UTF8Encoding(false, true), out name, 3);
        }

        if (HasPrefix(bytes, 0xFF, 0xFE))
        {
            return DecodeStrict(bytes, new UnicodeEncoding(false, false, true), out name, 2);
        }

        if (HasPrefix(bytes, 0xFE, 0xFF))
        {
            return DecodeStrict(bytes, new UnicodeEncoding(true, false, true), out name, 2);
        }

        if (Array.IndexOf(bytes, (byte)0) >= 0)
        {
            throw new PageFormatException(PageError.Binary, "The file holds NUL bytes: it is binary, not a text page.");
        }

        var utf8 = Utf8Scan.Run(bytes);
        if (utf8.InvalidAt < 0)
        {
            return DecodeStrict(bytes, new UTF8Encoding(false, true), out name);
        }

        // Text that is almost all valid multi-byte UTF-8 is a damaged UTF-8 file, not GB18030: decoding it as GB18030
        // would "succeed" and store mojibake. Say where the damage is instead.
        if (utf8.ValidMultiByte >= 8 && utf8.ValidMultiByte >= 20 * utf8.InvalidCount)
        {
            throw new PageFormatException(PageError.InvalidEncoding,
                $"The file is UTF-8 with an invalid byte sequence at offset {utf8.InvalidAt}. Repair the file, or pass -Encoding if it is in another encoding.");
        }

        try
        {
            name = "gb18030";
            return Gb18030.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw new PageFormatException(PageError.InvalidEncoding,
                $"The file is neither UTF-8 (invalid byte at offset {utf8.InvalidAt}) nor GB18030. Pass -Encoding to name its encoding.");
        }
    }

    private static string DecodeStrict(byte[] bytes, Encoding encoding, out string name, int skip = 0)
    {
        name = encoding.WebName;
        try
        {
            var strict = (Encoding)encoding.Clone();
            strict.DecoderFallback = DecoderFallback.ExceptionFallback;
            var text = strict.GetString(bytes, skip, bytes.Length - skip);
            return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        }
        catch (DecoderFallbackException ex)
        {
            // The exception counts from the first byte decoded, after the byte-order mark: report the offset in the file.
            var where = ex.Index >= 0 ? $"an invalid byte sequence at offset {skip + ex.Index}" : "an invalid byte sequence";
            throw new PageFormatException(PageError.InvalidEncoding,
                $"The file is not valid {encoding.WebName}: it has {where}. Repair the file, or pass -Encoding with its encoding.");
        }
    }

    /// <summary>Control characters other than tab, line feed, carriage return and form feed mean binary data.</summary>
    private static void RejectBinary(string text)
    {
        var controls = 0;
        foreach (var c in text)
        {
            if (c < ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f')
            {
                controls++;
            }
        }

        if (controls > 0 && controls * 200 > text.Length)
        {
            throw new PageFormatException(PageError.Binary, $"The file holds {controls} control characters: it is binary, not a text page.");
        }
    }

    private static bool HasPrefix(byte[] bytes, params byte[] prefix)
    {
        if (bytes.Length < prefix.Length)
        {
            return false;
        }

        for (var i = 0; i < prefix.Length; i++)
        {
            if (bytes[i] != prefix[i])
            {
                return false;
            }
        }

        return true;
    }

    private struct Utf8Scan
    {
        public int InvalidAt;
        public int InvalidCount;
        public int ValidMultiByte;

        public static Utf8Scan Run(byte[] bytes)
        {
            var scan = new Utf8Scan { InvalidAt = -1 };
            var i = 0;
            while (i < bytes.Length)
            {
                var b = bytes[i];
                if (b < 0x80)
                {
                    i++;
                    continue;
                }

                var length = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
                var valid = length > 0 && i + length <= bytes.Length;
                for (var k = 1; valid && k < length; k++)
                {
                    valid = (bytes[i + k] & 0xC0) == 0x80;
                }

                if (valid)
                {
                    scan.ValidMultiByte++;
                    i += length;
                }
                else
                {
                    if (scan.InvalidAt < 0)
                    {
                        scan.InvalidAt = i;
                    }

                    scan.InvalidCount++;
                    i++;
                }
            }

            return scan;
        }
    }
}
