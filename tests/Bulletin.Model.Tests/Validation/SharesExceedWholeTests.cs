// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>BLT2102: shares of one whole, listed or stated clause by clause, that add up to more than 100%.</summary>
public sealed class SharesExceedWholeTests
{
    [Theory]
    [InlineData("全市就业人员中，城镇居民约占 70%，农村居民占 40% 左右。", "70% + 40% = 103.5% at the least")]
    [InlineData("第一产业增加值占地区生产总值的比重为 6.2%，第二产业增加值比重为 50.5%，第三产业增加值比重为 53.3%。", "6.2% + 50.5% + 53.3% = 109.85% at the least")]
    [InlineData("国有企业出口 120 亿元，占 40%，民营企业出口 420 亿元，占 70%。", "40% + 70% = 109% at the least")]
    [InlineData("三类企业分别占 45.2%、60.1% 和 10.3%。", "45.2% + 60.1% + 10.3% = 115.45% at the least")]
    public void Validate_SharesOfOneWholeAboveAHundred_AreOneError(string sentence, string sum)
    {
        var error = Assert.Single(Validate(sentence), d => d.Severity != DiagnosticSeverity.Info);
        Assert.Equal("BLT2102", error.Id);
        Assert.StartsWith(sum, error.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("全市就业人员中，城镇居民约占 60%，农村居民占 40% 左右。")]
    [InlineData("第一产业增加值占地区生产总值的比重为 6.2%，第二产业增加值比重为 40.5%，第三产业增加值比重为 53.3%。")]
    [InlineData("民营企业出口占比 60%，进口占比 50%。")]
    [InlineData("出口占全国的比重为 60%，进口占全省的比重为 50%。")]
    [InlineData("城镇居民约占 70%。农村居民占 40% 左右。")]
    public void Validate_SharesThatFitOrAreNotOfOneWhole_RaiseNothing(string sentence) =>
        Assert.DoesNotContain(Validate(sentence), d => d.Severity != DiagnosticSeverity.Info);

    private static System.Collections.Immutable.ImmutableArray<Diagnostic> Validate(string sentence) => Validated.Paragraph(sentence);
}
