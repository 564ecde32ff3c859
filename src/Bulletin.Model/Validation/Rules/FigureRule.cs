// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Linq;
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

    /// <summary>
    /// The from→to pair a change is stated with (由 A 增至 B，增长 N%), when the change has no basis of its own
    /// (同比 and 比上年 measure against another period, not the pair's start) and the start is a non-zero figure.
    /// </summary>
    internal static bool TryFromToPair(ValidationContext context, QuantifiedClaim change, out QuantifiedClaim from, out QuantifiedClaim to)
    {
        from = to = null!;
        if (change.Basis is not null || Related(context, change, ClaimRelationKind.ChangeOf).FirstOrDefault() is not { } end ||
            Related(context, end, ClaimRelationKind.To).FirstOrDefault() is not { } start ||
            start.Value is null or 0m || end.Value is null)
        {
            return false;
        }

        (from, to) = (start, end);
        return true;
    }

    /// <summary>Whether the claim stands in a table cell.</summary>
    internal static bool IsInTable(ValidationContext context, QuantifiedClaim claim) =>
        claim is { ArticleIndex: { } a, BlockIndex: { } b } && a < context.Articles.Count && b < context.Articles[a].Blocks.Length &&
        !context.Articles[a].Blocks[b].Rows.IsDefaultOrEmpty;

    internal static bool IsLevel(QuantifiedClaim claim) => claim.Kind.IsLevel();

    // The length of the longest run of characters the two texts share.
    internal static int CommonLength(string a, string b)
    {
        var best = 0;
        for (var i = 0; i < a.Length; i++)
        {
            for (var j = 0; j < b.Length; j++)
            {
                var k = 0;
                while (i + k < a.Length && j + k < b.Length && a[i + k] == b[j + k])
                {
                    k++;
                }

                best = System.Math.Max(best, k);
            }
        }

        return best;
    }
}
