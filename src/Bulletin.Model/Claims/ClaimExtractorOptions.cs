// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using NodaTime;

namespace Bulletin.Model.Claims;

/// <summary>
/// How <see cref="ClaimExtractor.Extract(string, ClaimExtractorOptions)"/> reads a plain string, which has no masthead
/// or front matter of its own to say so: the date it was written on, and the currency of a bare <c>元</c>.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ClaimExtractorOptions
{
    /// <summary>Gets the options that assume nothing: no reference date, and 元 is the renminbi.</summary>
    public static ClaimExtractorOptions Default { get; } = new();

    /// <summary>
    /// Gets the date the text was written on, against which words that need a year are resolved (<c>上半年</c>,
    /// <c>11月末</c>, <c>一季度</c>); <see langword="null"/> leaves such periods out rather than guess.
    /// </summary>
    public LocalDate? ReferenceDate { get; init; }

    /// <summary>
    /// Gets the ISO 4217 code a bare <c>元</c> stands for (<c>TWD</c> in a Taiwan record, <c>HKD</c>, <c>MOP</c>);
    /// <see langword="null"/> for the renminbi. A currency the text names (<c>人民币</c>, <c>美元</c>) is kept.
    /// </summary>
    public string? DefaultCurrency { get; init; }
}
