using System;
using System.Reflection;

namespace NewsArchive.Core.Platform;

/// <summary>Bounds the garbage long work leaves between the runtime's youngest-generation (gen0) collections. .NET sizes
/// that generation from the processor's cache: on a machine that reports a large L3 cache (260 MiB on the benchmark's
/// VM) it lets about 100 MiB of dead objects pile up before collecting, and keeps that much memory afterwards for the
/// next pile; that, not the data still alive (about 15 MiB), was most of an import's peak memory. A module runs inside
/// the user's own pwsh session, where the start-up setting that bounds it (DOTNET_GCgen0size) is already fixed; so the
/// import spends from this budget as it goes, and asks for a gen0 collection itself once <see cref="Bytes"/> have been
/// allocated since the last one. A gen0 collection only walks what is still alive in the youngest generation (a few
/// pages in flight), so it costs little, and it never touches the rest of the session's heap.</summary>
public sealed class GarbageBudget
{
    /// <summary>Allocated bytes between gen0 collections: a page's analysis and storage allocate about 1 MiB, a batch of
    /// the search index about 10 KiB an article. 16 MiB, as with DOTNET_GCgen0size=0x1000000 (README, "Storage speed on a
    /// quiet machine").</summary>
    public const long DefaultBytes = 16L * 1024 * 1024;

    private readonly long _bytes;
    private readonly Func<long> _allocatedBytes;
    private readonly Func<int> _gen0Collections;
    private readonly Action _collectGen0;
    private readonly object _lock = new();
    private long _allocatedAtLastCollection;
    private int _collectionsSeen;

    /// <summary>A budget over any allocation counter and collector (tests give their own).</summary>
    public GarbageBudget(long bytes, Func<long> allocatedBytes, Func<int> gen0Collections, Action collectGen0)
    {
        if (bytes <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(bytes), bytes, "The budget must be positive.");
        }

        _bytes = bytes;
        _allocatedBytes = allocatedBytes;
        _gen0Collections = gen0Collections;
        _collectGen0 = collectGen0;
        _allocatedAtLastCollection = allocatedBytes();
        _collectionsSeen = gen0Collections();
    }

    /// <summary>The budget of this process's garbage collector, which every thread's allocations spend: one, because
    /// the youngest generation is the whole process's.</summary>
    public static GarbageBudget Process { get; } = ForThisProcess(DefaultBytes, () => GC.Collect(0, GCCollectionMode.Forced, blocking: true));

    /// <summary>A budget over this process's own counters that runs <paramref name="collectGen0"/> when spent (tests
    /// pass one that only counts, so they share no state with <see cref="Process"/>).</summary>
    internal static GarbageBudget ForThisProcess(long bytes, Action collectGen0) =>
        new(bytes, AllocatedBytesOfThisProcess(), () => GC.CollectionCount(0), collectGen0);

    public long Bytes => _bytes;

    /// <summary>Called between pieces of work (a page, an article indexed): collects gen0 when the budget is spent, and
    /// returns whether it did. A collection the runtime made by itself (of any generation, which includes gen0) starts
    /// the budget again. Cheap enough to call per article: two counter reads.</summary>
    public bool Spend()
    {
        lock (_lock)
        {
            var allocated = _allocatedBytes();
            var collections = _gen0Collections();
            if (collections != _collectionsSeen)
            {
                Restart(allocated, collections);
                return false;
            }

            if (allocated - _allocatedAtLastCollection < _bytes)
            {
                return false;
            }

            _collectGen0();
            Restart(_allocatedBytes(), _gen0Collections());
            return true;
        }
    }

    private void Restart(long allocated, int collections)
    {
        _allocatedAtLastCollection = allocated;
        _collectionsSeen = collections;
    }

    /// <summary>GC.GetTotalAllocatedBytes (every thread's allocations, read from counters without stopping anything) is
    /// not in netstandard2.0, which the module is built against, but is in every runtime PowerShell 7.4+ runs on. Should
    /// a runtime lack it, the heap's size (which grows with uncollected garbage too) stands in.</summary>
    private static Func<long> AllocatedBytesOfThisProcess()
    {
        var method = typeof(GC).GetMethod("GetTotalAllocatedBytes", BindingFlags.Public | BindingFlags.Static, null, new[] { typeof(bool) }, null);
        if (method is null)
        {
            return () => GC.GetTotalMemory(forceFullCollection: false);
        }

        var allocatedBytes = (Func<bool, long>)Delegate.CreateDelegate(typeof(Func<bool, long>), method);
        return () => allocatedBytes(false);
    }
}
