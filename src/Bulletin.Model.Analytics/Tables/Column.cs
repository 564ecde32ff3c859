// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Parquet;
using Parquet.Schema;

namespace Bulletin.Model.Analytics.Tables;

/// <summary>
/// One column of a table over rows of <typeparamref name="TRow"/>: how to read its value from a row, and how each
/// format writes it. One definition serves Parquet, JSON Lines and CSV, so the three never disagree.
/// </summary>
internal abstract class Column<TRow>(ExportColumn info)
{
    internal ExportColumn Info { get; } = info;

    /// <summary>Gets the Parquet field, made once per column.</summary>
    internal abstract DataField Field { get; }

    /// <summary>Makes a buffer for one Parquet row group of at most <paramref name="capacity"/> rows.</summary>
    internal abstract ColumnBuffer<TRow> CreateBuffer(int capacity, ExportCounters counters);

    /// <summary>Writes the row's value as a JSON property, or nothing when the row has none.</summary>
    internal abstract void WriteJson(Utf8JsonWriter json, TRow row);

    /// <summary>Gives the row's value as CSV text, formatted with the invariant culture; <see langword="null"/> when none.</summary>
    internal abstract string? Text(TRow row);
}

/// <summary>The values of one column for the rows of the row group being filled.</summary>
internal abstract class ColumnBuffer<TRow>
{
    internal abstract void Set(int index, TRow row);

    internal abstract Task WriteAsync(ParquetRowGroupWriter writer, int count, CancellationToken cancellationToken);

    /// <summary>Drops the references the buffer holds, so that a written row group's issues can be collected.</summary>
    internal abstract void Clear(int count);
}

/// <summary>What the writers count while they write.</summary>
internal sealed class ExportCounters
{
    internal long RoundedValues { get; set; }
}
