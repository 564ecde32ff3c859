// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
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

    internal static IEnumerable<QuantifiedClaim> Of(ImmutableArray<QuantifiedClaim> claims)
    {
        var listed = claims.SelectMany(c => c.Relations).Where(r => r.Kind == ClaimRelationKind.ListMember).Select(r => r.Other).ToHashSet();
        return claims.Where(c => c is { Subject.Length: >= MinSubjectLength, Period: not null } && !listed.Contains(c.Id) &&
            c.Relations.All(r => r.Kind != ClaimRelationKind.ListMember));
    }
}
