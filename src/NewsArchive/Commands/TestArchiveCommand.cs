using System;
using System.IO;
using System.Management.Automation;
using Microsoft.Data.Sqlite;
using NewsArchive.Commands.Infrastructure;
using NewsArchive.Core.Storage;

namespace NewsArchive.Commands;

/// <summary>Checks the archive: SQLite's integrity and foreign-key checks, then the module's own invariants. Returns one
/// object with .Healthy and .Problems for scripts; writes nothing else, so a nightly task decides what to do.</summary>
[Cmdlet(VerbsDiagnostic.Test, "Archive")]
[OutputType(typeof(ArchiveHealth))]
public sealed class TestArchiveCommand : ArchiveCommandBase
{
    protected override bool OnlyReads => true;

    protected override void EndProcessing()
    {
        // A file that is there but is no readable archive is the answer to "is it healthy?", not a failure to ask.
        if (File.Exists(DatabasePath) && !CanOpen(out var reason))
        {
            WriteObject(ArchiveChecks.Unreadable(DatabasePath, reason!));
            base.EndProcessing();
            return;
        }

        var progress = new ProgressReporter(this, 1, "Checking the archive");
        var done = 0;
        var health = ArchiveChecks.Run(Store, onCheck: name =>
        {
            ThrowIfStopping();
            WriteVerbose($"Check {name}");
            progress.Report(done++, ArchiveChecks.Default.Count, name);
        });
        progress.Complete();
        foreach (var problem in health.Problems)
        {
            WriteVerbose(problem.ToString());
        }

        WriteObject(health);
        base.EndProcessing();
    }

    /// <summary>Whether the file opens as an archive; when it does not, why (not an archive, newer than this module,
    /// damaged at its start, unreadable). Busy is not an answer about the archive: it stays an error.</summary>
    private bool CanOpen(out Exception? reason)
    {
        reason = null;
        try
        {
            using var probe = ArchiveStore.OpenForReading(DatabasePath);
            return true;
        }
        catch (Exception ex) when (ex is ArchiveFormatException or IOException or UnauthorizedAccessException ||
                                   (ex is SqliteException sqlite && Errors.CategoryOf(sqlite) != ErrorCategory.ResourceBusy))
        {
            reason = ex;
            return false;
        }
    }
}
