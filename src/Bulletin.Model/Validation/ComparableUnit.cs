// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation;

/// <summary>
/// The unit two statements of one figure are compared in: a physical figure in its dimension's base unit, through the
/// catalogue's UnitsNet factors, so that <c>4000 亿千瓦时</c> and <c>400 太瓦时</c> are one figure; any other figure in
/// its own unit.
/// </summary>
internal static class ComparableUnit
{
    internal static (string Unit, FigureInterval Interval) Of(QuantifiedClaim claim)
    {
        var interval = FigureInterval.Of(claim);

        // Durations stay in their own unit: UnitsNet's year of 365 days is not twelve of its 30-day months, and a
        // writer who says 1 年 in one place and 12 个月 in another states the same span.
        if (UnitCatalog.TryGet(claim.Unit, out var unit) && unit.QuantityUnit is not null && claim.Kind == ClaimKind.Physical &&
            interval.TryTimes(unit.FactorToBase, out var inBase))
        {
            return (unit.Dimension, inBase);
        }

        return (claim.Unit, interval);
    }
}
