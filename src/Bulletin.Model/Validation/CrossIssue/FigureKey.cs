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
    internal static FigureKey Of(QuantifiedClaim claim) =>
        new(claim.Subject!, claim.Period!.Start!.Value, claim.Period.End!.Value, claim.Kind, claim.Unit, claim.Measure, claim.Basis);
}
