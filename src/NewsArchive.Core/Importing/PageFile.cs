using System.IO;
using NewsArchive.Core.Parsing;
using NewsArchive.Core.Platform;

namespace NewsArchive.Core.Importing;

/// <summary>Reads a page file's bytes for import, whatever the path names: a device (/dev/zero, whose length is 0 and
/// whose content never ends), a FIFO (whose open waits for a writer forever) or a socket is refused by its type before
/// it is opened, and no read goes past <see cref="PageDecoder.MaxPageBytes"/>, whatever the file claims its length is.</summary>
public static class PageFile
{
    private const int ChunkBytes = 64 * 1024;

    /// <exception cref="FileNotFoundException">There is no such file.</exception>
    /// <exception cref="PageFormatException">The path is no regular file, or the file is larger than a page can be.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static byte[] Read(string path)
    {
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new FileNotFoundException($"The file '{path}' does not exist.", path);
        }

        if (FileStatus.Of(path) is { IsRegularFile: false })
        {
            throw new PageFormatException(PageError.NotAFile,
                $"'{path}' is a device, FIFO or socket, not a page file; it was not opened.");
        }

        if (info.Length > PageDecoder.MaxPageBytes)
        {
            throw TooLarge($"The file is {info.Length / (1024 * 1024)} MB");
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, ChunkBytes);
        using var bytes = new MemoryStream((int)info.Length);
        var chunk = new byte[ChunkBytes];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (bytes.Length + read > PageDecoder.MaxPageBytes)
            {
                // Length said less (0 for files of /proc and /sys), or the file grew while it was read.
                throw TooLarge("The file holds more than that");
            }

            bytes.Write(chunk, 0, read);
        }

        return bytes.ToArray();
    }

    private static PageFormatException TooLarge(string size) =>
        new(PageError.TooLarge, $"{size}; a newspaper page is at most {PageDecoder.MaxPageBytes / (1024 * 1024)} MB.");
}
