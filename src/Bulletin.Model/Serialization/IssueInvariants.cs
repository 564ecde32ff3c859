// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

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
        path.Push("sections");
        Sections(issue.Sections, path);
        path.Pop();
        path.Push("articles");
        Articles(issue.Articles, path);
        path.Pop();

        // Only now that no article is null can the indexes be checked against them.
        var articles = issue.EnumerateArticles();
        path.Push("contents");
        Entries(issue.Contents, articles.Count, path);
        path.Pop();
        path.Push("distribution");
        Strings(issue.Distribution, path);
        path.Pop();
        path.Push("sideMatter");
        for (var i = 0; i < issue.SideMatter.Length; i++)
        {
            path.Push(i);
            Span(NotNull(issue.SideMatter[i], path).Span, path);
            path.Pop();
        }

        path.Pop();
        if (issue.Contact is { } contact)
        {
            path.Push("contact");
            Span(contact.Span, path);
            path.Pop();
        }

        path.Push("claims");
        Claims(issue.Claims, articles, path);
        path.Pop();
    }

    private static void Entries(ImmutableArray<ContentsEntry> entries, int articleCount, Path path)
    {
        for (var i = 0; i < entries.Length; i++)
        {
            path.Push(i);
            var entry = NotNull(entries[i], path);
            Span(entry.Span, path);
            Index(entry.ArticleIndex, articleCount, "articleIndex", path);
            path.Push("children");
            Entries(entry.Children, articleCount, path);
            path.Pop();
            path.Pop();
        }
    }

    private static void Sections(ImmutableArray<Section> sections, Path path)
    {
        for (var i = 0; i < sections.Length; i++)
        {
            path.Push(i);
            var section = NotNull(sections[i], path);
            Span(section.Span, path);
            path.Push("articles");
            Articles(section.Articles, path);
            path.Pop();
            path.Push("sections");
            Sections(section.Sections, path);
            path.Pop();
            path.Pop();
        }
    }

    private static void Articles(ImmutableArray<Article> articles, Path path)
    {
        for (var i = 0; i < articles.Length; i++)
        {
            path.Push(i);
            var article = NotNull(articles[i], path);
            Span(article.Span, path);
            path.Push("authors");
            Items(article.Authors, path);
            path.Pop();
            path.Push("reporters");
            Strings(article.Reporters, path);
            path.Pop();
            path.Push("credits");
            for (var c = 0; c < article.Credits.Length; c++)
            {
                path.Push(c);
                var credit = NotNull(article.Credits[c], path);
                path.Push("names");
                Strings(credit.Names, path);
                path.Pop();
                path.Pop();
            }

            path.Pop();
            if (article.Dateline is { } dateline)
            {
                path.Push("dateline");
                Span(dateline.Span, path);
                path.Push("reporters");
                Strings(dateline.Reporters, path);
                path.Pop();
                path.Pop();
            }

            path.Push("blocks");
            Blocks(article.Blocks, path);
            path.Pop();
            path.Push("keywords");
            Strings(article.Keywords, path);
            path.Pop();
            path.Push("references");
            for (var r = 0; r < article.References.Length; r++)
            {
                path.Push(r);
                var reference = NotNull(article.References[r], path);
                Span(reference.Span, path);
                path.Push("authors");
                Strings(reference.Authors, path);
                path.Pop();
                path.Pop();
            }

            path.Pop();
            path.Push("citations");
            for (var c = 0; c < article.Citations.Length; c++)
            {
                path.Push(c);
                Span(NotNull(article.Citations[c], path).Span, path);
                path.Pop();
            }

            path.Pop();
            path.Pop();
        }
    }

    private static void Blocks(ImmutableArray<Block> blocks, Path path)
    {
        for (var i = 0; i < blocks.Length; i++)
        {
            path.Push(i);
            var block = NotNull(blocks[i], path);
            Span(block.Span, path);
            path.Push("items");
            Strings(block.Items, path);
            path.Pop();
            path.Push("rows");
            for (var r = 0; r < block.Rows.Length; r++)
            {
                path.Push(r);
                var row = NotNull(block.Rows[r], path);
                Span(row.Span, path);
                path.Push("cells");
                Strings(row.Cells, path);
                path.Pop();
                path.Pop();
            }

            path.Pop();
            path.Pop();
        }
    }

    private static void Claims(ImmutableArray<QuantifiedClaim> claims, IReadOnlyList<Article> articles, Path path)
    {
        var ids = new HashSet<int>();
        for (var i = 0; i < claims.Length; i++)
        {
            path.Push(i);
            var claim = NotNull(claims[i], path);
            Span(claim.Span, path);
            if (claim.Id < 1 || !ids.Add(claim.Id))
            {
                path.Push("id");
                throw Fail(claim.Id < 1 ? $"Claim ids count from 1; this one is {claim.Id}." : $"Claim id {claim.Id} is used twice.", path);
            }

            Index(claim.ArticleIndex, articles.Count, "articleIndex", path);
            if (claim.BlockIndex is { } block)
            {
                if (claim.ArticleIndex is not { } article)
                {
                    path.Push("blockIndex");
                    throw Fail("A claim's blockIndex needs its articleIndex.", path);
                }

                Index(block, articles[article].Blocks.Length, "blockIndex", path);
            }

            path.Pop();
        }

        // Relations are checked once every id is known: a relation may point forward.
        for (var i = 0; i < claims.Length; i++)
        {
            path.Push(i);
            path.Push("relations");
            var relations = claims[i].Relations;
            for (var r = 0; r < relations.Length; r++)
            {
                path.Push(r);
                var relation = NotNull(relations[r], path);
                if (!ids.Contains(relation.Other))
                {
                    path.Push("other");
                    throw Fail($"The relation points to claim {relation.Other}, which the issue does not have.", path);
                }

                path.Pop();
            }

            path.Pop();
            path.Pop();
        }
    }

    private static void Items<T>(ImmutableArray<T> items, Path path)
        where T : class
    {
        for (var i = 0; i < items.Length; i++)
        {
            path.Push(i);
            NotNull(items[i], path);
            path.Pop();
        }
    }

    private static void Strings(ImmutableArray<string> items, Path path) => Items(items, path);

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
