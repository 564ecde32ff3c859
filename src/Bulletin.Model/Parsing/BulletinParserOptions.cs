// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Utility;

namespace Bulletin.Model.Parsing;

/// <summary>Options for a <see cref="BulletinParser"/>. Immutable; change one with a <c>With…</c> method.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record BulletinParserOptions
{
    /// <summary>Gets the default options.</summary>
    public static BulletinParserOptions Default { get; } = new();

    /// <summary>Gets how the block structure is read.</summary>
    /// <value>The default value is <see cref="MarkdownMode.Auto"/>.</value>
    public MarkdownMode Markdown { get; private init; } = MarkdownMode.Auto;

    /// <summary>Gets the longest input, in characters, that is parsed; the rest is cut and reported.</summary>
    /// <value>The default value is 64 Mi characters.</value>
    public int MaxInputLength { get; private init; } = 64 * 1024 * 1024;

    /// <summary>Gets how deeply nested Markdown containers (lists in quotes in lists…) are followed.</summary>
    /// <value>The default value is 32.</value>
    public int MaxNestingDepth { get; private init; } = 32;

    /// <summary>Returns options that read the block structure as given.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>New options.</returns>
    public BulletinParserOptions WithMarkdown(MarkdownMode mode) => this with { Markdown = mode };

    /// <summary>Returns options with another input limit.</summary>
    /// <param name="maxInputLength">The longest input parsed, at least 1.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxInputLength"/> is below 1.</exception>
    public BulletinParserOptions WithMaxInputLength(int maxInputLength)
    {
        Preconditions.CheckArgumentRange(maxInputLength >= 1, nameof(maxInputLength), "The limit must be at least 1.");
        return this with { MaxInputLength = maxInputLength };
    }

    /// <summary>Returns options with another nesting limit.</summary>
    /// <param name="maxNestingDepth">The deepest nesting followed, at least 1.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxNestingDepth"/> is below 1.</exception>
    public BulletinParserOptions WithMaxNestingDepth(int maxNestingDepth)
    {
        Preconditions.CheckArgumentRange(maxNestingDepth >= 1, nameof(maxNestingDepth), "The limit must be at least 1.");
        return this with { MaxNestingDepth = maxNestingDepth };
    }
}
