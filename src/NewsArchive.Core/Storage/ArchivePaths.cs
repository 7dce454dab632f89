using System;
using System.IO;
using System.Runtime.InteropServices;

namespace NewsArchive.Core.Storage;

/// <summary>Where the archive lives when the caller names no database.</summary>
public static class ArchivePaths
{
    public const string DatabaseVariable = "NEWSARCHIVE_DB";

    /// <summary>$NEWSARCHIVE_DB, else the per-user data folder of the platform: $XDG_DATA_HOME or ~/.local/share on Linux,
    /// %LOCALAPPDATA% on Windows, ~/Library/Application Support on macOS.</summary>
    public static string DefaultDatabasePath()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(DatabaseVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment))
        {
            return fromEnvironment!;
        }

        return Path.Combine(DataFolder(), "NewsArchive", "archive.db");
    }

    private static string DataFolder()
    {
        if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
        {
            return Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData);
        }

        var home = Environment.GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (RuntimeInformation.IsOSPlatform(OSPlatform.OSX))
        {
            return Path.Combine(home, "Library", "Application Support");
        }

        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return string.IsNullOrWhiteSpace(xdg) ? Path.Combine(home, ".local", "share") : xdg!;
    }
}
