// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;
using NodaTime;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>Masthead lines of our own, as bulletins print them.</summary>
public sealed class MastheadTests
{
    [Theory]
    [InlineData("海港市商务局　　2026 年 1 月 20 日", "海港市商务局")]
    [InlineData("海港市贸促会 2026年1月20日", "海港市贸促会")]
    [InlineData("海港市商务局\n\n2026 年 1 月 20 日", "海港市商务局")]
    [InlineData("海港市商务局　中華民國115年1月20日", "海港市商务局")]
    [InlineData("海港市商务局\n\n民国115年1月20日", "海港市商务局")]
    [InlineData("海港市发展和改革委员会编　　2026年1月20日", null, "海港市发展和改革委员会")]
    [InlineData("海港市商务局编印 2026-01-20", null, "海港市商务局")]
    public void Parse_PublisherOrEditorAndDate_AreBothRead(string line, string? publisher, string? editor = null)
    {
        var issue = BulletinParser.Default.Parse($"# 海港经贸参考\n\n2026 年第 1 期（总第 32 期）\n\n{line}\n\n# 标题\n\n正文一段。").GetValueOrThrow();

        Assert.Equal(publisher, issue.Publication.Publisher);
        Assert.Equal(editor, issue.Publication.Editor);
        Assert.Equal(new LocalDate(2026, 1, 20), issue.PublishedOn);
    }

    // A masthead states its date in any of the forms a date is written: ROC years, figures with dashes, a weekday after it.
    [Theory]
    [InlineData("中華民國114年10月20日")]
    [InlineData("第3期　中華民國114年10月20日出版")]
    [InlineData("2025-10-20")]
    [InlineData("2025年10月20日　星期一")]
    public void Parse_DateLineInAnyForm_IsTheIssuesDate(string line)
    {
        var issue = BulletinParser.Default.Parse($"海港市政府公報\n\n第12卷　第3期\n\n{line}\n\n一、本市總預算案\n\n本市歲入預算編列新臺幣903億元。\n").GetValueOrThrow();

        Assert.Equal(new LocalDate(2025, 10, 20), issue.PublishedOn);
    }

    [Theory]
    [InlineData("2025年第3期　　2025年10月20日", 3)]
    [InlineData("第 3 期（总第 32 期）  2025 年 10 月 20 日", 3)]
    [InlineData("第3期　中華民國114年10月20日", 3)]
    public void Parse_NumberAndDateOnOneLine_AreBothRead(string line, int number)
    {
        var issue = BulletinParser.Default.Parse($"# 滨江经贸简讯\n\n{line}\n\n## 标题\n\n正文一段。").GetValueOrThrow();

        Assert.Equal(number, issue.Number);
        Assert.Equal(new LocalDate(2025, 10, 20), issue.PublishedOn);
    }

    // A contents an entry a line with no blank line between its entries, its pages led by dots or, under its
    // marker, by white space alone; the marker may be spaced out (目  录).
    [Theory]
    [InlineData("目录", "园区招商情况 ........ 1\n外贸形势分析 ........ 3")]
    [InlineData("目  录", "园区招商情况          1\n外贸形势分析          3")]
    [InlineData("目　录", "园区招商情况　　　　1\n外贸形势分析　　　　3")]
    public void Parse_ContentsOfConsecutiveLines_GivesAnEntryALine(string marker, string entries)
    {
        var issue = BulletinParser.Default.Parse($"# 滨江经贸简讯\n\n2025年第3期\n\n{marker}\n\n{entries}\n\n## 园区招商情况\n\n正文一段。\n\n## 外贸形势分析\n\n正文又一段。\n").GetValueOrThrow();

        Assert.Equal(["园区招商情况", "外贸形势分析"], issue.Contents.Select(c => c.Title));
        Assert.Equal([1, 3], issue.Contents.Select(c => c.Page ?? 0));
        Assert.Equal(["园区招商情况", "外贸形势分析"], issue.EnumerateArticles().Select(a => a.Title));
    }

    [Fact]
    public void Parse_PagesLedByWhiteSpace_WithoutAMarker_AreNoContents()
    {
        var issue = BulletinParser.Default.Parse("# 滨江经贸简讯\n\n2025年第3期\n\n园区招商情况          1\n外贸形势分析          3\n\n## 园区招商情况\n\n正文一段。\n").GetValueOrThrow();

        Assert.Empty(issue.Contents);
    }

    [Fact]
    public void Parse_OneContentsEntryUnderItsMarkerWithALeader_IsTheContents()
    {
        var issue = BulletinParser.Default.Parse("# 滨江经贸简讯\n\n2025年第3期\n\n目录\n\n1. 园区招商情况 ..... 1\n\n## 园区招商情况\n\n正文一段。\n").GetValueOrThrow();

        var entry = Assert.Single(issue.Contents);
        Assert.Equal("园区招商情况", entry.Title);
        Assert.Equal("园区招商情况", Assert.Single(issue.EnumerateArticles()).Title);
    }

    [Fact]
    public void Parse_OneNumberedLineWithoutAMarker_IsNoContents()
    {
        var issue = BulletinParser.Default.Parse("# 滨江经贸简讯\n\n2025年第3期\n\n1. 园区招商情况 ..... 1\n\n## 园区招商情况\n\n正文一段。\n").GetValueOrThrow();

        Assert.Empty(issue.Contents);
    }

    [Fact]
    public void Parse_SentenceEndingInADate_IsNotAMasthead()
    {
        var issue = BulletinParser.Default.Parse("# 海港经贸参考\n\n2026 年第 1 期\n\n会议由市商务局主办，时间为 2026 年 1 月 20 日\n\n# 标题\n\n正文一段。").GetValueOrThrow();

        Assert.Null(issue.PublishedOn);
    }

    [Theory]
    [InlineData("第48卷　第6期", 48, 6)]
    [InlineData("2025 年第 12 卷第 3 期", 12, 3)]
    public void VolumeAndNumber_AreBothRead(string line, int volume, int number)
    {
        var issue = BulletinParser.Default.Parse($"# 海港经济学刊\n\n{line}\n\n# 标题\n\n正文一段。").GetValueOrThrow();

        Assert.Equal(volume, issue.Volume);
        Assert.Equal(number, issue.Number);
        Assert.Equal(volume, Bulletin.Model.Serialization.BulletinJson.Deserialize(Bulletin.Model.Serialization.BulletinJson.Serialize(issue)).Volume);
    }
}
