// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>BLT2107 between a headline and its body: the same figure, named with or without its period and suffix.</summary>
public sealed class RestatementTests
{
    private const string Issue = """
        # 滨江经贸简讯

        2025年第3期

        ## {0}

        前三季度，全区外贸进出口总额 612.5 亿元，同比增长 {1}。
        """;

    [Theory]
    [InlineData("前三季度全区外贸进出口增长 7.4%", "7.4%")]
    [InlineData("全区外贸进出口增长 7.4%", "7.4%")]
    public void Validate_HeadlineThatTheBodyBearsOut_RaisesNothing(string headline, string rate) =>
        Assert.DoesNotContain(Validated.Diagnostics(Format(headline, rate)), d => d.Id == "BLT2107");

    [Theory]
    [InlineData("前三季度全区外贸进出口增长 7.4%", "9.5%")]
    public void Validate_HeadlineThatTheBodyContradicts_IsOneWarningOnTheBody(string headline, string rate)
    {
        var warning = Assert.Single(Validated.Diagnostics(Format(headline, rate)), d => d.Id == "BLT2107");
        Assert.StartsWith($"\"全区外贸进出口\" (2025-01/2025-09) is {rate} here but 7.4% at line 5", warning.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    // Another measure (出口), or another period (一季度), is another figure.
    [InlineData("前三季度全区外贸出口增长 7.4%", "9.5%")]
    [InlineData("一季度全区外贸进出口增长 7.4%", "9.5%")]
    public void Validate_HeadlineOfAnotherFigure_IsNotCompared(string headline, string rate) =>
        Assert.DoesNotContain(Validated.Diagnostics(Format(headline, rate)), d => d.Id == "BLT2107");

    [Fact]
    public void Validate_ContentsLineThatTheBodyContradicts_IsOneWarningOnTheBody()
    {
        const string issue = """
            # 滨江经贸简讯

            2025年第3期

            目录

            1. 前三季度全区外贸进出口增长7.4% ..... 1
            2. 园区招商情况 ..... 2

            ## 前三季度外贸运行情况

            前三季度，全区外贸进出口总额 612.5 亿元，同比增长 9.5%。

            ## 园区招商情况

            前三季度，园区新签约项目 12 个。
            """;
        var parsed = Bulletin.Model.Parsing.BulletinParser.Default.Parse(issue).GetValueOrThrow();
        var line = parsed.Claims.First(c => c.Text == "7.4%");
        Assert.Equal("2025-01/2025-09", line.Period?.Text);
        Assert.Equal("前三季度全区外贸进出口", line.Subject);

        var warning = Assert.Single(BulletinValidator.Default.Validate(parsed).Diagnostics, d => d.Id == "BLT2107");
        Assert.Contains("is 9.5% here but 7.4% at line 7", warning.Message, System.StringComparison.Ordinal);
    }

    private static string Format(string headline, string rate) =>
        Issue.Replace("{0}", headline, System.StringComparison.Ordinal).Replace("{1}", rate, System.StringComparison.Ordinal);
}
