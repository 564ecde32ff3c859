// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>BLT2104: a share that names its whole, against the one level of its paragraph the name fits.</summary>
public sealed class NamedWholeShareTests
{
    [Theory]
    [InlineData("2025年末，基金持有甲公司股票市值 3.05 亿元，占基金股票持仓的 24.4%；基金的股票持仓市值为 12.5 亿元。")]
    [InlineData("2025年，全区跨境电商出口 36 亿元，占全区出口的 12%。全区出口 300 亿元，增长 6%。")]
    public void Validate_AShareItsPartAndNamedWholeGive_RaisesNothing(string paragraph) =>
        Assert.DoesNotContain(Validated.Paragraph(paragraph), d => d.Severity != DiagnosticSeverity.Info);

    [Theory]
    [InlineData("2025年末，基金持有甲公司股票市值 3.05 亿元，占基金股票持仓的 20.4%；基金的股票持仓市值为 12.5 亿元。", "3.05 亿元 ÷ 12.5 亿元 = 24.4%; the text says 20.4%.")]
    [InlineData("2025年，全区跨境电商出口 36 亿元，占全区出口的 15%。全区出口 300 亿元，增长 6%。", "36 亿元 ÷ 300 亿元 = 12%; the text says 15%.")]
    public void Validate_AShareItsPartAndNamedWholeDoNotGive_IsOneError(string paragraph, string message)
    {
        var error = Assert.Single(Validated.Paragraph(paragraph), d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("BLT2104", error.Id);
        Assert.Equal(message, error.Message);
    }

    [Theory]
    // The name fits two levels, none, or one of another period or paragraph: not compared.
    [InlineData("2025年，全区跨境电商出口 36 亿元，占全区出口的 15%。全区出口 300 亿元，全区出口额 310 亿元。")]
    [InlineData("2025年，全区跨境电商出口 36 亿元，占全区出口的 15%。全区进口 300 亿元。")]
    [InlineData("2025年，全区跨境电商出口 36 亿元，占全区出口的 15%。2024年全区出口 300 亿元。")]
    [InlineData("2025年，全区跨境电商出口 36 亿元，占全区出口的 15%。\n\n2025年全区出口 300 亿元。")]
    public void Validate_AShareWhoseWholeIsNotOneLevelOfItsParagraph_IsNotCompared(string paragraph) =>
        Assert.DoesNotContain(Validated.Paragraph(paragraph), d => d.Id == "BLT2104");
}
