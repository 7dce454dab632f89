using System.Collections.Generic;
using Dapper;

namespace NewsArchive.Core.Storage;

/// <summary>Small look-ups over what the archive holds, for completion and summaries.</summary>
public sealed class ArchiveCatalog
{
    private readonly ArchiveStore _store;

    public ArchiveCatalog(ArchiveStore store) => _store = store;

    public IEnumerable<string> Newspapers() =>
        _store.Connection.Query<string>("SELECT DISTINCT newspaper FROM pages ORDER BY newspaper");

    public IEnumerable<string> Reporters() =>
        _store.Connection.Query<string>("SELECT DISTINCT name FROM bylines ORDER BY name");

    public IEnumerable<string> Officials() =>
        _store.Connection.Query<string>(
            "SELECT DISTINCT pe.name FROM people pe JOIN mentions m ON m.person_id = pe.id WHERE m.role = 'official' ORDER BY pe.name");
}
