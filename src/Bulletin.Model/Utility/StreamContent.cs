// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace Bulletin.Model.Utility;

/// <summary>
/// A stream read to its end into one buffer: documents and archived issues are parsed whole, so the overloads that
/// take a stream copy it once and parse the bytes.
/// </summary>
internal sealed class StreamContent : IDisposable
{
    private readonly MemoryStream _buffer = new();

    private StreamContent()
    {
    }

    /// <summary>Gets the bytes read.</summary>
    internal ReadOnlySpan<byte> Bytes => _buffer.GetBuffer().AsSpan(0, (int)_buffer.Length);

    internal static StreamContent Read(Stream stream)
    {
        var content = new StreamContent();
        stream.CopyTo(content._buffer);
        return content;
    }

    internal static async Task<StreamContent> ReadAsync(Stream stream, CancellationToken cancellationToken)
    {
        var content = new StreamContent();
        await stream.CopyToAsync(content._buffer, cancellationToken).ConfigureAwait(false);
        return content;
    }

    public void Dispose() => _buffer.Dispose();
}
