// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Claims;
using NodaTime;

namespace Bulletin.Model.Tests.Claims;

/// <summary>A plain string read with a reference date and a default currency.</summary>
public sealed class ClaimExtractorOptionsTests
{
    [Fact]
    public void ReferenceDate_ResolvesWordsThatNeedAYear()
    {
        var options = new ClaimExtractorOptions { ReferenceDate = new LocalDate(2025, 8, 20) };

        var claims = ClaimExtractor.Default.Extract("上半年全市出口增长6.2%，6月末存款余额4100亿元。", options);

        Assert.Equal("2025-01/2025-06", claims.Single(c => c.Text == "6.2%").Period?.Text);
        Assert.Equal("asof 2025-06-30", claims.Single(c => c.Text == "4100亿元").Period?.Text);
    }

    [Fact]
    public void WithoutAReferenceDate_NoYearIsGuessed()
    {
        var claims = ClaimExtractor.Default.Extract("上半年全市出口增长6.2%。");

        Assert.Null(claims.Single().Period);
    }

    [Fact]
    public void DefaultCurrency_IsTheCurrencyOfBareYuan_NamedCurrenciesStay()
    {
        var options = new ClaimExtractorOptions { DefaultCurrency = "HKD" };

        var claims = ClaimExtractor.Default.Extract("本港开支为520亿元，另有3亿美元及80亿元人民币。", options);

        Assert.Equal(["HKD", "USD", "CNY"], claims.Select(c => c.Unit));
    }
}
