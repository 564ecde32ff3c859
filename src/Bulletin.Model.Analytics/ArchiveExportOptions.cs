// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;

namespace Bulletin.Model.Analytics;

/// <summary>
/// How an <see cref="ArchiveExport"/> writes: the file format and, for Parquet, the rows per row group and the
/// compression. Immutable;
/// change with the <c>With…</c> methods.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record ArchiveExportOptions
{
    /// <summary>The rows per Parquet row group unless changed: large enough for column statistics to prune well, small enough to keep memory flat.</summary>
    public const int DefaultRowGroupSize = 32_768;

    /// <summary>Gets the default options: Parquet, <see cref="DefaultRowGroupSize"/> rows per row group, Snappy.</summary>
    public static ArchiveExportOptions Default { get; } = new();

    /// <summary>Gets the format written.</summary>
    /// <value>The default value is <see cref="ExportFormat.Parquet"/>.</value>
    public ExportFormat Format { get; private init; } = ExportFormat.Parquet;

    /// <summary>
    /// Gets the rows of one Parquet row group. The export holds at most this many rows in memory, whatever the size
    /// of the archive.
    /// </summary>
    /// <value>The default value is <see cref="DefaultRowGroupSize"/>.</value>
    public int RowGroupSize { get; private init; } = DefaultRowGroupSize;

    /// <summary>Gets how Parquet pages are compressed.</summary>
    /// <value>The default value is <see cref="ParquetCompression.Snappy"/>.</value>
    public ParquetCompression Compression { get; private init; } = ParquetCompression.Snappy;

    /// <summary>Returns options that write another format.</summary>
    /// <param name="format">The format.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="format"/> is not a defined format.</exception>
    public ArchiveExportOptions WithFormat(ExportFormat format)
    {
        if (!Enum.IsDefined(format))
        {
            throw new ArgumentOutOfRangeException(nameof(format), format, "Not an export format.");
        }

        return this with { Format = format };
    }

    /// <summary>Returns options that compress Parquet pages another way.</summary>
    /// <param name="compression">The compression.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="compression"/> is not a defined compression.</exception>
    public ArchiveExportOptions WithCompression(ParquetCompression compression)
    {
        if (!Enum.IsDefined(compression))
        {
            throw new ArgumentOutOfRangeException(nameof(compression), compression, "Not a Parquet compression.");
        }

        return this with { Compression = compression };
    }

    /// <summary>Returns options with another row-group size.</summary>
    /// <param name="rows">The rows per row group, at least 1.</param>
    /// <returns>New options.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="rows"/> is less than 1.</exception>
    public ArchiveExportOptions WithRowGroupSize(int rows)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rows, 1);
        return this with { RowGroupSize = rows };
    }
}
