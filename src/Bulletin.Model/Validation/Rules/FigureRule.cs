// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>What the figure rules share: the claims another claim relates to, by kind of relation.</summary>
internal static class FigureRule
{
    // Every rule asks every claim for its relations, and most claims have none: these look-ups allocate nothing
    // unless they find something.

    /// <summary>The first claim the claim relates to by this kind of relation.</summary>
    internal static QuantifiedClaim? FirstRelated(ValidationContext context, QuantifiedClaim claim, ClaimRelationKind kind)
    {
        foreach (var relation in claim.Relations)
        {
            if (relation.Kind == kind && context.Claim(relation.Other) is { } other)
            {
                return other;
            }
        }

        return null;
    }

    /// <summary>
    /// The claims the claim relates to by this kind of relation, in the order of their ids, when there are at least
    /// <paramref name="atLeast"/> of them; otherwise <see langword="null"/>.
    /// </summary>
    internal static List<QuantifiedClaim>? AllRelated(ValidationContext context, QuantifiedClaim claim, ClaimRelationKind kind, int atLeast)
    {
        var count = 0;
        foreach (var relation in claim.Relations)
        {
            count += relation.Kind == kind ? 1 : 0;
        }

        if (count < atLeast)
        {
            return null;
        }

        var related = new List<QuantifiedClaim>(count);
        foreach (var relation in claim.Relations)
        {
            if (relation.Kind == kind && context.Claim(relation.Other) is { } other)
            {
                // Insertion keeps claims of one id in the order they are listed, as a stable sort would.
                var at = related.Count;
                while (at > 0 && related[at - 1].Id > other.Id)
                {
                    at--;
                }

                related.Insert(at, other);
            }
        }

        return related.Count < atLeast ? null : related;
    }

    /// <summary>
    /// The from→to pair a change is stated with (由 A 增至 B，增长 N%), when the change has no basis of its own
    /// (同比 and 比上年 measure against another period, not the pair's start) and the start is a non-zero figure.
    /// </summary>
    internal static bool TryFromToPair(ValidationContext context, QuantifiedClaim change, out QuantifiedClaim from, out QuantifiedClaim to)
    {
        from = to = null!;
        if (change.Basis is not null || FirstRelated(context, change, ClaimRelationKind.ChangeOf) is not { } end ||
            FirstRelated(context, end, ClaimRelationKind.To) is not { } start ||
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

    // Whether the two texts share a run of at least this many characters: each run of that length in b is looked
    // for in a with a vectorised search, instead of measuring the longest run from every pair of starts.
    internal static bool SharesRun(string a, string b, int length)
    {
        if (length <= 0)
        {
            return true;
        }

        for (var j = 0; j + length <= b.Length; j++)
        {
            if (a.AsSpan().IndexOf(b.AsSpan(j, length)) >= 0)
            {
                return true;
            }
        }

        return false;
    }
}
