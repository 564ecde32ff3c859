// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2103: parts that cannot add up to their stated total (<c>A、B，合计 C</c>), and a table's rows against its
/// total row, column by column (see <see cref="TableTotals"/>), within the rounding the figures are written to.
/// </summary>
internal sealed class PartsVersusTotalRule : IValidationRule
{
    public string Id => "BLT2103";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    public string Title => "Parts against their total";

    // A table's forty rows are not written out one by one in the message.
    private const int MaxTermsWritten = 8;

    public void Validate(ValidationContext context)
    {
        foreach (var total in context.Issue.Claims)
        {
            var parts = FigureRule.AllRelated(context, total, Claims.ClaimRelationKind.TotalOf, atLeast: 2);
            if (parts is null)
            {
                continue;
            }

            // A table whose note says its groups overlap has rows that are not parts of one sum; a note that totals
            // and parts differ by rounding lets each part be off by a whole unit of its last digit, not half.
            var note = TableNote.Of(context, total);
            if (note.Overlap)
            {
                continue;
            }

            var sum = parts.Select(p => Widened(p, note.Rounding)).Aggregate((a, b) => a + b);
            var stated = FigureInterval.Of(total);
            if (sum.IsBounded && !sum.Overlaps(stated))
            {
                var scale = FigureFormat.Scale(total);
                var exact = FigureFormat.Write(parts.Sum(p => p.Value ?? 0m), scale);
                var terms = parts.Count <= MaxTermsWritten
                    ? string.Join(" + ", parts.Select(p => FigureFormat.Write(p.Value ?? 0m, scale))) + " = " + exact
                    : $"The {parts.Count} parts add up to {exact}";
                var says = FigureRule.IsInTable(context, total) ? $"the total row says {total.Text}" : $"the text says the total is {total.Text}";
                context.Report($"{terms}; {says}.", total.Span, [total, .. parts]);
            }
        }
    }

    private static FigureInterval Widened(QuantifiedClaim part, bool rounding)
    {
        var interval = FigureInterval.Of(part);
        var p = part.Precision ?? 0m;
        return rounding ? new FigureInterval(interval.Low - p, interval.High + p) : interval;
    }
}
