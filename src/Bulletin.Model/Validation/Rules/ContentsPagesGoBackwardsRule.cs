// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Parsing;

namespace Bulletin.Model.Validation.Rules;

/// <summary>BLT2003: a contents page lower than the page of the entry before it.</summary>
internal sealed class ContentsPagesGoBackwardsRule : IValidationRule
{
    public string Id => "BLT2003";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Contents pages go backwards";

    public void Validate(ValidationContext context)
    {
        ContentsEntry? previous = null;
        foreach (var entry in context.Issue.EnumerateContents())
        {
            if (entry.Page is not { } page)
            {
                continue;
            }

            if (previous is { Page: { } before } && page < before)
            {
                context.Report($"\"{DocumentChecks.Quote(entry.Title)}\" is on page {page}, before page {before} of \"{DocumentChecks.Quote(previous.Title)}\" listed above it.", entry.Span);
            }

            previous = entry;
        }
    }
}
