using System;
using System.Text;
using NewsArchive.Core.Extraction.Names;
using NewsArchive.Core.Importing;
using Xunit;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Issue 13, defect 11: a page of long 、 lists of officials took quadratic work (a 2.4 MB page 6 s, 7 MB 54 s).
/// The work is compared as the bytes the analysis allocates on this thread, which the machine's load does not change.</summary>
public class LongListTests
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗";
    private const string Given = "建国明华强伟军平志刚文东海波宏亮";
    private const int NamesPerList = 40;

    [Fact]
    public void EightTimesTheListsCostAtMostAboutEightTimesTheWork()
    {
        var small = ListPage(10);
        var large = ListPage(80);
        Analyze(small);
        // The name model loads once, on the first reading it is asked about; its load is no work of either page.
        _ = PersonNameRecognizer.Default.NameScore("市长王刚", 2, 2);
        var smallWork = AllocatedBy(() => Analyze(small));
        var largeWork = AllocatedBy(() => Analyze(large));

        // Linear work gives 8; the quadratic extraction gave 34 on these pages.
        Assert.InRange((double)largeWork / smallWork, 1, 12);
    }

    /// <summary>A page of <paramref name="lists"/> paragraphs, each a leaders' title and 40 distinct names.</summary>
    private static string ListPage(int lists)
    {
        var page = new StringBuilder("\n# 会议召开\n\n");
        var person = 0;
        for (var list = 0; list < lists; list++)
        {
            page.Append("本报讯 市领导");
            for (var k = 0; k < NamesPerList; k++, person++)
            {
                page.Append(k > 0 ? "、" : string.Empty)
                    .Append(Surnames[person % Surnames.Length])
                    .Append(Given[person / Surnames.Length % Given.Length])
                    .Append(Given[person / (Surnames.Length * Given.Length) % Given.Length]);
            }

            page.Append("出席会议。\n\n");
        }

        return page.ToString();
    }

    private static void Analyze(string page) => PageAnalyzer.Analyze(page, new DateTime(2020, 1, 2));

    private static long AllocatedBy(Action action)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        action();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
