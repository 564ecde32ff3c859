// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2105: a from→to pair (<c>由 A 增至 B</c>) against the change stated with it: a rate in per cent, a multiple
/// (<c>增长 N 倍</c>, which may mean N× or (N+1)×; the ambiguity is noted), or percentage points between two percentages.
/// </summary>
internal sealed class FromToVersusChangeRule : IValidationRule
{
    public string Id => "BLT2105";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    public string Title => "From→to pair against its change";

    public void Validate(ValidationContext context)
    {
        foreach (var change in context.Issue.Claims)
        {
            if (!FigureRule.TryFromToPair(context, change, out var from, out var to))
            {
                continue;
            }

            var fromInterval = FigureInterval.Of(from);
            var toInterval = FigureInterval.Of(to);
            var stated = FigureInterval.Of(change);
            switch (change.Kind)
            {
                case ClaimKind.Change:
                    var growth = toInterval.DividedBy(fromInterval).Times(100m);
                    var rate = new FigureInterval(growth.Low - 100m, growth.High - 100m);
                    if (rate.IsBounded && !rate.Overlaps(stated))
                    {
                        var computed = (to.Value!.Value / from.Value!.Value * 100m) - 100m;
                        context.Report($"From {from.Text} to {to.Text} is a change of {FigureFormat.Percent(computed)}; the text says {change.Text}.", change.Span, change, from, to);
                    }

                    break;
                case ClaimKind.Multiple:
                    var times = toInterval.DividedBy(fromInterval);
                    var plusOne = new FigureInterval(stated.Low + 1m, stated.High + 1m);
                    if (times.IsBounded && !times.Overlaps(stated) && !times.Overlaps(plusOne))
                    {
                        context.Report($"From {from.Text} to {to.Text} is {FigureFormat.Write(to.Value!.Value / from.Value!.Value, (1m, "times"))}; the text says {change.Text}.", change.Span, change, from, to);
                    }

                    break;
                case ClaimKind.Pp when from.Unit == "%" && to.Unit == "%":
                    var difference = toInterval - fromInterval;
                    if (difference.IsBounded && !difference.Overlaps(stated))
                    {
                        context.Report($"{to.Text} − {from.Text} = {FigureFormat.Write(to.Value!.Value - from.Value!.Value, (1m, "percentage points"))}; the text says {change.Text}.", change.Span, change, from, to);
                    }

                    break;
            }
        }
    }
}
