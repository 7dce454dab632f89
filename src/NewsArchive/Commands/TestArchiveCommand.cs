using System.Management.Automation;
using NewsArchive.Commands.Infrastructure;
using NewsArchive.Core.Storage;

namespace NewsArchive.Commands;

/// <summary>Checks the archive: SQLite's integrity and foreign-key checks, then the module's own invariants. Returns one
/// object with .Healthy and .Problems for scripts; writes nothing else, so a nightly task decides what to do.</summary>
[Cmdlet(VerbsDiagnostic.Test, "Archive")]
[OutputType(typeof(ArchiveHealth))]
public sealed class TestArchiveCommand : ArchiveCommandBase
{
    protected override void EndProcessing()
    {
        var progress = new ProgressReporter(this, 1, "Checking the archive");
        var done = 0;
        var health = ArchiveChecks.Run(Store, onCheck: name =>
        {
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
}
