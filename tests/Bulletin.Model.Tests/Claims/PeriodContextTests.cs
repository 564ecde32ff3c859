// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Tests.Claims;

/// <summary>Periods from the document's context (CLAIMS-SPEC): our own documents, one rule a case.</summary>
public sealed class PeriodContextTests
{
    private static string? PeriodOf(string document, string claimText) =>
        BulletinParser.Default.Parse(document).GetValueOrThrow().Claims.First(c => c.Text == claimText).Period?.Text;

    [Theory]
    // A period stated at the head of a paragraph governs its later sentences.
    [InlineData("---\ntitle: 海港统计快报\ndate: 2025-10-20\n---\n\n1—9月份，全市出口420.6亿元，同比增长7.4%；进口310.2亿元，下降1.5%。\n", "310.2亿元", "2025-01/2025-09")]
    // A heading's period governs the paragraphs under it, until another heading states one.
    [InlineData("2024年海港市政府工作报告\n\n一、2023年工作回顾\n\n全市生产总值增长5.2%。\n\n二、2024年主要目标\n\n生产总值增长5%左右。\n", "5.2%", "2023")]
    [InlineData("2024年海港市政府工作报告\n\n一、2023年工作回顾\n\n全市生产总值增长5.2%。\n\n二、2024年主要目标\n\n生产总值增长5%左右。\n", "5%左右", "2024")]
    // Parts of a year take the document's year.
    [InlineData("# 海港晨报2025年8月6日星期三\n\n### 公司\n\n1、海港集团上半年营收82.5亿元。\n", "82.5亿元", "2025-01/2025-06")]
    [InlineData("# 海港晨报2025年8月6日星期三\n\n### 公司\n\n1、海港集团二季度净利润3.1亿元。\n", "3.1亿元", "2025Q2")]
    [InlineData("---\ntitle: 年度简况\ndate: 2025-02-01\n---\n\n年末全市常住人口812.4万人。\n", "812.4万人", "asof 2025-12-31")]
    [InlineData("---\ntitle: 月度简况\ndate: 2025-12-01\n---\n\n11月末，存款余额2300.5亿元。\n", "2300.5亿元", "asof 2025-11-30")]
    [InlineData("# 海港晨报2025年8月6日星期三\n\n### 银行\n\n1、截至二季度末，海港银行不良率为1.2%。\n", "1.2%", "asof 2025Q2")]
    // A stated year before the part wins over the document's.
    [InlineData("---\ntitle: 回顾\ndate: 2026-01-10\n---\n\n2024年上半年，出口额达12.5亿美元。\n", "12.5亿美元", "2024-01/2024-06")]
    // A dated single document resolves 今年 to its year.
    [InlineData("---\ntitle: 港口动态\ndate: 2025-05-09\n---\n\n今年以来，港口完成吞吐量1.2亿吨。\n", "1.2亿吨", "2025")]
    public void Period_ComesFromTheDocumentsContext(string document, string claim, string expected)
    {
        Assert.Equal(expected, PeriodOf(document, claim));
    }

    [Fact]
    public void BulletinOfReprints_KeepsRelativeWordsAsSaid()
    {
        const string document = "# 海港经贸参考\n\n2025 年第 3 期（总第 40 期）\n\n海港市贸促会　2025 年 3 月 1 日\n\n# 港口动态\n\n今年港口计划完成吞吐量1.5亿吨。\n\n（转自海港日报）\n";

        Assert.Equal("今年", PeriodOf(document, "1.5亿吨"));
    }

    [Fact]
    public void NothingInTheDocumentFixesThePeriod_NoneIsGuessed()
    {
        Assert.Null(PeriodOf("港口完成吞吐量1.2亿吨，同比增长3.5%。\n", "1.2亿吨"));
    }
}
