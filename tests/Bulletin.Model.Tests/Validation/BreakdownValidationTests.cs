// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>BLT2104 over breakdowns by dimension (分区域看, 按行业分): each is a list of parts no more than its total.</summary>
public sealed class BreakdownValidationTests
{
    [Theory]
    // Two breakdowns of one total, each within it; one may leave parts out (服务业 and 工业 only).
    [InlineData("全年全区生产总值 1000 亿元。分区域看，东部 600 亿元，西部 400 亿元；分行业看，工业 500 亿元，服务业 450 亿元。")]
    [InlineData("全年全区生产总值 1000 亿元，增长 5%。按产业分，工业 600 亿元，增长 6%，比上年增加 30 亿元，服务业 350 亿元。")]
    public void Validate_BreakdownsWithinTheirTotal_RaiseNothing(string paragraph) =>
        Assert.DoesNotContain(Validated.Paragraph(paragraph), d => d.Severity != DiagnosticSeverity.Info);

    [Theory]
    [InlineData("全年全区生产总值 1000 亿元。分区域看，东部 600 亿元，西部 500 亿元；分行业看，工业 500 亿元，服务业 450 亿元。", "600 亿元 + 500 亿元")]
    [InlineData("全年全区生产总值 1000 亿元。分区域看，东部 600 亿元，西部 400 亿元；分行业看，工业 700 亿元，服务业 450 亿元。", "700 亿元 + 450 亿元")]
    public void Validate_ABreakdownAboveItsTotal_IsOneError(string paragraph, string terms)
    {
        var error = Assert.Single(Validated.Paragraph(paragraph), d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("BLT2104", error.Id);
        Assert.Equal($"The parts {terms} add up to more than their whole 1000 亿元.", error.Message);
    }
}
