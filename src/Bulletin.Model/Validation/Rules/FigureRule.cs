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

    /// <summary>
    /// The blocks of the claim's article and the index of the claim's block among them, when the claim's article and
    /// block indices hold in the issue (an issue read from JSON may carry any).
    /// </summary>
    internal static bool TryBlockOf(ValidationContext context, QuantifiedClaim claim, out System.Collections.Immutable.ImmutableArray<Block> blocks, out int index)
    {
        blocks = default;
        index = -1;
        if (claim is not { ArticleIndex: { } a, BlockIndex: { } b } || a < 0 || a >= context.Articles.Count || b < 0 || b >= context.Articles[a].Blocks.Length)
        {
            return false;
        }

        (blocks, index) = (context.Articles[a].Blocks, b);
        return true;
    }

    /// <summary>Whether the claim stands in a table cell.</summary>
    internal static bool IsInTable(ValidationContext context, QuantifiedClaim claim) =>
        TryBlockOf(context, claim, out var blocks, out var b) && !blocks[b].Rows.IsDefaultOrEmpty;

    internal static bool IsLevel(QuantifiedClaim claim) => claim.Kind.IsLevel();

    // The length of the longest run of characters the two texts share.
    internal static int CommonLength(string a, string b)
    {
        // A start too near either end to beat the longest run found so far is not tried.
        var best = 0;
        for (var i = 0; i + best < a.Length; i++)
        {
            for (var j = 0; j + best < b.Length; j++)
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
