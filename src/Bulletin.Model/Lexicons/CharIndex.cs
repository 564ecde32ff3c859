// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace Bulletin.Model.Lexicons;

/// <summary>
/// A read-only map from a character to a value, for the look-ups the scanner makes at nearly every character it
/// weighs (the words a character can begin or end). An open-addressed table at most half full: a miss, the common
/// answer, usually costs one probe of two arrays. A frozen dictionary answered the same question through a virtual
/// call and cost several times as much where it was asked most.
/// </summary>
/// <typeparam name="T">The value: an array of candidates, never null for a present key.</typeparam>
internal sealed class CharIndex<T>
    where T : class
{
    private readonly char[] _keys;
    private readonly T?[] _values;
    private readonly int _shift;
    private readonly int _mask;

    internal CharIndex(IEnumerable<KeyValuePair<char, T>> entries)
    {
        var list = new List<KeyValuePair<char, T>>(entries);
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(4, list.Count * 2));
        _keys = new char[size];
        _values = new T?[size];
        _mask = size - 1;
        _shift = 32 - BitOperations.Log2((uint)size);
        foreach (var (key, value) in list)
        {
            var i = Slot(key);
            while (_values[i] is not null && _keys[i] != key)
            {
                i = (i + 1) & _mask;
            }

            _keys[i] = key;
            _values[i] = value;
        }

        Keys = [.. list.ConvertAll(e => e.Key)];
    }

    /// <summary>Gets the keys, in the order they were given.</summary>
    internal IReadOnlyList<char> Keys { get; }

    /// <summary>Gets the value of a key, or false when the key is absent.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool TryGetValue(char key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out T? value)
    {
        var i = Slot(key);
        while (_values[i] is { } found)
        {
            if (_keys[i] == key)
            {
                value = found;
                return true;
            }

            i = (i + 1) & _mask;
        }

        value = null;
        return false;
    }

    // Fibonacci hashing: CJK characters of one lexicon cluster in ranges, and the multiply spreads them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Slot(char key) => (int)(unchecked(key * 2654435769u) >> _shift) & _mask;
}
