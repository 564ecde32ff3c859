// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;

namespace Bulletin.Model.Validation.CrossIssue;

/// <summary>
/// BLT2202: two issues of one publication state the same figure — same subject, resolved period, kind, unit,
/// counted noun and basis — with values that cannot both be true, as when a later issue revises a figure
/// without saying so. Each issue's figure is compared with the first issue that stated it.
/// </summary>
internal sealed class FigureAcrossIssuesRule : ICrossIssueRule
{
    public string Id => "BLT2202";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Same figure reported differently in two issues";

    public void Check(IReadOnlyList<IssueFacts> issues, CrossIssueReport report)
    {
        var first = new Dictionary<(string? Publication, FigureKey Key), (IssueFacts Issue, FigureFact Figure)>();
        foreach (var issue in issues)
        {
            var reported = new HashSet<FigureKey>();
            foreach (var figure in issue.Figures)
            {
                if (!first.TryGetValue((issue.Publication, figure.Key), out var earlier))
                {
                    first[(issue.Publication, figure.Key)] = (issue, figure);
                    continue;
                }

                if (!ReferenceEquals(earlier.Issue, issue) && !earlier.Figure.Interval.Overlaps(figure.Interval) && reported.Add(figure.Key))
                {
                    report(
                        issue,
                        $"\"{figure.Subject}\" ({figure.PeriodText}) is {figure.Text} here but {earlier.Figure.Text} in " +
                        $"{earlier.Issue.Label} ({earlier.Issue.EntryName}, line {earlier.Figure.Span.Line}); both cannot be true.",
                        figure.Span);
                }
            }
        }
    }
}
