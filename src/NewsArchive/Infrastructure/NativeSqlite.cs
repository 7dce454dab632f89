using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;

namespace NewsArchive.Commands.Infrastructure;

/// <summary>Loads the SQLite engine built for this machine from the ones the module ships, runtimes/&lt;rid&gt;/native/,
/// when SQLitePCLRaw asks for "e_sqlite3". The runtime's own probing looks only beside the dll and in the system's
/// folders, so without this every cmdlet fails on its first query with "The type initializer for
/// 'Microsoft.Data.Sqlite.SqliteConnection' threw an exception" on every platform but the one the module was built on.</summary>
internal static class NativeSqlite
{
    /// <summary>The name SQLitePCLRaw.provider.e_sqlite3 passes to [DllImport].</summary>
    public const string LibraryName = "e_sqlite3";

    /// <summary>Where musl's dynamic loader lives on Alpine and other musl distributions (glibc has none there).</summary>
    private const string MuslLoaderFolder = "/lib";

    private const string MuslLoaderPattern = "ld-musl-*.so.1";

    private static Func<Assembly, string, IntPtr>? _handler;
    private static EventInfo? _resolvingEvent;
    private static object? _defaultContext;

    /// <summary>The runtime identifier whose native folder suits this process: win-x64, osx-arm64, linux-musl-x64…</summary>
    public static string RuntimeId()
    {
        var architecture = RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant();
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return "win-" + architecture;
        }

        if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
        {
            return "osx-" + architecture;
        }

        var musl = Directory.Exists(MuslLoaderFolder) && Directory.GetFiles(MuslLoaderFolder, MuslLoaderPattern).Length > 0;
        return (musl ? "linux-musl-" : "linux-") + architecture;
    }

    /// <summary>The file name the engine has on this operating system.</summary>
    public static string FileName() =>
        RuntimeInformation.IsOSPlatform(OSPlatform.Windows) ? LibraryName + ".dll"
        : RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "lib" + LibraryName + ".dylib"
        : "lib" + LibraryName + ".so";

    /// <summary>The engine for this machine inside <paramref name="moduleFolder"/>.</summary>
    public static string PathIn(string moduleFolder) =>
        Path.Combine(moduleFolder, "runtimes", RuntimeId(), "native", FileName());

    /// <summary>Hooks the default load context's ResolvingUnmanagedDll (PowerShell 7 loads the module there). The
    /// module targets netstandard2.0, which has neither AssemblyLoadContext's event nor NativeLibrary, so both are
    /// reached by reflection; on a runtime without them (Windows PowerShell) nothing is hooked.</summary>
    public static void Register(string moduleFolder)
    {
        var coreLibrary = typeof(object).Assembly;
        var contextType = coreLibrary.GetType("System.Runtime.Loader.AssemblyLoadContext");
        var load = coreLibrary.GetType("System.Runtime.InteropServices.NativeLibrary")?.GetMethod("Load", new[] { typeof(string) });
        _defaultContext = contextType?.GetProperty("Default")?.GetValue(null);
        _resolvingEvent = contextType?.GetEvent("ResolvingUnmanagedDll");
        if (_defaultContext is null || _resolvingEvent is null || load is null || _handler is not null)
        {
            return;
        }

        var path = PathIn(moduleFolder);
        _handler = (_, name) => name == LibraryName && File.Exists(path) ? (IntPtr)load.Invoke(null, new object[] { path })! : IntPtr.Zero;
        _resolvingEvent.AddEventHandler(_defaultContext, _handler);
    }

    /// <summary>Unhooks on Remove-Module, so a re-import from another folder resolves from there.</summary>
    public static void Unregister()
    {
        if (_handler is not null)
        {
            _resolvingEvent?.RemoveEventHandler(_defaultContext, _handler);
            _handler = null;
        }
    }
}
