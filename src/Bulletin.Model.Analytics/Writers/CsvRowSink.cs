// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using System.Collections.Immutable;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Analytics.Tables;

namespace Bulletin.Model.Analytics.Writers;

/// <summary>
/// Writes rows as CSV (RFC 4180): a header row, fields quoted when they hold a comma, quote or line break, UTF-8
/// without a byte-order mark, CRLF between rows.
/// </summary>
internal sealed class CsvRowSink<TRow> : RowSink<TRow>
{
    private static readonly SearchValues<char> s_needsQuotes = SearchValues.Create(",\"\r\n");

    private readonly ImmutableArray<Column<TRow>> _columns;
    private readonly StreamWriter _writer;

    internal CsvRowSink(ImmutableArray<Column<TRow>> columns, Stream output)
    {
        _columns = columns;
        _writer = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        for (var i = 0; i < columns.Length; i++)
        {
            WriteField(i, columns[i].Info.Name);
        }

        _writer.WriteLine();
    }

    internal override ValueTask AddAsync(TRow row, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _columns.Length; i++)
        {
            WriteField(i, _columns[i].Text(row));
        }

        _writer.WriteLine();
        Rows++;
        return ValueTask.CompletedTask;
    }

    internal override async ValueTask CompleteAsync(CancellationToken cancellationToken) => await _writer.FlushAsync(cancellationToken).ConfigureAwait(false);

    public override ValueTask DisposeAsync() => _writer.DisposeAsync();

    private void WriteField(int index, string? value)
    {
        if (index > 0)
        {
            _writer.Write(',');
        }

        if (value is null)
        {
            return;
        }

        if (value.AsSpan().ContainsAny(s_needsQuotes))
        {
            _writer.Write('"');
            _writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
            _writer.Write('"');
        }
        else
        {
            _writer.Write(value);
        }
    }
}
