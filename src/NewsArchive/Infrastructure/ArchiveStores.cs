using System.Net;
using System.Runtime.CompilerServices;
using NewsArchive.Core.Storage;
using NewsArchive.Postgres;

namespace NewsArchive.Commands.Infrastructure;

/// <summary>Opens the archive a location names, on its engine. NewsArchive.Postgres (and Npgsql with everything it
/// brings) is loaded only when a PostgreSQL archive is opened: its types appear in no method that SQLite runs.</summary>
internal static class ArchiveStores
{
    public static ArchiveStore Open(ArchiveLocation location, NetworkCredential? credential, bool create) =>
        location.Engine == ArchiveEngine.Postgres ? OpenPostgres(location, credential, create) : SqliteArchiveStore.Open(location.Value, create);

    /// <summary>Opens an archive for reading only (SQLite: read-only, nothing written to the file).</summary>
    public static ArchiveStore OpenForReading(ArchiveLocation location, NetworkCredential? credential) =>
        location.Engine == ArchiveEngine.Postgres ? OpenPostgres(location, credential, create: false) : ArchiveStore.OpenForReading(location.Value);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static ArchiveStore OpenPostgres(ArchiveLocation location, NetworkCredential? credential, bool create) =>
        PostgresArchiveStore.Open(location, credential, create);
}
