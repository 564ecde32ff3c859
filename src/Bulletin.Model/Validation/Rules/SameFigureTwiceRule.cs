// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
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
        // Figures of one subject, period and kind, in the order the issue first states each. Most stand alone: a
        // group holds its first figure and gets a list, and a comparable unit, only when a second one comes.
        var figures = ComparableFigures.Of(context.Issue.Claims);
        var index = new Dictionary<(string Subject, string Period, ClaimKind Kind), int>(figures.Count);
        var groups = new List<(ComparableFigure First, List<ComparableFigure>? All)>();
        foreach (var figure in figures)
        {
            var key = (figure.Subject, figure.Claim.Period!.Text, figure.Claim.Kind);
            if (!index.TryGetValue(key, out var at))
            {
                index[key] = groups.Count;
                groups.Add((figure, null));
                continue;
            }

            var (first, all) = groups[at];
            if (all is null)
            {
                groups[at] = (first, all = [first]);
            }

            all.Add(figure);
        }

        foreach (var (_, all) in groups)
        {
            if (all is not null)
            {
                Check(context, all);
            }
        }
    }

    private static void Check(ValidationContext context, List<ComparableFigure> group)
    {
        // Physical figures meet in their dimension's base unit: 4000 亿千瓦时 here and 400 太瓦时 there are one figure.
        var figures = new (QuantifiedClaim Claim, string Unit, FigureInterval Interval, string? Scope)[group.Count];
        for (var i = 0; i < figures.Length; i++)
        {
            var (unit, interval) = ComparableUnit.Of(group[i].Claim);
            figures[i] = (group[i].Claim, unit, interval, Scope(context, group[i].Claim));
        }

        var subject = group[0].Subject;

        for (var i = 1; i < figures.Length; i++)
        {
            var (claim, unit, interval, scope) = figures[i];
            for (var j = 0; j < i; j++)
            {
                var earlier = figures[j];
                if (earlier.Unit != unit || (earlier.Claim.BlockIndex == claim.BlockIndex && earlier.Claim.ArticleIndex == claim.ArticleIndex) || earlier.Scope != scope)
                {
                    continue;
                }

                // Only the first earlier statement of the figure is compared, as one finding per later statement.
                if (!earlier.Interval.Overlaps(interval))
                {
                    context.Report(
                        $"\"{DocumentChecks.Quote(claim.Subject ?? subject)}\" ({claim.Period!.Text}) is {claim.Text} here but {earlier.Claim.Text} at line {earlier.Claim.Span.Line}; both cannot be true.",
                        claim.Span,
                        claim,
                        earlier.Claim);
                }

                break;
            }
        }
    }
}
