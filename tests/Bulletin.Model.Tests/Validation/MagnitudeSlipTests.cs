// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>BLT2114: an item of the accounts in bare 元 beside items in 万元 or 亿元, ten thousand times below them.</summary>
public sealed class MagnitudeSlipTests
{
    [Theory]
    [InlineData("公司上半年实现营业收入4.12亿元，同比增长5.1%；净利润3521.60元。", "\"3521.60元\"", "万元")]
    [InlineData("本期营收2.5亿美元，利润总额1860美元。", "\"1860美元\"", "万美元")]
    [InlineData("全年營業收入12.3億元，淨利潤8650.5元。", "\"8650.5元\"", "万元")]
    public void Validate_AnItemOfTheAccountsADroppedMagnitudeBelowItsPeers_IsOneWarningNamingTheUnit(string text, string figure, string unit)
    {
        var warning = Assert.Single(Validate(text), d => d.Id == "BLT2114");

        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.StartsWith(figure, warning.Message, System.StringComparison.Ordinal);
        Assert.Contains("more likely " + unit, warning.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("公司上半年实现营业收入4.12亿元，净利润3521.60万元。")]
    [InlineData("公司营业收入4.12亿元，员工人均奖励2000元。")]
    [InlineData("公司营业收入4.12亿元，每股收益0.35元。")]
    [InlineData("公司营业收入4.12亿元，净利润同比增长3521.60%。")]
    [InlineData("小店营业收入35000元，净利润8200元。")]
    [InlineData("营业收入4.12亿元。\n\n另一家小店净利润3521.60元。")]
    [InlineData("营业收入4.12亿美元，净利润3521.60元。")]
    public void Validate_FiguresOfOneMagnitudeOrNotOfTheAccounts_RaiseNothing(string text) =>
        Assert.DoesNotContain(Validate(text), d => d.Id == "BLT2114");

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Validate(string text) => Validated.Diagnostics(text);
}
