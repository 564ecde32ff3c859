// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Globalization;
using System.Text.Json.Serialization;
using Bulletin.Model.Utility;

namespace Bulletin.Model;

/// <summary>
/// Where an element of the model stands in the decoded source text: a UTF-16 offset and length
/// (byte-order mark excluded, line endings as in the source) and the 1-based line and column of its start.
/// </summary>
/// <threadsafety>This type is an immutable value and safe to share between threads.</threadsafety>
public readonly struct SourceSpan : IEquatable<SourceSpan>
{
    /// <summary>Initializes a new span.</summary>
    /// <param name="start">The UTF-16 offset of the first character.</param>
    /// <param name="length">The number of UTF-16 code units.</param>
    /// <param name="line">The 1-based line of the first character.</param>
    /// <param name="column">The 1-based column of the first character.</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is negative, or line or column is below 1.</exception>
    [JsonConstructor]
    public SourceSpan(int start, int length, int line, int column)
    {
        Preconditions.CheckArgumentRange(start >= 0, nameof(start), "The start must not be negative.");
        Preconditions.CheckArgumentRange(length >= 0, nameof(length), "The length must not be negative.");
        Preconditions.CheckArgumentRange(line >= 1, nameof(line), "Lines are numbered from 1.");
        Preconditions.CheckArgumentRange(column >= 1, nameof(column), "Columns are numbered from 1.");
        Start = start;
        Length = length;
        Line = line;
        Column = column;
    }

    /// <summary>Gets the UTF-16 offset of the first character.</summary>
    public int Start { get; }

    /// <summary>Gets the number of UTF-16 code units covered.</summary>
    public int Length { get; }

    /// <summary>Gets the 1-based line of the first character; 0 for <see langword="default"/>.</summary>
    public int Line { get; }

    /// <summary>Gets the 1-based column of the first character; 0 for <see langword="default"/>.</summary>
    public int Column { get; }

    /// <summary>Gets the offset just past the last character.</summary>
    [JsonIgnore]
    public int End => checked(Start + Length);

    /// <summary>Gets a value indicating whether this span is the empty default, pointing nowhere.</summary>
    [JsonIgnore]
    public bool IsEmpty => Line == 0;

    /// <summary>Compares two spans for equality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when both are equal.</returns>
    public static bool operator ==(SourceSpan left, SourceSpan right) => left.Equals(right);

    /// <summary>Compares two spans for inequality.</summary>
    /// <param name="left">The first span.</param>
    /// <param name="right">The second span.</param>
    /// <returns><see langword="true"/> when they differ.</returns>
    public static bool operator !=(SourceSpan left, SourceSpan right) => !left.Equals(right);

    /// <inheritdoc/>
    public bool Equals(SourceSpan other) =>
        Start == other.Start && Length == other.Length && Line == other.Line && Column == other.Column;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is SourceSpan other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Start, Length, Line, Column);

    /// <summary>Formats the span as <c>line:column</c> with its offset and length.</summary>
    /// <returns>The span as text.</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Line}:{Column} (@{Start}+{Length})");
}
