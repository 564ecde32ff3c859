// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Collections.Immutable;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation;

/// <summary>
/// The figures that may be compared with another statement of the same figure, within an issue (BLT2107) or across
/// issues (BLT2202): those with a subject long enough to name a figure and a period, outside any list — a list member's
/// subject is the list's, not its own.
/// </summary>
internal static class ComparableFigures
{
    // Shorter subjects ("出口", "增长") name too little to be the same figure in two places.
    private const int MinSubjectLength = 4;

    internal static List<QuantifiedClaim> Of(ImmutableArray<QuantifiedClaim> claims)
    {
        // Loops rather than LINQ: this runs over every claim of every issue validated, and an ImmutableArray's
        // relations enumerate without boxing only in a foreach.
        HashSet<int>? listed = null;
        foreach (var claim in claims)
        {
            foreach (var relation in claim.Relations)
            {
                if (relation.Kind == ClaimRelationKind.ListMember)
                {
                    (listed ??= []).Add(relation.Other);
                }
            }
        }

        var figures = new List<QuantifiedClaim>();
        foreach (var claim in claims)
        {
            if (claim is { Subject.Length: >= MinSubjectLength, Period: not null } && listed?.Contains(claim.Id) != true && !IsList(claim))
            {
                figures.Add(claim);
            }
        }

        return figures;
    }

    private static bool IsList(QuantifiedClaim claim)
    {
        foreach (var relation in claim.Relations)
        {
            if (relation.Kind == ClaimRelationKind.ListMember)
            {
                return true;
            }
        }

        return false;
    }
}
