// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Claims;
using UnitsNet;

namespace Bulletin.Model.Tests.Claims;

/// <summary>Claims give their physical figures as UnitsNet quantities a consumer can convert and compare.</summary>
public sealed class ClaimQuantityTests
{
    [Fact]
    public void TryGetQuantity_Energy_ConvertsAcrossMagnitudeAndUnit()
    {
        var claims = ClaimExtractor.Default.Extract("全年用电 4000 亿千瓦时，约合 400 太瓦时。");
        var energies = claims.Select(c => Assert.IsType<Energy>(Quantity(c))).ToList();
        Assert.Equal(2, energies.Count);
        Assert.Equal(400d, energies[0].TerawattHours, 9);
        Assert.True(energies[0].Equals(energies[1], Energy.FromKilowattHours(1)), $"{energies[0]} differs from {energies[1]}");
    }

    [Theory]
    [InlineData("北部山区最低气温零下5℃。", -5d)]
    [InlineData("今日气温 25 度。", 25d)]
    public void TryGetQuantity_Temperature_IsInDegreesCelsius(string sentence, double celsius)
    {
        var temperature = Assert.IsType<Temperature>(Quantity(ClaimExtractor.Default.Extract(sentence).Single()));
        Assert.Equal(celsius, temperature.DegreesCelsius, 9);
        Assert.Equal(celsius + 273.15, temperature.Kelvins, 9);
    }

    [Fact]
    public void TryGetQuantity_InformationSize_KeepsTheDecimalValue()
    {
        var size = Assert.IsType<Information>(Quantity(ClaimExtractor.Default.Extract("内存 16GB。").Single()));
        Assert.Equal(16_000_000_000m, size.Bytes);
    }

    [Fact]
    public void TryGetQuantity_LibraryExtension_ConvertsThroughItsFactor()
    {
        var area = Assert.IsType<Area>(Quantity(ClaimExtractor.Default.Extract("种植面积 15 万亩。").Single()));
        Assert.Equal(10_000d, area.Hectares, 6);
    }

    [Theory]
    [InlineData("出口增长 12%。")]
    [InlineData("营收 20 亿元。")]
    [InlineData("新增企业 300 家。")]
    [InlineData("总算力超 20EFLOPS。")]
    [InlineData("货运量 3000 万至 3500 万吨。")]
    public void TryGetQuantity_WithoutASinglePhysicalValue_GivesNone(string sentence)
    {
        var claim = ClaimExtractor.Default.Extract(sentence).Single();
        Assert.False(claim.TryGetQuantity(out var quantity));
        Assert.Null(quantity);
    }

    [Theory]
    [InlineData("这枚钻石重 5克拉。")]
    [InlineData("团队已 3克隆 该系统。")]
    public void Extract_GramFalseFriends_AreNotMasses(string sentence) =>
        Assert.DoesNotContain(ClaimExtractor.Default.Extract(sentence), c => c.Unit == "Mass.Gram");

    [Theory]
    [InlineData("今年将新建 5G 基站。")]
    [InlineData("度过了 3 度春秋。")]
    public void Extract_NamesAndCountsOfTimes_AreNotPhysical(string sentence) =>
        Assert.DoesNotContain(ClaimExtractor.Default.Extract(sentence), c => c.Kind == ClaimKind.Physical);

    private static IQuantity Quantity(QuantifiedClaim claim)
    {
        Assert.True(claim.TryGetQuantity(out var quantity), $"{claim.Text} ({claim.Unit}) gives no quantity");
        return quantity;
    }
}
