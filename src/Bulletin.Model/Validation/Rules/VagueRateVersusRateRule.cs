// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2115: a change stated in words (<c>两位数增长</c>, <c>个位数下降</c>) and the rate stated right beside it for the
/// same subject (<c>实现两位数增长，同比增长8.5%</c>) that lies outside what the words allow. The two must be neighbours
/// in one paragraph, the second without a subject of its own or with the first one's; a rate of another subject
/// (<c>销售额两位数增长，利润增长8.5%</c>) is not compared.
/// </summary>
internal sealed class VagueRateVersusRateRule : IValidationRule
{
    // Neighbours within one clause or the next: 两位数增长，同比增长8.5% is seven characters apart.
    private const int MaxDistance = 16;

    public string Id => "BLT2115";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Rate in words against the rate beside it";

    public void Validate(ValidationContext context)
    {
        var claims = context.Issue.Claims;
        for (var i = 0; i + 1 < claims.Length; i++)
        {
            var (first, second) = (claims[i], claims[i + 1]);
            var (vague, precise) = IsVagueRate(first) ? (first, second) : (second, first);
            if (!IsVagueRate(vague) || precise.Kind != ClaimKind.Change || precise.Unit != "%" || precise.Value is null || IsVagueRate(precise) ||
                first.ArticleIndex != second.ArticleIndex || first.BlockIndex != second.BlockIndex ||
                second.Span.Start - first.Span.End is < 0 or > MaxDistance ||
                (second.Subject is { } subject && !string.Equals(subject, first.Subject, StringComparison.Ordinal)))
            {
                continue;
            }

            if (!FigureInterval.Of(vague).Overlaps(FigureInterval.Of(precise)))
            {
                context.Report(
                    $"\"{vague.Text}\" allows {FigureFormat.Percent(vague.Lower!.Value)} to {FigureFormat.Percent(vague.Upper!.Value)}, but the rate beside it is {FigureFormat.Percent(precise.Value.Value)}.",
                    precise.Span,
                    vague,
                    precise);
            }
        }
    }

    // 两位数, 个位数: a change in per cent given only as a range of digits.
    private static bool IsVagueRate(QuantifiedClaim claim) =>
        claim is { Kind: ClaimKind.Change, Unit: "%", Value: null, Lower: not null, Upper: not null };
}
