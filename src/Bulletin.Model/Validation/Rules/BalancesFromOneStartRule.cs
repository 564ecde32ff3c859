// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2113: a table row that gives balances at several ends with their changes since one start (<c>3月末 |
/// 比年初增减额 | 4月末 | 比年初增减额</c>): each balance less its change is the balance at the start, so all of them
/// must be one figure within the precision they are written to.
/// </summary>
internal sealed class BalancesFromOneStartRule : IValidationRule
{
    public string Id => "BLT2113";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Balances against their changes from one start";

    public void Validate(ValidationContext context)
    {
        foreach (var pairs in Rows(context))
        {
            var (firstBalance, firstChange) = pairs[0];
            var start = FigureInterval.Of(firstBalance) - FigureInterval.Of(firstChange);
            foreach (var (balance, change) in pairs.Skip(1))
            {
                var other = FigureInterval.Of(balance) - FigureInterval.Of(change);
                if (start.IsBounded && other.IsBounded && !start.Overlaps(other))
                {
                    var scale = FigureFormat.Scale(balance);
                    context.Report(
                        $"{firstBalance.Text} − {firstChange.Text} = {FigureFormat.Write(firstBalance.Value!.Value - firstChange.Value!.Value, scale)} at the start, but {balance.Text} − {change.Text} = {FigureFormat.Write(balance.Value!.Value - change.Value!.Value, scale)}; one start cannot have two balances.",
                        change.Span,
                        change,
                        balance,
                        firstBalance,
                        firstChange);
                }
            }
        }
    }

    /// <summary>The (balance, change) pairs of each table row whose changes run from one start, in column order.</summary>
    internal static IEnumerable<List<(QuantifiedClaim Balance, QuantifiedClaim Change)>> Rows(ValidationContext context)
    {
        List<(QuantifiedClaim, QuantifiedClaim)>? row = null;
        var key = (Line: -1, Start: (string?)null);
        foreach (var change in context.Issue.Claims)
        {
            if (change.Value is null || change.Period is not { } period || !FigureRule.IsInTable(context, change) ||
                FigureRule.FirstRelated(context, change, ClaimRelationKind.ChangeOf) is not { Value: not null } balance ||
                balance.Span.Line != change.Span.Line || balance.Kind != change.Kind || balance.Unit != change.Unit)
            {
                continue;
            }

            if (StartOf(period) is not { } start)
            {
                continue;
            }

            if (row is not null && key == (change.Span.Line, start))
            {
                row.Add((balance, change));
                continue;
            }

            if (row is { Count: >= 2 })
            {
                yield return row;
            }

            row = [(balance, change)];
            key = (change.Span.Line, start);
        }

        if (row is { Count: >= 2 })
        {
            yield return row;
        }
    }

    // 2025-01/2025-03 and 2025-01/2025-04 start together; so do 年初/3月末 and 年初/4月末 when no year is known.
    private static string? StartOf(ClaimPeriod period) =>
        period.Start is { } date ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : period.Text.IndexOf('/', System.StringComparison.Ordinal) is var slash and > 0 ? period.Text[..slash] : null;
}
