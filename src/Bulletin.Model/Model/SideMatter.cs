// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model;

/// <summary>Text found in the source that belongs to the page or platform, not to the document's body.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Kind">What the text is.</param>
/// <param name="Text">The text as it stands, markup removed.</param>
/// <param name="Span">Where it stands in the source.</param>
public sealed record SideMatter(SideMatterKind Kind, string Text, SourceSpan Span)
{
    /// <summary>Gets what the text is.</summary>
    public SideMatterKind Kind { get; } = Kind;

    /// <summary>Gets the text as it stands, markup removed.</summary>
    public string Text { get; } = Text;

    /// <summary>Gets where it stands in the source.</summary>
    public SourceSpan Span { get; } = Span;
}
