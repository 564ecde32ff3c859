// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>What the figure rules share: the claims another claim relates to, by kind of relation.</summary>
internal static class FigureRule
{
    internal static IEnumerable<QuantifiedClaim> Related(ValidationContext context, QuantifiedClaim claim, ClaimRelationKind kind)
    {
        foreach (var relation in claim.Relations)
        {
            if (relation.Kind == kind && context.Claim(relation.Other) is { } other)
            {
                yield return other;
            }
        }
    }

    internal static bool IsLevel(QuantifiedClaim claim) => claim.Kind is ClaimKind.Amount or ClaimKind.Count or ClaimKind.Physical;
}
