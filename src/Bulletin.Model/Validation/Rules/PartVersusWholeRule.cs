// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Bulletin.Model.Claims;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2104: a part (<c>其中 …</c>) larger than its whole, or whose stated share (<c>其中 B，占 S%</c>) disagrees with
/// part ÷ whole; and a share that names its whole (<c>占全市外贸的 S%</c>) against the one level of its paragraph that
/// the name fits.
/// </summary>
internal sealed class PartVersusWholeRule : IValidationRule
{
    public string Id => "BLT2104";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    public string Title => "Part against its whole";

    // How far after its part a share may stand (，占总量的 ) and still be the part's.
    private const int MaxShareGap = 12;

    public void Validate(ValidationContext context)
    {
        var claims = context.Issue.Claims;
        var nextMember = new Dictionary<int, QuantifiedClaim>();
        foreach (var claim in claims)
        {
            foreach (var relation in claim.Relations)
            {
                if (relation.Kind == ClaimRelationKind.ListMember)
                {
                    nextMember.TryAdd(relation.Other, claim);
                }
            }
        }

        for (var i = 0; i < claims.Length; i++)
        {
            var part = claims[i];
            if (!FigureRule.IsLevel(part) || FigureRule.FirstRelated(context, part, ClaimRelationKind.PartOf) is not { } whole)
            {
                continue;
            }

            var partInterval = FigureInterval.Of(part);
            var wholeInterval = FigureInterval.Of(whole);
            if (partInterval.Low > wholeInterval.High)
            {
                context.Report($"The part {part.Text} is larger than its whole {whole.Text}.", part.Span, part, whole);
                continue;
            }

            // 其中A、B、C: the listed parts together are no more than their whole (a partial breakdown is never
            // checked as a sum). Each list counts once, from its last member; two breakdowns are two lists.
            if (ListedParts(context, nextMember, part, whole) is { Count: >= 2 } listed)
            {
                var sum = listed.Select(FigureInterval.Of).Aggregate((a, b) => a + b);
                if (sum.Low > wholeInterval.High)
                {
                    var scale = FigureFormat.Scale(whole);
                    var terms = string.Join(" + ", listed.Select(p => FigureFormat.Write(p.Value ?? p.Lower ?? 0m, scale)));
                    context.Report($"The parts {terms} add up to more than their whole {whole.Text}.", part.Span, [part, .. listed.SkipLast(1), whole]);
                    continue;
                }
            }

            // 其中 B，占 S%: the share is B ÷ whole.
            if (ShareOf(claims, i, whole) is { } share)
            {
                var ratio = partInterval.DividedBy(wholeInterval).Times(100m);
                var stated = FigureInterval.Of(share);
                if (ratio.IsBounded && !ratio.Overlaps(stated) && part.Value is { } partValue && whole.Value is { } wholeValue and not 0m)
                {
                    var computed = partValue / wholeValue * 100m;
                    context.Report($"{part.Text} ÷ {whole.Text} = {FigureFormat.Percent(computed)}; the text says {share.Text}.", share.Span, share, part, whole);
                }
            }
        }

        foreach (var (part, share, whole) in NamedWholeShares(context))
        {
            var ratio = FigureInterval.Of(part).DividedBy(FigureInterval.Of(whole)).Times(100m);
            if (ratio.IsBounded && !ratio.Overlaps(FigureInterval.Of(share)))
            {
                var computed = part.Value!.Value / whole.Value!.Value * 100m;
                context.Report($"{part.Text} ÷ {whole.Text} = {FigureFormat.Percent(computed)}; the text says {share.Text}.", share.Span, share, part, whole);
            }
        }
    }

    /// <summary>
    /// Each part stated with its share of a whole that the share names and the paragraph states elsewhere, the part
    /// having no whole of its own (<c>持股市值 3.05 亿元，占基金股票持仓的 24.4%；基金的股票持仓市值为 12.5 亿元</c>):
    /// the part, its share and the one level of the paragraph, in the part's unit and period, whose subject holds the
    /// named whole.
    /// </summary>
    internal static IEnumerable<(QuantifiedClaim Part, QuantifiedClaim Share, QuantifiedClaim Whole)> NamedWholeShares(ValidationContext context)
    {
        var claims = context.Issue.Claims;
        for (var i = 0; i + 1 < claims.Length; i++)
        {
            var part = claims[i];
            if (!FigureRule.IsLevel(part) || part.Value is null || FigureRule.FirstRelated(context, part, ClaimRelationKind.PartOf) is not null ||
                claims[i + 1] is not { Kind: ClaimKind.Share, Subject: { } subject } share || share.BlockIndex != part.BlockIndex ||
                share.ArticleIndex != part.ArticleIndex || share.Span.Start - part.Span.End >= MaxShareGap)
            {
                continue;
            }

            var at = subject.LastIndexOf('占');
            var named = at < 0 ? "" : WithoutParticles(subject.AsSpan(at + 1).Trim("的 "));
            if (named.Length < 2 || ClaimLexicon.GenericWholeWords.MatchAt(named, 0, named.Length, out var generic, out _) && generic.Length == named.Length)
            {
                continue;
            }

            // Claims stand in reading order, so the part's paragraph is the run of claims around it: only that run is
            // asked, not every claim of the issue for every such share.
            var from = i;
            while (from > 0 && SameBlock(claims[from - 1], part))
            {
                from--;
            }

            QuantifiedClaim? whole = null;
            var found = 0;
            for (var k = from; k < claims.Length && SameBlock(claims[k], part); k++)
            {
                var other = claims[k];
                if (!ReferenceEquals(other, part) && FigureRule.IsLevel(other) && other.Value is not (null or 0m) && other.Unit == part.Unit &&
                    other.Period?.Text == part.Period?.Text &&
                    other.Subject is { } name && WithoutParticles(name.AsSpan()).Contains(named, StringComparison.Ordinal))
                {
                    whole = other;
                    found++;
                }
            }

            // Two levels that the name fits are two guesses: neither is compared.
            if (found == 1)
            {
                yield return (part, share, whole!);
            }
        }
    }

    private static bool SameBlock(QuantifiedClaim claim, QuantifiedClaim part) =>
        claim.ArticleIndex == part.ArticleIndex && claim.BlockIndex == part.BlockIndex;

    // 基金的股票持仓 and 基金股票持仓 name one thing: the particle 的 and spaces are left out of the comparison.
    private static string WithoutParticles(ReadOnlySpan<char> name)
    {
        Span<char> kept = stackalloc char[Math.Min(name.Length, 64)];
        var n = 0;
        foreach (var c in name)
        {
            if (c is not ('的' or ' ' or '　') && n < kept.Length)
            {
                kept[n++] = c;
            }
        }

        return new string(kept[..n]);
    }

    /// <summary>
    /// The share stated right after the part at <paramref name="i"/>, when it is of the part's whole: it names no whole
    /// (占 65.6%), a whole in general (占总量的 40.6%), or a whole the whole's own subject holds (占进出口总额的, after
    /// 全市进出口总额) — not another one (占全省进出口总额的, 占入境外国人 73.1%).
    /// </summary>
    internal static QuantifiedClaim? ShareOf(ImmutableArray<QuantifiedClaim> claims, int i, QuantifiedClaim whole)
    {
        var part = claims[i];
        if (i + 1 >= claims.Length || claims[i + 1] is not { Kind: ClaimKind.Share } share || share.BlockIndex != part.BlockIndex ||
            share.ArticleIndex != part.ArticleIndex || share.Span.Start - part.Span.End >= MaxShareGap)
        {
            return null;
        }

        if (share.Subject is not { } subject)
        {
            return share;
        }

        var at = subject.LastIndexOf('占');
        if (at < 0)
        {
            return null;
        }

        var named = subject.AsSpan(at + 1).Trim("的 ");
        return named.Length == 0 || ClaimLexicon.GenericWholeWords.MatchAt(named, 0, named.Length, out var word, out _) && word.Length == named.Length ||
            (whole.Subject is { } wholeSubject && wholeSubject.AsSpan().IndexOf(named, StringComparison.Ordinal) >= 0)
            ? share
            : null;
    }

    // The members of the list that ends at this part, when this part is its last and all are parts of one whole.
    private static List<QuantifiedClaim>? ListedParts(ValidationContext context, Dictionary<int, QuantifiedClaim> nextMember, QuantifiedClaim last, QuantifiedClaim whole)
    {
        if (nextMember.TryGetValue(last.Id, out var next) && FigureRule.FirstRelated(context, next, ClaimRelationKind.PartOf) == whole)
        {
            return null;
        }

        var listed = new List<QuantifiedClaim> { last };
        var member = last;
        while (member.Relations.FirstOrDefault(r => r.Kind == ClaimRelationKind.ListMember) is { Other: var previousId } &&
            context.Claim(previousId) is { } previous && FigureRule.FirstRelated(context, previous, ClaimRelationKind.PartOf) == whole)
        {
            listed.Insert(0, previous);
            member = previous;
        }

        return listed;
    }
}
