// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2110: percentage points stated against the two percentages they compare (<c>A 为 35.5%，比上年的 30.5%
/// 提高 5.0 个百分点</c>): the points must be the difference.
/// </summary>
internal sealed class PointsVersusPercentagesRule : IValidationRule
{
    public string Id => "BLT2110";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    public string Title => "Percentage points against two percentages";

    public void Validate(ValidationContext context)
    {
        foreach (var points in context.Issue.Claims)
        {
            var pair = FigureRule.AllRelated(context, points, ClaimRelationKind.DifferenceOf, atLeast: 2);
            if (pair is not { Count: 2 } || pair[0].Value is not { } first || pair[1].Value is not { } second || points.Value is null)
            {
                continue;
            }

            // The sign of the points follows the words (提高, 降低); compare sizes.
            var difference = FigureInterval.Of(pair[0]) - FigureInterval.Of(pair[1]);
            var size = difference.Low >= 0m ? difference : new FigureInterval(-difference.High, -difference.Low);
            var stated = FigureInterval.Of(points);
            var statedSize = stated.Low >= 0m ? stated : new FigureInterval(-stated.High, -stated.Low);
            if (size.IsBounded && statedSize.IsBounded && size.Low >= 0m && !size.Overlaps(statedSize))
            {
                context.Report(
                    $"{pair[0].Text} − {pair[1].Text} = {FigureFormat.Write(Math.Abs(first - second), (1m, "percentage points"))}; the text says {points.Text}.",
                    points.Span,
                    points,
                    pair[0],
                    pair[1]);
            }
        }
    }
}
