// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2102: the shares of one whole, listed together (<c>分别占 A%、B%和 C%</c>) or stated clause by clause of groups
/// named alike (<c>民营企业约占 70%，外资企业占 40% 左右</c>), that add up to more than 100%.
/// Lists of shares of different wholes (<c>49%的储量、69%的开采量</c>) are not compared, nor lists that would need more
/// than one misprint to exceed the whole.
/// </summary>
internal sealed class SharesExceedWholeRule : IValidationRule
{
    public string Id => "BLT2102";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    public string Title => "Shares of one whole above 100%";

    public void Validate(ValidationContext context)
    {
        foreach (var group in WholeGroups(context))
        {
            // Shares that could only be parts of one whole if several were misprinted (99%、94%、85% of what three funds
            // give to one end) are shares of as many wholes: the list is read as one whole only while all but its
            // largest share still fit in it, so the excess can come from one figure.
            var intervals = group.Select(FigureInterval.Of).OrderBy(i => i.Low ?? 0m).ToList();
            var sum = intervals.Aggregate((a, b) => a + b);
            var rest = intervals.SkipLast(1).Aggregate((a, b) => a + b);
            if (sum.Low > 100m && rest.Low <= 100m)
            {
                var terms = string.Join(" + ", group.Select(c => FigureFormat.Percent(c.Value ?? c.Lower ?? 0m)));
                context.Report($"{terms} = {FigureFormat.Percent(sum.Low!.Value)} at the least: shares of one whole cannot add up to more than 100%.", group[0].Span, group);
            }
        }
    }

    /// <summary>
    /// The groups of shares this rule reads as shares of one whole: a <c>分别</c> list of shares, and shares stated
    /// clause by clause that the extractor linked as of one whole (<see cref="ClaimRelationKind.SameWholeAs"/>).
    /// </summary>
    internal static IEnumerable<List<QuantifiedClaim>> WholeGroups(ValidationContext context)
    {
        foreach (var group in ListGroups(context))
        {
            if (group.Count >= 2 && group.All(c => c.Kind == ClaimKind.Share) && group[0].Subject?.Contains("分别", System.StringComparison.Ordinal) == true)
            {
                yield return group;
            }
        }

        List<QuantifiedClaim>? chain = null;
        foreach (var claim in context.Issue.Claims)
        {
            if (claim.Relations.FirstOrDefault(r => r.Kind == ClaimRelationKind.SameWholeAs) is { } link)
            {
                if (chain is null || chain[^1].Id != link.Other)
                {
                    if (chain is { Count: >= 2 })
                    {
                        yield return chain;
                    }

                    chain = context.Claim(link.Other) is { } first ? [first] : [];
                }

                chain.Add(claim);
            }
        }

        if (chain is { Count: >= 2 })
        {
            yield return chain;
        }
    }

    private static IEnumerable<List<QuantifiedClaim>> ListGroups(ValidationContext context)
    {
        List<QuantifiedClaim>? group = null;
        foreach (var claim in context.Issue.Claims)
        {
            var joined = claim.Relations.Any(r => r.Kind == ClaimRelationKind.ListMember);
            if (joined && group is not null)
            {
                group.Add(claim);
                continue;
            }

            if (group is not null)
            {
                yield return group;
            }

            group = [claim];
        }

        if (group is not null)
        {
            yield return group;
        }
    }
}
