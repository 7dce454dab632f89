using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using NewsArchive.Core.Storage;

namespace NewsArchive.Commands.Infrastructure;

/// <summary>Tab completion of names the archive holds (newspapers, reporters, officials), read from the archive named by
/// -Database on the command line, else the default one.</summary>
public abstract class ArchiveNameCompleter : IArgumentCompleter
{
    public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
        CommandAst commandAst, IDictionary fakeBoundParameters)
    {
        var results = new List<CompletionResult>();
        try
        {
            var path = fakeBoundParameters.Contains("Database") ? fakeBoundParameters["Database"]?.ToString() : null;
            path ??= ArchivePaths.DefaultDatabasePath();
            if (!System.IO.File.Exists(path))
            {
                return results;
            }

            using var store = ArchiveStore.OpenForReading(path);
            var prefix = wordToComplete.Trim('\'', '"');
            foreach (var name in Names(new ArchiveCatalog(store)))
            {
                if (name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    results.Add(new CompletionResult(Quote(name), name, CompletionResultType.ParameterValue, name));
                }
            }
        }
        catch (Exception)
        {
            // Completion must never throw into the user's prompt; no suggestions is the right answer to a broken archive.
        }

        return results;
    }

    protected abstract IEnumerable<string> Names(ArchiveCatalog catalog);

    private static string Quote(string value) =>
        value.IndexOfAny(new[] { ' ', '\'', '"', '$', '`', '(', ')', ';', ',', '{', '}', '@', '#', '&', '|' }) >= 0
            ? "'" + value.Replace("'", "''") + "'"
            : value;
}

public sealed class NewspaperCompleter : ArchiveNameCompleter
{
    protected override IEnumerable<string> Names(ArchiveCatalog catalog) => catalog.Newspapers();
}

public sealed class ReporterCompleter : ArchiveNameCompleter
{
    protected override IEnumerable<string> Names(ArchiveCatalog catalog) => catalog.Reporters();
}

public sealed class OfficialCompleter : ArchiveNameCompleter
{
    protected override IEnumerable<string> Names(ArchiveCatalog catalog) => catalog.Officials();
}
