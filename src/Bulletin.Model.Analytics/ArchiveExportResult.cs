// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using Bulletin.Model.Archives;

namespace Bulletin.Model.Analytics;

/// <summary>What an export wrote, and what it could not.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Issues">The issues read and exported.</param>
/// <param name="Rows">The rows written.</param>
/// <param name="RowGroups">The Parquet row groups written; 0 for JSON Lines and CSV.</param>
/// <param name="RoundedValues">
/// The decimal values that had more than nine decimal places and were rounded to nine in Parquet's
/// <c>DECIMAL(38, 9)</c>; JSON Lines and CSV write every value exactly and count none.
/// </param>
/// <param name="DamagedEntries">The archive entries that could not be read, with their diagnostics; their rows are missing.</param>
public sealed record ArchiveExportResult(int Issues, long Rows, int RowGroups, long RoundedValues, ImmutableArray<ArchiveEntry> DamagedEntries)
{
    /// <summary>Gets the issues read and exported.</summary>
    public int Issues { get; } = Issues;

    /// <summary>Gets the rows written.</summary>
    public long Rows { get; } = Rows;

    /// <summary>Gets the Parquet row groups written.</summary>
    public int RowGroups { get; } = RowGroups;

    /// <summary>Gets the decimal values rounded to nine decimal places.</summary>
    public long RoundedValues { get; } = RoundedValues;

    /// <summary>Gets the archive entries that could not be read.</summary>
    public ImmutableArray<ArchiveEntry> DamagedEntries { get; } = DamagedEntries.IsDefault ? [] : DamagedEntries;

    /// <summary>Gets a value indicating whether every entry of the archive was read and exported.</summary>
    public bool IsComplete => DamagedEntries.IsEmpty;

    /// <inheritdoc/>
    public bool Equals(ArchiveExportResult? other) =>
        other is not null && Issues == other.Issues && Rows == other.Rows && RowGroups == other.RowGroups && RoundedValues == other.RoundedValues &&
        DamagedEntries.AsSpan().SequenceEqual(other.DamagedEntries.AsSpan());

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Issues, Rows, RowGroups, RoundedValues, DamagedEntries.Length);
}
