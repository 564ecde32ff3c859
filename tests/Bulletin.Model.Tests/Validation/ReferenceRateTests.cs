// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using Bulletin.Model.Lexicons;
using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;

namespace Bulletin.Model.Tests.Validation;

/// <summary>
/// BLT2106 without a stated rate: a conversion is checked against the range of its year's rates shipped with the
/// library, and only where the library ships one.
/// </summary>
public sealed class ReferenceRateTests
{
    public static TheoryData<string> Consistent() => new()
    {
        // 2023: 6.79–7.31 yuan to the dollar across the year's monthly averages.
        "2023年，全省服务外包合同额 100 亿美元，约合 708 亿元人民币。",
        "2023年，全省服务外包合同额 100 亿美元，约合 680 亿元人民币。",
        // 2015: 6.20–6.45; a figure converted at any month's rate of the year stands.
        "2015年，园区引进外资 2.4 亿美元，折合人民币 15.3 亿元。",
        // The Hong Kong dollar through its band against the dollar: 2024, 0.90–0.94 yuan.
        "2024年，对港劳务收入 5000 万港元，约合 4600 万元人民币。",
        // Either way round: yuan converted to dollars.
        "2021年，跨境电商交易额 64.5 亿元人民币，约合 10 亿美元。",
        // Two currencies through the dollar: 2023's yen bought 0.0454–0.0560 yuan.
        "2023年，对日出口 100 亿日元，约合 5 亿元人民币。",
        // 2022's won: 1196–1426 to the dollar.
        "2022年，在韩并购金额 1000 亿韩元，约合 7700 万美元。",
        // The euro and the pound are quoted in dollars per unit: 2019's euro, 7.39–8.12 yuan.
        "2019年，对欧服务出口 10 亿欧元，约合 78 亿元人民币。",
        "2016年，企业在伦敦募资 20 亿英镑，约合 27 亿美元。",
    };

    public static TheoryData<string, string> Inconsistent() => new()
    {
        { "2023年，全省服务外包合同额 100 亿美元，约合 900 亿元人民币。", "2023" },
        { "2008年，园区引进外资 3 亿美元，折合人民币 15 亿元。", "2008" },
        { "2024年，对港劳务收入 5000 万港元，约合 6000 万元人民币。", "2024" },
        { "2021年，跨境电商交易额 64.5 亿元人民币，约合 5 亿美元。", "2021" },
        { "2023年，对日出口 100 亿日元，约合 9 亿元人民币。", "2023" },
        { "2022年，在韩并购金额 1000 亿韩元，约合 1.2 亿美元。", "2022" },
        { "2019年，对欧服务出口 10 亿欧元，约合 60 亿元人民币。", "2019" },
        { "2016年，企业在伦敦募资 20 亿英镑，约合 35 亿美元。", "2016" },
    };

    [Theory]
    [MemberData(nameof(Consistent))]
    public void Conversion_InsideItsYearsRange_IsNotReported(string sentence) =>
        Assert.DoesNotContain(Validate(sentence, ValidationOptions.Default).Diagnostics, d => d.Id == "BLT2106");

    [Theory]
    [MemberData(nameof(Inconsistent))]
    public void Conversion_OutsideItsYearsRange_IsReportedWithTheYearAndTheSource(string sentence, string year)
    {
        var diagnostic = Assert.Single(Validate(sentence, ValidationOptions.Default).Diagnostics, d => d.Id == "BLT2106");

        Assert.Contains(year + "'s rates of ", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("H.10", diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("全年服务外包合同额 100 亿美元，约合 900 亿元人民币。")]
    [InlineData("1990年，服务外包合同额 100 亿美元，约合 900 亿元人民币。")]
    [InlineData("2023年，对俄出口 100 亿卢布，约合 900 亿元人民币。")]
    [InlineData("2025年，对日出口 100 亿日元，约合 900 亿元人民币。")]
    [InlineData("2024年，对欧服务出口 10 亿欧元，约合 60 亿元人民币。")]
    public void Conversion_WithoutAYearOrAShippedRate_IsNotJudged(string sentence) =>
        Assert.DoesNotContain(Validate(sentence, ValidationOptions.Default).Diagnostics, d => d.Id == "BLT2106");

    [Fact]
    public void Conversion_AtTheRateTheDocumentStates_IsJudgedByThatRateAlone()
    {
        // 2021's rates never reached 7.1, but the document says which rate it used.
        const string sentence = "2021年，按 1 美元兑 7.1 元人民币计，合同额 100 亿美元，约合 710 亿元人民币。";

        Assert.DoesNotContain(Validate(sentence, ValidationOptions.Default).Diagnostics, d => d.Id == "BLT2106");
    }

    [Fact]
    public void Conversion_WithReferenceRatesSwitchedOff_IsNotJudged() =>
        Assert.DoesNotContain(
            Validate("2023年，全省服务外包合同额 100 亿美元，约合 900 亿元人民币。", ValidationOptions.Default.WithoutReferenceRates()).Diagnostics,
            d => d.Id == "BLT2106");

    [Fact]
    public void Conversion_OfAnEarlierYearsFigure_MayUseThePublicationYearsRate()
    {
        // Published in 2023 about 2021: converted at 2023's 7.08, outside 2021's 6.37–6.52 but inside 2023's range.
        const string text = "# 海港经贸参考\n\n2023年第2期\n\n## 回顾\n\n2021年，合同额 100 亿美元，约合 708 亿元人民币。\n";
        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();

        Assert.DoesNotContain(BulletinValidator.Default.Validate(issue).Diagnostics, d => d.Id == "BLT2106");
    }

    [Theory]
    [InlineData("CNY", 1994)]
    [InlineData("JPY", 1999)]
    [InlineData("KRW", 1999)]
    [InlineData("EUR", 1999)]
    [InlineData("GBP", 1999)]
    public void ShippedRates_AreRangesAroundTheirMeanForEveryYearOfTheSeries(string currency, int first)
    {
        Assert.Equal(first, ReferenceExchangeRates.FirstYear(currency));
        var last = ReferenceExchangeRates.LastYear(currency)!.Value;
        Assert.True(last >= 2023, $"{currency} ends in {last}");
        for (var year = first; year <= last; year++)
        {
            Assert.True(ReferenceExchangeRates.TryRange("USD", currency, year, out var rate), $"no {currency} rate for {year}");
            Assert.InRange(rate.Mean, rate.Low, rate.High);
            Assert.True(rate.Low < rate.High, $"{currency} {year} is a point, not a range");
            Assert.True(ReferenceExchangeRates.TryRange(currency, "USD", year, out var inverse));
            Assert.Equal(1m, Math.Round(rate.Low * inverse.High, 20));
        }

        Assert.False(ReferenceExchangeRates.TryRange("USD", currency, first - 1, out _));
        Assert.False(ReferenceExchangeRates.TryRange("USD", currency, last + 1, out _));
    }

    [Fact]
    public void ShippedRates_OfACurrencyTheLibraryDoesNotShip_AreNone()
    {
        Assert.Null(ReferenceExchangeRates.LastYear("RUB"));
        Assert.False(ReferenceExchangeRates.TryRange("USD", "RUB", 2020, out _));
    }

    private static ValidationResult Validate(string sentence, ValidationOptions options) =>
        BulletinValidator.Create(options).Validate(BulletinParser.Default.Parse("# 外经简报\n\n" + sentence + "\n").GetValueOrThrow());
}
