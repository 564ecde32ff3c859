// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Validation.Rules;

/// <summary>BLT2002: an article of an issue that has contents, which the contents do not list.</summary>
internal sealed class ArticleWithoutContentsEntryRule : IValidationRule
{
    public string Id => "BLT2002";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Article missing from the contents";

    public void Validate(ValidationContext context)
    {
        var listed = context.Issue.EnumerateContents().Where(e => e.ArticleIndex is not null).Select(e => e.ArticleIndex!.Value).ToHashSet();
        if (listed.Count == 0)
        {
            return;
        }

        for (var i = 0; i < context.Articles.Count; i++)
        {
            if (!listed.Contains(i) && context.Articles[i].Title is { } title)
            {
                context.Report($"The article \"{DocumentChecks.Quote(title)}\" is not listed in the contents.", context.Articles[i].Span);
            }
        }
    }
}
