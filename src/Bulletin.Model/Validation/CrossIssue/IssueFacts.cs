// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.CrossIssue;

/// <summary>
/// What the cross-issue rules need to remember of one issue once it has been read: its numbering and the figures
/// it ties to a subject and a period. Keeping only this lets an archive of any size be validated in bounded memory.
/// </summary>
internal sealed record IssueFacts(
    string EntryName,
    string? Publication,
    int? Year,
    int? Number,
    int? CumulativeNumber,
    ImmutableArray<FigureFact> Figures)
{
    internal static IssueFacts Of(string entryName, BulletinIssue issue)
    {
        var figures = ComparableFigures.Of(issue.Claims)
            .Where(f => f.Claim is { Period: { Start: not null, End: not null }, Modality: ClaimModality.Actual })
            .Select(f => (f.Claim, f.Subject, Comparable: ComparableUnit.Of(f.Claim)))
            .Select(f => new FigureFact(FigureKey.Of(f.Claim, f.Subject, f.Comparable.Unit), f.Comparable.Interval, f.Claim.Text, f.Claim.Span, f.Claim.Period!.Text, f.Claim.Subject ?? f.Subject))
            .ToImmutableArray();
        return new IssueFacts(entryName, issue.Publication.Name, issue.Year, issue.Number, issue.CumulativeNumber, figures);
    }

    internal string Label => Year is { } y && Number is { } n ? $"{y} 年第 {n} 期" : EntryName;
}
