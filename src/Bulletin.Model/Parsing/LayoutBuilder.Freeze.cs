// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Collections.Immutable;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <content>Freezing the buckets into the immutable model.</content>
internal sealed partial class LayoutBuilder
{
    private BulletinIssue Freeze()
    {
        FindCitations();
        if (_articles.Count > 0)
        {
            // What the head said of the document belongs to its first article when that article does not say it itself.
            var first = _articles[0];
            first.Source ??= _headSource;
            first.PublishedAt ??= _publishedAt;
            if (first.Authors.Count == 0)
            {
                first.Authors.AddRange(_headAuthors);
            }
        }

        var frozen = new Dictionary<ArticleBucket, Article>(_articles.Count);
        foreach (var article in _articles)
        {
            frozen[article] = article.Freeze(_context);
        }

        MatchContents();
        var order = 0;
        var contents = ImmutableArray.CreateBuilder<ContentsEntry>(_contents.Count);
        foreach (var node in _contents)
        {
            contents.Add(FreezeEntry(node, null, ref order));
        }

        var sections = ImmutableArray.CreateBuilder<Section>(_sections.Count);
        foreach (var section in _sections)
        {
            sections.Add(section.Freeze(_context, frozen));
        }

        var loose = ImmutableArray.CreateBuilder<Article>(_looseArticles.Count);
        foreach (var article in _looseArticles)
        {
            loose.Add(frozen[article]);
        }

        var kind = _isPaper ? DocumentKind.Paper
            : _isReport ? DocumentKind.Report
            : _masthead.HasIssueNumber || _contents.Count > 0 || _datedEdition ? DocumentKind.BulletinIssue
            : _articles.Count >= 2 ? DocumentKind.NewsPage
            : DocumentKind.Article;

        var issue = new BulletinIssue(
            kind,
            ChineseScript.Detect(_context.Source),
            _masthead.ToPublication(),
            _masthead.Year,
            _masthead.Number,
            _masthead.CumulativeNumber,
            _masthead.PublishedOn,
            contents.MoveToImmutable(),
            sections.MoveToImmutable(),
            loose.MoveToImmutable(),
            [.. _distribution],
            FreezeContact(),
            [.. WithPageNumbers()],
            [])
        {
            Title = _title,
            Volume = _masthead.Volume,
        };
        DocumentChecks.Run(issue, _context);
        return issue.WithClaims(Claims.ClaimExtractor.Extract(issue, _context.Source, _context.Lines));
    }

    private ContentsEntry FreezeEntry(ContentsNode node, string? section, ref int order)
    {
        var own = ++order;
        var children = ImmutableArray.CreateBuilder<ContentsEntry>(node.Children.Count);
        foreach (var child in node.Children)
        {
            children.Add(FreezeEntry(child, node.Title, ref order));
        }

        return new ContentsEntry(node.Title, node.Page, node.Number, section, own, node.ArticleIndex,
            children.MoveToImmutable(), _context.Span(node.Start, node.End));
    }

    // Each contents entry is matched to the first article (or section) of the same title not yet matched.
    private void MatchContents()
    {
        var taken = new HashSet<ArticleBucket>();
        var stack = new Stack<ContentsNode>();
        for (var i = _contents.Count - 1; i >= 0; i--)
        {
            stack.Push(_contents[i]);
        }

        while (stack.Count > 0)
        {
            var node = stack.Pop();
            for (var i = node.Children.Count - 1; i >= 0; i--)
            {
                stack.Push(node.Children[i]);
            }

            for (var a = 0; a < _articles.Count && node.Level > 0; a++)
            {
                if (!taken.Contains(_articles[a]) && node.Names(_articles[a].Key))
                {
                    taken.Add(_articles[a]);
                    node.ArticleIndex = a;
                    break;
                }
            }

            node.MatchedSection = node.ArticleIndex is null && HasSection(_sections, node);
            if (node.ArticleIndex is null && !node.MatchedSection)
            {
                _context.Report(DiagnosticIds.UnmatchedContentsEntry, DiagnosticSeverity.Warning, _context.Span(node.Start, node.End), node.Title);
            }
        }
    }

    private static bool HasSection(List<SectionBucket> sections, ContentsNode node)
    {
        foreach (var section in sections)
        {
            if (node.Names(section.Key) || HasSection(section.Children, node))
            {
                return true;
            }
        }

        return false;
    }

    private void FindCitations()
    {
        foreach (var article in _articles)
        {
            if (article.References.Count == 0)
            {
                continue;
            }

            foreach (var block in article.Blocks)
            {
                if (block.Kind is BlockKind.Paragraph or BlockKind.List)
                {
                    PaperMatter.FindCitations(_context.Source, block.Span.Start, block.Span.End, article.References.Count, _context, article.Citations);
                }
            }
        }
    }

    private ContactInfo? FreezeContact()
    {
        if (_contact.Count == 0)
        {
            return null;
        }

        string? Get(ContactField field) => _contact.TryGetValue(field, out var value) ? value : null;
        return new ContactInfo(
            Get(ContactField.Phone),
            Get(ContactField.Fax),
            Get(ContactField.Email),
            Get(ContactField.Address),
            Get(ContactField.PostalCode),
            Get(ContactField.Web),
            Get(ContactField.Weibo),
            Get(ContactField.WeChat),
            _context.Span(_contactStart, _contactEnd));
    }

    // The page numbers taken out of the body are the page's, each before the first side matter that starts after it:
    // both lists are walked once, since the page numbers stand in source order.
    private List<SideMatter> WithPageNumbers()
    {
        if (_context.PageNumbers.Count == 0)
        {
            return _sideMatter;
        }

        var merged = new List<SideMatter>(_sideMatter.Count + _context.PageNumbers.Count);
        var at = 0;
        foreach (var block in _context.PageNumbers)
        {
            while (at < _sideMatter.Count && _sideMatter[at].Span.Start <= block.Start)
            {
                merged.Add(_sideMatter[at++]);
            }

            // As printed: a list item's text has lost the dash that opened it (- 12 -).
            var printed = TextScan.Trim(_context.Source[block.Start..System.Math.Min(block.End, _context.Source.Length)]);
            merged.Add(new SideMatter(SideMatterKind.PageChrome, printed, _context.Span(block)));
        }

        for (; at < _sideMatter.Count; at++)
        {
            merged.Add(_sideMatter[at]);
        }

        return merged;
    }
}
