// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2107: the same figure — same subject, period, kind and unit — stated in two places of one issue with
/// values that cannot both be true (<c>增长 4.8%</c> against <c>实现两位数增长</c>). Figures whose subject or period
/// the text does not tie together are not compared.
/// </summary>
internal sealed class SameFigureTwiceRule : IValidationRule
{
    public string Id => "BLT2107";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Same figure stated twice with different values";

    public void Validate(ValidationContext context)
    {
        var groups = ComparableFigures.Of(context.Issue.Claims)
            .GroupBy(c => (c.Subject, c.Period!.Text, c.Kind, c.Unit));
        foreach (var group in groups)
        {
            var claims = group.ToList();
            for (var i = 1; i < claims.Count; i++)
            {
                var earlier = claims.Take(i).FirstOrDefault(e => e.BlockIndex != claims[i].BlockIndex || e.ArticleIndex != claims[i].ArticleIndex);
                if (earlier is not null && !FigureInterval.Of(earlier).Overlaps(FigureInterval.Of(claims[i])))
                {
                    context.Report(
                        $"\"{group.Key.Subject}\" ({group.Key.Text}) is {claims[i].Text} here but {earlier.Text} at line {earlier.Span.Line}; both cannot be true.",
                        claims[i].Span,
                        claims[i],
                        earlier);
                }
            }
        }
    }
}
