using System;
using System.Data.Common;
using System.Diagnostics;
using System.IO;
using System.Management.Automation;
using NewsArchive.Commands.Infrastructure;
using NewsArchive.Core.Model;
using NewsArchive.Core.Storage;

namespace NewsArchive.Commands;

/// <summary>Copies an archive into another, on either engine (an SQLite file into PostgreSQL to move up, and back), page
/// by page, so that an interrupted copy run again goes on where it stopped.</summary>
[Cmdlet(VerbsCommon.Copy, "Archive", SupportsShouldProcess = true)]
[OutputType(typeof(ArchiveCopyResult))]
public sealed class CopyArchiveCommand : PSCmdlet, IDisposable
{
    private ArchiveStore? _source;
    private ArchiveStore? _destination;

    /// <summary>The archive to copy: an SQLite file, or a PostgreSQL URI or connection string.</summary>
    [Parameter(Mandatory = true, Position = 0)]
    [ValidateNotNullOrEmpty]
    public string Source { get; set; } = string.Empty;

    /// <summary>The archive to copy into, created (an SQLite file, or the schema in an existing PostgreSQL database) when new.</summary>
    [Parameter(Mandatory = true, Position = 1)]
    [ValidateNotNullOrEmpty]
    public string Destination { get; set; } = string.Empty;

    [Parameter]
    [Credential]
    public PSCredential? SourceCredential { get; set; }

    [Parameter]
    [Credential]
    public PSCredential? DestinationCredential { get; set; }

    /// <summary>Replace pages the destination holds with other content (else each is an error and is left as it is).</summary>
    [Parameter]
    public SwitchParameter Force { get; set; }

    protected override void EndProcessing()
    {
        var source = Locate(Source);
        var destination = Locate(Destination);
        if (string.Equals(source.Value, destination.Value, StringComparison.Ordinal))
        {
            ThrowTerminatingError(Errors.Record(new ArgumentException($"The source and the destination are the same archive, {source.DisplayName}."),
                "Copy.SameArchive", ErrorCategory.InvalidArgument, destination.DisplayName, "Name another destination."));
        }

        if (!ShouldProcess(destination.DisplayName, $"Copy the archive {source.DisplayName} into it"))
        {
            return;
        }

        _source = Open(source, SourceCredential, create: false);
        _destination = Open(destination, DestinationCredential, create: true);
        var copier = new ArchiveCopier(_source, _destination);
        var clock = Stopwatch.StartNew();
        var (pages, alreadyThere) = copier.Plan();
        WriteVerbose($"{source.DisplayName}: {pages.Count + alreadyThere} pages, {alreadyThere} already in {destination.DisplayName} as they are");
        var result = new ArchiveCopyResult
        {
            Source = source.DisplayName,
            Destination = destination.DisplayName,
            Pages = pages.Count + alreadyThere,
            AlreadyThere = alreadyThere,
        };
        var progress = new ProgressReporter(this, 1, $"Copying {source.DisplayName} to {destination.DisplayName}");
        try
        {
            for (var i = 0; i < pages.Count; i++)
            {
                progress.Report(i, pages.Count, pages[i].ToString());
                CopyPage(copier, pages[i], result);
            }

            _destination.CompleteSearchIndex();
        }
        finally
        {
            progress.Complete();
        }

        result.Elapsed = clock.Elapsed;
        WriteObject(result);
    }

    public void Dispose()
    {
        _source?.Dispose();
        _destination?.Dispose();
    }

    private void CopyPage(ArchiveCopier copier, CopyPage page, ArchiveCopyResult result)
    {
        try
        {
            switch (copier.Copy(page, Force))
            {
                case PageSaveOutcome.Conflict:
                    result.Failed++;
                    WriteError(Errors.Record(new InvalidOperationException($"{copier.Destination.Path} holds other content for {page}."), "Copy.Conflict",
                        ErrorCategory.ResourceExists, page.ToString(), "Pass -Force to replace it with the source's page, or remove it first (Remove-Issue)."));
                    break;
                case PageSaveOutcome.Unchanged:
                    result.AlreadyThere++;
                    break;
                default:
                    result.Copied++;
                    break;
            }
        }
        catch (DbException ex)
        {
            result.Failed++;
            WriteError(Errors.Record(ex, "Copy.DatabaseError", Errors.CategoryOf(ex), page.ToString(),
                "Run Copy-Archive again: pages already copied are left as they are, and the copy goes on from there."));
        }
    }

    private ArchiveLocation Locate(string database) =>
        ArchiveLocation.Parse(ArchiveLocation.IsPostgres(database) ? database : GetUnresolvedProviderPathFromPSPath(database));

    private ArchiveStore Open(ArchiveLocation location, PSCredential? credential, bool create)
    {
        try
        {
            WriteVerbose($"Opening archive {location.DisplayName}");
            return ArchiveStores.Open(location, credential?.GetNetworkCredential(), create);
        }
        catch (FileNotFoundException ex)
        {
            ThrowTerminatingError(Errors.Record(ex, "Database.NotFound", ErrorCategory.ObjectNotFound, location.DisplayName,
                "Name an existing archive with -Source; a PostgreSQL destination database must exist (CREATE DATABASE)."));
        }
        catch (Exception ex) when (ex is DbException or ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            ThrowTerminatingError(Errors.Record(ex, "Database.OpenFailed", ex is DbException db ? Errors.CategoryOf(db) : ErrorCategory.OpenError,
                location.DisplayName, null));
        }

        throw new InvalidOperationException("unreachable");
    }
}
