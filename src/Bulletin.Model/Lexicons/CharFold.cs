// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Runtime.CompilerServices;

namespace Bulletin.Model.Lexicons;

/// <summary>
/// Folds one character for matching: full-width ASCII to half-width, the ideographic space to a space, and
/// Traditional characters to Simplified. One character in, one out, so positions keep their meaning.
/// </summary>
internal static class CharFold
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c)
    {
        if (c < 0x3000)
        {
            return c;
        }

        if (c is >= '！' and <= '～')
        {
            return (char)(c - 0xFEE0);
        }

        return c == '\u3000' ? ' ' : ChineseScript.ToSimplified(c);
    }
}
