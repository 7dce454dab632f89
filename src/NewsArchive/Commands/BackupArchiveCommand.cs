using System;
using System.IO;
using System.Management.Automation;
using Microsoft.Data.Sqlite;
using NewsArchive.Commands.Infrastructure;

namespace NewsArchive.Commands;

/// <summary>Writes a consistent copy of the archive while other sessions go on importing and searching.</summary>
[Cmdlet(VerbsData.Backup, "Archive", SupportsShouldProcess = true)]
[OutputType(typeof(FileInfo))]
public sealed class BackupArchiveCommand : ArchiveCommandBase
{
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Destination { get; set; } = string.Empty;

    /// <summary>Overwrite the destination when it exists.</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void EndProcessing()
    {
        var destination = GetUnresolvedProviderPathFromPSPath(Destination);
        if (File.Exists(destination) && !Force)
        {
            ThrowTerminatingError(Errors.Record(new IOException($"'{destination}' already exists."), "Backup.DestinationExists",
                ErrorCategory.ResourceExists, destination, "Pass -Force to overwrite it, or name another file."));
        }

        if (!ShouldProcess(destination, $"Back up the archive {DatabasePath}"))
        {
            base.EndProcessing();
            return;
        }

        try
        {
            WriteVerbose($"Writing a consistent copy of {DatabasePath} to {destination}");
            Store.BackupTo(destination, overwrite: Force);
        }
        catch (ArgumentException ex)
        {
            ThrowTerminatingError(Errors.Record(ex, "Backup.DestinationIsArchive", ErrorCategory.InvalidArgument, destination,
                "Name a file other than the archive (the path reaches the archive through a link or another spelling)."));
        }
        catch (SqliteException ex)
        {
            ThrowTerminatingError(Errors.Database(ex, "Backup", destination, "Another process held the archive for too long; run the backup again."));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(Errors.Write(ex, "Backup", destination, "Check that the destination's folder exists and that you may write to it."));
        }

        WriteObject(new FileInfo(destination));
        base.EndProcessing();
    }
}
