// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using NodaTime;

namespace Bulletin.Model.Claims;

/// <summary>
/// The time a figure refers to: its text in the form docs/claims.md defines (<c>2025</c>, <c>2025-01/2025-11</c>,
/// <c>asof 2025-11-30</c>, <c>by 2030</c>, <c>2025Q3</c>, <c>今年</c>), the words that said it, and the dates
/// when they are known (relative words resolved against the or the dateline's date).
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Text">The period in the form of docs/claims.md.</param>
/// <param name="Words">The words of the source that stated it.</param>
/// <param name="Start">The first day, when known.</param>
/// <param name="End">The last day, when known.</param>
public sealed record ClaimPeriod(string Text, string Words, LocalDate? Start, LocalDate? End)
{
    /// <summary>Gets the period in the form docs/claims.md defines.</summary>
    public string Text { get; } = Text;

    /// <summary>Gets the words of the source that stated it.</summary>
    public string Words { get; } = Words;

    /// <summary>Gets the first day, when known.</summary>
    public LocalDate? Start { get; } = Start;

    /// <summary>Gets the last day, when known.</summary>
    public LocalDate? End { get; } = End;
}
