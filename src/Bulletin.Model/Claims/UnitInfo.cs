// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using Bulletin.Model.Utility;

namespace Bulletin.Model.Claims;

/// <summary>
/// One unit of the catalogue: its code as claims write it (an ISO 4217 code, or a UnitsNet-style
/// <c>Quantity.Unit</c> name), its dimension, its factor to the dimension's base unit, and its words.
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

    /// <inheritdoc/>
    public bool Equals(UnitInfo? other) =>
        other is not null && Code == other.Code && Dimension == other.Dimension && FactorToBase == other.FactorToBase &&
        Equality.Sequence(Words, other.Words);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Code, Dimension, FactorToBase);
}
