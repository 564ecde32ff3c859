// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using Bulletin.Model.Utility;

namespace Bulletin.Model;

/// <summary>
/// An entry of an issue's table of contents: an article's title with its page, or a section or group
/// (<c>● 行业资讯</c>, <c>(8) 国内资讯</c>) with the entries under it.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Title">The title as printed, dot leaders and page removed.</param>
/// <param name="Page">The page printed with the entry, when one is.</param>
/// <param name="Number">The entry's ordinal as printed (<c>3.</c>), when it has one.</param>
/// <param name="Section">The heading of the section the entry is listed under, when it is.</param>
/// <param name="Order">The entry's 1-based position among all entries, in reading order.</param>
/// <param name="ArticleIndex">The 0-based index, in <see cref="BulletinIssue.EnumerateArticles"/> order, of the article the entry was matched to.</param>
/// <param name="Children">The entries nested under this one.</param>
/// <param name="Span">Where the entry stands in the source.</param>
public sealed record ContentsEntry(
    string Title,
    int? Page,
    string? Number,
    string? Section,
    int Order,
    int? ArticleIndex,
    ImmutableArray<ContentsEntry> Children,
    SourceSpan Span)
{
    /// <summary>Gets the title as printed, dot leaders and page removed.</summary>
    public string Title { get; } = Title;

    /// <summary>Gets the page printed with the entry, when one is.</summary>
    public int? Page { get; } = Page;

    /// <summary>Gets the entry's ordinal as printed (<c>3.</c>), when it has one.</summary>
    public string? Number { get; } = Number;

    /// <summary>Gets the heading of the section the entry is listed under, when it is.</summary>
    public string? Section { get; } = Section;

    /// <summary>Gets the entry's 1-based position among all entries, in reading order.</summary>
    public int Order { get; } = Order;

    /// <summary>Gets the 0-based index, in <see cref="BulletinIssue.EnumerateArticles"/> order, of the article the entry was matched to.</summary>
    public int? ArticleIndex { get; } = ArticleIndex;

    /// <summary>Gets where the entry stands in the source.</summary>
    public SourceSpan Span { get; } = Span;

    /// <summary>Gets the entries nested under this one.</summary>
    public ImmutableArray<ContentsEntry> Children { get; } = Children.OrEmpty();

    /// <summary>Gets the first page of this entry: its own page, or else the first page stated under it.</summary>
    [JsonIgnore]
    public int? FirstPage
    {
        get
        {
            if (Page is not null)
            {
                return Page;
            }

            foreach (var child in Children)
            {
                if (child.FirstPage is { } page)
                {
                    return page;
                }
            }

            return null;
        }
    }

    /// <inheritdoc/>
    public bool Equals(ContentsEntry? other) =>
        other is not null && Title == other.Title && Page == other.Page && Number == other.Number &&
        Section == other.Section && Order == other.Order && ArticleIndex == other.ArticleIndex &&
        Span == other.Span && Equality.Sequence(Children, other.Children);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Title, Page, Number, Section, Order, ArticleIndex, Span, Equality.Hash(Children));
}
