// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Parsing;

namespace Bulletin.Model.Validation.Rules;

/// <summary>BLT2005: an article of a bulletin issue that names no source, author, reporter or dateline.</summary>
internal sealed class ArticleWithoutAttributionRule : IValidationRule
{
    public string Id => "BLT2005";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Info;

    public string Title => "Article without source or author";

    public void Validate(ValidationContext context)
    {
        if (context.Issue.Kind != DocumentKind.BulletinIssue)
        {
            return;
        }

        foreach (var article in context.Articles)
        {
            if (article is { Source: null, OriginalPublication: null, Dateline: null, Authors.IsEmpty: true, Reporters.IsEmpty: true, Credits.IsEmpty: true })
            {
                context.Report($"The article \"{DocumentChecks.Quote(article.Title ?? "(untitled)")}\" names no source, author, reporter or dateline.", article.Span);
            }
        }
    }
}
