// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using Bulletin.Model.Utility;

namespace Bulletin.Model;

/// <summary>A news dateline: <c>新华社上海3月5日电（记者 李青 周敏）</c>.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Agency">The news agency or outlet (<c>新华社</c>).</param>
/// <param name="Place">The place the item was filed from; <see langword="null"/> when not stated.</param>
/// <param name="Date">The date as far as stated; datelines usually give month and day only.</param>
/// <param name="Reporters">The reporters named, in order.</param>
/// <param name="Span">Where the dateline stands in the source.</param>
public sealed record Dateline(string Agency, string? Place, PartialDate? Date, ImmutableArray<string> Reporters, SourceSpan Span)
{
    /// <summary>Gets the news agency or outlet (<c>新华社</c>).</summary>
    public string Agency { get; } = Agency;

    /// <summary>Gets the place the item was filed from; <see langword="null"/> when not stated.</summary>
    public string? Place { get; } = Place;

    /// <summary>Gets the date as far as stated; datelines usually give month and day only.</summary>
    public PartialDate? Date { get; } = Date;

    /// <summary>Gets where the dateline stands in the source.</summary>
    public SourceSpan Span { get; } = Span;

    /// <summary>Gets the reporters named, in order.</summary>
    public ImmutableArray<string> Reporters { get; } = Reporters.OrEmpty();

    /// <inheritdoc/>
    public bool Equals(Dateline? other) =>
        other is not null && Agency == other.Agency && Place == other.Place && Date == other.Date &&
        Span == other.Span && Equality.Sequence(Reporters, other.Reporters);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Agency, Place, Date, Span, Equality.Hash(Reporters));
}
