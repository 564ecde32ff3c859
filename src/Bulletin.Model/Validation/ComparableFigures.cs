// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation;

/// <summary>
/// The figures that may be compared with another statement of the same figure, within an issue (BLT2107) or across
/// issues (BLT2202): those with a subject long enough to name a figure and a period, outside any list — a list member's
/// subject is the list's, not its own. Each comes with the name it is compared by (<see cref="ComparableFigure.Subject"/>).
/// </summary>
internal static class ComparableFigures
{
    // Shorter subjects ("出口", "增长") name too little to be the same figure in two places.
    private const int MinSubjectLength = 4;

    // Words after a measure that name the same measure (进出口总额 is 进出口, 贷款余额 is not 贷款).
    private static readonly string[] s_sameMeasureSuffixes = ["总额", "总值", "总量"];

    internal static List<ComparableFigure> Of(ImmutableArray<QuantifiedClaim> claims)
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

        var figures = new List<ComparableFigure>(claims.Length);
        for (var i = 0; i < claims.Length; i++)
        {
            var claim = claims[i];
            if (claim.Period is null || listed?.Contains(claim.Id) == true || IsList(claim) || Name(claims, i) is not { Length: >= MinSubjectLength } name)
            {
                continue;
            }

            figures.Add(new ComparableFigure(claim, name));
        }

        return figures;
    }

    // The name a figure is compared by: its subject without the words of its period (前三季度全市外贸进出口 is
    // 全市外贸进出口 of the first three quarters) or a suffix that names the same measure (进出口总额); a rate without a
    // subject of its own (…812.5 亿元，同比增长 9.5%) is the rate of the level it changes.
    private static string? Name(ImmutableArray<QuantifiedClaim> claims, int i)
    {
        var claim = claims[i];
        var subject = claim.Subject;
        if (subject is null && claim.Kind is ClaimKind.Change or ClaimKind.Multiple or ClaimKind.Pp)
        {
            foreach (var relation in claim.Relations)
            {
                if (relation.Kind == ClaimRelationKind.ChangeOf)
                {
                    subject = Find(claims, i, relation.Other)?.Subject;
                    break;
                }
            }
        }

        if (subject is null)
        {
            return null;
        }

        var name = subject.AsSpan().Trim();
        var words = claim.Period!.Words.AsSpan().Trim();
        if (words.Length > 0 && name.Length > words.Length && name.StartsWith(words, StringComparison.Ordinal))
        {
            name = name[words.Length..].TrimStart("，,、 　");
        }

        foreach (var suffix in s_sameMeasureSuffixes)
        {
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal))
            {
                name = name[..^suffix.Length];
                break;
            }
        }

        return name.Length == subject.Length ? subject : name.ToString();
    }

    // Claims are numbered in reading order, so the one a relation names is usually at its id less one.
    private static QuantifiedClaim? Find(ImmutableArray<QuantifiedClaim> claims, int near, int id)
    {
        if (id - 1 >= 0 && id - 1 < claims.Length && claims[id - 1].Id == id)
        {
            return claims[id - 1];
        }

        for (var k = near; k >= 0; k--)
        {
            if (claims[k].Id == id)
            {
                return claims[k];
            }
        }

        return null;
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
