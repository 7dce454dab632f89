using System.Diagnostics;
using System.Management.Automation;

namespace NewsArchive.Commands.Infrastructure;

/// <summary>One progress bar for a long command: throttled (the host redraws slowly and a nightly task logs nothing from
/// it), one activity id, and a Completed record at the end.</summary>
internal sealed class ProgressReporter
{
    private static readonly long Interval = Stopwatch.Frequency / 4;
    private readonly Cmdlet _cmdlet;
    private readonly ProgressRecord _record;
    private long _lastWrite = -Interval;
    private bool _written;

    public ProgressReporter(Cmdlet cmdlet, int activityId, string activity)
    {
        _cmdlet = cmdlet;
        _record = new ProgressRecord(activityId, activity, "Starting");
    }

    /// <summary>Reports <paramref name="done"/> of <paramref name="total"/> items (total 0 when not known yet).</summary>
    public void Report(int done, int total, string status)
    {
        var now = Stopwatch.GetTimestamp();
        if (now - _lastWrite < Interval)
        {
            return;
        }

        _lastWrite = now;
        _record.StatusDescription = status;
        _record.PercentComplete = total > 0 ? (int)(100L * done / total) : -1;
        _record.RecordType = ProgressRecordType.Processing;
        _cmdlet.WriteProgress(_record);
        _written = true;
    }

    public void Complete()
    {
        if (!_written)
        {
            return;
        }

        _record.RecordType = ProgressRecordType.Completed;
        _cmdlet.WriteProgress(_record);
        _written = false;
    }
}
