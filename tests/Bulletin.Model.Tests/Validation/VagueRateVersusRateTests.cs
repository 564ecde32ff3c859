// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Parsing;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>BLT2115: a change in words (两位数增长) against the rate stated beside it.</summary>
public sealed class VagueRateVersusRateTests
{
    [Theory]
    [InlineData("全市销售额实现两位数增长，同比增长8.5%。", "\"两位数\" allows 10% to 100%, but the rate beside it is 8.5%.")]
    [InlineData("港口吞吐量同比增长6.2%，实现两位数增长。", "\"两位数\" allows 10% to 100%, but the rate beside it is 6.2%.")]
    [InlineData("全市客流量个位数下降，同比下降12.4%。", "\"个位数\" allows -10% to -1%, but the rate beside it is -12.4%.")]
    public void Validate_ARateOutsideTheWordsBesideIt_IsOneWarning(string text, string message)
    {
        var warning = Assert.Single(Validate(text), d => d.Id == "BLT2115");

        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(message, warning.Message);
    }

    [Theory]
    [InlineData("全市销售额实现两位数增长，同比增长12.5%。")]
    [InlineData("全市销售额实现两位数增长，利润增长8.5%。")]
    [InlineData("全市销售额实现两位数增长。全市新建了许多商场，大部分商场今年的客流增长8.5%。")]
    [InlineData("全市销售额同比增长8.5%。")]
    public void Validate_ARateTheWordsAllowOrOfAnotherSubject_RaisesNothing(string text) =>
        Assert.DoesNotContain(Validate(text), d => d.Id == "BLT2115");

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Validate(string text) => Validated.Diagnostics(text);
}
