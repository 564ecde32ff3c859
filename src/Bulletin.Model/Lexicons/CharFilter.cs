// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace Bulletin.Model.Lexicons;

/// <summary>
/// A 1 024-bit filter over characters, by their low ten bits: a character not in it is certainly not a key, so a
/// look-up that would miss (most of a lexicon's look-ups) costs one load and no dictionary call.
/// </summary>
[InlineArray(Words)]
internal struct CharFilter
{
    private const int Words = 16;
    private ulong _word;

    internal static CharFilter Of(IEnumerable<char> keys)
    {
        var filter = default(CharFilter);
        foreach (var c in keys)
        {
            filter[(c >> 6) & (Words - 1)] |= 1UL << (c & 63);
        }

        return filter;
    }

    /// <summary>Whether the character may be a key; <see langword="false"/> means certainly not.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal readonly bool MayContain(char c) => (this[(c >> 6) & (Words - 1)] & (1UL << (c & 63))) != 0;
}
