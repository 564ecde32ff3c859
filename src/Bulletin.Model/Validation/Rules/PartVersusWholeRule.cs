// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2104: a part (<c>其中 …</c>) larger than its whole, or whose stated share (<c>其中 B，占 S%</c>) disagrees with
/// part ÷ whole.
/// </summary>
internal sealed class PartVersusWholeRule : IValidationRule
{
    public string Id => "BLT2104";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    public string Title => "Part against its whole";

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
            if (!FigureRule.IsLevel(part) || FigureRule.Related(context, part, ClaimRelationKind.PartOf).FirstOrDefault() is not { } whole)
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
            // Only a share that names no whole of its own (占 65.6%, not 占入境外国人 73.1%) is part ÷ this whole.
            if (i + 1 < claims.Length && claims[i + 1] is { Kind: ClaimKind.Share, Subject: null } share && share.BlockIndex == part.BlockIndex &&
                share.ArticleIndex == part.ArticleIndex && share.Span.Start - part.Span.End < 12)
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
    }

    // The members of the list that ends at this part, when this part is its last and all are parts of one whole.
    private static List<QuantifiedClaim>? ListedParts(ValidationContext context, Dictionary<int, QuantifiedClaim> nextMember, QuantifiedClaim last, QuantifiedClaim whole)
    {
        if (nextMember.TryGetValue(last.Id, out var next) && FigureRule.Related(context, next, ClaimRelationKind.PartOf).FirstOrDefault() == whole)
        {
            return null;
        }

        var listed = new List<QuantifiedClaim> { last };
        var member = last;
        while (member.Relations.FirstOrDefault(r => r.Kind == ClaimRelationKind.ListMember) is { Other: var previousId } &&
            context.Claim(previousId) is { } previous && FigureRule.Related(context, previous, ClaimRelationKind.PartOf).FirstOrDefault() == whole)
        {
            listed.Insert(0, previous);
            member = previous;
        }

        return listed;
    }
}
