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
    // A dated single document keeps 今年 as said; its dates count from the document's year.
    [InlineData("---\ntitle: 港口动态\ndate: 2025-05-09\n---\n\n今年以来，港口完成吞吐量1.2亿吨。\n", "1.2亿吨", "今年")]
    // A period stated in one paragraph governs the figures of the next, within the article.
    [InlineData("# 海港观察\n\n2025年，海港港口吞吐量创新高。\n\n集装箱占比升至35%，散货占比降至48%。\n", "35%", "2025")]
    // A paragraph that states a period and no figure governs the figures after it.
    [InlineData("# 海港观察\n\n以下是2024年度预算的编制情况。\n\n总支出编列820亿元，较上年度增加4%。\n", "820亿元", "2024")]
    // A year part takes the year the heading states, not the later year the report is dated.
    [InlineData("2026年海港市政府工作报告\n\n一、2025年工作回顾\n\n全年新增就业12.3万人。\n", "12.3万人", "2025")]
    // The base of a comparison is not the figure's period: the figure keeps the one stated before.
    [InlineData("---\ntitle: 海港快报\ndate: 2026-04-20\n---\n\n截至3月底，全市企业达到186家，比上年末增加23家。\n", "23家", "asof 2026-03-31")]
    // 上年末 and 去年底 share the 年 of their part word with the relative year: the end of the year before.
    [InlineData("---\ntitle: 海港快报\ndate: 2026-04-20\n---\n\n上年末，全市共有企业163家。\n", "163家", "asof 2025-12-31")]
    [InlineData("---\ntitle: 海港快报\ndate: 2026-04-20\n---\n\n一季度出口增长5.2%，上年全年下降3.8%。\n", "3.8%", "上年")]
    [InlineData("---\ntitle: 海港快报\ndate: 2026-04-20\n---\n\n2025年全年出口下降3.8%。\n", "3.8%", "2025")]
    [InlineData("# 海港观察\n\n他预期10年后，公司的日营收可以达到500万元。\n", "500万元", "10年后")]
    [InlineData("---\ntitle: 海港快报\ndate: 2026-04-20\n---\n\n去年底贷款余额为820亿元。\n", "820亿元", "asof 2025-12-31")]
    [InlineData("# 海港观察\n\n2025年全市税收收入640亿元，较2024年增加5.1%。\n", "5.1%", "2025")]
    [InlineData("# 海港观察\n\n2025年全市税收收入640亿元，与2023年相比增加9.8%。\n", "9.8%", "2025")]
    // A starting point (2019年5月以来) is not the period of the figure after it, nor the year of a later month.
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n8月海港物价指数上涨1.9%，是2019年5月以来最大涨幅；8月工业品价格下降0.4%。\n", "0.4%", "2025-08")]
    // A digest with no date of its own: a year one story states fixes the months of the next.
    [InlineData("海港新闻联播\n\n一季度海港外贸快讯\n\n海港2025年一季度出口增长6%。\n\n--------\n\n港口快讯\n\n3月港口吞吐量为980万吨。\n", "980万吨", "2025-03")]
    // 提高到2025年的 is a level reached that year, not a deadline (到2030年).
    [InlineData("# 海港观察\n\n人均收入从2020年的5.2万元提高到2025年的6.8万元。\n", "6.8万元", "2025")]
    // The ends of a change keep the periods the first pair stated; the figures around keep the governing one.
    [InlineData("# 海港观察\n\n“十四五”以来，海港人均收入从2020年的5.2万元提高到2025年的6.8万元。港口泊位从40个增加到52个，累计投资310亿元。\n", "40个", "2020")]
    [InlineData("# 海港观察\n\n“十四五”以来，海港人均收入从2020年的5.2万元提高到2025年的6.8万元。港口泊位从40个增加到52个，累计投资310亿元。\n", "52个", "2025")]
    [InlineData("# 海港观察\n\n“十四五”以来，海港人均收入从2020年的5.2万元提高到2025年的6.8万元。港口泊位从40个增加到52个，累计投资310亿元。\n", "310亿元", "2021/2025")]
    // A day in the figure's sentence is its period; 截至 makes it the day the figure stands at.
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n9月2日，海港银行开展了120亿元逆回购操作。\n", "120亿元", "2025-09-02")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n截至9月2日，年内共发行债券31只。\n", "31只", "asof 2025-09-02")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n截至9月2日，月内已有12只新基金成立。\n", "12只", "2025-09-01/2025-09-02")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n截至9月2日，海港银行贷款余额为820亿元。\n", "820亿元", "asof 2025-09-02")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n13F报告显示，海港基金二季度增持某公司12万股，持仓市值升至2.1亿美元。\n", "2.1亿美元", "asof 2025Q2")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n13F报告显示，海港基金二季度增持某公司12万股，持仓市值升至2.1亿美元。\n", "12万股", "2025Q2")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n海港集团第二季度营收120亿元，公司权益持有人应占盈利为20亿元。\n", "20亿元", "2025Q2")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n截至二季度末，海港基金持仓市值达到7.6亿美元，环比增长37.5%。\n", "37.5%", "2025Q2")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n海港银行第二季度普通股一级资本充足率14.9%，预估14.8%。\n", "14.8%", "asof 2025Q2")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n海港银行第二季度净利润11.4亿元，预估5.2亿元。\n", "5.2亿元", "2025Q2")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n截至8月31日，今年港口集装箱吞吐量达812万标箱。\n", "812万标箱", "asof 2025-08-31")]
    [InlineData("---\ntitle: 海港观察\ndate: 2025-09-03\n---\n\n机构预测，2030年，海港新能源累计投资将达到3000亿元。\n", "3000亿元", "by 2030")]
    [InlineData("---\ntitle: 海港观察\ndate: 2025-09-03\n---\n\n机构预测，2030年，海港新能源年投资将达到300亿元。\n", "300亿元", "2030")]
    [InlineData("---\ntitle: 海港观察\ndate: 2025-09-03\n---\n\n2030年底累计投资将减少5%。\n", "5%", "asof 2030-12-31")]
    [InlineData("---\ntitle: 海港快讯\ndate: 2026-04-16\n---\n\n### 海港一季度出口增长6.2%\n\n海港海关今天发布数据。\n", "6.2%", "2026Q1")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n截至去年底，海港企业共有163家；今年新增企业23家。\n", "23家", "今年")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n9月1-2日，港口共接卸原油86万吨。\n", "86万吨", "2025-09-01/2025-09-02")]
    // A day that dates an event in an earlier sentence does not date the figures after it.
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n2025年，海港物流园规划建设。9月2日，园区开园。园区占地12万平方米。\n", "12万平方米", "2025")]
    // A previous reading (前值) is of the period before the one reported.
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n8月海港物价指数上涨1.9%，预期上涨1.8%，前值上涨1.6%。\n", "1.6%", "2025-07")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n海港二季度生产总值增长4.8%，前值增长5.1%。\n", "5.1%", "2025Q1")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n8月海港物价指数上涨1.9%，前值上涨1.6%；工业品价格下降0.4%。\n", "0.4%", "2025-08")]
    // A weekday in a dated report is the latest such day on or before its date (2025-09-03 is a Wednesday).
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n周二海港航运指数涨2.1%。\n", "2.1%", "2025-09-02")]
    // 上旬, 中旬, 下旬 are ten-day parts of a month; 当周 the week that ends on the day.
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n8月下旬，12种农产品价格上涨。\n", "12种", "2025-08-21/2025-08-31")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n至8月29日当周，港口原油库存增加52万吨。\n", "52万吨", "2025-08-23/2025-08-29")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n至8月29日当周，港口原油库存增加52万吨，前值减少18万吨。\n", "18万吨", "2025-08-16/2025-08-22")]
    // 前N个月 is the first months of the year.
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n今年前8个月，新设企业3120家。\n", "3120家", "2025-01/2025-08")]
    // A reading of another period stated in passing (终值) does not govern the figures after it.
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n海港二季度生产总值增长4.8%，一季度终值增长5.1%；工业增加值增长6.2%。\n", "6.2%", "2025Q2")]
    // 由…转为: the start of the change keeps its own period; the end takes the one that governs.
    [InlineData("2025年海港经济运行\n\n一季度，海港投资增速由上年全年下降2.1%转为同比增长1.4%。\n", "2.1%", "上年")]
    [InlineData("2025年海港经济运行\n\n一季度，海港投资增速由上年全年下降2.1%转为同比增长1.4%。\n", "1.4%", "2025Q1")]
    // A month nearer the figure wins over an older period further back, whichever year the context gives it.
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n今年2月，订单还不到30万笔，到了8月已超过90万笔。\n", "超过90万笔", "今年-08")]
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n2025年2月，订单还不到30万笔，到了8月已超过90万笔。\n", "超过90万笔", "2025-08")]
    // A year's end written with its year is that year's, with 到 a deadline.
    [InlineData("---\ntitle: 海港晨报\ndate: 2025-09-03\n---\n\n预计到2030年底，海港港口吞吐量将突破5亿吨。\n", "突破5亿吨", "by 2030")]
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

    [Theory]
    // 1—9月 and 年末 in a plain string take the reference date's year; a period stated once carries on.
    [InlineData("1—9月，出口增长7.4%。进口下降1.5%。", "1.5%", "2025-01/2025-09")]
    [InlineData("2023年全年出口增长3%。年末外汇储备为310亿美元。", "310亿美元", "asof 2023-12-31")]
    public void PlainText_TakesTheReferenceYearAndCarriesPeriods(string text, string claim, string expected)
    {
        var options = new Bulletin.Model.Claims.ClaimExtractorOptions { ReferenceDate = new NodaTime.LocalDate(2025, 10, 20) };

        Assert.Equal(expected, Bulletin.Model.Claims.ClaimExtractor.Default.Extract(text, options).First(c => c.Text == claim).Period?.Text);
    }

    [Theory]
    // 中華民國 years are read as years only where they name one: 112年度 is 2023; 屋齡20年以下, 前3年度 and
    // 連續10年 count years.
    [InlineData("立法院公報 中華民國112年5月2日\n\n112年度預算歲出編列1,200億元。\n", "1,200億元", "2023")]
    [InlineData("立法院公報 中華民國112年5月2日\n\n屋齡20年以下的住宅占35%。\n", "35%", null)]
    [InlineData("立法院公報 中華民國112年5月2日\n\n占前3年度平均數的12%。\n", "12%", null)]
    public void RocYears_AreYearsOnlyWhereTheyNameOne(string document, string claim, string? expected)
    {
        Assert.Equal(expected, PeriodOf(document, claim));
    }

    [Fact]
    public void PriorYearsWord_IsNotTheYearBeforeLast()
    {
        // 以前年度 (prior years) holds 前年 without meaning it.
        Assert.Null(PeriodOf("# 海港观察\n\n移用以前年度结余50亿元。\n", "50亿元"));
    }
}
