// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>
/// Papers as PDF converters leave them: catalogue fields run onto the keyword line, the title again in English,
/// references one per line with no blank line between. Our own paper.
/// </summary>
public sealed class PaperLayoutTests
{
    private const string Paper = """
        # 一种改进的港口吞吐量预测方法

        王五，赵六

        (海港大学 交通学院，海港 310000)

        摘要：本文提出一种港口吞吐量预测方法。

        关键词：吞吐量预测；时间序列；港口 中图分类号：U691 doi:10.1234/j.issn.1000-0000.2021.04.012B

        # An improved method for port throughput forecasting

        Wang Wu, Zhao Liu (School of Transport, Haigang University)

        Abstract: This paper proposes a method.

        Keywords: throughput; time series

        # 1 引言

        港口吞吐量的预测[1]十分重要。

        # 参考文献

        [1]甲一. 港口预测[J]. 港口学报, 2019, 3(2): 1-5.
        [2]乙二. 时间序列[M]. 北京: 海港出版社, 2018.
        [3] Smith J. Ports and their
        forecasts[J]. Port Review, 2020, 12: 7-9.
        """;

    private static Article ParsePaper()
    {
        var issue = BulletinParser.Default.Parse(Paper).GetValueOrThrow();
        Assert.Equal(DocumentKind.Paper, issue.Kind);
        return Assert.Single(issue.EnumerateArticles());
    }

    [Fact]
    public void CatalogueFieldsOnTheKeywordLine_EndTheKeywords_AndGiveTheDoi()
    {
        var paper = ParsePaper();

        Assert.Equal(["吞吐量预测", "时间序列", "港口"], paper.Keywords.ToArray());
        Assert.Equal("10.1234/j.issn.1000-0000.2021.04.012", paper.Doi);
    }

    [Fact]
    public void BracketedAffiliation_KeepsItsDepartments()
    {
        var author = ParsePaper().Authors[0];

        Assert.Equal(("王五", "海港大学 交通学院", "海港", "310000"), (author.Name, author.Affiliation, author.Place, author.PostalCode));
    }

    [Fact]
    public void TheTitleInEnglish_IsNotASection()
    {
        var paper = ParsePaper();

        // 参考文献 labels the references the paper holds apart; it is no section of the text.
        Assert.Equal(["引言"], paper.EnumerateHeadings().Select(h => h.Text));
        Assert.NotEmpty(paper.References);
        Assert.Contains(paper.Blocks, b => b.Kind == BlockKind.Paragraph && b.Text.StartsWith("An improved method", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ReferencesOnePerLine_AreSeparateEntries_AndAWrappedOneStaysWhole()
    {
        var references = ParsePaper().References;

        Assert.Equal([1, 2, 3], references.Select(r => r.Number));
        Assert.Contains("forecasts", references[2].Text, System.StringComparison.Ordinal);
        Assert.StartsWith("[2]乙二", Paper[references[1].Span.Start..], System.StringComparison.Ordinal);
    }
}
