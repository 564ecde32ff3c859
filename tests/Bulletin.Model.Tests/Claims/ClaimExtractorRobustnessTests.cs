// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using Bulletin.Model.Claims;
using CsCheck;

namespace Bulletin.Model.Tests.Claims;

/// <summary>Any string in gives claims or nothing: never an exception, never a hang, spans always inside.</summary>
public sealed class ClaimExtractorRobustnessTests
{
    private static readonly Gen<string> s_numeralSoup = Gen.String[Gen.Char[
        "0123456789０１２.,，、%％ 一二两三四五六七八九十百千万亿萬億兩数多余上近约超至到-—~/比倍成年月日天个家元美元人次点千瓦时以上以下左右"], 0, 200];

    [Fact]
    public void Extract_AnyString_NeverThrowsAndKeepsSpansInside() =>
        Gen.OneOf(Gen.String, s_numeralSoup).Sample(text =>
        {
            foreach (var claim in ClaimExtractor.Default.Extract(text))
            {
                Assert.True(claim.Span.Start >= 0 && claim.Span.End <= text.Length);
                Assert.Equal(claim.Text, text.Substring(claim.Span.Start, claim.Span.Length));
            }
        }, iter: Bulletin.Model.Tests.Fuzz.FuzzIterations.Of(5000));

    private static readonly decimal[] s_factors = [1m, 1.0m, 1.00m, 10_000m, 0.01m, 100_000_000m];

    [Fact]
    public void TryMultiply_IsDecimalsOwnProduct_ScaleIncluded() =>
        Gen.Select(Gen.Long[-100_000_000_000, 100_000_000_000], Gen.Int[0, 10], Gen.Int[0, s_factors.Length - 1].Select(i => s_factors[i]))
            .Sample((mantissa, scale, factor) =>
            {
                // A factor of one takes a short way; its product must still be the product, to the last place.
                // Built from its bits, so trailing zeros stay (2.50, not 2.5).
                var bits = (ulong)Math.Abs(mantissa);
                var value = new decimal(unchecked((int)(uint)bits), (int)(bits >> 32), 0, mantissa < 0, (byte)scale);
                Assert.True(NumberReader.TryMultiply(value, factor, out var product));
                Assert.Equal((value * factor).ToString(System.Globalization.CultureInfo.InvariantCulture), product.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }, iter: Bulletin.Model.Tests.Fuzz.FuzzIterations.Of(2000));

    [Fact]
    public void Extract_DigitsOfAnyLength_AreTheDecimalTheyWrite() =>
        Gen.Select(Gen.Long[0, 100_000_000_000_000], Gen.Int[0, 12], Gen.Int[0, 3]).Sample((mantissa, places, zeros) =>
        {
            // Up to 18 digits (a longer integer reads as a code), a decimal point inside and trailing zeros after it:
            // 5.0 is 5, 0.50 is 0.5.
            var digits = mantissa.ToString(System.Globalization.CultureInfo.InvariantCulture) + new string('0', zeros);
            var at = digits.Length - Math.Min(places, digits.Length - 1);
            var written = at < digits.Length ? digits[..at] + "." + digits[at..] : digits;
            var claim = Assert.Single(ClaimExtractor.Default.Extract($"全年完成 {written} 吨。"));

            var expected = decimal.Parse(written, System.Globalization.CultureInfo.InvariantCulture) / 1.0000000000000000000000000000m;
            Assert.Equal(expected, claim.Value);
            Assert.Equal(expected.ToString(System.Globalization.CultureInfo.InvariantCulture), claim.Value!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }, iter: Bulletin.Model.Tests.Fuzz.FuzzIterations.Of(2000));

    [Theory]
    [InlineData("产量")]
    [InlineData("煤产量")]
    public void Extract_SubjectWindowOverCharactersOutsideTheBmp_NeverKeepsHalfAPair(string measured)
    {
        // A subject is at most a fixed number of UTF-16 units before the figure; over characters written as surrogate
        // pairs (rare CJK, emoji), a cut at the window's edge must not leave a lone half, which JSON cannot carry.
        var text = string.Concat(Enumerable.Repeat("\U0002A6A5", 15)) + measured + "增长5%。";

        var claim = Assert.Single(ClaimExtractor.Default.Extract(text));

        Assert.NotNull(claim.Subject);
        Assert.False(char.IsLowSurrogate(claim.Subject[0]));
        Assert.All(claim.Subject.EnumerateRunes(), r => Assert.NotEqual(System.Text.Rune.ReplacementChar, r));
    }

    [Fact]
    public void Extract_OneMegabyteOfDigits_GivesNothing()
    {
        var digits = new string('7', 1_000_000);
        Assert.Empty(ClaimExtractor.Default.Extract(digits));
    }

    [Fact]
    public void Extract_HundredThousandWan_DoesNotOverflowOrHang()
    {
        var text = "1" + new string('万', 100_000) + "元";
        var claims = ClaimExtractor.Default.Extract(text);
        Assert.All(claims, c => Assert.True(c.Span.End <= text.Length));
    }

    [Fact]
    public void Extract_LongChineseNumeral_IsReadExactly()
    {
        var claim = Assert.Single(ClaimExtractor.Default.Extract("共计四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二元。"));
        Assert.Equal(4569_8311_4872_5382m, claim.Value);
    }

    [Theory]
    [InlineData("一万亿", 1_000_000_000_000)]
    [InlineData("两千零五", 2005)]
    [InlineData("三十六", 36)]
    [InlineData("十五", 15)]
    [InlineData("壹佰贰拾", 120)]
    [InlineData("2.4 万亿", 2_400_000_000_000)]
    [InlineData("１２３", 123)]
    [InlineData("1,434,321", 1434321)]
    [InlineData("〇", 0)]
    public void TryParse_Numbers_AreRead(string text, decimal expected)
    {
        Assert.True(NumberReader.TryParse(text, out var reading));
        Assert.Equal(expected, reading.Value);
    }

    [Theory]
    [InlineData("200多", 200, 300)]
    [InlineData("150 多", 150, 160)]
    [InlineData("10余", 10, 20)]
    [InlineData("数百万", 2_000_000, 9_000_000)]
    [InlineData("数十", 20, 90)]
    public void TryParse_VagueNumbers_GiveTheirInterval(string text, decimal lower, decimal upper)
    {
        Assert.True(NumberReader.TryParse(text, out var reading));
        Assert.Equal((lower, upper), (reading.Lower, reading.Upper));
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("十四五规划")]
    [InlineData(null)]
    public void TryParse_NotANumber_ReturnsFalse(string? text) => Assert.False(NumberReader.TryParse(text, out _));
}
