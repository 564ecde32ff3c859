// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Buffers;
using System.Collections.Immutable;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Analytics.Tables;

namespace Bulletin.Model.Analytics.Writers;

/// <summary>Writes rows as JSON Lines: one object per row, numbers as JSON numbers, absent values left out.</summary>
internal sealed class JsonLinesRowSink<TRow> : RowSink<TRow>
{
    // Chinese text stays readable; the relaxed encoder still escapes what JSON requires.
    private static readonly JsonWriterOptions s_options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private const int FlushAt = 64 * 1024;

    private readonly ImmutableArray<Column<TRow>> _columns;
    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushAt * 2);
    private readonly Utf8JsonWriter _json;

    internal JsonLinesRowSink(ImmutableArray<Column<TRow>> columns, Stream output)
    {
        _columns = columns;
        _output = output;
        _json = new Utf8JsonWriter(_buffer, s_options);
    }

    internal override async ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        _json.WriteStartObject();
        foreach (var column in _columns)
        {
            column.WriteJson(_json, row);
        }

        _json.WriteEndObject();
        _json.Flush();
        _json.Reset();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        Rows++;
        if (_buffer.WrittenCount >= FlushAt)
        {
            await FlushAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    internal override async ValueTask CompleteAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken).ConfigureAwait(false);
        await _output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    public override async ValueTask DisposeAsync() => await _json.DisposeAsync().ConfigureAwait(false);

    private async ValueTask FlushAsync(CancellationToken cancellationToken)
    {
        await _output.WriteAsync(_buffer.WrittenMemory, cancellationToken).ConfigureAwait(false);
        _buffer.ResetWrittenCount();
    }
}
