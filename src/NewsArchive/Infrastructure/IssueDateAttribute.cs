using System;
using System.Globalization;
using System.Management.Automation;
using NewsArchive.Commands.Resources;

namespace NewsArchive.Commands.Infrastructure;

/// <summary>Lets every -Date, -From and -To take a date the way file names and people write it: 20200313, 2020-03-13,
/// 2020/03/13. Without it PowerShell binds the unquoted 20200313 as a number of ticks (0001-01-01) and the query
/// silently matches nothing.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field)]
public sealed class IssueDateAttribute : ArgumentTransformationAttribute
{
    private static readonly string[] Formats = { "yyyyMMdd", "yyyy-MM-dd", "yyyy/MM/dd" };

    public override object? Transform(EngineIntrinsics engineIntrinsics, object? inputData)
    {
        var value = inputData is PSObject wrapped ? wrapped.BaseObject : inputData;
        return value switch
        {
            null or DateTime => value,
            DateTimeOffset offset => offset.DateTime,
            int or long => Parse(Convert.ToString(value, CultureInfo.InvariantCulture)!),
            string text => Parse(text),
            _ => value,
        };
    }

    /// <summary>One of the three forms, else any date .NET reads in the invariant culture (what Import-Csv hands over),
    /// else an error that says which forms work.</summary>
    public static DateTime Parse(string text)
    {
        var trimmed = text.Trim();
        if (DateTime.TryParseExact(trimmed, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ||
            DateTime.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return date;
        }

        throw new ArgumentTransformationMetadataException(string.Format(CultureInfo.CurrentCulture, Messages.Date_Invalid, text));
    }
}
