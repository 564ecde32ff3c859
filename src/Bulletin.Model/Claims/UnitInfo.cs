// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using Bulletin.Model.Utility;
using UnitsNet;
using UnitsNet.Units;

namespace Bulletin.Model.Claims;

/// <summary>
/// One unit of the catalogue: its code as claims write it (an ISO 4217 code, or a UnitsNet-style
/// <c>Quantity.Unit</c> name), its dimension, its factor to the dimension's base unit, its words, and the UnitsNet
/// unit a figure in it becomes.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Code">The code: <c>CNY</c>, <c>Energy.TerawattHour</c>, <c>Compute.Flops</c>, <c>Duration.Month</c>.</param>
/// <param name="Dimension">The dimension: <c>Currency</c>, <c>Energy</c>, <c>Length</c>, <c>Duration</c> …</param>
/// <param name="FactorToBase">How many base units one of this unit is (the base of Energy is the kilowatt-hour here, as bulletins use it).</param>
/// <param name="Words">The Chinese and English words that name it, Simplified.</param>
public sealed record UnitInfo(string Code, string Dimension, decimal FactorToBase, ImmutableArray<string> Words)
{
    /// <summary>Gets the code.</summary>
    public string Code { get; } = Code;

    /// <summary>Gets the dimension.</summary>
    public string Dimension { get; } = Dimension;

    /// <summary>Gets the factor to the dimension's base unit.</summary>
    public decimal FactorToBase { get; } = FactorToBase;

    /// <summary>Gets the words that name the unit.</summary>
    public ImmutableArray<string> Words { get; } = Words.OrEmpty();

    /// <summary>
    /// Gets the UnitsNet unit a figure in this unit becomes (<c>MassUnit.Tonne</c> for <c>Mass.Tonne</c>,
    /// <c>DurationUnit.Year365</c> for <c>Duration.Year</c>), or <see langword="null"/> for currencies and for the
    /// extensions whose dimension UnitsNet lacks (<c>Compute.Flops</c>, <c>Transport.TonneKilometer</c>).
    /// </summary>
    public Enum? QuantityUnit { get; init; }

    /// <summary>
    /// Gets how many <see cref="QuantityUnit"/> one of this unit is: 1 for a unit UnitsNet has, the extension's factor
    /// otherwise (<c>Mass.Jin</c> is 0.5 <c>MassUnit.Kilogram</c>).
    /// </summary>
    public decimal QuantityFactor { get; init; } = 1m;

    /// <summary>
    /// Gets a value indicating whether the unit is the library's own, not one of UnitsNet's (<c>Area.Mu</c>,
    /// <c>Mass.Jin</c>, <c>Compute.Flops</c>); <c>docs/units.md</c> lists them with their factors.
    /// </summary>
    public bool IsExtension { get; init; }

    /// <summary>Makes a UnitsNet quantity of a figure stated in this unit.</summary>
    /// <param name="value">The figure, in this unit.</param>
    /// <param name="quantity">The quantity in <see cref="QuantityUnit"/>, when the unit has one and the value fits.</param>
    /// <returns><see langword="true"/> when the unit maps to a UnitsNet unit and the converted value fits its range.</returns>
    public bool TryCreateQuantity(decimal value, [NotNullWhen(true)] out IQuantity? quantity)
    {
        quantity = null;
        if (QuantityUnit is not { } unit || !TryScale(value, QuantityFactor, out var scaled))
        {
            return false;
        }

        // One case per dimension the catalogue uses, rather than UnitsNet's lookup over every quantity, so that a
        // trimmed program keeps only these.
        quantity = unit switch
        {
            EnergyUnit u => Energy.From(scaled, u),
            PowerUnit u => Power.From(scaled, u),
            LengthUnit u => Length.From(scaled, u),
            AreaUnit u => Area.From(scaled, u),
            VolumeUnit u => Volume.From(scaled, u),
            MassUnit u => Mass.From(scaled, u),
            MassConcentrationUnit u => MassConcentration.From(scaled, u),
            SpeedUnit u => Speed.From(scaled, u),
            TemperatureUnit u => Temperature.From(scaled, u),
            FrequencyUnit u => Frequency.From(scaled, u),
            InformationUnit u => Information.From(scaled, u),
            DurationUnit u => Duration.From(scaled, u),
            _ => null,
        };
        return quantity is not null;
    }

    /// <inheritdoc/>
    public bool Equals(UnitInfo? other) =>
        other is not null && Code == other.Code && Dimension == other.Dimension && FactorToBase == other.FactorToBase &&
        Equality.Sequence(Words, other.Words) && Equals(QuantityUnit, other.QuantityUnit) && QuantityFactor == other.QuantityFactor &&
        IsExtension == other.IsExtension;

    private static bool TryScale(decimal value, decimal factor, out decimal scaled)
    {
        if (factor == 1m)
        {
            scaled = value;
            return true;
        }

        return Claims.NumberReader.TryMultiply(value, factor, out scaled);
    }

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Code, Dimension, FactorToBase);
}
