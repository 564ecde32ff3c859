// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using Bulletin.Model.Utility;

namespace Bulletin.Model;

/// <summary>One block of an article's body: a paragraph, sub-heading, list, quote, image, separator or table.</summary>
/// <remarks>
/// <see cref="Text"/> is the block's text with Markdown markup removed and page-break splits joined;
/// <see cref="Span"/> covers the block's whole extent in the source, markup and joins included.
/// </remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Kind">What the block is.</param>
/// <param name="Text">The text: a paragraph's sentences, a heading's title, an image's caption (or empty).</param>
/// <param name="Level">A heading's depth in the article's outline (1 is the top); 0 for other blocks.</param>
/// <param name="Number">A heading's number as printed (<c>2.1</c>, <c>一、</c>, <c>（三）</c>), when it has one.</param>
/// <param name="Items">A list's entries.</param>
/// <param name="Rows">A table's rows.</param>
/// <param name="Url">An image's address, when given.</param>
/// <param name="Span">Where the block stands in the source.</param>
public sealed record Block(
    BlockKind Kind,
    string Text,
    int Level,
    string? Number,
    ImmutableArray<string> Items,
    ImmutableArray<TableRow> Rows,
    string? Url,
    SourceSpan Span)
{
    /// <summary>Gets what the block is.</summary>
    public BlockKind Kind { get; } = Kind;

    /// <summary>Gets the text: a paragraph's sentences, a heading's title, an image's caption (or empty).</summary>
    public string Text { get; } = Text;

    /// <summary>Gets a heading's depth in the article's outline (1 is the top); 0 for other blocks.</summary>
    public int Level { get; } = Level;

    /// <summary>Gets a heading's number as printed (<c>2.1</c>, <c>一、</c>, <c>（三）</c>), when it has one.</summary>
    public string? Number { get; } = Number;

    /// <summary>Gets an image's address, when given.</summary>
    public string? Url { get; } = Url;

    /// <summary>Gets where the block stands in the source.</summary>
    public SourceSpan Span { get; } = Span;

    /// <summary>Gets a list's entries; empty for other blocks.</summary>
    public ImmutableArray<string> Items { get; } = Items.OrEmpty();

    /// <summary>Gets a table's rows; empty for other blocks.</summary>
    public ImmutableArray<TableRow> Rows { get; } = Rows.OrEmpty();

    /// <summary>Creates a paragraph.</summary>
    /// <param name="text">The paragraph's text.</param>
    /// <param name="span">Where it stands.</param>
    /// <returns>The block.</returns>
    public static Block Paragraph(string text, SourceSpan span) =>
        new(BlockKind.Paragraph, Preconditions.CheckNotNull(text), 0, null, default, default, null, span);

    /// <summary>Creates a sub-heading.</summary>
    /// <param name="text">The heading's title, its number removed.</param>
    /// <param name="level">Its depth in the outline, from 1.</param>
    /// <param name="number">Its number as printed, or <see langword="null"/>.</param>
    /// <param name="span">Where it stands.</param>
    /// <returns>The block.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="level"/> is below 1.</exception>
    public static Block Heading(string text, int level, string? number, SourceSpan span)
    {
        Preconditions.CheckArgumentRange(level >= 1, nameof(level), "Heading levels start at 1.");
        return new(BlockKind.Heading, Preconditions.CheckNotNull(text), level, number, default, default, null, span);
    }

    /// <inheritdoc/>
    public bool Equals(Block? other) =>
        other is not null && Kind == other.Kind && Text == other.Text && Level == other.Level &&
        Number == other.Number && Url == other.Url && Span == other.Span &&
        Equality.Sequence(Items, other.Items) && Equality.Sequence(Rows, other.Rows);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Kind, Text, Level, Number, Url, Span, Equality.Hash(Items), Equality.Hash(Rows));
}
