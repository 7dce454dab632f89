using System;
using System.Management.Automation;

namespace NewsArchive.Commands.Infrastructure;

/// <summary>The -From/-To pair the query cmdlets share.</summary>
internal static class DateRange
{
    /// <summary>Ends the command when -From is after -To: such a range matches nothing, which is never what was meant.</summary>
    public static void Validate(PSCmdlet cmdlet, DateTime? from, DateTime? to)
    {
        if (from is not null && to is not null && from > to)
        {
            cmdlet.ThrowTerminatingError(Errors.Record(new ArgumentException($"-From {from:yyyy-MM-dd} is after -To {to:yyyy-MM-dd}."),
                cmdlet.MyInvocation.MyCommand.Name.Replace("-", string.Empty) + ".InvalidRange", ErrorCategory.InvalidArgument, from, "Swap -From and -To."));
        }
    }
}
