// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using Bulletin.Model.Utility;

namespace Bulletin.Model;

/// <summary>An entry of a paper's reference list, read in the GB/T 7714 style.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Number">The entry's number (<c>[3]</c> is 3).</param>
/// <param name="Authors">The authors; <c>等</c> (et al.) is not an author.</param>
/// <param name="Title">The title of the work, or <see langword="null"/> when it could not be told apart.</param>
/// <param name="Type">The document type code without brackets (<c>J</c> journal, <c>M</c> book, <c>D</c> thesis …).</param>
/// <param name="Journal">The journal or container; <see langword="null"/> when not stated.</param>
/// <param name="Year">The year of publication.</param>
/// <param name="Volume">The volume, when stated.</param>
/// <param name="Issue">The issue as printed (<c>06</c>), when stated.</param>
/// <param name="Pages">The page range as printed (<c>25-27</c>), when stated.</param>
/// <param name="Doi">The DOI, when stated.</param>
/// <param name="Text">The entry's whole text.</param>
/// <param name="Span">Where the entry stands in the source.</param>
public sealed record Reference(
    int Number,
    ImmutableArray<string> Authors,
    string? Title,
    string? Type,
    string? Journal,
    int? Year,
    string? Volume,
    string? Issue,
    string? Pages,
    string? Doi,
    string Text,
    SourceSpan Span)
{
    /// <summary>Gets the authors.</summary>
    public ImmutableArray<string> Authors { get; } = Authors.OrEmpty();

    /// <inheritdoc/>
    public bool Equals(Reference? other) =>
        other is not null && Number == other.Number && Title == other.Title && Type == other.Type &&
        Journal == other.Journal && Year == other.Year && Volume == other.Volume && Issue == other.Issue &&
        Pages == other.Pages && Doi == other.Doi && Text == other.Text && Span == other.Span &&
        Equality.Sequence(Authors, other.Authors);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Number, Title, Journal, Year, Doi, Span, Equality.Hash(Authors));
}
