// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Globalization;
using Bulletin.Model.Claims;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2114: an item of a firm's accounts stated in bare currency units beside items of the same paragraph stated in
/// 万 or 亿 of it, ten thousand times or more below the largest (<c>营业收入3.26亿元…净利润2815.40元</c>): a 万 was
/// likely dropped. The warning names the unit that brings the figure into line. Figures of other kinds, prices per
/// unit and amounts that are not statement items (人均奖励2000元) are not compared.
/// </summary>
internal sealed class MagnitudeSlipRule : IValidationRule
{
    // Ten thousand times below the largest peer: a dropped 万 at the least. Real accounts put net profit at a few
    // per cent of revenue at the lowest, far above that.
    private const decimal SlipRatio = 10_000m;

    private static readonly (decimal Factor, string Word)[] s_magnitudes = [(10_000m, "万"), (100_000_000m, "亿")];

    public string Id => "BLT2114";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Amount a magnitude off its peers";

    public void Validate(ValidationContext context)
    {
        var claims = context.Issue.Claims;
        var start = 0;
        while (start < claims.Length)
        {
            // One paragraph's claims stand together in the claim list.
            var end = start + 1;
            while (end < claims.Length && claims[end].ArticleIndex == claims[start].ArticleIndex && claims[end].BlockIndex == claims[start].BlockIndex)
            {
                end++;
            }

            ValidateParagraph(context, claims.AsSpan(start, end - start));
            start = end;
        }
    }

    private static void ValidateParagraph(ValidationContext context, ReadOnlySpan<QuantifiedClaim> claims)
    {
        QuantifiedClaim? largest = null;
        foreach (var claim in claims)
        {
            if (IsStatementAmount(claim) && HasMagnitudeWord(claim) && (largest is null || claim.Value > largest.Value))
            {
                largest = claim;
            }
        }

        if (largest is null)
        {
            return;
        }

        foreach (var claim in claims)
        {
            if (!IsStatementAmount(claim) || HasMagnitudeWord(claim) || claim.Unit != largest.Unit || claim.Value is not { } value || value < 1m ||
                largest.Value!.Value / value < SlipRatio || LikelyMagnitude(value, largest.Value.Value) is not { } word)
            {
                continue;
            }

            context.Report(
                string.Create(CultureInfo.InvariantCulture, $"\"{claim.Text}\" is over {PowerOfTenBelow(largest.Value.Value / value):N0} times below \"{largest.Text}\" in the same paragraph; a figure of the accounts that small is more likely {word}{UnitWord(claim)} with the {word} dropped."),
                claim.Span,
                claim,
                largest);
        }
    }

    private static bool IsStatementAmount(QuantifiedClaim claim) =>
        claim is { Kind: ClaimKind.Amount, Value: > 0m, Subject: { } subject } &&
        ClaimLexicon.StatementItems.MatchBefore(ChineseScript.ToSimplified(subject), subject.Length, 0, out _, out _);

    // 3.26亿元, 2650.12万元, 8,000萬元: the figure is written with a magnitude word.
    private static bool HasMagnitudeWord(QuantifiedClaim claim) => claim.Text.AsSpan().IndexOfAny("万亿萬億兆") >= 0;

    // 116992.28 → 100000: the ratio said as the power of ten it passes, since its digits mean nothing.
    private static decimal PowerOfTenBelow(decimal ratio)
    {
        var power = 1m;
        while (power * 10m <= ratio)
        {
            power *= 10m;
        }

        return power;
    }

    // The magnitude that puts the figure within the largest one and closest below it.
    private static string? LikelyMagnitude(decimal value, decimal largest)
    {
        string? best = null;
        foreach (var (factor, word) in s_magnitudes)
        {
            if (value * factor <= largest)
            {
                best = word;
            }
        }

        return best;
    }

    // 元, 美元: the currency word the figure was written with.
    private static string UnitWord(QuantifiedClaim claim)
    {
        var text = claim.Text.AsSpan().TrimEnd();
        var at = text.Length;
        while (at > 0 && !char.IsAsciiDigit(text[at - 1]))
        {
            at--;
        }

        return text[at..].Trim().ToString();
    }
}
