// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>BLT2101: a share that cannot be a part of a whole: below 0% or above 100%.</summary>
internal sealed class ShareOutOfRangeRule : IValidationRule
{
    public string Id => "BLT2101";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Error;

    public string Title => "Share outside 0–100%";

    public void Validate(ValidationContext context)
    {
        foreach (var claim in context.Issue.Claims)
        {
            if (claim.Kind != ClaimKind.Share)
            {
                continue;
            }

            var interval = FigureInterval.Of(claim);
            if (interval.Low > 100m || interval.High < 0m)
            {
                context.Report($"\"{claim.Text}\" is stated as a share of a whole, but a share lies between 0% and 100%.", claim.Span, claim);
            }
        }
    }
}
