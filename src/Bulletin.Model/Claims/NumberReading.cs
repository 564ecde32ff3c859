// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Claims;

/// <summary>A number read from text: its value with the magnitude applied, or the interval a vague number spans.</summary>
/// <threadsafety>This type is an immutable value and safe to share between threads.</threadsafety>
/// <param name="Value">The value (<c>2.4 万亿</c> is 2400000000000); <see langword="null"/> for <c>数百万</c>.</param>
/// <param name="Lower">The lower end for a vague number (<c>200多</c>: 200); otherwise <see langword="null"/>.</param>
/// <param name="Upper">The upper end for a vague number (<c>200多</c>: 300); otherwise <see langword="null"/>.</param>
/// <param name="Precision">Half a unit of the last digit stated, magnitude applied.</param>
/// <param name="Qualifier">What the number's own words say: <c>多</c>/<c>余</c>/<c>上千</c> are over, <c>数十</c> is approximate.</param>
/// <param name="Length">How many characters of the text the number took.</param>
public readonly record struct NumberReading(
    decimal? Value,
    decimal? Lower,
    decimal? Upper,
    decimal Precision,
    ClaimQualifier Qualifier,
    int Length)
{
    /// <summary>Gets the value with the magnitude applied.</summary>
    public decimal? Value { get; } = Value;

    /// <summary>Gets the lower end of a vague number.</summary>
    public decimal? Lower { get; } = Lower;

    /// <summary>Gets the upper end of a vague number.</summary>
    public decimal? Upper { get; } = Upper;

    /// <summary>Gets half a unit of the last digit stated, magnitude applied.</summary>
    public decimal Precision { get; } = Precision;

    /// <summary>Gets what the number's own words say of it.</summary>
    public ClaimQualifier Qualifier { get; } = Qualifier;

    /// <summary>Gets how many characters the number took.</summary>
    public int Length { get; } = Length;
}
