// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Bulletin.Cli;

/// <summary>
/// Writes export rows as CSV (RFC 4180: a header row, fields quoted when they hold a comma, quote or line break,
/// UTF-8 without a byte-order mark, CRLF between rows) or as JSON Lines (one object per row, absent values left out).
/// </summary>
internal sealed class ClaimExportWriter : IDisposable
{
    private static readonly SearchValues<char> s_needsQuotes = SearchValues.Create(",\"\r\n");
    private static readonly JsonWriterOptions s_json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly Stream _stream;
    private readonly ExportFormat _format;
    private readonly StreamWriter? _csv;
    private readonly Utf8JsonWriter? _json;

    internal ClaimExportWriter(Stream stream, ExportFormat format)
    {
        _stream = stream;
        _format = format;
        if (format == ExportFormat.Csv)
        {
            _csv = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
            WriteCsvRow(Array.ConvertAll(ClaimExportColumns.All, c => (string?)c.Name));
        }
        else
        {
            _json = new Utf8JsonWriter(stream, s_json);
        }
    }

    internal void Write(string?[] values)
    {
        if (_format == ExportFormat.Csv)
        {
            WriteCsvRow(values);
            return;
        }

        var json = _json!;
        json.WriteStartObject();
        for (var i = 0; i < values.Length; i++)
        {
            if (values[i] is not { } value)
            {
                continue;
            }

            var (name, isNumber) = ClaimExportColumns.All[i];
            if (isNumber)
            {
                json.WritePropertyName(name);
                json.WriteRawValue(value, skipInputValidation: true);
            }
            else
            {
                json.WriteString(name, value);
            }
        }

        json.WriteEndObject();
        json.Flush();
        json.Reset();
        _stream.WriteByte((byte)'\n');
    }

    public void Dispose()
    {
        _csv?.Dispose();
        _json?.Dispose();
        _stream.Flush();
    }

    private void WriteCsvRow(string?[] values)
    {
        var csv = _csv!;
        for (var i = 0; i < values.Length; i++)
        {
            if (i > 0)
            {
                csv.Write(',');
            }

            var value = values[i];
            if (value is null)
            {
                continue;
            }

            if (value.AsSpan().ContainsAny(s_needsQuotes))
            {
                csv.Write('"');
                csv.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
                csv.Write('"');
            }
            else
            {
                csv.Write(value);
            }
        }

        csv.WriteLine();
    }
}
