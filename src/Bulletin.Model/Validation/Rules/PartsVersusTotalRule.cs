// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;

namespace Bulletin.Model.Validation.Rules;

/// <summary>BLT2103: parts that cannot add up to their stated total (<c>A、B，合计 C</c>).</summary>
internal sealed class PartsVersusTotalRule : IValidationRule
{
    public string Id => "BLT2103";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    public string Title => "Parts against their total";

    public void Validate(ValidationContext context)
    {
        foreach (var total in context.Issue.Claims)
        {
            var parts = FigureRule.Related(context, total, Claims.ClaimRelationKind.TotalOf).OrderBy(c => c.Id).ToList();
            if (parts.Count < 2)
            {
                continue;
            }

            var sum = parts.Select(FigureInterval.Of).Aggregate((a, b) => a + b);
            var stated = FigureInterval.Of(total);
            if (sum.IsBounded && !sum.Overlaps(stated))
            {
                var scale = FigureFormat.Scale(total);
                var terms = string.Join(" + ", parts.Select(p => FigureFormat.Write(p.Value ?? 0m, scale)));
                context.Report($"{terms} = {FigureFormat.Write((sum.Low!.Value + sum.High!.Value) / 2m, scale)}; the text says the total is {total.Text}.", total.Span, [total, .. parts]);
            }
        }
    }
}
