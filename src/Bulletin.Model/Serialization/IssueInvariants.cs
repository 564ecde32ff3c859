// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Serialization;

/// <summary>
/// What a parsed issue always satisfies and JSON can break: no null in any list, every span placed (line ≥ 1), claim
/// ids unique and positive, relations to claims that exist, article, block and contents indexes in range. A read issue
/// is checked once, so that every rule, export and re-serialization can rely on it as on a parsed one.
/// </summary>
internal static class IssueInvariants
{
    /// <summary>Checks an issue read from JSON.</summary>
    /// <exception cref="BulletinJsonException">An invariant does not hold; the path names where.</exception>
    internal static void Check(BulletinIssue issue)
    {
        var path = new Path();
        Each(issue.Sections, "sections", path, Section);
        Each(issue.Articles, "articles", path, Article);

        // Only now that no article is null can the indexes be checked against them.
        var articles = issue.EnumerateArticles();
        Each(issue.Contents, "contents", path, articles.Count, Entry);
        Each(issue.Distribution, "distribution", path);
        Each(issue.SideMatter, "sideMatter", path, static (m, p) => Span(m.Span, p));
        if (issue.Contact is { } contact)
        {
            path.Push("contact");
            Span(contact.Span, path);
            path.Pop();
        }

        Claims(issue.Claims, articles, path);
    }

    private static void Entry(ContentsEntry entry, int articleCount, Path path)
    {
        Span(entry.Span, path);
        Index(entry.ArticleIndex, articleCount, "articleIndex", path);
        Each(entry.Children, "children", path, articleCount, Entry);
    }

    private static void Section(Section section, Path path)
    {
        Span(section.Span, path);
        Each(section.Articles, "articles", path, Article);
        Each(section.Sections, "sections", path, Section);
    }

    private static void Article(Article article, Path path)
    {
        Span(article.Span, path);
        Each(article.Authors, "authors", path);
        Each(article.Reporters, "reporters", path);
        Each(article.Credits, "credits", path, static (c, p) => Each(c.Names, "names", p));
        if (article.Dateline is { } dateline)
        {
            path.Push("dateline");
            Span(dateline.Span, path);
            Each(dateline.Reporters, "reporters", path);
            path.Pop();
        }

        Each(article.Blocks, "blocks", path, Block);
        Each(article.Keywords, "keywords", path);
        Each(article.References, "references", path, static (r, p) =>
        {
            Span(r.Span, p);
            Each(r.Authors, "authors", p);
        });
        Each(article.Citations, "citations", path, static (c, p) => Span(c.Span, p));
    }

    private static void Block(Block block, Path path)
    {
        Span(block.Span, path);
        Each(block.Items, "items", path);
        Each(block.Rows, "rows", path, static (r, p) =>
        {
            Span(r.Span, p);
            Each(r.Cells, "cells", p);
        });
    }

    private static void Claims(ImmutableArray<QuantifiedClaim> claims, IReadOnlyList<Article> articles, Path path)
    {
        var ids = new HashSet<int>();
        Each(claims, "claims", path, (ids, articles), static (claim, state, p) =>
        {
            Span(claim.Span, p);
            if (claim.Id < 1 || !state.ids.Add(claim.Id))
            {
                p.Push("id");
                throw Fail(claim.Id < 1 ? $"Claim ids count from 1; this one is {claim.Id}." : $"Claim id {claim.Id} is used twice.", p);
            }

            Index(claim.ArticleIndex, state.articles.Count, "articleIndex", p);
            if (claim.BlockIndex is { } block)
            {
                if (claim.ArticleIndex is not { } article)
                {
                    p.Push("blockIndex");
                    throw Fail("A claim's blockIndex needs its articleIndex.", p);
                }

                Index(block, state.articles[article].Blocks.Length, "blockIndex", p);
            }
        });

        // Relations are checked once every id is known: a relation may point forward.
        Each(claims, "claims", path, ids, static (claim, known, p) => Each(claim.Relations, "relations", p, known, static (relation, known, p) =>
        {
            if (!known.Contains(relation.Other))
            {
                p.Push("other");
                throw Fail($"The relation points to claim {relation.Other}, which the issue does not have.", p);
            }
        }));
    }

    // Each item of a list, under its name in the path: none may be null, and each passes the check.
    private static void Each<T>(ImmutableArray<T> items, string name, Path path, Action<T, Path>? check = null)
        where T : class =>
        Each(items, name, path, check, static (item, check, p) => check?.Invoke(item, p));

    private static void Each<T, TState>(ImmutableArray<T> items, string name, Path path, TState state, Action<T, TState, Path> check)
        where T : class
    {
        path.Push(name);
        for (var i = 0; i < items.Length; i++)
        {
            path.Push(i);
            check(NotNull(items[i], path), state, path);
            path.Pop();
        }

        path.Pop();
    }

    private static T NotNull<T>(T? value, Path path)
        where T : class => value ?? throw Fail("A list holds null where an item belongs.", path);

    private static void Span(SourceSpan span, Path path)
    {
        if (span.IsEmpty)
        {
            path.Push("span");
            throw Fail("The span is missing: every part of an issue says where it stands.", path);
        }
    }

    private static void Index(int? index, int count, string name, Path path)
    {
        if (index is { } i && (i < 0 || i >= count))
        {
            path.Push(name);
            throw Fail($"{name} {i} is out of range: the issue has {count}.", path);
        }
    }

    private static BulletinJsonException Fail(string message, Path path) => new(message, path.ToString(), null);

    // The JSON path of the value being checked, kept as segments and written out only when a check fails.
    private sealed class Path
    {
        private readonly List<object> _segments = [];

        internal void Push(string name) => _segments.Add(name);

        internal void Push(int index) => _segments.Add(index);

        internal void Pop() => _segments.RemoveAt(_segments.Count - 1);

        public override string ToString()
        {
            var b = new System.Text.StringBuilder("$");
            foreach (var segment in _segments)
            {
                if (segment is int index)
                {
                    b.Append('[').Append(index.ToString(CultureInfo.InvariantCulture)).Append(']');
                }
                else
                {
                    b.Append('.').Append((string)segment);
                }
            }

            return b.ToString();
        }
    }
}
