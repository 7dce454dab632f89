using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsArchive.Core.Reports;
using Xunit;

namespace NewsArchive.Core.Tests.Reports;

public class StatsWritersTests
{
    private const string Hostile = "<script>alert(1)</script>";

    private static readonly StatsDimension[] ByReporterAndDay = { StatsDimension.Reporter, StatsDimension.Day };

    private static StatsRow Row(string reporter, int articles) => new()
    {
        Reporter = reporter,
        Day = new DateTime(2020, 3, 13),
        Articles = articles,
        Pages = 1,
        Characters = 1234,
        FirstIssue = new DateTime(2020, 3, 13),
        LastIssue = new DateTime(2020, 3, 14),
        Dimensions = ByReporterAndDay,
    };

    [Fact]
    public void CsvHasAHeaderOfKeysThenMeasuresAndQuotesOnlyWhatNeedsIt()
    {
        var csv = new StringWriter();
        StatsCsvWriter.Write(csv, new[] { Row("罗文鹏", 2), Row("a,\"b\"", 1) }, ByReporterAndDay);
        var lines = csv.ToString().Split("\r\n");
        Assert.Equal("Reporter,Day,Articles,Pages,Characters,Reporters,Officials,Mentions,FirstIssue,LastIssue", lines[0]);
        Assert.Equal("罗文鹏,2020-03-13,2,1,1234,0,0,0,2020-03-13,2020-03-14", lines[1]);
        Assert.StartsWith("\"a,\"\"b\"\"\",2020-03-13,1,", lines[2]);
        Assert.Equal(string.Empty, lines[3]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "\"'=HYPERLINK(\"\"http://x\"\")\"")]
    [InlineData("+1", "'+1")]
    [InlineData("-2+3", "'-2+3")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tcmd", "'\tcmd")]
    [InlineData("\rcmd", "\"'\rcmd\"")]
    [InlineData("罗文鹏", "罗文鹏")]
    [InlineData("a=b", "a=b")]
    public void CsvNeutralisesCellsThatWouldStartAFormula(string reporter, string cell)
    {
        var csv = new StringWriter();
        StatsCsvWriter.Write(csv, new[] { Row(reporter, 2) }, ByReporterAndDay);
        Assert.StartsWith(cell + ",2020-03-13,2,", csv.ToString().Split("\r\n", 2)[1]);
    }

    [Fact]
    public void CsvKeepsFormulasWhenAskedTo()
    {
        var csv = new StringWriter();
        StatsCsvWriter.Write(csv, new[] { Row("=1+1", 2) }, ByReporterAndDay, neutraliseFormulas: false);
        Assert.StartsWith("=1+1,", csv.ToString().Split("\r\n")[1]);
    }

    [Fact]
    public void JsonIsAnArrayOfFlatObjectsWithNumbersAndIsoDates()
    {
        var json = new StringWriter();
        StatsJsonWriter.Write(json, new[] { Row("罗文鹏", 2), Row(Hostile + "\"\\\n", 1) }, ByReporterAndDay);
        Assert.DoesNotContain("<script>", json.ToString());
        using var document = JsonDocument.Parse(json.ToString());
        var rows = document.RootElement.EnumerateArray().ToArray();
        Assert.Equal(2, rows.Length);
        Assert.Equal(
            new[] { "Reporter", "Day", "Articles", "Pages", "Characters", "Reporters", "Officials", "Mentions", "FirstIssue", "LastIssue" },
            rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("罗文鹏", rows[0].GetProperty("Reporter").GetString());
        Assert.Equal("2020-03-13", rows[0].GetProperty("Day").GetString());
        Assert.Equal(JsonValueKind.Number, rows[0].GetProperty("Articles").ValueKind);
        Assert.Equal(1234, rows[0].GetProperty("Characters").GetInt64());
        Assert.Equal(Hostile + "\"\\\n", rows[1].GetProperty("Reporter").GetString());
    }

    [Fact]
    public void JsonOfNoRowsIsAnEmptyArray()
    {
        var json = new StringWriter();
        StatsJsonWriter.Write(json, Array.Empty<StatsRow>(), ByReporterAndDay);
        Assert.Equal(0, JsonDocument.Parse(json.ToString()).RootElement.GetArrayLength());
    }

    [Fact]
    public void HtmlEscapesEveryArchiveStringAndRunsOnlyItsOwnScripts()
    {
        var official = new StatsRow { Official = Hostile, Articles = 3, Dimensions = new[] { StatsDimension.Official } };
        var title = new StatsRow { Title = "<img src=x onerror=alert(2)>", Articles = 3, Dimensions = new[] { StatsDimension.Title } };
        var reporter = new StatsRow { Reporter = "\"'&", Articles = 2, Dimensions = new[] { StatsDimension.Reporter } };
        var newspaper = new StatsRow { Newspaper = "<b>晚报</b>", Articles = 2, Dimensions = new[] { StatsDimension.Newspaper } };
        var report = new StatsReport
        {
            Scope = "<i>scope</i>",
            Summary = new StatsSummary { Articles = 3 },
            Officials = new[] { official },
            Titles = new[] { title },
            Reporters = new[] { reporter },
            Newspapers = new[] { newspaper, newspaper },
        };
        var html = new StringWriter();
        StatsHtmlWriter.Write(html, report);
        var text = html.ToString();

        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", text);
        Assert.Contains("&lt;img src=x onerror=alert(2)&gt;", text);
        Assert.Contains("&quot;&#39;&amp;", text);
        Assert.Contains("&lt;b&gt;晚报&lt;/b&gt;", text);
        Assert.Contains("&lt;i&gt;scope&lt;/i&gt;", text);
        Assert.DoesNotContain("<img", text);
        Assert.DoesNotContain("<b>", text);
        Assert.Equal(2, Regex.Matches(text, "<script>").Count);
        Assert.Contains("<svg class=\"chart officials\"", text);
    }

    [Fact]
    public void HtmlLoadsNothingFromElsewhere()
    {
        var html = new StringWriter();
        StatsHtmlWriter.Write(html, new StatsReport());
        var text = html.ToString();
        Assert.Contains("default-src 'none'", text);
        Assert.DoesNotMatch("(src|href)\\s*=", text);
        Assert.DoesNotContain("url(", text);
        Assert.Contains("No articles match.", text);
    }

    [Fact]
    public void SummaryFiguresFitTheirCardsAndKeepTheExactValueInATooltip()
    {
        var html = new StringWriter();
        StatsHtmlWriter.Write(html, new StatsReport { Summary = new StatsSummary { Articles = 233_600, Characters = 244_866_790 } });
        Assert.Contains("title=\"233,600\">233,600</span>", html.ToString());
        Assert.Contains("title=\"244,866,790\">244.9M</span>", html.ToString());
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(3, 5)]
    [InlineData(7, 10)]
    [InlineData(11, 20)]
    [InlineData(21, 25)]
    [InlineData(26, 50)]
    [InlineData(466, 500)]
    [InlineData(1001, 2000)]
    public void AxesEndOnRoundNumbers(int value, int expected) => Assert.Equal(expected, SvgChart.NiceCeiling(value));

    [Fact]
    public void ColumnChartsLabelOnlyAsManyCategoriesAsFit()
    {
        var labels = Enumerable.Range(0, 120).Select(i => new DateTime(2015, 1, 1).AddMonths(i).ToString("yyyy-MM")).ToArray();
        var svg = SvgChart.Columns(labels, labels.Select((_, i) => i).ToArray(), "months", "time", SvgChart.WideWidth);
        Assert.Equal(120, Regex.Matches(svg, "<rect").Count);
        var tickLabels = Regex.Matches(svg, "text-anchor=\"middle\">([^<]+)<").Select(m => m.Groups[1].Value).ToArray();
        Assert.InRange(tickLabels.Length, 6, 15);
        Assert.Equal("2015-01", tickLabels[0]);
    }

    [Fact]
    public void PeriodsBetweenTwoDatesIncludeTheEmptyOnes()
    {
        Assert.Equal(new[] { "2020-W52", "2020-W53", "2021-W01" },
            StatsPeriods.Between(StatsDimension.Week, new DateTime(2020, 12, 25), new DateTime(2021, 1, 4)));
        Assert.Equal(new[] { "2020-11", "2020-12", "2021-01" },
            StatsPeriods.Between(StatsDimension.Month, new DateTime(2020, 11, 30), new DateTime(2021, 1, 1)));
        Assert.Equal(new[] { "2020-02-28", "2020-02-29", "2020-03-01" },
            StatsPeriods.Between(StatsDimension.Day, new DateTime(2020, 2, 28), new DateTime(2020, 3, 1)));
        Assert.Equal(new[] { "2019", "2020" }, StatsPeriods.Between(StatsDimension.Year, new DateTime(2019, 6, 1), new DateTime(2020, 1, 1)));
    }

    [Fact]
    public void TheTimeChartPeriodSuitsTheSpan()
    {
        var start = new DateTime(2015, 1, 1);
        Assert.Equal(StatsDimension.Day, StatsPeriods.For(start, start.AddDays(60)));
        Assert.Equal(StatsDimension.Week, StatsPeriods.For(start, start.AddDays(365)));
        Assert.Equal(StatsDimension.Month, StatsPeriods.For(start, start.AddYears(10)));
        Assert.Equal(StatsDimension.Year, StatsPeriods.For(start, start.AddYears(30)));
    }

    [Fact]
    public void FileFormatsComeFromTheExtension()
    {
        Assert.Equal(StatsFormat.Csv, StatsFile.FormatOf("a/b.CSV"));
        Assert.Equal(StatsFormat.Json, StatsFile.FormatOf("b.json"));
        Assert.Equal(StatsFormat.Html, StatsFile.FormatOf("b.htm"));
        Assert.Null(StatsFile.FormatOf("b.txt"));
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, StatsFile.DefaultEncoding(StatsFormat.Csv).GetPreamble());
        Assert.Empty(StatsFile.DefaultEncoding(StatsFormat.Json).GetPreamble());
        Assert.All(StatsFile.EncodingNames, name => Assert.NotNull(StatsFile.GetEncoding(name)));
    }
}
