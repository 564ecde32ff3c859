// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>BLT2116: a ratio the issue defines, or a standard one, against its two terms.</summary>
public sealed class RatioVersusTermsTests
{
    // A release of our own: a table of levels, a table of ratios, and the notes that define them.
    private const string Release = """
        # 某市规模以上服务业企业经营情况

        表1 营业情况
        分组 | 营业收入 | 营业成本 | 税金总额
        （亿元） | （亿元） | （亿元）
        总计 | 800.0 | 600.0 | 40.0
        信息服务业 | 300.0 | 210.0 | 12.0
        商务服务业 | 500.0 | 390.0 | 28.0

        表2 效益指标
        分组 | 营业税金率 | 每百元营业收入中的成本
        （%） | （元）
        总计 | {0} | 75.00
        信息服务业 | 4.00 | 70.00
        商务服务业 | 5.60 | {1}

        附注
        1、营业税金率=税金总额÷营业收入×100%，单位：%。
        2、每百元营业收入中的成本=营业成本÷营业收入×100，单位：元。
        3、平均工资=（工资总额+奖金）÷平均人数。
        """;

    [Fact]
    public void Validate_RatiosTheTermsGive_RaiseNothing() =>
        Assert.DoesNotContain(Validated.Diagnostics(Format("5.00", "78.00")), d => d.Id == "BLT2116");

    [Theory]
    [InlineData("5.50", "78.00", "营业税金率 = 税金总额 ÷ 营业收入 × 100: 40.0 ÷ 800.0 × 100 = 5%; the text says 5.50.")]
    [InlineData("5.00", "80.00", "每百元营业收入中的成本 = 营业成本 ÷ 营业收入 × 100: 390.0 ÷ 500.0 × 100 = 78; the text says 80.00.")]
    public void Validate_ARatioItsTermsDoNotGive_IsOneWarning(string total, string cost, string message)
    {
        var warning = Assert.Single(Validated.Diagnostics(Format(total, cost)), d => d.Id == "BLT2116");
        Assert.Equal(message, warning.Message);
    }

    [Theory]
    [InlineData("全年规模以上工业企业实现营业收入120亿元，利润总额9亿元，营业收入利润率8.5%。", true)]
    [InlineData("全年规模以上工业企业实现营业收入120亿元，利润总额9亿元，营业收入利润率7.5%。", false)]
    [InlineData("年末资产总计200亿元，负债合计120亿元，资产负债率为65.0%。", true)]
    [InlineData("年末资产总计200亿元，负债合计120亿元，资产负债率为60.0%。", false)]
    // The terms of another paragraph, or of another period, are not the ratio's.
    [InlineData("全年实现营业收入120亿元，利润总额9亿元。\n\n营业收入利润率8.5%。", false)]
    [InlineData("2025年一季度实现营业收入30亿元，2025年全年利润总额9亿元，营业收入利润率8.5%。", false)]
    public void Validate_AStandardRatioBesideItsTerms_IsCheckedInItsParagraph(string paragraph, bool fires) =>
        Assert.Equal(fires, Validated.Paragraph(paragraph).Any(d => d.Id == "BLT2116"));

    [Theory]
    [InlineData("9、营业收入利润率=利润总额÷营业收入×100%，单位：%。", "营业收入利润率", "利润总额", "营业收入", 100)]
    [InlineData("资产负债率＝负债合计/资产总计×100%", "资产负债率", "负债合计", "资产总计", 100)]
    [InlineData("（3）人均产值=总产值÷从业人数", "人均产值", "总产值", "从业人数", 1)]
    public void TryRead_AQuotientOfTwoNamedTerms_IsADefinition(string line, string name, string numerator, string denominator, int factor)
    {
        Assert.True(RatioDefinition.TryRead(line, out var definition));
        Assert.Equal(new RatioDefinition(name, numerator, denominator, factor), definition);
    }

    [Theory]
    [InlineData("平均工资=（工资总额+奖金）÷平均人数")]
    [InlineData("周转天数=360×平均存货÷营业成本×累计月数÷12")]
    [InlineData("人均营业收入=营业收入÷平均用工人数÷累计月数×12")]
    [InlineData("x = a / b")]
    [InlineData("全年增长5%，详见附表。")]
    public void TryRead_AnythingElse_IsNoDefinition(string line) =>
        Assert.False(RatioDefinition.TryRead(line, out _));

    private static string Format(string total, string cost) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Release, total, cost);
}
