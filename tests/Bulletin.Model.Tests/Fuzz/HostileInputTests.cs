// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;
using CsCheck;

namespace Bulletin.Model.Tests.Fuzz;

/// <summary>
/// Hostile input through parse, claims and validation: every input that once threw or hung is a case here, and
/// generators of numeral soup, Chinese numeral expressions, tables and Markdown structure run a bounded sample.
/// </summary>
public sealed class HostileInputTests
{
    private static readonly Gen<string> s_numeralSoup = Gen.String[Gen.Char["0123456789.,—-~至亿万千百十一二三两零兆EFLOPSPTGB%倍元美元个 "], 0, 120];

    private static readonly Gen<string> s_chineseNumerals = Gen.String[Gen.Char["一二三四五六七八九十百千万亿零两壹贰叁拾佰仟多余数上近约"], 1, 80];

    private static readonly Gen<string> s_structure = Gen.String[Gen.Char["#>-*+ 1.|[]()!`~\n\t<>/tdrhable0123456789万亿元%"], 0, 300];

    public static TheoryData<string> Cases() =>
    [
        "7441亿EFLOPS",
        "100亿亿P",
        "0亿亿P",
        "3万亿亿亿亿亿—4万亿亿亿亿亿亿美元",
        "99999999999999999999999999999万亿元",
        "亿亿亿亿亿亿亿亿亿亿",
        "abc\n```",
        "```",
        new string('>', 10_000),
        string.Concat(Enumerable.Repeat("- ", 10_000)),
        new string('[', 32_768),
        string.Concat(Enumerable.Repeat("1. ", 10_000)),
        "<table><tr><td>1" + new string('9', 40) + "</td>",
        "表 | 头 |\n|",
        "2兆",
        "兆兆兆億元",
        "中華民國999年1月1日",
    ];

    [Theory]
    [MemberData(nameof(Cases))]
    public void KnownHostileInput_ParsesExtractsAndValidates_WithoutAnException(string text)
    {
        var result = BulletinParser.Default.Parse(text);
        if (result.Value is { } issue)
        {
            BulletinValidator.Default.Validate(issue);
        }

        ClaimExtractor.Default.Extract(text);
    }

    [Theory]
    [InlineData('十')]
    [InlineData('一')]
    [InlineData('千')]
    [InlineData('零')]
    public void LongRunOfOneNumeral_IsReadInLinearTime(char numeral)
    {
        // 1 MB of one numeral took minutes when each position re-read the run; now each is read a bounded number of times.
        var claims = ClaimExtractor.Default.Extract(new string(numeral, 1_000_000));

        Assert.Empty(claims);
    }

    [Fact]
    public void NumeralSoup_NeverThrows()
    {
        var clock = new FuzzClock();
        Gen.OneOf(s_numeralSoup, s_chineseNumerals).Sample(text => clock.Time(text.Length, () =>
        {
            var claims = ClaimExtractor.Default.Extract(text);
            Assert.All(claims, c => Assert.True(c.Span.End <= text.Length));
            NumberReader.TryParse(text, out _);
        }), iter: FuzzIterations.Of(5000));
    }

    [Fact]
    public void MarkdownStructureAndTables_NeverThrow()
    {
        var clock = new FuzzClock();
        s_structure.Sample(text => clock.Time(text.Length, () =>
        {
            if (BulletinParser.Default.Parse(text).Value is { } issue)
            {
                BulletinValidator.Default.Validate(issue);
            }
        }), iter: FuzzIterations.Of(2000));
    }
}
