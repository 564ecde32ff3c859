// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2112: a level stated with both the amount it changed by and the rate (<c>收入 300 亿元，比上年增加 20 亿元，增长
/// 7.1%</c>): the base is the level less the change, and the change over the base must give the rate. A multiple
/// (<c>增长 1.5 倍</c>) is read both ways, as BLT2105 reads it.
/// </summary>
internal sealed class ChangeAmountVersusRateRule : IValidationRule
{
    public string Id => "BLT2112";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    public string Title => "Amount of change against its rate";

    public void Validate(ValidationContext context)
    {
        foreach (var (rate, level, change) in Triples(context))
        {
            var levelInterval = FigureInterval.Of(level);
            var changeInterval = FigureInterval.Of(change);
            var baseInterval = levelInterval - changeInterval;
            if (baseInterval.Low is not > 0m)
            {
                continue;
            }

            // A fall is divided as a rise and turned back: the quotient of intervals is taken of positive figures.
            var sign = change.Value < 0m ? -1m : 1m;
            var growth = changeInterval.Times(sign).DividedBy(baseInterval).Times(100m * sign);
            var stated = FigureInterval.Of(rate);
            var agrees = rate.Kind == ClaimKind.Change
                ? growth.Overlaps(stated)
                : growth.Overlaps(stated.Times(100m)) || growth.Overlaps(new FigureInterval(stated.Low * 100m - 100m, stated.High * 100m - 100m));
            if (growth.IsBounded && !agrees)
            {
                var computed = change.Value!.Value / (level.Value!.Value - change.Value!.Value) * 100m;
                var scale = FigureFormat.Scale(level);
                var said = rate.Kind == ClaimKind.Change ? FigureFormat.Percent(rate.Value!.Value) : rate.Text;
                context.Report(
                    $"{level.Text} after a change of {FigureFormat.Write(change.Value!.Value, scale)} is a change of {FigureFormat.Percent(computed)} on {FigureFormat.Write(level.Value!.Value - change.Value!.Value, scale)}; the text says {said}.",
                    rate.Span,
                    rate,
                    level,
                    change);
            }
        }
    }

    /// <summary>Each rate with the level and the amount of change it is stated with, where the text states both.</summary>
    internal static IEnumerable<(QuantifiedClaim Rate, QuantifiedClaim Level, QuantifiedClaim Change)> Triples(ValidationContext context)
    {
        // The amounts of change of each level, in reading order, found in one pass: looking them up per rate made
        // the rule quadratic in the claims of an issue.
        var changes = new Dictionary<int, List<QuantifiedClaim>>();
        foreach (var claim in context.Issue.Claims)
        {
            if (claim.Value is null)
            {
                continue;
            }

            foreach (var relation in claim.Relations)
            {
                if (relation.Kind == ClaimRelationKind.ChangeOf && context.Claim(relation.Other) is { } of && of.Kind == claim.Kind && of.Unit == claim.Unit)
                {
                    (changes.TryGetValue(of.Id, out var list) ? list : changes[of.Id] = []).Add(claim);
                }
            }
        }

        if (changes.Count == 0)
        {
            yield break;
        }

        foreach (var rate in context.Issue.Claims)
        {
            if (rate.Kind is not (ClaimKind.Change or ClaimKind.Multiple) || rate.Unit is not ("%" or "x") || rate.Value is null ||
                FigureRule.FirstRelated(context, rate, ClaimRelationKind.ChangeOf) is not { Value: not null } of || !FigureRule.IsLevel(of) ||
                !changes.TryGetValue(of.Id, out var amounts) || amounts.Find(c => c.Id > of.Id && c.Id < rate.Id) is not { } amount)
            {
                continue;
            }

            yield return (rate, of, amount);
        }
    }
}
