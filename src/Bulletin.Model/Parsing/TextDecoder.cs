// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using System.Text;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Detects the encoding of a document's bytes and decodes them: UTF-8 with or without a byte-order mark,
/// UTF-16 (by its mark, or by the zero bytes of mostly-ASCII text), and otherwise GB18030, the national
/// superset of GBK and GB2312 in which older Chinese documents are stored.
/// </summary>
/// <threadsafety>All members are stateless and safe to call from any thread.</threadsafety>
public static class TextDecoder
{
    private static readonly UTF8Encoding s_strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly Lazy<Encoding?> s_gb18030 = new(LoadGb18030);

    /// <summary>Decodes bytes, never throwing: undecodable bytes become U+FFFD and are reported.</summary>
    /// <param name="bytes">The document's bytes.</param>
    /// <returns>The decoded text.</returns>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Utf8(bytes[3..], hadBom: true);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return new DecodedText(Encoding.Unicode.GetString(bytes[2..]), "utf-16", true, ImmutableArray<Diagnostic>.Empty);
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return new DecodedText(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16BE", true, ImmutableArray<Diagnostic>.Empty);
        }

        if (LooksLikeUtf16(bytes, out var bigEndian))
        {
            var encoding = bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;
            return new DecodedText(encoding.GetString(bytes), bigEndian ? "utf-16BE" : "utf-16", false, ImmutableArray<Diagnostic>.Empty);
        }

        try
        {
            return new DecodedText(s_strictUtf8.GetString(bytes), "utf-8", false, ImmutableArray<Diagnostic>.Empty);
        }
        catch (DecoderFallbackException)
        {
            // Not UTF-8: fall through to the legacy Chinese encoding.
        }

        if (s_gb18030.Value is { } gb && TryStrict(gb, bytes, out var text))
        {
            return new DecodedText(text, "gb18030", false, ImmutableArray<Diagnostic>.Empty);
        }

        return Utf8(bytes, hadBom: false);
    }

    private static DecodedText Utf8(ReadOnlySpan<byte> bytes, bool hadBom)
    {
        try
        {
            return new DecodedText(s_strictUtf8.GetString(bytes), "utf-8", hadBom, ImmutableArray<Diagnostic>.Empty);
        }
        catch (DecoderFallbackException ex)
        {
            var text = Encoding.UTF8.GetString(bytes);
            var diagnostic = DiagnosticFactory.Create(
                DiagnosticIds.InvalidEncoding,
                DiagnosticSeverity.Warning,
                default,
                ex.Index + (hadBom ? 3 : 0));
            return new DecodedText(text, "utf-8", hadBom, [diagnostic]);
        }
    }

    private static bool TryStrict(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            text = strict.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = string.Empty;
            return false;
        }
    }

    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4)
        {
            return false;
        }

        int evenZeros = 0, oddZeros = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            evenZeros += sample[i] == 0 ? 1 : 0;
            oddZeros += sample[i + 1] == 0 ? 1 : 0;
        }

        var pairs = sample.Length / 2;
        if (oddZeros * 10 > pairs * 3 && evenZeros * 20 < pairs)
        {
            return true;
        }

        if (evenZeros * 10 > pairs * 3 && oddZeros * 20 < pairs)
        {
            bigEndian = true;
            return true;
        }

        return false;
    }

    private static Encoding? LoadGb18030()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        try
        {
            return Encoding.GetEncoding("gb18030");
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
