// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Buffers;
using System.Collections.Generic;
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

    /// <summary>Adds to <paramref name="into"/> every character that folds to <paramref name="folded"/>, itself included.</summary>
    internal static void AddUnfolded(char folded, ISet<char> into)
    {
        into.Add(folded);
        if (folded is >= '!' and <= '~')
        {
            into.Add((char)(folded + 0xFEE0));
        }

        if (folded == ' ')
        {
            into.Add('\u3000');
        }

        foreach (var traditional in ChineseScript.TraditionalOf(folded))
        {
            into.Add(traditional);
        }
    }

    /// <summary>
    /// The characters that fold to any of <paramref name="folded"/>, as a set a vectorized search jumps between: a
    /// scan for words that can only begin or end at such a character skips the rest of the text at memory speed.
    /// </summary>
    internal static SearchValues<char> UnfoldedSet(IEnumerable<char> folded)
    {
        var set = new HashSet<char>();
        foreach (var c in folded)
        {
            AddUnfolded(c, set);
        }

        return SearchValues.Create([.. set]);
    }
}
