// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Analytics.Tables;
using Parquet;
using Parquet.Schema;

namespace Bulletin.Model.Analytics.Writers;

/// <summary>
/// Writes rows as Parquet: each column's values are buffered until a row group is full, then the group is written
/// and the buffers reused, so memory holds one row group whatever the archive's size.
/// </summary>
internal sealed class ParquetRowSink<TRow> : RowSink<TRow>
{
    private const int PoolBytes = 16 * 1024 * 1024;

    private readonly ParquetWriter _writer;
    private readonly ColumnBuffer<TRow>[] _buffers;
    private readonly int _capacity;
    private int _count;

    private ParquetRowSink(ParquetWriter writer, ColumnBuffer<TRow>[] buffers, int capacity)
    {
        _writer = writer;
        _buffers = buffers;
        _capacity = capacity;
    }

    internal static async Task<ParquetRowSink<TRow>> OpenAsync(ImmutableArray<Column<TRow>> columns, ArchiveExportOptions export, Stream output, ExportCounters counters, CancellationToken cancellationToken)
    {
        var rowGroupSize = export.RowGroupSize;
        var schema = new ParquetSchema(columns.Select(c => (Field)c.Field));

        // The fastest level: Parquet.Net's default level costs Zstandard several microseconds per decimal cell.
        var options = new ParquetOptions
        {
            CompressionMethod = Method(export.Compression),
            CompressionLevel = CompressionLevel.Fastest,

            // Parquet.Net pools its page buffers; a small pool keeps what it holds between row groups to one group's worth.
            MaximumSmallPoolFreeBytes = PoolBytes,
            MaximumLargePoolFreeBytes = PoolBytes,
        };
        var writer = await ParquetWriter.CreateAsync(schema, output, options, cancellationToken: cancellationToken).ConfigureAwait(false);
        writer.CustomMetadata = new System.Collections.Generic.Dictionary<string, string>
        {
            ["bulletin.model.version"] = typeof(BulletinIssue).Assembly.GetName().Version?.ToString() ?? "unknown",
        };
        var buffers = columns.Select(c => c.CreateBuffer(rowGroupSize, counters)).ToArray();
        return new ParquetRowSink<TRow>(writer, buffers, rowGroupSize);
    }

    private static CompressionMethod Method(ParquetCompression compression) => compression switch
    {
        ParquetCompression.Zstd => CompressionMethod.Zstd,
        ParquetCompression.Gzip => CompressionMethod.Gzip,
        ParquetCompression.None => CompressionMethod.None,
        _ => CompressionMethod.Snappy,
    };

    internal override async ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        foreach (var buffer in _buffers)
        {
            buffer.Set(_count, row);
        }

        _count++;
        Rows++;
        if (_count == _capacity)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    internal override async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        if (_count > 0)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    // Disposing the writer writes the footer: the schema, the row groups' offsets and column statistics.
    public override ValueTask DisposeAsync() => _writer.DisposeAsync();

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        using (var group = _writer.CreateRowGroup())
        {
            foreach (var buffer in _buffers)
            {
                await buffer.WriteAsync(group, _count, cancellationToken).ConfigureAwait(false);
            }

            group.CompleteValidate();
        }

        foreach (var buffer in _buffers)
        {
            buffer.Clear(_count);
        }

        _count = 0;
        RowGroups++;
    }
}
