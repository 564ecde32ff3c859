// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace Bulletin.Model.Utility;

/// <summary>Structural equality for the immutable collections the model holds.</summary>
internal static class Equality
{
    internal static bool Sequence<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        if (left.IsDefaultOrEmpty || right.IsDefaultOrEmpty)
        {
            return left.IsDefaultOrEmpty && right.IsDefaultOrEmpty;
        }

        if (left.Length != right.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < left.Length; i++)
        {
            if (!comparer.Equals(left[i], right[i]))
            {
                return false;
            }
        }

        return true;
    }

    internal static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = default(HashCode);
        if (!items.IsDefault)
        {
            hash.Add(items.Length);
            foreach (var item in items)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }

    internal static ImmutableArray<T> OrEmpty<T>(this ImmutableArray<T> items) => items.IsDefault ? ImmutableArray<T>.Empty : items;
}
