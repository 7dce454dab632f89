using System;
using System.Runtime.InteropServices;

namespace NewsArchive.Core.Platform;

/// <summary>The C library's heap, where SQLite (and the runtime's own native parts) allocate. glibc keeps what they free
/// for reuse instead of giving it back to the system: after a batch of the search index 10-25 MiB of it was free but
/// still resident (real text ×10), part of the import's peak memory. <see cref="Trim"/> gives it back.</summary>
public static class NativeHeap
{
    /// <summary>malloc_trim's padding: keep nothing spare at the top of the heap.</summary>
    private static readonly UIntPtr NoPadding = UIntPtr.Zero;

    /// <summary>False once the C library turned out not to have malloc_trim (musl, macOS), so it is not looked up again.</summary>
    private static bool _canTrim = RuntimeInformation.IsOSPlatform(OSPlatform.Linux);

    /// <summary>Returns the C library's free memory to the system where it can (glibc on Linux); elsewhere does nothing.
    /// Takes about a millisecond: call it after large work, not per row.</summary>
    public static void Trim()
    {
        if (!_canTrim)
        {
            return;
        }

        try
        {
            malloc_trim(NoPadding);
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            _canTrim = false;
        }
    }

    [DllImport("libc")]
    private static extern int malloc_trim(UIntPtr pad);
}
