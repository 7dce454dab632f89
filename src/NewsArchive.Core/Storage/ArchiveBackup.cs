using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using Dapper;
using NewsArchive.Core.Platform;

namespace NewsArchive.Core.Storage;

/// <summary>Writes a backup of an open archive so that no step of it, killed or failing, costs data: the copy is written
/// beside the destination under a temporary name, flushed to disk, and only then renamed over the destination (one
/// atomic step: the previous backup stays whole until the new one is). The destination is compared with the archive by
/// file identity, never by name, and copies a killed backup left behind are removed by the next one.</summary>
internal static class ArchiveBackup
{
    private const string PartialMarker = ".partial-";

    /// <summary>The files SQLite keeps beside a database, which a backup must not land on either.</summary>
    private static readonly string[] CompanionSuffixes = { string.Empty, "-wal", "-shm", "-journal" };

    public static void Write(ArchiveStore store, string destination, bool overwrite)
    {
        var target = Path.GetFullPath(destination);
        if (IsArchiveFile(store.Path, target))
        {
            throw new ArgumentException($"'{target}' is the archive itself (or one of its files), reached by another path; name another file for the backup.", nameof(destination));
        }

        if (File.Exists(target) && !overwrite)
        {
            throw new IOException($"'{target}' already exists. Pass -Force to overwrite it, or name another file.");
        }

        var folder = Path.GetDirectoryName(target)!;
        Directory.CreateDirectory(folder);
        RemoveAbandonedCopies(target);

        var partial = target + PartialMarker + Process.GetCurrentProcess().Id.ToString(CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N");
        try
        {
            store.Connection.Execute("VACUUM INTO @partial", new { partial });
            FlushToDisk(partial);
            if (File.Exists(target))
            {
                // rename(2) on Unix, ReplaceFile on Windows: the destination is the old backup or the new one, never neither.
                File.Replace(partial, target, destinationBackupFileName: null);
            }
            else
            {
                File.Move(partial, target);
            }
        }
        finally
        {
            DeleteWithCompanions(partial);
        }
    }

    private static bool IsArchiveFile(string archive, string target)
    {
        var targetStatus = FileStatus.Of(target);
        foreach (var suffix in CompanionSuffixes)
        {
            var status = FileStatus.Of(archive + suffix);
            var same = targetStatus is not null && status is not null
                ? targetStatus.IsSameFile(status)
                // No identity to compare (an unknown platform): the best left is the full path.
                : string.Equals(target, archive + suffix, StringComparison.Ordinal);
            if (same)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>VACUUM INTO does not sync the file it writes; the rename must not make a backup current that a power
    /// cut could still lose.</summary>
    private static void FlushToDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Removes the temporary copies (and their journals) that backups to <paramref name="target"/> left when
    /// they were killed: those whose process is gone. A copy being written by a backup still running is left alone.</summary>
    private static void RemoveAbandonedCopies(string target)
    {
        var prefix = Path.GetFileName(target) + PartialMarker;
        foreach (var file in Directory.GetFiles(Path.GetDirectoryName(target)!, prefix + "*"))
        {
            if (!WriterIsRunning(Path.GetFileName(file).Substring(prefix.Length)))
            {
                TryDelete(file);
            }
        }
    }

    /// <param name="suffix">What follows ".partial-": "pid-guid", maybe with a journal's suffix; older modules wrote the
    /// guid alone, and no such backup runs any more.</param>
    private static bool WriterIsRunning(string suffix)
    {
        var dash = suffix.IndexOf('-');
        if (dash <= 0 || !int.TryParse(suffix.Substring(0, dash), NumberStyles.None, CultureInfo.InvariantCulture, out var processId))
        {
            return false;
        }

        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void DeleteWithCompanions(string path)
    {
        foreach (var suffix in CompanionSuffixes)
        {
            TryDelete(path + suffix);
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Left for the next backup to remove; the backup itself succeeded or already reports its own failure.
        }
    }
}
