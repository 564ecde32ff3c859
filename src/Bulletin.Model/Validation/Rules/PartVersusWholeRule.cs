// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2104: a part (<c>其中 …</c>) larger than its whole, or whose stated share (<c>其中 B，占 S%</c>) disagrees with
/// part ÷ whole.
/// </summary>
internal sealed class PartVersusWholeRule : IValidationRule
{
    public string Id => "BLT2104";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    public string Title => "Part against its whole";

    public void Validate(ValidationContext context)
    {
        var claims = context.Issue.Claims;
        for (var i = 0; i < claims.Length; i++)
        {
            var part = claims[i];
            if (!FigureRule.IsLevel(part) || FigureRule.Related(context, part, ClaimRelationKind.PartOf).FirstOrDefault() is not { } whole)
            {
                continue;
            }

            var partInterval = FigureInterval.Of(part);
            var wholeInterval = FigureInterval.Of(whole);
            if (partInterval.Low > wholeInterval.High)
            {
                context.Report($"The part {part.Text} is larger than its whole {whole.Text}.", part.Span, part, whole);
                continue;
            }

            // 其中 B，占 S%: the share is B ÷ whole.
            // Only a share that names no whole of its own (占 65.6%, not 占入境外国人 73.1%) is part ÷ this whole.
            if (i + 1 < claims.Length && claims[i + 1] is { Kind: ClaimKind.Share, Subject: null } share && share.BlockIndex == part.BlockIndex &&
                share.ArticleIndex == part.ArticleIndex && share.Span.Start - part.Span.End < 12)
            {
                var ratio = partInterval.DividedBy(wholeInterval).Times(100m);
                var stated = FigureInterval.Of(share);
                if (ratio.IsBounded && !ratio.Overlaps(stated) && part.Value is { } partValue && whole.Value is { } wholeValue and not 0m)
                {
                    var computed = partValue / wholeValue * 100m;
                    context.Report($"{part.Text} ÷ {whole.Text} = {FigureFormat.Percent(computed)}; the text says {share.Text}.", share.Span, share, part, whole);
                }
            }
        }
    }
}
