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
    /// <summary>Gets the entry's number (<c>[3]</c> is 3).</summary>
    public int Number { get; } = Number;

    /// <summary>Gets the title of the work, or <see langword="null"/> when it could not be told apart.</summary>
    public string? Title { get; } = Title;

    /// <summary>Gets the document type code without brackets (<c>J</c> journal, <c>M</c> book, <c>D</c> thesis …).</summary>
    public string? Type { get; } = Type;

    /// <summary>Gets the journal or container; <see langword="null"/> when not stated.</summary>
    public string? Journal { get; } = Journal;

    /// <summary>Gets the year of publication.</summary>
    public int? Year { get; } = Year;

    /// <summary>Gets the volume, when stated.</summary>
    public string? Volume { get; } = Volume;

    /// <summary>Gets the issue as printed (<c>06</c>), when stated.</summary>
    public string? Issue { get; } = Issue;

    /// <summary>Gets the page range as printed (<c>25-27</c>), when stated.</summary>
    public string? Pages { get; } = Pages;

    /// <summary>Gets the DOI, when stated.</summary>
    public string? Doi { get; } = Doi;

    /// <summary>Gets the entry's whole text.</summary>
    public string Text { get; } = Text;

    /// <summary>Gets where the entry stands in the source.</summary>
    public SourceSpan Span { get; } = Span;

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
