// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
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

    /// <summary>
    /// The greatest end in (<paramref name="floor"/>, <paramref name="end"/>] whose character before it is in
    /// <paramref name="set"/>, or -1: where the next word of a backward walk can end.
    /// </summary>
    internal static int PreviousEnd(ReadOnlySpan<char> source, int end, int floor, SearchValues<char> set) =>
        LastIn(source, floor, end, set) is var at and >= 0 ? at + 1 : -1;

    /// <summary>The last position in [<paramref name="start"/>, <paramref name="end"/>) whose character is in <paramref name="set"/>, or -1.</summary>
    internal static int LastIn(ReadOnlySpan<char> source, int start, int end, SearchValues<char> set)
    {
        if (start >= end)
        {
            return -1;
        }

        var at = source[start..end].LastIndexOfAny(set);
        return at < 0 ? -1 : start + at;
    }

    /// <summary>The first position in [<paramref name="start"/>, <paramref name="end"/>) whose character is in <paramref name="set"/>, or -1.</summary>
    internal static int NextIn(ReadOnlySpan<char> source, int start, int end, SearchValues<char> set)
    {
        if (start >= end)
        {
            return -1;
        }

        var at = source[start..end].IndexOfAny(set);
        return at < 0 ? -1 : start + at;
    }
}
