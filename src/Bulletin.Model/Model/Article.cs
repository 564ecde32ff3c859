// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Bulletin.Model.Utility;

namespace Bulletin.Model;

/// <summary>
/// One article: its title, body blocks and attribution (authors, reporters, source, original publication,
/// dateline, credits), and, for a paper, its front matter and references.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Title">The title, or <see langword="null"/> when the source gives none.</param>
/// <param name="Authors">The authors named in a byline or an author note.</param>
/// <param name="Reporters">The reporters credited outside a dateline (<c>（记者李青）</c>).</param>
/// <param name="Source">The publication or outlet the article was taken from (<c>转自新华社</c>, <c>文章来源：滨海日报</c>).</param>
/// <param name="OriginalPublication">Where the article first appeared, when stated.</param>
/// <param name="Dateline">The news dateline, when there is one.</param>
/// <param name="Credits">The credits list (<c>责任编辑|…</c>).</param>
/// <param name="Blocks">The body, in order; attribution lines are not part of it.</param>
/// <param name="Abstract">A paper's abstract.</param>
/// <param name="Keywords">A paper's keywords.</param>
/// <param name="Doi">A paper's DOI.</param>
/// <param name="References">A paper's references.</param>
/// <param name="Citations">The in-text citation markers, each linked to its reference number.</param>
/// <param name="Span">Where the article stands in the source, title to last line.</param>
public sealed record Article(
    string? Title,
    ImmutableArray<Author> Authors,
    ImmutableArray<string> Reporters,
    string? Source,
    OriginalPublication? OriginalPublication,
    Dateline? Dateline,
    ImmutableArray<Credit> Credits,
    ImmutableArray<Block> Blocks,
    string? Abstract,
    ImmutableArray<string> Keywords,
    string? Doi,
    ImmutableArray<Reference> References,
    ImmutableArray<Citation> Citations,
    SourceSpan Span)
{
    /// <summary>Gets the title, or <see langword="null"/> when the source gives none.</summary>
    public string? Title { get; } = Title;

    /// <summary>Gets the publication or outlet the article was taken from (<c>转自新华社</c>, <c>文章来源：滨海日报</c>).</summary>
    public string? Source { get; } = Source;

    /// <summary>Gets where the article first appeared, when stated.</summary>
    public OriginalPublication? OriginalPublication { get; } = OriginalPublication;

    /// <summary>Gets the news dateline, when there is one.</summary>
    public Dateline? Dateline { get; } = Dateline;

    /// <summary>Gets a paper's abstract.</summary>
    public string? Abstract { get; } = Abstract;

    /// <summary>Gets a paper's DOI.</summary>
    public string? Doi { get; } = Doi;

    /// <summary>Gets where the article stands in the source, title to last line.</summary>
    public SourceSpan Span { get; } = Span;

    /// <summary>Gets when the article was published, as its own line states it (<c>发布时间：2026-04-16 19:30</c>),
    /// to the minute when the line gives a time; <see langword="null"/> when it states none.</summary>
    /// <remarks>Added in schema version 3. A dateline's date stays in <see cref="Dateline"/>.</remarks>
    public NodaTime.LocalDateTime? PublishedAt { get; init; }

    /// <summary>Gets the column (栏目) the article ran in, as a digest's attribution line names it.</summary>
    /// <remarks>Added in schema version 3.</remarks>
    public string? Column { get; init; }

    /// <summary>Gets the address the article links to (a digest item's link), when it gives one.</summary>
    /// <remarks>Added in schema version 3.</remarks>
    public string? Link { get; init; }

    /// <summary>Gets the authors.</summary>
    public ImmutableArray<Author> Authors { get; } = Authors.OrEmpty();

    /// <summary>Gets the reporters credited outside a dateline.</summary>
    public ImmutableArray<string> Reporters { get; } = Reporters.OrEmpty();

    /// <summary>Gets the credits.</summary>
    public ImmutableArray<Credit> Credits { get; } = Credits.OrEmpty();

    /// <summary>Gets the body blocks.</summary>
    public ImmutableArray<Block> Blocks { get; } = Blocks.OrEmpty();

    /// <summary>Gets a paper's keywords.</summary>
    public ImmutableArray<string> Keywords { get; } = Keywords.OrEmpty();

    /// <summary>Gets a paper's references.</summary>
    public ImmutableArray<Reference> References { get; } = References.OrEmpty();

    /// <summary>Gets the in-text citation markers.</summary>
    public ImmutableArray<Citation> Citations { get; } = Citations.OrEmpty();

    /// <summary>Enumerates the article's sub-headings in order.</summary>
    /// <returns>The heading blocks.</returns>
    public IEnumerable<Block> EnumerateHeadings()
    {
        foreach (var block in Blocks)
        {
            if (block.Kind == BlockKind.Heading)
            {
                yield return block;
            }
        }
    }

    /// <inheritdoc/>
    public bool Equals(Article? other) =>
        other is not null && Title == other.Title && Source == other.Source &&
        OriginalPublication == other.OriginalPublication && Dateline == other.Dateline &&
        Abstract == other.Abstract && Doi == other.Doi && Span == other.Span &&
        PublishedAt == other.PublishedAt && Column == other.Column && Link == other.Link &&
        Equality.Sequence(Authors, other.Authors) && Equality.Sequence(Reporters, other.Reporters) &&
        Equality.Sequence(Credits, other.Credits) && Equality.Sequence(Blocks, other.Blocks) &&
        Equality.Sequence(Keywords, other.Keywords) && Equality.Sequence(References, other.References) &&
        Equality.Sequence(Citations, other.Citations);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Title, Source, Dateline, Doi, Span, Equality.Hash(Blocks), Equality.Hash(Authors));
}
