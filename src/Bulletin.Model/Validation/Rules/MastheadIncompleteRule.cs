// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Validation.Rules;

/// <summary>BLT2006: a bulletin issue whose masthead lacks its number or its date.</summary>
internal sealed class MastheadIncompleteRule : IValidationRule
{
    public string Id => "BLT2006";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Info;

    public string Title => "Masthead without number or date";

    public void Validate(ValidationContext context)
    {
        var issue = context.Issue;
        if (issue.Kind != DocumentKind.BulletinIssue)
        {
            return;
        }

        var missing = new List<string>();
        if (issue.Number is null && issue.CumulativeNumber is null)
        {
            missing.Add("issue number");
        }

        if (issue.PublishedOn is null)
        {
            missing.Add("publication date");
        }

        if (missing.Count > 0)
        {
            var span = issue.Contents.IsEmpty ? default : issue.Contents[0].Span;
            context.Report($"The masthead of \"{DocumentChecks.Quote(issue.Publication.Name ?? "(unnamed)")}\" gives no {string.Join(" and no ", missing)}.", span);
        }
    }
}
