// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Linq;

namespace Bulletin.Model.Validation.CrossIssue;

/// <summary>
/// BLT2201: within one publication, cumulative numbers must follow from year and number. In one year every issue
/// has the same offset (总第 58 期 for 2025 年第 6 期 implies 总第 57 期 for 2025 年第 5 期); across years the
/// cumulative number must grow by at least the later issue's number.
/// </summary>
internal sealed class CumulativeNumberRule : ICrossIssueRule
{
    public string Id => "BLT2201";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Cumulative issue number does not follow from year and number";

    public void Check(IReadOnlyList<IssueFacts> issues, CrossIssueReport report)
    {
        var publications = issues
            .Where(i => i is { Publication: not null, Year: not null, Number: not null, CumulativeNumber: not null })
            .GroupBy(i => i.Publication);
        foreach (var publication in publications)
        {
            IssueFacts? lastOfYearBefore = null;
            foreach (var year in publication.GroupBy(i => i.Year!.Value).OrderBy(g => g.Key))
            {
                var agreeing = CheckYear(year.OrderBy(i => i.Number).ToList(), report);
                var first = agreeing[0];
                if (lastOfYearBefore is { } last && (long)first.CumulativeNumber!.Value - last.CumulativeNumber!.Value < first.Number)
                {
                    report(
                        first,
                        $"{first.Label} is 总第 {first.CumulativeNumber} 期, but {last.Label} is already 总第 {last.CumulativeNumber} 期; " +
                        $"with {first.Number} issues of {year.Key} up to this one, 总第 {(long)last.CumulativeNumber.Value + first.Number!.Value} 期 or later is expected.",
                        default);
                }

                lastOfYearBefore = agreeing[^1];
            }
        }
    }

    // The offset (cumulative − number) most issues of the year share is taken as right; each other issue is reported.
    private static List<IssueFacts> CheckYear(List<IssueFacts> year, CrossIssueReport report)
    {
        var agreeing = year
            .GroupBy(i => (long)i.CumulativeNumber!.Value - i.Number!.Value)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(i => i.Number))
            .First()
            .ToList();
        var reference = agreeing[0];
        foreach (var issue in year.Where(i => !agreeing.Contains(i)))
        {
            // Numbers near int's limits (read from JSON) must not overflow the arithmetic of the message.
            var expected = (long)reference.CumulativeNumber!.Value + ((long)issue.Number!.Value - reference.Number!.Value);
            report(
                issue,
                $"{issue.Label} is 总第 {issue.CumulativeNumber} 期, but {reference.Label} is 总第 {reference.CumulativeNumber} 期, " +
                $"which implies 总第 {expected} 期 for {issue.Label}.",
                        default);
        }

        return agreeing;
    }
}
