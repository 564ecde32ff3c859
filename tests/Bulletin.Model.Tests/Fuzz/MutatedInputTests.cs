// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Linq;
using System.Text;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;
using Bulletin.Model.Serialization;
using Bulletin.Model.Tests.Support;
using Bulletin.Model.Validation;
using CsCheck;
using Xunit.Abstractions;

namespace Bulletin.Model.Tests.Fuzz;

/// <summary>
/// Real documents broken the way files break — cut, spliced, with structure and number characters dropped in, surrogate
/// halves, and random bytes in every encoding the decoder guesses — go through parse, claims, validation and the
/// archive round trip without an exception, and (in the long run) without a slow input.
/// </summary>
public sealed class MutatedInputTests(ITestOutputHelper output)
{
    // What breaks a document's structure or a figure when it lands in the wrong place.
    private static readonly string[] s_tokens =
    [
        "\n", "\n\n", "# ", "## ", "|", " | ", "|---|", "<table>", "<tr><td>", "</td>", "</table>", "```", "（", "）",
        "万", "亿", "%", "12.5", "三千", "第3期", "\uD800", "\uDC00", "> ", "- ", "1、", "**", "[", "](", "\t", "\u3000",
        "单位：亿元", "其中：", "增长", "\u2028", "\0", "\r", "\uFEFF", "---\n", "<html><body>",
    ];

    private static readonly string[] s_documents = Documents.All().Select(d => d.Text).ToArray();

    private static readonly Gen<string> s_mutated =
        from document in Gen.Int[0, s_documents.Length - 1]
        from edits in Edit.Array[1, 12]
        select Mutate(s_documents[document], edits);

    private static readonly Gen<byte[]> s_bytes = Gen.OneOf(
        Gen.Byte.Array[0, 4096],
        from body in Gen.Byte.Array[0, 4096]
        from mark in Gen.Int[0, 2]
        select Prefixed(mark, body),
        from text in s_mutated
        from encoding in Gen.Int[0, 3]
        from flips in Gen.Int[0, int.MaxValue].Array[0, 8]
        select Flipped(Encoded(text, encoding), flips));

    private static Gen<(int Op, int At, int Length, int Token)> Edit =>
        from op in Gen.Int[0, 4]
        from at in Gen.Int[0, int.MaxValue]
        from length in Gen.Int[0, 400]
        from token in Gen.Int[0, s_tokens.Length - 1]
        select (op, at, length, token);

    [Fact]
    public void MutatedDocument_ParsesValidatesAndRoundTrips()
    {
        var clock = new FuzzClock();
        s_mutated.Sample(text => clock.Time(text.Length, () => CheckText(text)), iter: FuzzIterations.Of(300));
        output.WriteLine(clock.ToString());
    }

    [Fact]
    public void RandomBytes_AreDecodedAndParsedWithoutAnException()
    {
        var clock = new FuzzClock();
        s_bytes.Sample(bytes => clock.Time(bytes.Length, () =>
        {
            var result = BulletinParser.Default.Parse((ReadOnlySpan<byte>)bytes);
            if (result.Value is { } issue)
            {
                CheckIssue(issue);
            }
        }), iter: FuzzIterations.Of(500));
        output.WriteLine(clock.ToString());
    }

    private static void CheckText(string text)
    {
        var result = BulletinParser.Default.Parse(text);
        Assert.All(result.Diagnostics, d => Assert.True(d.Span.End <= text.Length));
        Assert.All(ClaimExtractor.Default.Extract(text), c => Assert.True(c.Span.End <= text.Length));
        if (result.Value is { } issue)
        {
            Assert.All(issue.EnumerateArticles().SelectMany(a => a.Blocks), b => Assert.True(b.Span.End <= text.Length));
            CheckIssue(issue);
        }
    }

    private static void CheckIssue(Bulletin.Model.BulletinIssue issue)
    {
        BulletinValidator.Default.Validate(issue);
        var read = BulletinJson.Deserialize(BulletinJson.Serialize(issue));
        Assert.Equal(issue, read);
        BulletinValidator.Default.Validate(read);
    }

    private static string Mutate(string text, (int Op, int At, int Length, int Token)[] edits)
    {
        var builder = new StringBuilder(text);
        foreach (var (op, at, length, token) in edits)
        {
            var start = at % (builder.Length + 1);
            var count = Math.Min(length, builder.Length - start);
            switch (op)
            {
                case 0:
                    builder.Remove(start, count);
                    break;
                case 1:
                    builder.Insert(start, builder.ToString(start, count));
                    break;
                case 2:
                    builder.Insert(start, s_tokens[token]);
                    break;
                case 3:
                    // Move a run elsewhere: paragraphs and table rows out of order.
                    var run = builder.ToString(start, count);
                    builder.Remove(start, count);
                    builder.Insert((at / 7) % (builder.Length + 1), run);
                    break;
                default:
                    builder.Length = start;
                    break;
            }
        }

        return builder.ToString();
    }

    private static byte[] Prefixed(int mark, byte[] body)
    {
        byte[] preamble = mark switch
        {
            0 => [0xEF, 0xBB, 0xBF],
            1 => [0xFF, 0xFE],
            _ => [0xFE, 0xFF],
        };
        return [.. preamble, .. body];
    }

    private static byte[] Encoded(string text, int encoding) => encoding switch
    {
        0 => Encoding.UTF8.GetBytes(text),
        1 => Encoding.Unicode.GetBytes(text),
        2 => Encoding.BigEndianUnicode.GetBytes(text),
        _ => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
    };

    private static byte[] Flipped(byte[] bytes, int[] flips)
    {
        foreach (var flip in flips)
        {
            if (bytes.Length > 0)
            {
                bytes[flip % bytes.Length] ^= (byte)(1 << (flip % 8));
            }
        }

        return bytes;
    }
}
