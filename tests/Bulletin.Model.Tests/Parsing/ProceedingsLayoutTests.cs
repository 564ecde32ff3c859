// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>
/// Sitting records: items open with a speaker's timed turn and run, answers included, to the chair's next call;
/// the chair's lines are procedure; an item filed in writing opens with its own label. Our own record, in
/// Traditional script as such records are often printed.
/// </summary>
public sealed class ProceedingsLayoutTests
{
    private const string Record = """
        海港市議會第3次會議紀錄

        時間：2024年5月6日（星期一）9時0分

        地點：議事廳

        主席：陳議長大文

        主席：請市政府王市長報告。

        王市長小明：（9時5分）主席、各位議員。本市今年財政收入12億元，較上年增加1.5億元。

        主席：謝謝王市長的報告。每位議員質詢時間不得超過10分鐘。

        議員李美華書面質詢：

        一、關於停車場建設：本市停車位缺口約3000個。

        主席：請張議員志強質詢。

        張議員志強：（9時30）市長好，請問預算。

        主席：請王市長答復。

        王市長小明：（9時32分）謝謝議員，預算已經送審。

        張議員志強：好，謝謝。
        """;

    private static BulletinIssue Parse(string text) => BulletinParser.Default.Parse(text).GetValueOrThrow();

    [Fact]
    public void TimedTurnsAndFiledItems_AreTheItems_WithTheirSpeakersAndTimes()
    {
        var articles = Parse(Record).EnumerateArticles();

        Assert.Equal(
            ["王小明 市長 2024-05-06T09:05", "李美華 議員 -", "張志強 議員 2024-05-06T09:30"],
            articles.Select(a => $"{a.Authors[0].Name} {a.Authors[0].Role} {a.PublishedAt?.ToString("yyyy-MM-ddTHH:mm", null) ?? "-"}"));
        Assert.Equal("議員李美華書面質詢", articles[1].Title);
    }

    [Fact]
    public void AnAnswerCalledByTheChair_StaysInTheItem()
    {
        var item = Parse(Record).EnumerateArticles()[2];

        Assert.Contains(item.Blocks, b => b.Text.StartsWith("王市長小明：（9時32分）", StringComparison.Ordinal));
        Assert.Contains(item.Blocks, b => b.Text.StartsWith("張議員志強：好", StringComparison.Ordinal));
    }

    [Fact]
    public void TheChairsLines_AreProcedure_AndTheHeaderIsMetadata()
    {
        var side = Parse(Record).SideMatter;

        Assert.Equal(
            ["時間：2024年5月6日（星期一）9時0分", "地點：議事廳", "主席：陳議長大文"],
            side.Where(s => s.Kind == SideMatterKind.Metadata).Select(s => s.Text));
        Assert.Equal(4, side.Count(s => s.Kind == SideMatterKind.Procedure));
        Assert.All(side.Where(s => s.Kind == SideMatterKind.Procedure), s => Assert.StartsWith("主席：", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public void FiguresInTheChairsLines_AreClaims()
    {
        var issue = Parse(Record);

        var claim = Assert.Single(issue.Claims, c => c.Unit == "Duration.Minute");
        Assert.Equal(10m, claim.Value);
        Assert.Null(claim.ArticleIndex);
    }

    [Fact]
    public void ReadLineByLine_TheRecordHasTheSameItems()
    {
        var parser = BulletinParser.Create(BulletinParserOptions.Default.WithMarkdown(MarkdownMode.Lines));

        var articles = parser.Parse(Record).GetValueOrThrow().EnumerateArticles();

        Assert.Equal(["王小明", "李美華", "張志強"], articles.Select(a => a.Authors[0].Name));
    }

    [Theory]
    [InlineData("主席：請王市長報告。\n\n王市長小明：（9時5分）報告。\n\n主席：請李議員質詢。")]
    [InlineData("營業基金：總收入12億元。\n\n非營業基金：總收入3億元。")]
    public void WithoutTwoTimedTurns_ThereIsNoRecord(string text)
    {
        var issue = Parse(text);

        Assert.DoesNotContain(issue.SideMatter, s => s.Kind == SideMatterKind.Procedure);
    }
}
