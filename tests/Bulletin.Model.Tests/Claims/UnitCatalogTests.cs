// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Claims;
using UnitsNet;
using UnitsNet.Units;

namespace Bulletin.Model.Tests.Claims;

/// <summary>
/// The unit catalogue against UnitsNet's own metadata: every mapped code names a real UnitsNet unit, and the factor the
/// catalogue states is the factor UnitsNet converts by.
/// </summary>
public sealed class UnitCatalogTests
{
    // The catalogue's codes are the archive contract and predate the mapping; these two name UnitsNet's units differently.
    private static readonly Dictionary<string, string> s_renamed = new(StringComparer.Ordinal)
    {
        ["Duration.Year"] = nameof(DurationUnit.Year365),
        ["Duration.Month"] = nameof(DurationUnit.Month30),
    };

    public static TheoryData<string> MappedCodes() => [.. UnitCatalog.All.Where(u => u.QuantityUnit is not null).Select(u => u.Code)];

    public static TheoryData<string> ExtensionCodes() => [.. UnitCatalog.All.Where(u => u.IsExtension).Select(u => u.Code)];

    [Theory]
    [MemberData(nameof(MappedCodes))]
    public void MappedUnit_IsAUnitOfTheQuantityItsCodeNames(string code)
    {
        Assert.True(UnitCatalog.TryGet(code, out var unit));
        var info = Quantity.Infos.SingleOrDefault(q => q.Name == unit.Dimension);
        Assert.True(info is not null, $"UnitsNet has no quantity named {unit.Dimension}");
        var unitInfo = info.UnitInfos.SingleOrDefault(u => Equals(u.Value, unit.QuantityUnit));
        Assert.True(unitInfo is not null, $"{unit.QuantityUnit} is not a unit of {info.Name}");
        if (!unit.IsExtension)
        {
            var name = code[(code.IndexOf('.', StringComparison.Ordinal) + 1)..];
            Assert.Equal(s_renamed.GetValueOrDefault(code, name), unitInfo.Name);
        }
    }

    [Theory]
    [MemberData(nameof(MappedCodes))]
    public void MappedUnit_ConvertsToItsDimensionBaseByTheStatedFactor(string code)
    {
        Assert.True(UnitCatalog.TryGet(code, out var unit));
        var quantity = Quantity.From(unit.QuantityFactor, unit.QuantityUnit!);
        var inBase = (decimal)quantity.As(UnitCatalog.DimensionBases[unit.Dimension]);
        AssertClose(unit.FactorToBase, inBase);
    }

    [Theory]
    [MemberData(nameof(ExtensionCodes))]
    public void Extension_IsNotAUnitUnitsNetHas(string code)
    {
        var dot = code.IndexOf('.', StringComparison.Ordinal);
        var (dimension, name) = (code[..dot], code[(dot + 1)..]);
        var info = Quantity.Infos.SingleOrDefault(q => q.Name == dimension);
        Assert.DoesNotContain(info?.UnitInfos ?? [], u => u.Name == name);
    }

    [Fact]
    public void EveryPhysicalDimension_HasABaseUnit()
    {
        var dimensions = UnitCatalog.All.Where(u => u.QuantityUnit is not null).Select(u => u.Dimension).Distinct();
        Assert.All(dimensions, d => Assert.True(UnitCatalog.DimensionBases.ContainsKey(d), d));
    }

    [Theory]
    [InlineData("Energy.TerawattHour", "400", "Energy.KilowattHour", "400000000000")]
    [InlineData("Mass.Jin", "3", "Mass.Kilogram", "1.5")]
    [InlineData("Area.Mu", "15", "Area.Hectare", "1")]
    [InlineData("Mass.TroyOunce", "1", "Mass.Gram", "31.1034768")]
    [InlineData("Duration.Year", "2", "Duration.Day", "730")]
    [InlineData("Information.Gigabyte", "16", "Information.Megabyte", "16000")]
    [InlineData("Temperature.DegreeCelsius", "-5", "Temperature.DegreeCelsius", "-5")]
    public void TryCreateQuantity_ConvertsToOtherUnitsOfItsDimension(string from, string value, string to, string expected)
    {
        Assert.True(UnitCatalog.TryGet(from, out var source));
        Assert.True(UnitCatalog.TryGet(to, out var target));
        Assert.True(source.TryCreateQuantity(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), out var quantity));
        AssertClose(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), (decimal)quantity.As(target.QuantityUnit!));
    }

    [Theory]
    [InlineData("CNY")]
    [InlineData("Compute.Flops")]
    [InlineData("Transport.TonneKilometer")]
    public void TryCreateQuantity_WithoutAUnitsNetDimension_GivesNone(string code)
    {
        Assert.True(UnitCatalog.TryGet(code, out var unit));
        Assert.False(unit.TryCreateQuantity(1m, out var quantity));
        Assert.Null(quantity);
    }

    [Fact]
    public void TryCreateQuantity_BeyondTheDecimalRange_GivesNoneRatherThanThrowing()
    {
        Assert.True(UnitCatalog.TryGet("Mass.TroyOunce", out var ounce));
        Assert.False(ounce.TryCreateQuantity(decimal.MaxValue, out _));
    }

    private static void AssertClose(decimal expected, decimal actual)
    {
        var tolerance = Math.Abs(expected) * 1e-12m;
        Assert.True(Math.Abs(expected - actual) <= tolerance, $"expected {expected}, got {actual}");
    }
}
