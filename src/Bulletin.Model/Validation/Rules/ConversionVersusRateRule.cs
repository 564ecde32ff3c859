// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Claims;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2106: a conversion (<c>约合</c>) against an exchange rate supplied in the options or stated in the issue, and
/// failing both, against the range of the year's rates shipped with the library (<see cref="ReferenceExchangeRates"/>).
/// Without any rate for the two currencies nothing is said.
/// </summary>
internal sealed class ConversionVersusRateRule : IValidationRule
{
    public string Id => "BLT2106";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Conversion against the exchange rate";

    public void Validate(ValidationContext context)
    {
        // The rates the issue states, indexed once: looking them up per conversion made the rule quadratic.
        var rates = StatedRates(context);
        foreach (var converted in context.Issue.Claims)
        {
            if (FigureRule.FirstRelated(context, converted, ClaimRelationKind.ConversionOf) is not { } original)
            {
                continue;
            }

            if (RateFor(context, rates, original.Unit, converted.Unit) is { } point)
            {
                var expected = FigureInterval.Of(original).Times(point);
                var stated = FigureInterval.Of(converted);
                if (expected.IsBounded && !expected.Overlaps(stated) && original.Value is not null)
                {
                    var scale = FigureFormat.Scale(converted);
                    context.Report(
                        $"{original.Text} at {FigureFormat.Rate(point)} {converted.Unit}/{original.Unit} is {FigureFormat.Write(original.Value!.Value * point, scale)}; the text says {converted.Text}.",
                        converted.Span,
                        converted,
                        original);
                }
            }
            else if (context.Options.UsesReferenceRates)
            {
                CheckAgainstReference(context, original, converted);
            }
        }
    }

    // No rate stated or supplied: the conversion must fall inside what the year's lowest and highest rates give.
    // The year is the figure's own and the year of publication, either of which a writer may have converted at.
    private static void CheckAgainstReference(ValidationContext context, QuantifiedClaim original, QuantifiedClaim converted)
    {
        var issue = context.Issue;
        (decimal Low, decimal High)? range = null;
        int? first = null, last = null;
        foreach (var year in (ReadOnlySpan<int?>)[original.Period?.Start?.Year, original.Period?.End?.Year, issue.PublishedOn?.Year ?? issue.Year])
        {
            if (year is { } y && ReferenceExchangeRates.TryRange(original.Unit, converted.Unit, y, out var r))
            {
                range = range is { } known ? (Math.Min(known.Low, r.Low), Math.Max(known.High, r.High)) : (r.Low, r.High);
                first = Math.Min(first ?? y, y);
                last = Math.Max(last ?? y, y);
            }
        }

        if (range is not { } rates || original.Value is null ||
            !FigureInterval.Of(original).TryTimes(rates.Low, out var atLow) || !FigureInterval.Of(original).TryTimes(rates.High, out var atHigh))
        {
            return;
        }

        var expected = new FigureInterval(atLow.Low, atHigh.High);
        if (expected.IsBounded && !expected.Overlaps(FigureInterval.Of(converted)))
        {
            var scale = FigureFormat.Scale(converted);
            var years = first == last ? $"{first}" : $"{first}–{last}";
            context.Report(
                $"{original.Text} at {years}'s rates of {FigureFormat.Rate(rates.Low)}–{FigureFormat.Rate(rates.High)} {converted.Unit}/{original.Unit} ({ReferenceExchangeRates.Source}) is {FigureFormat.Write(expected, scale)}; the text says {converted.Text}.",
                converted.Span,
                converted,
                original);
        }
    }

    // The first rate the issue states in each unit (USD/CNY), with its place in reading order.
    private static Dictionary<string, (int Order, decimal Value)> StatedRates(ValidationContext context)
    {
        var rates = new Dictionary<string, (int Order, decimal Value)>(System.StringComparer.Ordinal);
        var claims = context.Issue.Claims;
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i] is { Kind: ClaimKind.Rate, Value: { } value and not 0m } claim)
            {
                rates.TryAdd(claim.Unit, (i, value));
            }
        }

        return rates;
    }

    // Units of the quote currency per unit of the base: from the options first, then the first rate the issue states
    // for the two currencies, either way round.
    private static decimal? RateFor(ValidationContext context, Dictionary<string, (int Order, decimal Value)> stated, string from, string to)
    {
        foreach (var rate in context.Options.ExchangeRates)
        {
            if (rate.Base == from && rate.Quote == to)
            {
                return rate.Rate;
            }

            if (rate.Base == to && rate.Quote == from && rate.Rate != 0m)
            {
                return 1m / rate.Rate;
            }
        }

        var direct = stated.TryGetValue($"{to}/{from}", out var d) ? d : ((int Order, decimal Value)?)null;
        var inverse = stated.TryGetValue($"{from}/{to}", out var v) ? v : ((int Order, decimal Value)?)null;
        return (direct, inverse) switch
        {
            ({ } a, { } b) => a.Order <= b.Order ? a.Value : 1m / b.Value,
            ({ } a, null) => a.Value,
            (null, { } b) => 1m / b.Value,
            _ => null,
        };
    }
}
