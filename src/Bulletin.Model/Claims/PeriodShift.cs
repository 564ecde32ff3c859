// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using NodaTime;

namespace Bulletin.Model.Claims;

/// <summary>
/// The period before a period of the same length: 2024-07 → 2024-06, 2024Q2 → 2024Q1, a week → the week before,
/// 2024 → 2023, 2024-01/2024-07 → 2024-01/2024-06. What a previous reading (<c>前值</c>) refers to.
/// </summary>
internal static class PeriodShift
{
    internal static ClaimPeriod? Previous(ClaimPeriod period)
    {
        var asOf = period.Text.StartsWith("asof ", StringComparison.Ordinal);
        var label = asOf ? period.Text["asof ".Length..] : period.Text;
        if (period.End is not { } end)
        {
            return null;
        }

        var start = period.Start ?? end;
        LocalDate first, last;
        string text;
        if (label.Length == 6 && label[4] == 'Q' && int.TryParse(label.AsSpan(5), out var quarter))
        {
            var year = quarter == 1 ? end.Year - 1 : end.Year;
            quarter = quarter == 1 ? 4 : quarter - 1;
            first = new LocalDate(year, (quarter * 3) - 2, 1);
            last = first.PlusMonths(3).PlusDays(-1);
            text = $"{year}Q{quarter}";
        }
        else if (label.Length == 4)
        {
            first = new LocalDate(end.Year - 1, 1, 1);
            last = new LocalDate(end.Year - 1, 12, 31);
            text = $"{end.Year - 1}";
        }
        else if (label.Length == 7)
        {
            first = new LocalDate(end.Year, end.Month, 1).PlusMonths(-1);
            last = first.PlusMonths(1).PlusDays(-1);
            text = IsoDate.Month(first).ToString();
        }
        else if (label.Length == 15 && start.Month == 1 && start.Day == 1 && end.Month > 1)
        {
            // 1—7月 → 1—6月: the previous reading of a running total.
            first = start;
            last = new LocalDate(end.Year, end.Month, 1).PlusDays(-1);
            text = last.Month == 1 ? IsoDate.Month(first).ToString() : $"{IsoDate.Month(first)}/{IsoDate.Month(last)}";
        }
        else if (label.Length == 21 && period.Start is not null)
        {
            // A span of days (一周, 8月1-10日) → the span of the same length before it.
            var days = Period.Between(start, end, PeriodUnits.Days).Days + 1;
            first = start.PlusDays(-days);
            last = end.PlusDays(-days);
            text = $"{new IsoDate(first)}/{new IsoDate(last)}";
        }
        else
        {
            return null;
        }

        return asOf ? new ClaimPeriod("asof " + text, period.Words, null, last) : new ClaimPeriod(text, period.Words, first, last);
    }
}
