// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Validation.Rules;

/// <summary>BLT2004: a contents entry listed under one section whose article stands in another.</summary>
internal sealed class ContentsSectionMismatchRule : IValidationRule
{
    public string Id => "BLT2004";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Contents section differs from the body";

    public void Validate(ValidationContext context)
    {
        var paths = new Dictionary<Article, List<string>>(ReferenceEqualityComparer.Instance);
        foreach (var section in context.Issue.Sections)
        {
            Map(section, [], paths);
        }

        foreach (var entry in context.Issue.EnumerateContents())
        {
            if (entry is not { ArticleIndex: { } index, Section: { } listedUnder } || index >= context.Articles.Count)
            {
                continue;
            }

            var article = context.Articles[index];
            if (paths.TryGetValue(article, out var path) && !path.Contains(TitleKey.Of(listedUnder)))
            {
                context.Report($"The contents list \"{DocumentChecks.Quote(entry.Title)}\" under \"{DocumentChecks.Quote(listedUnder)}\", but the article stands in another section.", entry.Span);
            }
        }
    }

    private static void Map(Section section, List<string> parents, Dictionary<Article, List<string>> into)
    {
        var path = new List<string>(parents) { TitleKey.Of(section.Heading) };
        foreach (var article in section.Articles)
        {
            into[article] = path;
        }

        foreach (var child in section.Sections)
        {
            Map(child, path, into);
        }
    }
}
