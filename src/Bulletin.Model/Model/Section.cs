// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using Bulletin.Model.Utility;

namespace Bulletin.Model;

/// <summary>A section of an issue (<c>【专家观点】</c>): its heading, its articles and its sub-sections.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Heading">The heading without its brackets or bullet.</param>
/// <param name="Articles">The articles directly in this section, in order.</param>
/// <param name="Sections">The sub-sections, in order.</param>
/// <param name="IsFromContents">
/// Whether the section is known only from the contents, which nest body sections under it
/// (the body then has no heading of its own for it, and <paramref name="Span"/> points at the contents entry).
/// </param>
/// <param name="Span">Where the heading stands in the source.</param>
public sealed record Section(
    string Heading,
    ImmutableArray<Article> Articles,
    ImmutableArray<Section> Sections,
    bool IsFromContents,
    SourceSpan Span)
{
    /// <summary>Gets the heading without its brackets or bullet.</summary>
    public string Heading { get; } = Heading;

    /// <summary>Gets a value indicating whether the section is known only from the contents, which nest body sections under it; its <see cref="Span"/> then points at the contents entry.</summary>
    public bool IsFromContents { get; } = IsFromContents;

    /// <summary>Gets where the heading stands in the source.</summary>
    public SourceSpan Span { get; } = Span;

    /// <summary>Gets the articles directly in this section.</summary>
    public ImmutableArray<Article> Articles { get; } = Articles.OrEmpty();

    /// <summary>Gets the sub-sections.</summary>
    public ImmutableArray<Section> Sections { get; } = Sections.OrEmpty();

    /// <inheritdoc/>
    public bool Equals(Section? other) =>
        other is not null && Heading == other.Heading && IsFromContents == other.IsFromContents &&
        Span == other.Span && Equality.Sequence(Articles, other.Articles) && Equality.Sequence(Sections, other.Sections);

    /// <inheritdoc/>
    public override int GetHashCode() =>
        HashCode.Combine(Heading, IsFromContents, Span, Equality.Hash(Articles), Equality.Hash(Sections));
}
