using System;
using System.Collections;
using System.IO;
using System.Linq.Expressions;
using System.Reflection;
using System.Text;

namespace NewsArchive.Commands.Infrastructure;

/// <summary>For the scheduled-import script (Scripts/Invoke-NewsArchiveImport.ps1): SIGTERM (systemd stopping the job,
/// kill, a shutdown) ends pwsh without running the script's finally blocks, and without raising ProcessExit either, so
/// the END line of a terminated run is written here, from a SIGTERM handler, unless the script said it ended by itself.
/// The handler does not cancel the signal: the process still ends, with exit code 143.</summary>
public static class TerminationLog
{
    private static string? _path;
    private static string? _lineFormat;
    private static IDictionary? _counts;
    private static IDisposable? _registration;

    // The script's pipeline thread goes on importing while the handler runs: without one lock around every line, a
    // page's OK line could land after the END line, which must stay the last line of an interrupted run.
    private static readonly object LogGate = new();
    private static bool _ended;
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <param name="path">The log file.</param>
    /// <param name="lineFormat">The script's log line format: {0} the time, {1} the level, {2} the message.</param>
    /// <param name="counts">The script's running counts (name → number), read when the signal arrives.</param>
    public static void Register(string path, string lineFormat, IDictionary counts)
    {
        Complete();
        (_path, _lineFormat, _counts) = (path, lineFormat, counts);
        lock (LogGate)
        {
            _ended = false;
        }

        _registration = RegisterSigterm();
    }

    /// <summary>The script ended by itself (and wrote its own END line): nothing to write any more.</summary>
    public static void Complete()
    {
        _registration?.Dispose();
        _registration = null;
    }

    /// <summary>Appends one line to the log (the script's Write-Log once registered); after the END line of a SIGTERM
    /// nothing more is written, as the process is ending.</summary>
    public static void Append(string path, string line)
    {
        lock (LogGate)
        {
            if (!_ended)
            {
                File.AppendAllText(path, line + Environment.NewLine, Utf8);
            }
        }
    }

    private static void WriteInterrupted()
    {
        if (_path is null || _lineFormat is null || _counts is null)
        {
            return;
        }

        // An exception escaping a signal handler aborts the process (exit 134, no END line) instead of the orderly 143:
        // the counts are read while the script's pipeline thread may still be updating them, so read them defensively.
        try
        {
            lock (LogGate)
            {
                var line = string.Format(System.Globalization.CultureInfo.InvariantCulture, _lineFormat, DateTimeOffset.Now, "END", "Interrupted (SIGTERM): " + Tally(_counts));
                File.AppendAllText(_path, line + Environment.NewLine, Utf8);
                _ended = true;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            // Nothing more can be said: the log cannot be written.
        }
    }

    /// <summary>"Imported 3, Failed 1": retried when the script changes a count while it is read.</summary>
    private static string Tally(IDictionary counts)
    {
        const int Attempts = 5;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var tally = new StringBuilder();
                foreach (DictionaryEntry count in counts)
                {
                    tally.Append(tally.Length > 0 ? ", " : string.Empty).Append(count.Key).Append(' ').Append(count.Value);
                }

                return tally.ToString();
            }
            catch (InvalidOperationException) when (attempt < Attempts)
            {
                // The collection changed under the enumeration: read it again.
            }
            catch (InvalidOperationException)
            {
                return "counts unavailable";
            }
        }
    }

    /// <summary>PosixSignalRegistration.Create(SIGTERM, _ => WriteInterrupted()), found at run time: the module is built
    /// for netstandard2.0, which lacks it; PowerShell 7 runs on .NET 8+, which has it. Null where it does not exist
    /// (Windows PowerShell 5.1), where a console close ends the process as before.</summary>
    private static IDisposable? RegisterSigterm()
    {
        const string Namespace = "System.Runtime.InteropServices.";
        var registration = Type.GetType(Namespace + "PosixSignalRegistration, System.Runtime.InteropServices");
        var signal = Type.GetType(Namespace + "PosixSignal, System.Runtime.InteropServices");
        var context = Type.GetType(Namespace + "PosixSignalContext, System.Runtime.InteropServices");
        if (registration is null || signal is null || context is null)
        {
            return null;
        }

        var handler = Expression.Lambda(typeof(Action<>).MakeGenericType(context),
            Expression.Call(typeof(TerminationLog).GetMethod(nameof(WriteInterrupted), BindingFlags.NonPublic | BindingFlags.Static)!),
            Expression.Parameter(context)).Compile();
        var create = registration.GetMethod("Create", new[] { signal, handler.GetType() });
        return create?.Invoke(null, new[] { Enum.Parse(signal, "SIGTERM"), handler }) as IDisposable;
    }
}
