// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;

namespace Bulletin.Model.Analytics.Tables;

/// <summary>
/// One issue as the tables see it: its archive entry name, its articles in <see cref="BulletinIssue.EnumerateArticles"/>
/// order (the order claims' <c>ArticleIndex</c> counts in), each article's section and claim count.
/// </summary>
internal sealed class IssueContext
{
    private Dictionary<Article, string>? _sections;
    private int[]? _claimsPerArticle;

    internal IssueContext(string file, BulletinIssue issue)
    {
        File = file;
        Issue = issue;
        Articles = issue.EnumerateArticles();
    }

    internal string File { get; }

    internal BulletinIssue Issue { get; }

    internal IReadOnlyList<Article> Articles { get; }

    internal string? ArticleTitle(int? index) => index is { } i && i >= 0 && i < Articles.Count ? Articles[i].Title : null;

    /// <summary>The headings of the section an article stands in (<see cref="SectionPaths"/>).</summary>
    internal string? SectionOf(Article article) => (_sections ??= SectionPaths.Of(Issue)).GetValueOrDefault(article);

    internal int ClaimsOf(int articleIndex)
    {
        if (_claimsPerArticle is null)
        {
            _claimsPerArticle = new int[Articles.Count];
            foreach (var claim in Issue.Claims)
            {
                if (claim.ArticleIndex is { } a && a >= 0 && a < _claimsPerArticle.Length)
                {
                    _claimsPerArticle[a]++;
                }
            }
        }

        return _claimsPerArticle[articleIndex];
    }
}
