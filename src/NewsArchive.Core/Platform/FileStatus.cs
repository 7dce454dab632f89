using System;
using System.IO;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NewsArchive.Core.Platform;

/// <summary>What a path names, as the operating system sees it: the kind of file and its identity (device and inode on
/// Unix, volume serial number and file index on Windows). Two paths name the same file exactly when their identities
/// are equal, whatever symlinks, bind mounts, hard links or letter case lie between them; comparing path strings cannot
/// tell that.</summary>
public sealed class FileStatus
{
    private const int StatBufferSize = 512;
    private const uint FileTypeMask = 0xF000; // S_IFMT
    private const uint RegularFile = 0x8000; // S_IFREG
    private const uint DirectoryFile = 0x4000; // S_IFDIR

    private FileStatus(ulong device, ulong file, bool isRegular, bool isDirectory)
    {
        Device = device;
        File = file;
        IsRegularFile = isRegular;
        IsDirectory = isDirectory;
    }

    public ulong Device { get; }
    public ulong File { get; }

    /// <summary>False for devices (/dev/zero), FIFOs and sockets: reading them may never end or never start.</summary>
    public bool IsRegularFile { get; }
    public bool IsDirectory { get; }

    public bool IsSameFile(FileStatus other) => Device == other.Device && File == other.File;

    /// <summary>The status of the file <paramref name="path"/> names (following symlinks); null when the file does not
    /// exist, or the platform is one whose layout of <c>struct stat</c> this module does not know (then callers fall
    /// back to what .NET tells).</summary>
    public static FileStatus? Of(string path)
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return OfWindowsFile(path);
        }

        var layout = StatLayout.Current;
        if (layout is null)
        {
            return null;
        }

        var buffer = new byte[StatBufferSize];
        if (layout.Stat(path, buffer) != 0)
        {
            return null;
        }

        var mode = layout.Mode(buffer) & FileTypeMask;
        return new FileStatus(layout.Device(buffer), BitConverter.ToUInt64(buffer, layout.InodeOffset), mode == RegularFile, mode == DirectoryFile);
    }

    /// <summary>True when both paths exist and name one file.</summary>
    public static bool SameFile(string first, string second) =>
        Of(first) is { } a && Of(second) is { } b && a.IsSameFile(b);

    private static FileStatus? OfWindowsFile(string path)
    {
        if (!System.IO.File.Exists(path))
        {
            return null;
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (!GetFileInformationByHandle(stream.SafeFileHandle, out var info))
        {
            return null;
        }

        return new FileStatus(info.VolumeSerialNumber, ((ulong)info.FileIndexHigh << 32) | info.FileIndexLow, isRegular: true, isDirectory: false);
    }

    [DllImport("kernel32.dll", SetLastError = true)]
    private static extern bool GetFileInformationByHandle(SafeFileHandle file, out ByHandleFileInformation information);

    [StructLayout(LayoutKind.Sequential)]
    private struct ByHandleFileInformation
    {
        public uint FileAttributes;
        public long CreationTime;
        public long LastAccessTime;
        public long LastWriteTime;
        public uint VolumeSerialNumber;
        public uint FileSizeHigh;
        public uint FileSizeLow;
        public uint NumberOfLinks;
        public uint FileIndexHigh;
        public uint FileIndexLow;
    }
}
