// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2106: a conversion (<c>约合</c>) against an exchange rate stated in the issue or supplied in the options.
/// Without a rate for the two currencies nothing is said.
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
            if (FigureRule.FirstRelated(context, converted, ClaimRelationKind.ConversionOf) is not { } original ||
                RateFor(context, rates, original.Unit, converted.Unit) is not { } rate)
            {
                continue;
            }

            var expected = FigureInterval.Of(original).Times(rate);
            var stated = FigureInterval.Of(converted);
            if (expected.IsBounded && !expected.Overlaps(stated) && original.Value is not null)
            {
                var scale = FigureFormat.Scale(converted);
                context.Report(
                    $"{original.Text} at {FigureFormat.Rate(rate)} {converted.Unit}/{original.Unit} is {FigureFormat.Write(original.Value!.Value * rate, scale)}; the text says {converted.Text}.",
                    converted.Span,
                    converted,
                    original);
            }
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
