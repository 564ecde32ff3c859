// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation;

/// <summary>
/// The values a stated figure can stand for: its value widened by its stated precision (<c>49.4%</c> is
/// [49.35, 49.45], as a writer may round half up or half to even) and by its qualifier (<c>超过 26 万亿</c> is
/// (26e12, ∞)). Bounds are <see langword="null"/> when unbounded. Arithmetic never rounds an intermediate result.
/// </summary>
internal readonly record struct FigureInterval(decimal? Low, decimal? High)
{
    // 约 (about) gives a writer this much room besides the last digit.
    private const decimal ApproxShare = 0.05m;

    // 近 (close to) is at most the figure and not far below it.
    private const decimal NearlyShare = 0.10m;

    internal static FigureInterval Of(QuantifiedClaim claim)
    {
        var p = claim.Precision ?? 0m;
        if (claim.Value is not { } v)
        {
            return new FigureInterval(claim.Lower - p, claim.Upper + p);
        }

        if (claim.Lower is { } lower && claim.Upper is { } upper)
        {
            // 200多: between 200 and 300.
            return new FigureInterval(Math.Min(lower, upper), Math.Max(lower, upper));
        }

        var size = Math.Abs(v);
        var negative = v < 0m;
        return claim.Qualifier switch
        {
            ClaimQualifier.Exact => new FigureInterval(v - p, v + p),
            ClaimQualifier.Approx => new FigureInterval(v - p - (size * ApproxShare), v + p + (size * ApproxShare)),
            ClaimQualifier.Nearly => negative ? new FigureInterval(v - p, v + p + (size * NearlyShare)) : new FigureInterval(v - p - (size * NearlyShare), v + p),
            ClaimQualifier.Over or ClaimQualifier.AtLeast => negative ? new FigureInterval(null, v + p) : new FigureInterval(v - p, null),
            ClaimQualifier.Under or ClaimQualifier.AtMost => negative ? new FigureInterval(v - p, null) : new FigureInterval(null, v + p),
            _ => new FigureInterval(v - p, v + p),
        };
    }

    internal bool IsBounded => Low is not null && High is not null;

    internal bool Overlaps(FigureInterval other) =>
        (Low is null || other.High is null || Low <= other.High) && (High is null || other.Low is null || other.Low <= High);

    public static FigureInterval operator +(FigureInterval a, FigureInterval b) => new(a.Low + b.Low, a.High + b.High);

    public static FigureInterval operator -(FigureInterval a, FigureInterval b) => new(a.Low - b.High, a.High - b.Low);

    /// <summary>The quotient of two positive figures, or unbounded when the divisor can be zero or less.</summary>
    internal FigureInterval DividedBy(FigureInterval divisor)
    {
        if (divisor.Low is not { } dLow || dLow <= 0m || Low is not { } low || low < 0m)
        {
            return new FigureInterval(null, null);
        }

        return new FigureInterval(divisor.High is { } dHigh ? low / dHigh : 0m, High is { } high ? high / dLow : null);
    }

    /// <summary>The interval scaled by a factor, or <see langword="false"/> when a bound leaves the decimal range.</summary>
    internal bool TryTimes(decimal factor, out FigureInterval scaled)
    {
        scaled = default;
        if (!TryScale(Low, factor, out var low) || !TryScale(High, factor, out var high))
        {
            return false;
        }

        scaled = factor >= 0m ? new FigureInterval(low, high) : new FigureInterval(high, low);
        return true;
    }

    private static bool TryScale(decimal? bound, decimal factor, out decimal? scaled)
    {
        scaled = null;
        if (bound is not { } b)
        {
            return true;
        }

        var fits = NumberReader.TryMultiply(b, factor, out var product);
        scaled = product;
        return fits;
    }

    internal FigureInterval Times(decimal factor) =>
        factor >= 0m ? new FigureInterval(Low * factor, High * factor) : new FigureInterval(High * factor, Low * factor);
}
