// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Linq;

namespace Bulletin.Model.Analytics.Tables;

/// <summary>One row per article, in reading order: its place, its byline fields and its counts.</summary>
internal sealed class ArticlesTable : ExportTableDefinition<ArticleRow>
{
    private ArticlesTable()
        : base(
        [
            Column.Int32<ArticleRow>("articleIndex", "The article's 0-based index in reading order; claims' articleIndex refers to it.", r => r.Index),
            Column.String<ArticleRow>("section", "The heading of the section it stands in, sub-sections joined by ' / '.", r => r.Context.SectionOf(r.Article)),
            Column.String<ArticleRow>("title", "The article's title.", r => r.Article.Title),
            Column.String<ArticleRow>("source", "Where the article says it is from (来源).", r => r.Article.Source),
            Column.String<ArticleRow>("authors", "The authors' names, joined by '、'.", r => Join(r.Article.Authors.Select(a => a.Name))),
            Column.String<ArticleRow>("reporters", "The reporters' names, joined by '、'.", r => Join(r.Article.Reporters)),
            Column.String<ArticleRow>("datelineAgency", "The agency of the dateline (新华社).", r => r.Article.Dateline?.Agency),
            Column.String<ArticleRow>("datelinePlace", "The place of the dateline.", r => r.Article.Dateline?.Place),
            Column.String<ArticleRow>("originalPublication", "The publication a reprint names.", r => r.Article.OriginalPublication?.Name),
            Column.String<ArticleRow>("originalDate", "The date of the original, ISO 8601 as far as stated (2025-03, --03-18).", r => Text(r.Article.OriginalPublication?.Date)),
            Column.String<ArticleRow>("doi", "The article's DOI.", r => r.Article.Doi),
            Column.String<ArticleRow>("keywords", "The keywords, joined by '；'.", r => r.Article.Keywords.IsEmpty ? null : string.Join('；', r.Article.Keywords)),
            Column.String<ArticleRow>("abstract", "The abstract.", r => r.Article.Abstract),
            Column.Int32<ArticleRow>("blocks", "The article's blocks: paragraphs, headings, lists, tables …", r => r.Article.Blocks.Length),
            Column.Int32<ArticleRow>("claims", "The claims that stand in the article.", r => r.Context.ClaimsOf(r.Index)),
            Column.Int32<ArticleRow>("start", "The UTF-16 offset of the article in the source.", r => r.Article.Span.Start),
            Column.Int32<ArticleRow>("length", "The article's length in UTF-16 code units.", r => r.Article.Span.Length),
            Column.Int32<ArticleRow>("line", "The 1-based line the article starts on.", r => r.Article.Span.Line),
        ])
    {
    }

    internal static ArticlesTable Instance { get; } = new();

    internal override IEnumerable<ArticleRow> Rows(IssueContext issue) => Enumerable.Range(0, issue.Articles.Count).Select(i => new ArticleRow(issue, i));

    private static string? Join(IEnumerable<string> names)
    {
        var joined = string.Join('、', names);
        return joined.Length == 0 ? null : joined;
    }

    private static string? Text(PartialDate? date) => date?.ToString() is { Length: > 0 } text ? text : null;
}
