// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using Bulletin.Model.Utility;

namespace Bulletin.Model;

/// <summary>One row of a table block.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Cells">The cells' text, left to right.</param>
/// <param name="IsHeader">Whether the row is the table's header.</param>
/// <param name="Span">Where the row stands in the source.</param>
public sealed record TableRow(ImmutableArray<string> Cells, bool IsHeader, SourceSpan Span)
{
    /// <summary>Gets whether the row is the table's header.</summary>
    public bool IsHeader { get; } = IsHeader;

    /// <summary>Gets where the row stands in the source.</summary>
    public SourceSpan Span { get; } = Span;

    /// <summary>Gets the cells' text, left to right.</summary>
    public ImmutableArray<string> Cells { get; } = Cells.OrEmpty();

    /// <inheritdoc/>
    public bool Equals(TableRow? other) =>
        other is not null && IsHeader == other.IsHeader && Span == other.Span && Equality.Sequence(Cells, other.Cells);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(IsHeader, Span, Equality.Hash(Cells));
}
