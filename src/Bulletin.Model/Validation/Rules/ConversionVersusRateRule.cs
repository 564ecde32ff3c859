// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

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
        foreach (var converted in context.Issue.Claims)
        {
            if (FigureRule.Related(context, converted, ClaimRelationKind.ConversionOf).FirstOrDefault() is not { } original ||
                RateFor(context, original.Unit, converted.Unit) is not { } rate)
            {
                continue;
            }

            var expected = FigureInterval.Of(original).Times(rate);
            var stated = FigureInterval.Of(converted);
            if (expected.IsBounded && !expected.Overlaps(stated) && original.Value is not null)
            {
                var scale = FigureFormat.Scale(converted);
                context.Report(
                    $"{original.Text} at {rate.ToString(System.Globalization.CultureInfo.InvariantCulture)} {converted.Unit}/{original.Unit} is {FigureFormat.Write(original.Value!.Value * rate, scale)}; the text says {converted.Text}.",
                    converted.Span,
                    converted,
                    original);
            }
        }
    }

    // Units of the quote currency per unit of the base: from the options first, then from rates the issue states.
    private static decimal? RateFor(ValidationContext context, string from, string to)
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

        foreach (var claim in context.Issue.Claims)
        {
            if (claim is { Kind: ClaimKind.Rate, Value: { } value and not 0m })
            {
                if (claim.Unit == $"{to}/{from}")
                {
                    return value;
                }

                if (claim.Unit == $"{from}/{to}")
                {
                    return 1m / value;
                }
            }
        }

        return null;
    }
}
