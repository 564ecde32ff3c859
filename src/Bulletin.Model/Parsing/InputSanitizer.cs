// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Replaces control characters (binary data, stray NULs) with spaces, one for one, so that offsets into the
/// sanitized text are offsets into the input.
/// </summary>
internal static class InputSanitizer
{
    private static readonly SearchValues<char> s_controls = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\u000E\u000F\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001A\u001B\u001C\u001D\u001E\u001F\u007F\uFEFF");

    internal static string Sanitize(string text, out int replaced)
    {
        replaced = 0;
        var first = text.AsSpan().IndexOfAny(s_controls);
        if (first < 0)
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = first; i < chars.Length; i++)
        {
            if (s_controls.Contains(chars[i]))
            {
                chars[i] = ' ';
                replaced++;
            }
        }

        return new string(chars);
    }
}
