// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Claims;
using NodaTime;

namespace Bulletin.Model.Validation.CrossIssue;

/// <summary>What makes two figures of different issues the same figure: subject, period, kind, unit, counted noun and basis.</summary>
internal readonly record struct FigureKey(
    string Subject,
    LocalDate Start,
    LocalDate End,
    ClaimKind Kind,
    string Unit,
    string? Measure,
    string? Basis)
{
    /// <summary>The key of a figure, by the name it is compared by, stated in the given comparable unit (<see cref="ComparableUnit"/>).</summary>
    internal static FigureKey Of(QuantifiedClaim claim, string subject, string comparableUnit) =>
        new(subject, claim.Period!.Start!.Value, claim.Period.End!.Value, claim.Kind, comparableUnit, claim.Measure, claim.Basis);
}
