// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using System.Text;
using Bulletin.Model.Parsing;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Claims;

/// <summary>The same document with CRLF line endings and a byte-order mark gives the same claims, at offsets into its own text.</summary>
public sealed class ClaimSeedEncodingTests
{
    [CorpusTheory]
    [InlineData("000")]
    [InlineData("001")]
    [InlineData("003")]
    public void Parse_SeedWithCrlfAndBom_GivesTheSameClaims(string seed)
    {
        var lf = Corpus.SeedText(seed).Replace("\r\n", "\n", StringComparison.Ordinal);
        var crlf = lf.Replace("\n", "\r\n", StringComparison.Ordinal);
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(crlf)).ToArray();
        var decoded = TextDecoder.Decode(bytes).Text;
        var expected = BulletinParser.Default.Parse(lf).GetValueOrThrow().Claims;
        var actual = BulletinParser.Default.Parse((ReadOnlySpan<byte>)bytes).GetValueOrThrow().Claims;
        Assert.Equal(expected.Select(c => (c.Kind, c.Value, c.Unit)), actual.Select(c => (c.Kind, c.Value, c.Unit)));
        Assert.All(actual, c => Assert.Equal(c.Text, decoded.Substring(c.Span.Start, c.Span.Length)));
        Assert.Equal(expected.Select(c => c.Span.Line), actual.Select(c => c.Span.Line));
    }
}
