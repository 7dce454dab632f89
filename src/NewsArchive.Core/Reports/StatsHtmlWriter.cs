using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;

namespace NewsArchive.Core.Reports;

/// <summary>Writes a <see cref="StatsReport"/> as one self-contained HTML file: inline CSS, charts as inline SVG, a few
/// lines of inline script to sort tables, and a content security policy that forbids loading anything at all, so the
/// file works offline and a hostile string in the archive can neither run nor fetch. Every archive string is escaped.</summary>
public static class StatsHtmlWriter
{
    /// <summary>How many names the bar charts show; the tables below them hold every one.</summary>
    public const int TopCount = 15;

    public static void Write(TextWriter writer, StatsReport report)
    {
        var s = report.Summary;
        writer.Write("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n");
        writer.Write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        writer.Write("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n");
        writer.Write("<meta name=\"generator\" content=\"NewsArchive Export-Stats\">\n");
        writer.Write($"<title>Archive statistics · {HtmlText.Escape(report.Scope)}</title>\n");
        // Errors are recorded in the page itself (data-errors), so a headless browser's DOM dump shows them.
        writer.Write("<script>window.addEventListener('error', function (e) { var r = document.documentElement; r.setAttribute('data-errors', (r.getAttribute('data-errors') || '') + (e.message || 'error') + '\\n'); });</script>\n");
        writer.Write("<style>\n" + Css + "</style>\n</head>\n<body>\n");

        writer.Write("<header><h1>Archive statistics</h1>");
        writer.Write($"<p class=\"scope\">{HtmlText.Escape(report.Scope)}</p>");
        writer.Write($"<p class=\"generated\">Generated {report.GeneratedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} by NewsArchive Export-Stats</p></header>\n<main>\n");

        writer.Write("<section class=\"summary\" aria-label=\"Summary\">");
        Card(writer, "Articles", s.Articles);
        Card(writer, "Issues", s.Issues);
        Card(writer, "Pages", s.Pages);
        Card(writer, "Characters", s.Characters);
        Card(writer, "Reporters", s.Reporters);
        Card(writer, "Officials named", s.Officials);
        Card(writer, "Official mentions", s.Mentions);
        Card(writer, s.Newspapers == 1 ? "Newspaper" : "Newspapers", s.Newspapers);
        writer.Write("</section>\n");

        writer.Write("<section class=\"charts\">\n");
        var timeline = Timeline(report);
        Chart(writer, "time", $"Articles per {PeriodName(report.Period)}", timeline.Count == 0 ? null :
            SvgChart.Columns(timeline.Select(t => t.Label).ToArray(), timeline.Select(t => t.Articles).ToArray(), $"Articles per {PeriodName(report.Period)}", "time", SvgChart.WideWidth));
        Chart(writer, "pages", "Articles per page", report.Pages.Count == 0 ? null :
            SvgChart.Columns(report.Pages.Select(p => "p" + p.Page!.Value.ToString(CultureInfo.InvariantCulture)).ToArray(), report.Pages.Select(p => p.Articles).ToArray(), "Articles per page", "pages"));
        Chart(writer, "officials", "Officials named in most articles", TopBars(report.Officials, r => r.Official, "officials"),
            empty: "No officials are recorded for these articles.");
        Chart(writer, "reporters", "Reporters with most articles", TopBars(report.Reporters, r => r.Reporter, "reporters"));
        writer.Write("</section>\n");

        if (report.RequestedDimensions.Count > 0)
        {
            Table(writer, "requested", "By " + string.Join(" and ", report.RequestedDimensions.Select(d => d.ToString().ToLowerInvariant())), report.RequestedDimensions, report.Requested);
        }

        Table(writer, "timeline", $"By {PeriodName(report.Period)}", new[] { report.Period }, report.Timeline);
        Table(writer, "officials", "By official", new[] { StatsDimension.Official }, report.Officials);
        Table(writer, "titles", "By official title", new[] { StatsDimension.Title }, report.Titles);
        Table(writer, "reporters", "By reporter", new[] { StatsDimension.Reporter }, report.Reporters);
        Table(writer, "pages", "By page", new[] { StatsDimension.Page }, report.Pages);
        if (report.Newspapers.Count > 1)
        {
            Table(writer, "newspapers", "By newspaper", new[] { StatsDimension.Newspaper }, report.Newspapers);
        }

        writer.Write("</main>\n<footer>Articles count once under each key they carry: an article with two reporters counts for both. " +
                     "Officials and mentions count officials named by the articles of a row; a mention is one official in one article.</footer>\n");
        writer.Write("<script>\n" + Script + "</script>\n</body>\n</html>\n");
    }

    private static IReadOnlyList<(string Label, int Articles)> Timeline(StatsReport report)
    {
        if (report.Timeline.Count == 0)
        {
            return Array.Empty<(string, int)>();
        }

        var counts = report.Timeline.ToDictionary(r => r.KeyText(report.Period)!, r => r.Articles);
        var first = report.Timeline.Min(r => r.FirstIssue);
        var last = report.Timeline.Max(r => r.LastIssue);
        return StatsPeriods.Between(report.Period, first, last)
            .Select(key => (key, counts.TryGetValue(key, out var n) ? n : 0))
            .ToArray();
    }

    private static string? TopBars(IReadOnlyList<StatsRow> rows, Func<StatsRow, string?> name, string cssClass)
    {
        var top = rows.Take(TopCount).ToArray();
        return top.Length == 0 ? null : SvgChart.Bars(top.Select(r => name(r) ?? string.Empty).ToArray(), top.Select(r => r.Articles).ToArray(), "Articles per name", cssClass);
    }

    private static string PeriodName(StatsDimension period) => period switch
    {
        StatsDimension.Day => "day",
        StatsDimension.Week => "ISO week",
        StatsDimension.Month => "month",
        _ => "year",
    };

    /// <summary>A summary figure; ten million and more as 244.9M (the exact figure in its tooltip), so that it fits its card.</summary>
    private static void Card(TextWriter writer, string caption, long value)
    {
        var exact = value.ToString("#,0", CultureInfo.InvariantCulture);
        var shown = value >= 10_000_000 ? (value / 1e6).ToString("0.0", CultureInfo.InvariantCulture) + "M" : exact;
        writer.Write($"<div class=\"card\"><span class=\"figure\" title=\"{exact}\">{shown}</span><span class=\"caption\">{caption}</span></div>");
    }

    private static void Chart(TextWriter writer, string id, string heading, string? svg, string empty = "No articles match.")
    {
        writer.Write($"<figure id=\"chart-{id}\" class=\"panel\"><figcaption>{HtmlText.Escape(heading)}</figcaption>");
        writer.Write(svg ?? $"<p class=\"empty\">{HtmlText.Escape(empty)}</p>");
        writer.Write("</figure>\n");
    }

    private static void Table(TextWriter writer, string id, string heading, IReadOnlyList<StatsDimension> dimensions, IReadOnlyList<StatsRow> rows)
    {
        var columns = StatsColumn.For(dimensions);
        writer.Write($"<section class=\"panel table\" id=\"table-{id}\"><h2>{HtmlText.Escape(heading)} <span class=\"count\">{rows.Count.ToString("#,0", CultureInfo.InvariantCulture)} rows</span></h2>\n");
        if (rows.Count == 0)
        {
            writer.Write("<p class=\"empty\">Nothing to count.</p></section>\n");
            return;
        }

        writer.Write("<div class=\"scroll\"><table class=\"sortable\"><thead><tr>");
        foreach (var column in columns)
        {
            writer.Write($"<th scope=\"col\"{(column.IsNumber ? " class=\"num\"" : string.Empty)}><button type=\"button\">{HtmlText.Escape(column.Name)}</button></th>");
        }

        writer.Write("</tr></thead>\n<tbody>\n");
        foreach (var row in rows)
        {
            writer.Write("<tr>");
            foreach (var column in columns)
            {
                var value = column.Value(row);
                if (column.IsNumber && value is not null)
                {
                    var text = StatsColumn.Text(value);
                    writer.Write($"<td class=\"num\" data-value=\"{text}\">{(column.IsMeasure && value is IFormattable f ? f.ToString("#,0", CultureInfo.InvariantCulture) : text)}</td>");
                }
                else
                {
                    writer.Write($"<td>{HtmlText.Escape(StatsColumn.Text(value))}</td>");
                }
            }

            writer.Write("</tr>\n");
        }

        writer.Write("</tbody></table></div></section>\n");
    }

    private const string Css = """
        :root { --ink: #1f2328; --muted: #5f6b76; --line: #d8dee4; --paper: #f6f7f9; --card: #ffffff; --accent: #b3261e;
                --time: #3a6ea5; --officials: #b3261e; --reporters: #2f7d5b; --pages: #7b5ea7;
                font-family: system-ui, -apple-system, "Segoe UI", "PingFang SC", "Hiragino Sans GB", "Microsoft YaHei",
                             "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", sans-serif; }
        * { box-sizing: border-box; }
        body { margin: 0; background: var(--paper); color: var(--ink); font-size: 15px; line-height: 1.5; }
        header { background: var(--card); border-bottom: 3px solid var(--accent); padding: 20px 32px 14px; }
        h1 { margin: 0; font-size: 26px; letter-spacing: .02em; }
        .scope { margin: 4px 0 0; font-size: 17px; }
        .generated { margin: 2px 0 0; color: var(--muted); font-size: 13px; }
        main { max-width: 1500px; margin: 0 auto; padding: 20px 32px 8px; }
        .summary { display: grid; grid-template-columns: repeat(auto-fit, minmax(140px, 1fr)); gap: 12px; margin-bottom: 20px; }
        .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 12px 16px; display: flex; flex-direction: column; }
        .figure { font-size: 26px; font-weight: 650; font-variant-numeric: tabular-nums; }
        .caption { color: var(--muted); font-size: 13px; }
        /* Time (two thirds) beside pages (one third), then officials beside reporters; one column on narrow screens. */
        .charts { display: grid; grid-template-columns: repeat(6, 1fr); gap: 16px; margin-bottom: 20px; }
        #chart-time { grid-column: span 4; } #chart-pages { grid-column: span 2; }
        #chart-officials, #chart-reporters { grid-column: span 3; }
        @media (max-width: 1000px) { .charts { grid-template-columns: 1fr; } .charts .panel { grid-column: 1 / -1 !important; } }
        .panel { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 18px; margin: 0; }
        figcaption, h2 { font-size: 16px; font-weight: 650; margin: 0 0 8px; }
        .count { color: var(--muted); font-weight: 400; font-size: 13px; margin-left: 6px; }
        svg.chart { display: block; width: 100%; height: auto; }
        svg .grid { stroke: #e6e9ed; stroke-width: 1; }
        svg .axis { stroke: #8c959f; stroke-width: 1; }
        svg text { font-size: 12px; fill: var(--muted); }
        svg .label { font-size: 14px; fill: var(--ink); }
        svg .value { font-size: 12px; fill: var(--ink); font-variant-numeric: tabular-nums; }
        svg.time .bar { fill: var(--time); } svg.officials .bar { fill: var(--officials); }
        svg.reporters .bar { fill: var(--reporters); } svg.pages .bar { fill: var(--pages); }
        svg .bar:hover, svg g:hover .bar { opacity: .8; }
        .empty { color: var(--muted); font-style: italic; }
        .table { margin-bottom: 16px; }
        .scroll { max-height: 480px; overflow: auto; border: 1px solid var(--line); border-radius: 6px; }
        table { border-collapse: collapse; width: 100%; font-size: 14px; }
        th { position: sticky; top: 0; background: #eef1f4; text-align: left; padding: 0; border-bottom: 1px solid var(--line); }
        th button { all: unset; cursor: pointer; display: block; padding: 6px 10px; font-weight: 600; }
        th button:focus-visible { outline: 2px solid var(--time); }
        th[aria-sort="ascending"] button::after { content: " ▲"; font-size: 10px; }
        th[aria-sort="descending"] button::after { content: " ▼"; font-size: 10px; }
        td { padding: 5px 10px; border-bottom: 1px solid #eef0f2; }
        th.num, td.num { text-align: right; font-variant-numeric: tabular-nums; }
        tbody tr:nth-child(even) { background: #fafbfc; }
        tbody tr:hover { background: #f1f5fa; }
        footer { max-width: 1500px; margin: 0 auto; padding: 8px 32px 28px; color: var(--muted); font-size: 13px; }
        @media print { .scroll { max-height: none; overflow: visible; } th { position: static; } }

        """;

    private const string Script = """
        (function () {
          'use strict';
          var collator = new Intl.Collator('zh-CN', { numeric: true });
          function cellValue(row, index, numeric) {
            var cell = row.cells[index];
            return numeric ? Number(cell.getAttribute('data-value') || '-Infinity') : cell.textContent;
          }
          document.querySelectorAll('table.sortable').forEach(function (table) {
            var headers = table.tHead.rows[0].cells;
            Array.prototype.forEach.call(headers, function (th, index) {
              th.querySelector('button').addEventListener('click', function () {
                var numeric = th.classList.contains('num');
                // First click: numbers largest first, text A to Z; each further click reverses.
                var current = th.getAttribute('aria-sort');
                var descending = current ? current === 'ascending' : numeric;
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = cellValue(a, index, numeric), y = cellValue(b, index, numeric);
                  var order = numeric ? (x < y ? -1 : x > y ? 1 : 0) : collator.compare(x, y);
                  return descending ? -order : order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
                Array.prototype.forEach.call(headers, function (other) { other.removeAttribute('aria-sort'); });
                th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
              });
            });
          });
          // A link may name a sorted view: report.html#sort=reporters.Articles.asc sorts that table by that column.
          var view = /^#sort=([\w-]+)\.(\w+)(?:\.(asc|desc))?$/.exec(decodeURIComponent(location.hash));
          var section = view && document.getElementById('table-' + view[1]);
          if (section) {
            Array.prototype.forEach.call(section.querySelectorAll('th'), function (th) {
              if (th.textContent !== view[2]) { return; }
              var button = th.querySelector('button');
              button.click();
              if (view[3] && th.getAttribute('aria-sort') !== (view[3] === 'asc' ? 'ascending' : 'descending')) { button.click(); }
            });
          }
          document.documentElement.setAttribute('data-ready', 'true');
        })();

        """;
}
