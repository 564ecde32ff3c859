// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2109: parts that together are said to be a share of a whole stated elsewhere in the same article
/// (<c>A、B、C，合计占出口总额的 40%</c> against the <c>出口额</c> stated before): (A + B + C) ÷ whole must give
/// the share. The whole is found only when its subject and the words of the share name the same thing.
/// </summary>
internal sealed class ShareOfSumRule : IValidationRule
{
    // How many characters the share's words and the whole's subject must have in common to name the same thing.
    private const int MinCommonName = 6;

    public string Id => "BLT2109";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    public string Title => "Parts against a share of a total stated elsewhere";

    public void Validate(ValidationContext context)
    {
        foreach (var share in context.Issue.Claims)
        {
            var parts = FigureRule.AllRelated(context, share, ClaimRelationKind.ShareOfSum, atLeast: 2);
            if (parts is null || share.Subject is not { } named || parts.Any(p => p.Value is null))
            {
                continue;
            }

            var whole = context.Issue.Claims.LastOrDefault(c =>
                c.Id < parts[0].Id && c.ArticleIndex == share.ArticleIndex && c.Unit == parts[0].Unit && c.Kind == parts[0].Kind &&
                c.Value is > 0m && c.Subject is { } subject && FigureRule.SharesRun(subject, named, MinCommonName) &&
                (c.Period is null || parts[0].Period is null || c.Period.Text == parts[0].Period!.Text));
            if (whole is null)
            {
                continue;
            }

            var sum = parts.Select(FigureInterval.Of).Aggregate((a, b) => a + b);
            var ratio = sum.DividedBy(FigureInterval.Of(whole)).Times(100m);
            if (ratio.IsBounded && !ratio.Overlaps(FigureInterval.Of(share)))
            {
                var scale = FigureFormat.Scale(parts[0]);
                var total = parts.Sum(p => p.Value!.Value);
                var terms = string.Join(" + ", parts.Select(p => FigureFormat.Write(p.Value!.Value, scale)));
                context.Report(
                    $"{terms} = {FigureFormat.Write(total, scale)} is {FigureFormat.Percent(total / whole.Value!.Value * 100m)} of {whole.Text}; the text says {share.Text}.",
                    share.Span,
                    [share, whole, .. parts]);
            }
        }
    }
}
