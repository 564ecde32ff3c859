// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>
/// The consistent bulletin raises no warning or error; each single-figure mutation is caught by its rule at
/// the line of the changed figure.
/// </summary>
public sealed class BulletinValidatorTests
{
    public static TheoryData<string, string, string> Mutations => new()
    {
        { "出口 739.4 亿元，占 61.9%", "出口 739.4 亿元，占 68.9%", "BLT2104" },
        { "其中，出口 739.4 亿元", "其中，出口 1295.0 亿元", "BLT2104" },
        { "合计 739.4 亿元", "合计 789.4 亿元", "BLT2103" },
        { "45.2%、20.1% 和 18.3%", "45.2%、60.1% 和 18.3%", "BLT2102" },
        { "外资企业进出口占比 56.3%", "外资企业进出口占比 156.3%", "BLT2101" },
        { "增至 150 亿元，增长 25%", "增至 150 亿元，增长 35%", "BLT2105" },
        { "增至 60 亿元，增长 2 倍", "增至 60 亿元，增长 5 倍", "BLT2105" },
        { "35.5%，提高 5.0 个百分点", "35.5%，提高 7.0 个百分点", "BLT2105" },
        { "约合 3550 万元人民币", "约合 4550 万元人民币", "BLT2106" },
        { "增长 8.2%，其中民营企业", "增长 9.5%，其中民营企业", "BLT2107" },
        { "执行总额的 50.0%", "执行总额的 55.0%", "BLT2109" },
        { "比上年的 30.5% 提高 5.0 个百分点", "比上年的 30.5% 提高 6.0 个百分点", "BLT2110" },
        { "2. 园区与产品结构..... 3", "2. 园区与产品结构..... 0", "BLT2003" },
        { "2. 园区与产品结构..... 3", "2. 园区与产业结构..... 3", "BLT2001" },
        { "外资企业进出口占比 56.3%。", "2025年一季度全市进出口总额增长 8.2%，其中民营企业贡献最大。", "BLT2007" },
    };

    [Fact]
    public void Validate_ConsistentBulletin_RaisesNoWarningOrError()
    {
        var result = Validate(ValidationDocuments.Consistent);
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.False(result.HasErrors);
    }

    [Fact]
    public void Validate_ConsistentBulletin_NotesTheAmbiguousMultiple()
    {
        var note = Assert.Single(Validate(ValidationDocuments.Consistent).Diagnostics, d => d.Id == "BLT2108");
        Assert.Equal(DiagnosticSeverity.Info, note.Severity);
    }

    [Theory]
    [MemberData(nameof(Mutations))]
    public void Validate_SingleFigureMutation_IsCaughtAtItsLine(string original, string mutated, string ruleId)
    {
        Assert.Contains(original, ValidationDocuments.Consistent, StringComparison.Ordinal);
        var text = ValidationDocuments.Consistent.Replace(original, mutated, StringComparison.Ordinal);
        var line = LineOf(text, mutated);
        var diagnostics = Validate(text).Diagnostics;
        Assert.Contains(diagnostics, d => d.Id == ruleId && (d.Span.Line == line || d.AdditionalSpans.Any(s => s.Line == line)));
    }

    [Theory]
    [InlineData("全年出口 500 亿元，进口 300 亿元，顺差 200 亿元，合计进出口 800 亿元。")]
    [InlineData("产值由 1 月的 20 亿元增至 3 月的 30 亿元，同比增长 12%。")]
    [InlineData("完成年度目标的 120%。")]
    [InlineData("近日，商务部发布新政策，这一政策将于下月实施。")]
    [InlineData("2025年全市进口 500 亿元，其中能源 120 亿元、机电 200 亿元、农产品 90 亿元。")]
    [InlineData("三家基金投向民营项目的比重分别为 96.5%、91.2%、80.4%。")]
    [InlineData("数值在0至-100%之间的表示利润下降。")]
    [InlineData("2025年一季度，园区工业增加值同比增长 6.1%，比上年四季度加快 1.1 个百分点。\n\n2025年一季度，园区生产总值同比增长 5.0%，比上年四季度加快 0.5 个百分点。")]
    [InlineData("2025年二季度甲国GDP同比升0.6%，一季度终值升0.4%。\n\n2025年二季度甲国就业人数同比升0.8%，一季度终值升1.0%。")]
    [InlineData("2025年全部基金盈余上缴国库 300 亿元。\n\n甲类基金：2025年收入 200 亿元，盈余上缴国库 120 亿元。")]
    [InlineData("全市进出口总额 1195.0 亿元，其中出口 739.4 亿元，占全省进出口总额的 6.9%。")]
    [InlineData("货物吞吐量 1260.5 万吨，其中外贸货物吞吐量 512.3 万吨，占总量的 40.6%。")]
    [InlineData("全市进出口总额 1195.0 亿元，其中出口 739.4 亿元，占进出口总额的 61.9%。")]
    public void Validate_TrueStatements_RaiseNothing(string paragraph)
    {
        var diagnostics = Validate("# 标题\n\n" + paragraph + "\n").Diagnostics;
        Assert.DoesNotContain(diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData("货物吞吐量 1260.5 万吨，其中外贸货物吞吐量 512.3 万吨，占总量的 45.6%。", "512.3 万吨 ÷ 1260.5 万吨 = 40.64%; the text says 45.6%.")]
    [InlineData("全市进出口总额 1195.0 亿元，其中出口 739.4 亿元，占进出口总额的 68.9%。", "739.4 亿元 ÷ 1195.0 亿元 = 61.87%; the text says 68.9%.")]
    public void Validate_ShareOfThePartsWholeThatPartAndWholeDoNotGive_IsOneError(string paragraph, string message)
    {
        var error = Assert.Single(Validate("# 标题\n\n" + paragraph + "\n").Diagnostics, d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("BLT2104", error.Id);
        Assert.Equal(message, error.Message);
    }

    [Fact]
    public void Validate_PartsListedAfterQiZhong_MoreThanTheirWhole_IsOneError()
    {
        var diagnostics = Validate("# 标题\n\n2025年全市进口 500 亿元，其中能源 220 亿元、机电 200 亿元、农产品 90 亿元。\n").Diagnostics;
        var error = Assert.Single(diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        Assert.Equal("BLT2104", error.Id);
        Assert.Contains("220 亿元 + 200 亿元 + 90 亿元", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_SameFigureInWords_IsComparedWithNumbers()
    {
        var text = ValidationDocuments.Consistent.Replace("2025年一季度全市进出口总额增长 8.2%，其中民营企业", "2025年一季度全市进出口总额实现两位数增长，其中民营企业", StringComparison.Ordinal);
        Assert.Contains(Validate(text).Diagnostics, d => d.Id == "BLT2107" && d.Message.Contains("两位数", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("400 太瓦时", false)]
    [InlineData("4000 亿度", false)]
    [InlineData("500 太瓦时", true)]
    [InlineData("0.4 万亿千瓦时", false)]
    public void Validate_PhysicalFigureInAnotherUnit_IsComparedThroughTheConversion(string restated, bool reported)
    {
        var text = $"# 电力简报\n\n2025年全市全社会用电量 4000 亿千瓦时，同比增长 5%。\n\n另据统计，2025年全市全社会用电量 {restated}。\n";
        var diagnostics = Validate(text).Diagnostics;
        Assert.Equal(reported, diagnostics.Any(d => d.Id == "BLT2107"));
    }

    [Fact]
    public void Validate_SameSpanInYearsAndMonths_IsNotReported()
    {
        // UnitsNet's year is 365 days and its month 30: durations are compared in their own unit, never converted.
        const string text = "# 工程简报\n\n2025年海港大桥项目建设周期 1 年。\n\n另据介绍，2025年海港大桥项目建设周期 12 个月。\n";
        Assert.DoesNotContain(Validate(text).Diagnostics, d => d.Id == "BLT2107");
    }

    [Fact]
    public void Validate_RuleSwitchedOffOrChanged_IsRespected()
    {
        var text = ValidationDocuments.Consistent.Replace("合计 739.4 亿元", "合计 789.4 亿元", StringComparison.Ordinal);
        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();
        Assert.DoesNotContain(BulletinValidator.Create(ValidationOptions.Default.WithoutRule("BLT2103")).Validate(issue).Diagnostics, d => d.Id == "BLT2103");
        var changed = BulletinValidator.Create(ValidationOptions.Default.WithSeverity("BLT2103", DiagnosticSeverity.Info)).Validate(issue);
        Assert.Equal(DiagnosticSeverity.Info, changed.Diagnostics.Single(d => d.Id == "BLT2103").Severity);
        Assert.Throws<BulletinValidationException>(() => BulletinValidator.Default.Validate(issue).EnsureValid());
    }

    [Fact]
    public void Validate_CustomRule_IsRun()
    {
        var issue = BulletinParser.Default.Parse(ValidationDocuments.Consistent).GetValueOrThrow();
        var result = BulletinValidator.Create(ValidationOptions.Default.WithRule(new EveryArticleRule())).Validate(issue);
        Assert.Equal(2, result.Diagnostics.Count(d => d.Id == "ACME001"));
    }

    [Fact]
    public void Validate_SuppliedExchangeRate_ChecksConversions()
    {
        const string text = "# 订单\n\n全年订单 500 万美元（约合 4550 万元人民币）。\n";
        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();
        Assert.DoesNotContain(BulletinValidator.Default.Validate(issue).Diagnostics, d => d.Id == "BLT2106");
        var options = ValidationOptions.Default.WithExchangeRates(new ExchangeRate("USD", "CNY", 7.1m, null));
        var diagnostic = Assert.Single(BulletinValidator.Create(options).Validate(issue).Diagnostics, d => d.Id == "BLT2106");
        Assert.Contains("3550", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_InverseRate_IsWrittenToFourSignificantDigits()
    {
        // The rate is supplied as CNY per USD; the conversion goes the other way, at 1/7.1 = 0.140845….
        const string text = "# 订单\n\n全年订单 7100 万元人民币（约合 2000 万美元）。\n";
        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();
        var options = ValidationOptions.Default.WithExchangeRates(new ExchangeRate("USD", "CNY", 7.1m, null));

        var diagnostic = Assert.Single(BulletinValidator.Create(options).Validate(issue).Diagnostics, d => d.Id == "BLT2106");

        Assert.Contains(" at 0.1408 USD/CNY ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("7.1", "7.1")]
    [InlineData("0.14084507042253521126760563", "0.1408")]
    [InlineData("1234.5678", "1235")]
    [InlineData("0.000123456", "0.0001235")]
    [InlineData("-2.5", "-2.5")]
    public void RateFormat_KeepsFourSignificantDigits(string rate, string expected) =>
        Assert.Equal(expected, FigureFormat.Rate(decimal.Parse(rate, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Validate_ArchivedTotalTooSmallForItsDigits_IsReportedWithoutAScale()
    {
        // An archive may hold any value: a total of 合计 50 亿元 read back as 1e-28 has no scale its digits give.
        var issue = BulletinParser.Default.Parse("# 外经简报\n\n东部 30 亿元、西部 20 亿元，合计 50 亿元。\n").GetValueOrThrow();
        var json = Bulletin.Model.Serialization.BulletinJson.Serialize(issue).Replace("\"value\": 5000000000,", "\"value\": 0.0000000000000000000000000001,", StringComparison.Ordinal);
        Assert.Contains("\"value\": 0.0000000000000000000000000001,", json, StringComparison.Ordinal);
        var read = Bulletin.Model.Serialization.BulletinJson.Deserialize(json);

        var error = BulletinValidator.Default.Validate(read).Diagnostics.Single(d => d.Id == "BLT2103");
        Assert.EndsWith("the text says the total is 50 亿元.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MessageQuotesTheArithmetic()
    {
        var text = ValidationDocuments.Consistent.Replace("合计 739.4 亿元", "合计 789.4 亿元", StringComparison.Ordinal);
        var diagnostic = Validate(text).Diagnostics.Single(d => d.Id == "BLT2103");
        Assert.Equal("412.5 亿元 + 230.8 亿元 + 96.1 亿元 = 739.4 亿元; the text says the total is 789.4 亿元.", diagnostic.Message);
        Assert.Equal(4, diagnostic.ClaimIds.Length);
    }

    private static ValidationResult Validate(string text) =>
        BulletinValidator.Default.Validate(BulletinParser.Default.Parse(text).GetValueOrThrow());

    private static int LineOf(string text, string fragment)
    {
        var at = text.IndexOf(fragment, StringComparison.Ordinal);
        return text.AsSpan(0, at).Count('\n') + 1;
    }

    private sealed class EveryArticleRule : IValidationRule
    {
        public string Id => "ACME001";

        public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Info;

        public string Title => "Every article";

        public void Validate(ValidationContext context)
        {
            foreach (var article in context.Articles)
            {
                context.Report("An article.", article.Span);
            }
        }
    }
}
