// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2107: the same figure — same subject, period, kind and unit — stated in two places of one issue with
/// values that cannot both be true (<c>增长 4.8%</c> against <c>实现两位数增长</c>). Figures whose subject or period
/// the text does not tie together are not compared.
/// </summary>
internal sealed class SameFigureTwiceRule : IValidationRule
{
    public string Id => "BLT2107";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Same figure stated twice with different values";

    private const int MaxScopeLabel = 12;

    // 营业基金：总收入…: a paragraph that opens with a label and a colon speaks of that part only, so its figures are
    // not the whole's figures of the same name elsewhere.
    internal static string? Scope(ValidationContext context, QuantifiedClaim claim)
    {
        if (!FigureRule.TryBlockOf(context, claim, out var blocks, out var b))
        {
            return null;
        }

        var text = blocks[b].Text.AsSpan().TrimStart(" 　\t");
        var colon = text[..Math.Min(text.Length, MaxScopeLabel + 1)].IndexOfAny('：', ':');
        return colon > 0 && text[..colon].IndexOfAny("，。；,;") < 0 ? text[..colon].ToString() : null;
    }

    public void Validate(ValidationContext context)
    {
        // Physical figures meet in their dimension's base unit: 4000 亿千瓦时 here and 400 太瓦时 there are one figure.
        var groups = ComparableFigures.Of(context.Issue.Claims)
            .Select(c => (Claim: c, Comparable: ComparableUnit.Of(c)))
            .GroupBy(f => (f.Claim.Subject, f.Claim.Period!.Text, f.Claim.Kind, f.Comparable.Unit));
        foreach (var group in groups)
        {
            var figures = group.ToList();
            for (var i = 1; i < figures.Count; i++)
            {
                var (claim, comparable) = figures[i];
                var scope = Scope(context, claim);
                var earlier = figures.Take(i).FirstOrDefault(e =>
                    (e.Claim.BlockIndex != claim.BlockIndex || e.Claim.ArticleIndex != claim.ArticleIndex) && Scope(context, e.Claim) == scope);
                if (earlier.Claim is not null && !earlier.Comparable.Interval.Overlaps(comparable.Interval))
                {
                    context.Report(
                        $"\"{DocumentChecks.Quote(group.Key.Subject!)}\" ({group.Key.Text}) is {claim.Text} here but {earlier.Claim.Text} at line {earlier.Claim.Span.Line}; both cannot be true.",
                        claim.Span,
                        claim,
                        earlier.Claim);
                }
            }
        }
    }
}
