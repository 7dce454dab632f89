using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace NewsArchive.Core.Reports;

/// <summary>Bar charts drawn as inline SVG: no script, no library, readable offline and in print. Labels are escaped;
/// every bar carries a tooltip with its exact value.</summary>
public static class SvgChart
{
    // Widths of the charts' coordinate systems, near the pixel widths of their panels on a desktop screen, so that the
    // page scales every chart about equally and their text comes out the same size.

    /// <summary>A column chart in a third of the page.</summary>
    public const int NarrowWidth = 440;

    /// <summary>A column chart in two thirds of the page.</summary>
    public const int WideWidth = 900;

    /// <summary>A bar chart in half of the page.</summary>
    public const int HalfWidth = 660;

    /// <summary>Vertical bars over categories in order (periods, pages), with a y axis of round numbers and as many x
    /// labels as fit without touching.</summary>
    public static string Columns(IReadOnlyList<string> labels, IReadOnlyList<int> values, string description, string cssClass, int width = NarrowWidth)
    {
        const int height = 260, left = 48, right = 12, top = 14, bottom = 40;
        var plotWidth = width - left - right;
        var plotHeight = height - top - bottom;
        var max = NiceCeiling(Max(values));
        var svg = Open(width, height, description, cssClass);

        foreach (var tick in Ticks(max))
        {
            var y = top + plotHeight - plotHeight * tick / (double)max;
            svg.Append($"<line class=\"grid\" x1=\"{left}\" x2=\"{width - right}\" y1=\"{F(y)}\" y2=\"{F(y)}\"/>");
            svg.Append($"<text class=\"tick\" x=\"{left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\">{N(tick)}</text>");
        }

        var slot = plotWidth / (double)Math.Max(1, values.Count);
        var barWidth = Math.Max(1, slot * (values.Count > 60 ? 0.9 : 0.7));
        // As many x labels as fit side by side at about 7 px a character, spread evenly.
        var longest = 1;
        foreach (var label in labels)
        {
            longest = Math.Max(longest, label.Length);
        }

        var fitting = Math.Max(1, (int)(plotWidth / (longest * 7.5 + 14)));
        var labelEvery = Math.Max(1, (int)Math.Ceiling(values.Count / (double)fitting));
        for (var i = 0; i < values.Count; i++)
        {
            var barHeight = plotHeight * values[i] / (double)max;
            var x = left + slot * i + (slot - barWidth) / 2;
            svg.Append($"<rect class=\"bar\" x=\"{F(x)}\" y=\"{F(top + plotHeight - barHeight)}\" width=\"{F(barWidth)}\" height=\"{F(barHeight)}\">");
            svg.Append($"<title>{HtmlText.Escape(labels[i])}: {N(values[i])}</title></rect>");
            if (i % labelEvery == 0)
            {
                svg.Append($"<text class=\"tick\" x=\"{F(left + slot * (i + 0.5))}\" y=\"{height - bottom + 16}\" text-anchor=\"middle\">{HtmlText.Escape(labels[i])}</text>");
            }
        }

        svg.Append($"<line class=\"axis\" x1=\"{left}\" x2=\"{width - right}\" y1=\"{top + plotHeight}\" y2=\"{top + plotHeight}\"/>");
        return svg.Append("</svg>").ToString();
    }

    /// <summary>Horizontal bars, one per name, largest first as given, with the value at the end of each bar.</summary>
    public static string Bars(IReadOnlyList<string> labels, IReadOnlyList<int> values, string description, string cssClass, int width = HalfWidth)
    {
        const int row = 26, left = 132, right = 56, top = 6;
        var height = top * 2 + row * Math.Max(1, values.Count);
        var plotWidth = width - left - right;
        var max = Math.Max(1, Max(values));
        var svg = Open(width, height, description, cssClass);
        for (var i = 0; i < values.Count; i++)
        {
            var y = top + row * i;
            var barWidth = Math.Max(2, plotWidth * values[i] / (double)max);
            var label = labels[i].Length > 9 ? labels[i].Substring(0, 8) + "…" : labels[i];
            svg.Append($"<g><title>{HtmlText.Escape(labels[i])}: {N(values[i])}</title>");
            svg.Append($"<text class=\"label\" x=\"{left - 10}\" y=\"{y + row / 2 + 5}\" text-anchor=\"end\">{HtmlText.Escape(label)}</text>");
            svg.Append($"<rect class=\"bar\" x=\"{left}\" y=\"{y + 4}\" width=\"{F(barWidth)}\" height=\"{row - 8}\" rx=\"3\"/>");
            svg.Append($"<text class=\"value\" x=\"{F(left + barWidth + 6)}\" y=\"{y + row / 2 + 5}\">{N(values[i])}</text></g>");
        }

        return svg.Append("</svg>").ToString();
    }

    /// <summary>The smallest of 1, 2, 2.5, 5 × 10ⁿ at or above <paramref name="value"/> (at least 1), for a clean axis.</summary>
    public static int NiceCeiling(int value)
    {
        if (value <= 1)
        {
            return 1;
        }

        for (var magnitude = 1L; ; magnitude *= 10)
        {
            foreach (var step in new[] { 1.0, 2.0, 2.5, 5.0 })
            {
                var candidate = (long)(step * magnitude);
                if (candidate >= value && (step != 2.5 || magnitude >= 10))
                {
                    return (int)Math.Min(int.MaxValue, candidate);
                }
            }
        }
    }

    private static IEnumerable<int> Ticks(int max)
    {
        // Four or five intervals of a round size: 0, max/4, max/2, … (max is a nice number, so these are round too).
        var intervals = max % 4 == 0 ? 4 : max % 5 == 0 ? 5 : max <= 3 ? max : 2;
        for (var i = 0; i <= intervals; i++)
        {
            yield return (int)((long)max * i / intervals);
        }
    }

    private static StringBuilder Open(int width, int height, string description, string cssClass) =>
        new StringBuilder(4096).Append(
            $"<svg class=\"chart {cssClass}\" viewBox=\"0 0 {width} {height}\" role=\"img\" aria-label=\"{HtmlText.Escape(description)}\" xmlns=\"http://www.w3.org/2000/svg\">");

    private static int Max(IReadOnlyList<int> values)
    {
        var max = 0;
        foreach (var value in values)
        {
            max = Math.Max(max, value);
        }

        return max;
    }

    private static string F(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);

    private static string N(long value) => value.ToString("#,0", CultureInfo.InvariantCulture);
}
