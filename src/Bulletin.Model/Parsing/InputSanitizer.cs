// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Replaces control characters (binary data, stray NULs) with spaces and lone surrogates with U+FFFD, one for one, so
/// that offsets into the sanitized text are offsets into the input.
/// </summary>
internal static class InputSanitizer
{
    private static readonly SearchValues<char> s_controls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\uFEFF");

    /// <summary>
    /// Replaces control characters with spaces and lone surrogates (a half of a pair without the other, which JSON and
    /// every UTF encoding refuse) with U+FFFD, each one for one.
    /// </summary>
    internal static string Sanitize(string text, out int replaced, out int loneSurrogates)
    {
        replaced = 0;
        loneSurrogates = 0;
        var span = text.AsSpan();
        var firstControl = span.IndexOfAny(s_controls);
        var firstSurrogate = span.IndexOfAnyInRange('\uD800', '\uDFFF');
        if (firstControl < 0 && firstSurrogate < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        var from = firstControl < 0 ? firstSurrogate : firstSurrogate < 0 ? firstControl : System.Math.Min(firstControl, firstSurrogate);
        for (var i = from; i < chars.Length; i++)
        {
            var c = chars[i];
            if (s_controls.Contains(c))
            {
                chars[i] = ' ';
                replaced++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                chars[i] = '\uFFFD';
                loneSurrogates++;
            }
        }

        return replaced == 0 && loneSurrogates == 0 ? text : new string(chars);
    }
}
