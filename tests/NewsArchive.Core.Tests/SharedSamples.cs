using System;
using System.IO;

namespace NewsArchive.Core.Tests;

/// <summary>Finds ../shared/samples beside the repository: the seed page is test data only and is never copied in.</summary>
internal static class SharedSamples
{
    public static string Folder
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "samples");
                if (Directory.Exists(candidate) && File.Exists(Path.Combine(dir.FullName, "shared", "TOOLCHAIN.md")))
                {
                    return candidate;
                }
            }

            throw new DirectoryNotFoundException("../shared/samples was not found above " + AppContext.BaseDirectory);
        }
    }

    public static string SeedPagePath => Path.Combine(Folder, "000_fda654c1a4379181.txt");
    public static string SeedExpectedPath => Path.Combine(Folder, "000_fda654c1a4379181.expected.json");
}
