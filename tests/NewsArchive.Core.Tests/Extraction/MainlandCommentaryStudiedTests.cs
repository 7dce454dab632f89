using Xunit;
using static NewsArchive.Core.Tests.Extraction.OfficialCases;

namespace NewsArchive.Core.Tests.Extraction;

/// <summary>Extractor version 17 as studied on real-officials-s34 (mainland news and commentary of 2018–2020, archived by
/// 端点星) after its two measurements: the shapes of its errors. Every sentence is written for the test; the names are
/// invented or of public figures.</summary>
public class MainlandCommentaryStudiedTests
{
    [Theory]
    // Adverbs of surprise and course after a post open no name (所长居然, 市长竟然); nor does a leader's line (毛主席路线).
    [InlineData("没想到，这个研究所的所长居然是一位年轻人。", "居然")]
    [InlineData("据说那位市长竟然毫不知情。", "竟然")]
    [InlineData("文章里充满了“捍卫毛主席路线”这样的字眼。", "路线")]
    // A post before a post names two holders, no one (区长书记带着队伍).
    [InlineData("很多地区，区长书记带着队伍到机场去抢物资。", "区长")]
    // Words that start with a surname and go on the sentence after a post (曾经, 相应, 安全, 方式).
    [InlineData("据报道，总理曾经提出过这个方案。", "曾经")]
    [InlineData("卫队负责总统安全的各项工作。", "安全")]
    [InlineData("企业要积极转变管理领导方式，提高效率。", "方式")]
    public void AWordAfterOrBeforeAPostIsNoName(string text, string name) => AssertNotOfficial(text, name);

    [Theory]
    // Publishers, normal universities and a university's departments hold no public office.
    [InlineData("原广西师大出版社社长王明远曾经说过，书要好看。", "王明远")]
    [InlineData("中文系党委书记李明华在会上发言。", "李明华")]
    [InlineData("物理系主任张建国介绍了新课程。", "张建国")]
    public void APostOfAPublisherOrAUniversityIsNoOffice(string text, string name)
    {
        AssertNotOfficial(text, name);
        Assert.Contains(Extract(text), p => p.Name == name);
    }

    [Theory]
    // Places whose names hold a stop word or a state's name keep their titles whole (呼和浩特: 和 "and"; 内蒙古: 蒙古 the
    // state; 应城: 应 "at the request of").
    [InlineData("呼和浩特市公安局副局长张明德说，案件已经告破。", "张明德", "呼和浩特市公安局副局长")]
    [InlineData("内蒙古自治区公安厅副厅长王建华出席了会议。", "王建华", "内蒙古自治区公安厅副厅长")]
    [InlineData("应城市市长刘明山表示，救灾物资已经到位。", "刘明山", "应城市市长")]
    // Verbs of a letter, of help and of cause take the official as object: they are no part of the title.
    [InlineData("这是一封致深圳坪山区委书记陈明华的公开信。", "陈明华", "深圳坪山区委书记")]
    [InlineData("他借助原国家安全部副部长马明远的关系办成了此事。", "马明远", "原国家安全部副部长")]
    [InlineData("丑闻直接导致总统尼克松辞职。", "尼克松", "总统")]
    // The Zhi Gong party keeps its 致.
    [InlineData("致公党中央主席万明华出席了会议。", "万明华", "致公党中央主席")]
    public void APlaceOrVerbBeforeATitleIsReadRight(string text, string name, string titles) => AssertOfficial(text, name, titles);
}
