// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>BLT2111: a figure in the text against the cell of a table that states it too.</summary>
public sealed class TextVersusTableTests
{
    private const string Table = """

        表1 2025年1-6月各区工业指标
        区　域 | 产值 | 利润
        金额（亿元） | 增长（%） | 金额（亿元） | 增长（%）
        总计 | 30000.0 | 5.0 | 2000.0 | 8.0
        　东区 | 10000.0 | 4.0 | 500.0 | 120.0
        　西区 | 15000.0 | 6.0 | 900.0 | 3.0
        　南部新城区 | 5000.0 | 4.0 | 600.0 | -2.0

        """;

    [Theory]
    [InlineData("2025年1-6月，全区实现产值3.00万亿元，同比增长5.0%。")]
    [InlineData("2025年1-6月，东区产值10000.0亿元，增长4.0%；西区利润900.0亿元，增长3.0%。")]
    [InlineData("2025年1-6月，东区利润同比增长1.20倍。")]
    [InlineData("2025年1-6月，东区利润增长120.0%，西区增长3.0%。")]
    [InlineData("2025年1-6月，新城区利润600.0亿元，下降2.0%。")]
    [InlineData("2025年1-6月，城区利润增长9.9%。")]
    [InlineData("2024年1-6月，东区产值9000.0亿元。")]
    public void Validate_TextThatAgreesWithTheTable_RaisesNothing(string paragraph)
    {
        var diagnostics = Validate(paragraph);
        Assert.DoesNotContain(diagnostics, d => d.Severity != DiagnosticSeverity.Info);
    }

    [Theory]
    [InlineData("2025年1-6月，全区实现产值3.20万亿元，同比增长5.0%。", "3.20万亿元")]
    [InlineData("2025年1-6月，东区产值10000.0亿元，增长4.5%。", "4.5%")]
    [InlineData("2025年1-6月，东区利润同比增长1.50倍。", "1.50倍")]
    [InlineData("2025年1-6月，东区利润增长120.0%，西区增长5.0%。", "5.0%")]
    [InlineData("2025年1-6月，西区利润800.0亿元。", "800.0亿元")]
    public void Validate_TextThatDisagreesWithTheTable_IsOneWarningAtTheTextFigure(string paragraph, string figure)
    {
        var warning = Assert.Single(Validate(paragraph), d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("BLT2111", warning.Id);
        Assert.Contains("the table at line", warning.Message, System.StringComparison.Ordinal);
        Assert.StartsWith("The text says " + figure, warning.Message, System.StringComparison.Ordinal);
    }

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Validate(string paragraph) =>
        BulletinValidator.Default.Validate(BulletinParser.Default.Parse("# 海港统计\n\n" + paragraph + "\n" + Table).GetValueOrThrow()).Diagnostics;
}
