// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Bulletin.Model.Parsing;
using Bulletin.Model.Serialization;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>Documents and archived issues read from streams, as a web handler or a zip entry gives them.</summary>
public sealed class StreamInputTests
{
    private const string Document = "# 海港经贸参考\n\n2026 年第 3 期（总第 35 期）\n\n海港市商务局\n\n# 前两个月外贸保持增长\n\n1—2月全市进出口 201.3 亿元，同比增长 4.9%。\n";

    [Fact]
    public async Task ParseAsync_Stream_GivesWhatParsingTheBytesGives()
    {
        var bytes = Encoding.UTF8.GetBytes(Document);
        await using var stream = new MemoryStream(bytes);

        var fromStream = await BulletinParser.Default.ParseAsync(stream, "upload.md", CancellationToken.None);

        var fromBytes = BulletinParser.Default.Parse((ReadOnlySpan<byte>)bytes);
        Assert.Equal(fromBytes.GetValueOrThrow().Claims.ToArray(), fromStream.GetValueOrThrow().Claims.ToArray());
        Assert.Equal("upload.md", fromStream.GetValueOrThrow().Source?.FileName);
        Assert.Equal(fromBytes.GetValueOrThrow().Source?.Sha256, fromStream.GetValueOrThrow().Source?.Sha256);
    }

    [Fact]
    public async Task ParseAsync_StreamThatFails_GivesAnUnreadableFileDiagnostic()
    {
        await using var stream = new FailingStream();

        var result = await BulletinParser.Default.ParseAsync(stream);

        Assert.False(result.Success);
        Assert.Contains(result.Diagnostics, d => d.Id == DiagnosticIds.UnreadableFile);
    }

    [Fact]
    public async Task DeserializeAsync_Stream_RoundTripsTheIssue()
    {
        var issue = BulletinParser.Default.Parse(Document).GetValueOrThrow();
        await using var stream = new MemoryStream();
        await BulletinJson.SerializeAsync(stream, issue);
        stream.Position = 0;

        Assert.Equal(issue, await BulletinJson.DeserializeAsync(stream));
    }

    [Fact]
    public void ParseAndDeserialize_SynchronousStreams_GiveTheSameIssue()
    {
        using var document = new MemoryStream(Encoding.UTF8.GetBytes(Document));
        var issue = BulletinParser.Default.Parse(document).GetValueOrThrow();
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(BulletinJson.Serialize(issue)));

        Assert.Equal(issue, BulletinJson.Deserialize(json));
    }

    [Fact]
    public async Task DeserializeAsync_StreamOfSomethingElse_ThrowsTheTypedException()
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes("[1, 2, 3]"));

        await Assert.ThrowsAsync<BulletinJsonException>(() => BulletinJson.DeserializeAsync(stream));
    }

    private sealed class FailingStream : MemoryStream
    {
        public override Task CopyToAsync(Stream destination, int bufferSize, CancellationToken cancellationToken) =>
            throw new IOException("The connection was reset.");
    }
}
