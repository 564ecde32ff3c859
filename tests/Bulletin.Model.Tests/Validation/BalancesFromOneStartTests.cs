// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Parsing;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>BLT2113: balances at several month ends and their changes since the year began.</summary>
public sealed class BalancesFromOneStartTests
{
    private const string Head = "# 海港金融\n\n单位：亿元\n指　标 | 5月末 | 比年初增减额 | 6月末 | 比年初增减额\n";

    [Theory]
    [InlineData("各项存款余额 | 1500.0 | 40.0 | 1520.0 | 60.0\n")]
    [InlineData("各项存款余额 | 1500.0 | 40.0 | 1520.1 | 60.0\n")]
    [InlineData("各项贷款余额 | 980.5 | -12.5 | 1001.0 | 8.0\n")]
    [InlineData("各项存款余额 | 1500.0 | 40.0 | — | —\n")]
    public void Validate_RowWhoseBalancesShareTheirStart_RaisesNothing(string row) =>
        Assert.DoesNotContain(Validate(Head + row), d => d.Severity != DiagnosticSeverity.Info);

    [Theory]
    [InlineData("各项存款余额 | 1500.0 | 40.0 | 1520.5 | 60.0\n", "1500.0 − 40.0 = 1460 at the start, but 1520.5 − 60.0 = 1460.5")]
    [InlineData("各项贷款余额 | 980.5 | -12.5 | 1001.0 | 9.0\n", "980.5 − -12.5 = 993 at the start, but 1001.0 − 9.0 = 992")]
    public void Validate_RowWithTwoStartBalances_IsOneWarning(string row, string message)
    {
        var warning = Assert.Single(Validate(Head + row), d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("BLT2113", warning.Id);
        Assert.StartsWith(message, warning.Message, System.StringComparison.Ordinal);
    }

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Validate(string text) => Validated.Diagnostics(text);
}
