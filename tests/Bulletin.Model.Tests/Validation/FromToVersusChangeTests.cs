// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>BLT2105: a from→to pair against the change stated with it, before the pair or after it.</summary>
public sealed class FromToVersusChangeTests
{
    [Theory]
    [InlineData("储备银行加息 50 个基点，将隔夜利率从 4.25% 上调至 4.75%。")]
    [InlineData("储备银行将隔夜利率从 4.25% 上调至 4.75%，加息 50 个基点。")]
    [InlineData("全市外贸增长 25%，由 120 亿元增至 150 亿元。")]
    [InlineData("全市外贸由 120 亿元增至 150 亿元，增长 25%。")]
    [InlineData("用户数增长 2 倍，从 300 万户增加到 900 万户。")]
    public void Validate_ChangeThatTheFromToPairGives_RaisesNothing(string sentence) =>
        Assert.DoesNotContain(Validate(sentence), d => d.Severity != DiagnosticSeverity.Info);

    [Theory]
    [InlineData("储备银行加息 50 个基点，将隔夜利率从 4.25% 上调至 4.85%。", "4.85% − 4.25% = 0.6 percentage points; the text says 50 个基点.")]
    [InlineData("全市外贸增长 20%，由 120 亿元增至 150 亿元。", "From 120 亿元 to 150 亿元 is a change of 25%; the text says 20%.")]
    public void Validate_ChangeBeforeAPairItDoesNotFit_IsOneError(string sentence, string message)
    {
        var error = Assert.Single(Validate(sentence), d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("BLT2105", error.Id);
        Assert.Equal(message, error.Message);
    }

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Validate(string sentence) => Validated.Paragraph(sentence);
}
