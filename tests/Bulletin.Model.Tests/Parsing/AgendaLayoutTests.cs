// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>A gazette's agenda: its headings are sections, its numbered items articles. Our own gazette.</summary>
public sealed class AgendaLayoutTests
{
    private const string Gazette = """
        海港市議會公報
        第5卷　第2期
        中華民國114年3月1日
        報告事項
        一、市政府函送113年度施政報告。
        決定：准予備查。
        二、審計處函送113年度決算審核報告。
        決定：准予備查。
        討論事項
        一、本會第一案：海港市自治條例修正草案。
        決定：照案通過。
        二、本會第二案：海港市港務發展計畫。
        決定：照案通過。
        三、本會第三案：海港市交通建設案。
        決定：照案通過。
        【會議紀要】
        一、本次會議出席議員32人。
        """;

    // The agenda read a line a paragraph, or with blank lines between its lines: the same sections and items.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void AgendaHeadings_AreSections_AndTheirNumberedItemsArticles(bool blankLines)
    {
        var text = blankLines ? Gazette.Replace("\n", "\n\n", System.StringComparison.Ordinal) : Gazette;

        var result = BulletinParser.Default.Parse(text);
        var issue = result.GetValueOrThrow();

        Assert.Equal(["報告事項", "討論事項", "會議紀要"], issue.Sections.Select(s => s.Heading));
        Assert.Equal(["市政府函送113年度施政報告", "審計處函送113年度決算審核報告"], issue.Sections[0].Articles.Select(a => a.Title!));
        Assert.Equal(["本會第一案：海港市自治條例修正草案", "本會第二案：海港市港務發展計畫", "本會第三案：海港市交通建設案"], issue.Sections[1].Articles.Select(a => a.Title!));
        Assert.All(issue.Sections[1].Articles, a => Assert.Equal("決定：照案通過。", Assert.Single(a.Blocks).Text));

        // After the agenda, a numbered line is no agenda item: the next section's text stays its own.
        Assert.DoesNotContain(issue.Sections[2].Articles, a => a.Title == "本次會議出席議員32人");

        // The formulaic decision line recurs by design: no "printed twice".
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.DuplicateParagraph);
    }

    [Theory]
    [InlineData("今年的讨论事项很多，我们逐一研究。")]
    [InlineData("讨论事项清单")]
    public void AgendaWords_InALineOfText_OpenNoSection(string line)
    {
        var issue = BulletinParser.Default.Parse($"海港市议会公报\n第5卷　第2期\n{line}\n一、本次会议出席议员32人。\n").GetValueOrThrow();

        Assert.DoesNotContain(issue.Sections, s => s.Heading.Contains("讨论事项", System.StringComparison.Ordinal));
    }
}
