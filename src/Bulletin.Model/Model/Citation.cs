// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model;

/// <summary>An in-text citation marker (<c>^[3]</c>) and the reference it points to.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="ReferenceNumber">The number of the reference cited.</param>
/// <param name="Span">Where the marker stands in the source.</param>
public sealed record Citation(int ReferenceNumber, SourceSpan Span)
{
    /// <summary>Gets the number of the reference cited.</summary>
    public int ReferenceNumber { get; } = ReferenceNumber;

    /// <summary>Gets where the marker stands in the source.</summary>
    public SourceSpan Span { get; } = Span;
}
