// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Analytics.Tables;

namespace Bulletin.Model.Analytics.Writers;

/// <summary>Where the rows of an export go, one at a time, in one format.</summary>
internal abstract class RowSink<TRow> : IAsyncDisposable
{
    internal long Rows { get; private protected set; }

    internal int RowGroups { get; private protected set; }

    internal static async Task<RowSink<TRow>> CreateAsync(ImmutableArray<Column<TRow>> columns, ArchiveExportOptions options, Stream output, ExportCounters counters, CancellationToken cancellationToken) =>
        options.Format switch
        {
            ExportFormat.Parquet => await ParquetRowSink<TRow>.OpenAsync(columns, options, output, counters, cancellationToken).ConfigureAwait(false),
            ExportFormat.Jsonl => new JsonLinesRowSink<TRow>(columns, output),
            ExportFormat.Csv => new CsvRowSink<TRow>(columns, output),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Format, "Not an export format."),
        };

    internal abstract ValueTask AddAsync(TRow row, CancellationToken cancellationToken);

    /// <summary>Writes what is buffered and whatever ends the file; the sink takes no rows after.</summary>
    internal abstract ValueTask CompleteAsync(CancellationToken cancellationToken);

    public abstract ValueTask DisposeAsync();
}
