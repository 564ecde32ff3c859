// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2108: <c>增长 N 倍</c> with a from→to pair that fits (N+1)× but not N×: the words are read both ways in
/// practice, so this is a note, not an error.
/// </summary>
internal sealed class AmbiguousMultipleRule : IValidationRule
{
    public string Id => "BLT2108";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Info;

    public string Title => "增长 N 倍 read as (N+1)×";

    public void Validate(ValidationContext context)
    {
        foreach (var change in context.Issue.Claims)
        {
            if (change.Kind != ClaimKind.Multiple || !FigureRule.TryFromToPair(context, change, out var from, out var to))
            {
                continue;
            }

            var times = FigureInterval.Of(to).DividedBy(FigureInterval.Of(from));
            var stated = FigureInterval.Of(change);
            var plusOne = new FigureInterval(stated.Low + 1m, stated.High + 1m);
            if (times.IsBounded && !times.Overlaps(stated) && times.Overlaps(plusOne))
            {
                context.Report($"From {from.Text} to {to.Text} is {FigureFormat.Write(to.Value!.Value / from.Value!.Value, (1m, "times"))} the start: \"{change.Text}\" is read here as growth by that many times the start, not to it.", change.Span, change, from, to);
            }
        }
    }
}
