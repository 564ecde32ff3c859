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

    // As a gazette prints a record: wrapped at a fixed width, two spaces before a continuation line, three before a
    // paragraph; the agenda item stands at the margin, wrapped there too, under the chair's announcement.
    private const string PrintedRecord = """
        临江县议会第2届第7次会议纪录
        时间：2023年4月12日（星期三）9时0分
        地点：本会议事厅
        主席：周议长建国

        主席：报告大会，现在开会。进行「2023年度
          县总预算案」审查报告，请各位议员注意。
        本会财政委员会报告审查县政府函送「2023年
        度县总预算案」并备质询。

        主席：请县政府刘县长报告。

        刘县长海明：（9时2分）主席、各位议员女士
          先生。今年县总预算岁入编列85亿元，较上
          年度增加4.2%，岁出编列88亿元，较上年度
          增加3.5%。
           岁入岁出差短3亿元，以移用以前年度岁计
          剩余支应，不再举借新债，县库负担可望逐
          步减轻，财政纪律得以维持。
           教育经费编列21亿元，占岁出23.9%，社会
          福利经费编列14亿元，占岁出15.9%，两者
          合计超过岁出的三成九。
           交通建设经费编列9亿元，较上年度减少0.
          6亿元，主要用于县道拓宽、桥梁补强及公
          共运输路线的延伸，预计年底前完成十二处
          路口改善。
           产业发展经费编列5亿元，其中农业补助2.
          4亿元，观光推广1.1亿元，其余用于中小企
          业融资保证与青年创业辅导，协助地方就业
          。
           以上报告，敬请各位议员指教。

        主席：谢谢刘县长的报告。请吴议员美玲质询。

        吴议员美玲：（9时20分）县长好。请问岁出
          增加3.5%之中，有多少用于偏乡道路改善，
          又有多少用于长期照顾服务？

        刘县长海明：（9时25分）谢谢议员。偏乡道
          路改善编列2.1亿元，长期照顾服务编列1.6
          亿元，都比上年度增加。

        主席：本次会议的其他事项，刊登公报。
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
    [Fact]
    public void AnUnlabelledLineAtTheMargin_OfAnIndentedRecord_IsTheAgendaItemOverTheTurns()
    {
        var issue = Parse(PrintedRecord);

        var section = Assert.Single(issue.Sections);
        Assert.Equal("本会财政委员会报告审查县政府函送「2023年度县总预算案」并备质询", section.Heading);
        Assert.Equal(["刘海明", "吴美玲"], section.Articles.Select(a => a.Authors[0].Name));
    }

    [Fact]
    public void ALineAtTheContinuationIndent_GoesOnTheSpeakersLabelLine()
    {
        var report = Parse(PrintedRecord).EnumerateArticles()[0];

        Assert.StartsWith("刘县长海明：（9时2分）主席、各位议员女士先生。今年县总预算", report.Blocks[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("岁入岁出差短3亿元", report.Blocks[1].Text, StringComparison.Ordinal);
        Assert.Contains(Parse(PrintedRecord).Claims, c => c.Text == "0.\n  6亿元" && c.Value == -60_000_000m);
    }

    [Fact]
    public void ARecordTitledByItsBody_AndPrintedInItsGazette_NamesBoth()
    {
        var publication = Parse(PrintedRecord).Publication;

        Assert.Equal("临江县议会", publication.Publisher);
        Assert.Equal("临江县议会公报", publication.Name);
    }

    [Fact]
    public void ARecordThatNamesNoGazette_HasItsBodyOnly()
    {
        var publication = Parse(PrintedRecord.Replace("刊登公报", "散会", StringComparison.Ordinal)).Publication;

        Assert.Equal("临江县议会", publication.Publisher);
        Assert.Null(publication.Name);
    }

    [Fact]
    public void WithTurnsAtTheMargin_NoUnlabelledParagraphIsAnAgendaItem()
    {
        var issue = Parse(Record.Replace("主席：謝謝王市長的報告。", "主席：謝謝王市長的報告。\n\n下一個議程是預算審查。", StringComparison.Ordinal));

        Assert.Empty(issue.Sections);
    }
}
