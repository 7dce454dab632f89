using System;
using System.Runtime.InteropServices;

namespace NewsArchive.Core.Platform;

/// <summary>Where <c>stat(2)</c> puts the device, inode and mode in <c>struct stat</c> on the Unix platforms the module
/// ships for. The offsets are the kernel's (Linux) and the 64-bit-inode struct's (macOS), stable ABI on each.</summary>
internal sealed class StatLayout
{
    private StatLayout(Func<string, byte[], int> stat, int inodeOffset, int modeOffset, bool narrowDeviceAndMode)
    {
        Stat = stat;
        InodeOffset = inodeOffset;
        ModeOffset = modeOffset;
        NarrowDeviceAndMode = narrowDeviceAndMode;
    }

    /// <summary>The layout of this process's platform, or null on one the module does not know.</summary>
    public static StatLayout? Current { get; } = Detect();

    public Func<string, byte[], int> Stat { get; }
    public int InodeOffset { get; }
    public int ModeOffset { get; }

    /// <summary>macOS: a 32-bit st_dev and a 16-bit st_mode; Linux: 64-bit st_dev, 32-bit st_mode.</summary>
    private bool NarrowDeviceAndMode { get; }

    public ulong Device(byte[] buffer) => NarrowDeviceAndMode ? BitConverter.ToUInt32(buffer, 0) : BitConverter.ToUInt64(buffer, 0);

    public uint Mode(byte[] buffer) => NarrowDeviceAndMode ? BitConverter.ToUInt16(buffer, ModeOffset) : BitConverter.ToUInt32(buffer, ModeOffset);

    private static StatLayout? Detect()
    {
        var architecture = RuntimeInformation.OSArchitecture;
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Linux))
        {
            // glibc before 2.33 exports stat only as __xstat, whose version argument is 1 on x86-64 and 0 on arm64.
            Func<string, byte[], int> stat = (path, buffer) =>
            {
                try
                {
                    return LinuxStat(path, buffer);
                }
                catch (EntryPointNotFoundException)
                {
                    return LinuxXStat(architecture == Architecture.X64 ? 1 : 0, path, buffer);
                }
            };
            return architecture switch
            {
                Architecture.X64 => new StatLayout(stat, inodeOffset: 8, modeOffset: 24, narrowDeviceAndMode: false),
                Architecture.Arm64 => new StatLayout(stat, inodeOffset: 8, modeOffset: 16, narrowDeviceAndMode: false),
                _ => null,
            };
        }

        if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
        {
            return architecture switch
            {
                Architecture.X64 => new StatLayout(MacStatInode64, inodeOffset: 8, modeOffset: 4, narrowDeviceAndMode: true),
                Architecture.Arm64 => new StatLayout(MacStat, inodeOffset: 8, modeOffset: 4, narrowDeviceAndMode: true),
                _ => null,
            };
        }

        return null;
    }

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int LinuxStat(string path, byte[] buffer);

    [DllImport("libc", EntryPoint = "__xstat", SetLastError = true)]
    private static extern int LinuxXStat(int version, string path, byte[] buffer);

    [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
    private static extern int MacStat(string path, byte[] buffer);

    [DllImport("libc", EntryPoint = "stat$INODE64", SetLastError = true)]
    private static extern int MacStatInode64(string path, byte[] buffer);
}
