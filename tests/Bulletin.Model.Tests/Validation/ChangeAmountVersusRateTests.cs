// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>BLT2112: a level, the amount it changed by and the rate of the change.</summary>
public sealed class ChangeAmountVersusRateTests
{
    [Theory]
    [InlineData("2025年全市财政收入 300 亿元，比上年增加 20 亿元，增长 7.1%。")]
    [InlineData("2025年全市财政收入 238 亿元，较上年减少 84 亿元，下降 26.1%。")]
    [InlineData("2025年港口吞吐量 1.5 亿吨，同比增加 1000 万吨，增长 7.1%。")]
    [InlineData("2025年出口 300 亿元，比上年增加 200 亿元，增长 2 倍。")]
    [InlineData("2025年出口 300 亿元，比上年增加 200 亿元，增长 3 倍。")]
    [InlineData("2025年出口 300 亿元，进口比上年增加 20 亿元，增长 9.1%。")]
    [InlineData("2025年全市财政收入 300 亿元，增长 9.1%，另安排专项资金 20 亿元。")]
    public void Validate_LevelChangeAndRateThatAgreeOrAreNotOneFigure_RaiseNothing(string sentence) =>
        Assert.DoesNotContain(Validate(sentence), d => d.Severity != DiagnosticSeverity.Info);

    [Theory]
    [InlineData("2025年全市财政收入 300 亿元，比上年增加 20 亿元，增长 9.1%。", "is a change of 7.14% on 280 亿元; the text says 9.1%.")]
    [InlineData("2025年全市财政收入 238 亿元，较上年减少 84 亿元，下降 25.8%。", "is a change of -26.09% on 322 亿元; the text says -25.8%.")]
    [InlineData("2025年出口 300 亿元，比上年增加 200 亿元，增长 5 倍。", "the text says 5 倍.")]
    public void Validate_RateThatTheLevelAndChangeDoNotGive_IsOneError(string sentence, string message)
    {
        var error = Assert.Single(Validate(sentence), d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("BLT2112", error.Id);
        Assert.EndsWith(message, error.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Scan_AmountAfterAComparisonAndAChangeVerb_IsTheChangeOfTheLevel()
    {
        var claims = BulletinParser.Default.Parse("# 标题\n\n2025年全市财政收入 300 亿元，比上年增加 20 亿元，增长 7.1%。\n").GetValueOrThrow().Claims;
        Assert.Equal(3, claims.Length);
        Assert.Contains(new ClaimRelation(ClaimRelationKind.ChangeOf, claims[0].Id), claims[1].Relations);
        Assert.Contains(new ClaimRelation(ClaimRelationKind.ChangeOf, claims[0].Id), claims[2].Relations);
    }

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Validate(string sentence) => Validated.Paragraph(sentence);
}
