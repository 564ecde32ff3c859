// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>Plain text wrapped at a fixed width: the lines of one paragraph are one block.</summary>
public sealed class HardWrappedTextTests
{
    private static readonly string[] Paragraphs =
    [
        "上半年，全市经济运行总体平稳，工业生产稳中有升，消费市场持续恢复，对外贸易保持增长，就业形势总体稳定。全市地区生产总值完成1,234亿元。",
        "分产业看，第一产业增加值完成56亿元，增长3.1%；第二产业增加值完成480亿元，增长5.2%；第三产业增加值完成698亿元，增长6.0%。服务业比重继续提高，结构持续优化。",
        "分区域看，东部园区增长较快，西部园区增速放缓，南部新区保持平稳，北部山区受天气影响有所回落，全市区域发展协调性进一步增强。",
        "下半年，全市将继续抓好稳增长各项政策措施落实。",
    ];

    // Reports exported from a word processor: each line is 42 columns wide (a CJK character takes two), and a
    // paragraph opens with a deeper indent than its other lines.
    private static readonly string Wrapped =
        "海港市统计局关于二〇二五年上半年经济运行的报告\n时间：2025年7月15日\n地点：市政府会议室\n" +
        string.Concat(Paragraphs.Concat(Paragraphs).Select(p => "   " + string.Join("\n  ", Wrap(p, 42)) + "\n"));

    private static System.Collections.Generic.IEnumerable<string> Wrap(string paragraph, int columns)
    {
        var line = new System.Text.StringBuilder();
        var width = 0;
        foreach (var c in paragraph)
        {
            var w = c < 0x2E80 ? 1 : 2;
            if (width + w > columns)
            {
                yield return line.ToString();
                (line, width) = (new System.Text.StringBuilder(), 0);
            }

            line.Append(c);
            width += w;
        }

        yield return line.ToString();
    }

    // A short notice written a paragraph a line, with no blank line anywhere: its title, salutation, body, issuing
    // office and date are a line each, though only one line ends a sentence.
    [Fact]
    public void Parse_AShortTextOfOneParagraphALine_KeepsEachLine()
    {
        const string text = "关于开展安全生产大检查的通知\n各区县人民政府，市政府各部门：\n为切实做好今年安全生产工作，经市政府同意，决定在全市开展安全生产大检查。\n海港市人民政府办公室\n2025年3月10日\n";

        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();
        var blocks = issue.EnumerateArticles().SelectMany(a => a.Blocks).Select(b => b.Text).ToList();

        Assert.Equal("关于开展安全生产大检查的通知", Assert.Single(issue.EnumerateArticles()).Title);
        Assert.Equal(["各区县人民政府，市政府各部门：", "为切实做好今年安全生产工作，经市政府同意，决定在全市开展安全生产大检查。"], blocks);

        // The signature's two lines, apart, are the notice's publisher and date.
        Assert.Equal("海港市人民政府办公室", issue.Publication.Publisher);
        Assert.Equal(new NodaTime.LocalDate(2025, 3, 10), issue.PublishedOn);
    }

    // The same few lines without a sentence between them (labels under a figure) or filled to one width (a wrapped
    // paragraph) stay one block.
    [Theory]
    [InlineData("今年以来，全市经济运行总体平稳，规模以上工业增加值同比增长\n5.2%，社会消费品零售总额增长4.8%，固定资产投资增长3.1%，\n进出口总额增长6.5%。\n", "进出口总额")]
    [InlineData("# 方法\n\n![](images/flow.jpg)  \n训练阶段  \n图2多补丁集成学习流程框架\n\n该方法分为两个阶段。\n", "图2多补丁")]
    public void Parse_AFewLinesThatAreOneParagraph_StayOneBlock(string text, string lastWords)
    {
        var blocks = BulletinParser.Default.Parse(text).GetValueOrThrow().EnumerateArticles().SelectMany(a => a.Blocks).ToList();

        Assert.Single(blocks, b => b.Text.Contains(lastWords, System.StringComparison.Ordinal) && b.Text.Length > lastWords.Length + 8);
    }

    [Fact]
    public void Parse_HardWrappedParagraphs_AreOneBlockEach()
    {
        var issue = BulletinParser.Default.Parse(Wrapped).GetValueOrThrow();
        var paragraphs = issue.EnumerateArticles().SelectMany(a => a.Blocks).Select(b => b.Text).ToList();
        Assert.Contains(paragraphs, p => p.StartsWith("上半年，全市经济运行总体平稳", System.StringComparison.Ordinal) && p.EndsWith("全市地区生产总值完成1,234亿元。", System.StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("分产业看", System.StringComparison.Ordinal) && p.EndsWith("结构持续优化。", System.StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => p.StartsWith("分区域看", System.StringComparison.Ordinal) && p.Contains("南部新区", System.StringComparison.Ordinal));
        Assert.Contains("下半年，全市将继续抓好稳增长各项政策措施落实。", paragraphs);
    }

    [Fact]
    public void Parse_RecordHeadLines_AreNotReportedAsATruncatedStart()
    {
        var result = BulletinParser.Default.Parse(Wrapped);
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == DiagnosticIds.TruncatedStart);
    }

    [Fact]
    public void Parse_AFullLineBeforeABlankLine_DoesNotRunIntoTheNext()
    {
        // The last line of the paragraph fills the width exactly (21 characters, 42 columns).
        var text = Wrapped + "\n   甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉。\n\n下一段从这里开始，与上一段无关。\n";
        var paragraphs = BulletinParser.Default.Parse(text).GetValueOrThrow().EnumerateArticles().SelectMany(a => a.Blocks).Select(b => b.Text).ToList();

        Assert.Contains("甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉。", paragraphs);
        Assert.Contains("下一段从这里开始，与上一段无关。", paragraphs);
    }

    [Fact]
    public void Parse_LinesOfUnequalWidth_StayOneBlockEach()
    {
        var text = string.Join("\n", Enumerable.Range(1, 12).Select(i => "第" + i + "条" + new string('甲', i * 3) + "。"));
        var blocks = BulletinParser.Default.Parse(text).GetValueOrThrow().EnumerateArticles().SelectMany(a => a.Blocks).ToList();
        Assert.True(blocks.Count >= 11, $"{blocks.Count} blocks");
    }

    [Fact]
    public void Parse_TableRowsOfEqualWidth_AreNotJoined()
    {
        var rows = string.Join("\n", Enumerable.Range(10, 12).Select(i => $"东区第{i}号园区产值 | {i}0.5 | {i}.1 | {i}2.3"));
        var issue = BulletinParser.Default.Parse("指标 | 产值（亿元） | 增长（%） | 上年（亿元）\n" + rows + "\n").GetValueOrThrow();
        Assert.Equal(36, issue.Claims.Length);
    }

    [Fact]
    public void Parse_LatinWordsWrappedApart_AreJoinedWithOneSpace()
    {
        // English wrapped at word boundaries, 44 columns: the words either side of a break are two words.
        var words = Enumerable.Range(0, 60).Select(i => "word" + (char)('a' + (i % 26)) + "x").ToList();
        var lines = new System.Collections.Generic.List<string>();
        var line = "";
        foreach (var word in words)
        {
            if (line.Length + word.Length + 1 > 44)
            {
                lines.Add(line);
                line = "";
            }

            line = line.Length == 0 ? word : line + " " + word;
        }

        lines.Add(line);
        var text = "Report\n\n" + string.Join("\n", lines) + "\n";
        var paragraphs = BulletinParser.Default.Parse(text).GetValueOrThrow().EnumerateArticles().SelectMany(a => a.Blocks).Select(b => b.Text).ToList();

        Assert.Contains(string.Join(" ", words), paragraphs);
    }

    // A converted report keeps its printed page numbers between its pages, often in the middle of a sentence: they
    // are the page's, and the paragraph they split is one.
    [Theory]
    [InlineData("— 1 —")]
    [InlineData("- 12 -")]
    [InlineData("—3—")]
    [InlineData("第 3 页")]
    [InlineData("第3页 共12页")]
    public void APageNumberBetweenPages_IsThePagesAndItsSplitParagraphJoins(string pageNumber)
    {
        // Without blank lines a "- 12 -" line reads as a Markdown list, and the text as Markdown, whose lines make one
        // paragraph: that variant is asked only of the other forms.
        var blankLined = new[]
        {
            "海港市统计公报\n\n一、综合\n\n初步核算，全年全市地区生产总值3256.8亿元，比上年增长5.6%。其中，第一产业增加值\n\n" + pageNumber + "\n\n112.3亿元，增长3.1%。\n",
            "# 海港市统计公报\n\n初步核算，全年全市地区生产总值3256.8亿元，比上年增长5.6%。其中，第一产业增加值\n\n" + pageNumber + "\n\n112.3亿元，增长3.1%。\n",
        };
        string[] texts = pageNumber.StartsWith("- ", System.StringComparison.Ordinal) ? blankLined : [.. blankLined, "海港市统计公报\n一、综合\n初步核算，全年全市地区生产总值3256.8亿元，比上年增长5.6%。其中，第一产业增加值\n" + pageNumber + "\n112.3亿元，增长3.1%。\n"];
        foreach (var text in texts)
        {
            var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();
            var paragraphs = issue.EnumerateArticles().SelectMany(a => a.Blocks).Where(b => b.Kind == BlockKind.Paragraph).Select(b => b.Text).ToArray();

            Assert.Equal(["初步核算，全年全市地区生产总值3256.8亿元，比上年增长5.6%。其中，第一产业增加值112.3亿元，增长3.1%。"], paragraphs);
            Assert.Contains(issue.SideMatter, s => s.Kind == SideMatterKind.PageChrome && s.Text == pageNumber);
            Assert.Contains(issue.Claims, c => c.Text == "112.3亿元");
        }
    }

    // Lines that only look like one stay text: a dash before a source, a year, a range, a page of a citation.
    [Theory]
    [InlineData("—— 新华社")]
    [InlineData("- 2025 年 -")]
    [InlineData("第3页的表格显示了分地区数据")]
    public void LinesLikeAPageNumber_StayWhereTheyAre(string line)
    {
        var issue = BulletinParser.Default.Parse("# 海港市统计公报\n\n全年全市地区生产总值增长5.6%。\n\n" + line + "\n\n全年粮食产量增长2.1%。\n").GetValueOrThrow();

        Assert.DoesNotContain(issue.SideMatter, s => s.Kind == SideMatterKind.PageChrome);
    }
}
