// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Validation.Rules;

/// <summary>BLT2001: a contents entry that no article or section of the body matches.</summary>
internal sealed class ContentsEntryWithoutArticleRule : IValidationRule
{
    public string Id => "BLT2001";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Contents entry without an article";

    public void Validate(ValidationContext context)
    {
        var headings = new HashSet<string>();
        Collect(context.Issue.Sections, headings);
        foreach (var entry in context.Issue.EnumerateContents())
        {
            if (entry.ArticleIndex is null && !headings.Contains(TitleKey.Of(entry.Title)))
            {
                var page = entry.Page is { } p ? $" (page {p})" : string.Empty;
                context.Report($"The contents list \"{DocumentChecks.Quote(entry.Title)}\"{page}, but no article or section of the body has that title.", entry.Span);
            }
        }
    }

    private static void Collect(IEnumerable<Section> sections, HashSet<string> into)
    {
        foreach (var section in sections)
        {
            into.Add(TitleKey.Of(section.Heading));
            Collect(section.Sections, into);
        }
    }
}
