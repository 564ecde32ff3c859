// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Bulletin.Model.Utility;

/// <summary>Argument checks for the public API: every programmer-error exception is thrown from here.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>([NotNull] T? value, [CallerArgumentExpression(nameof(value))] string? name = null)
        where T : class
    {
        if (value is null)
        {
            ThrowNull(name);
        }

        return value;
    }

    internal static void CheckArgumentRange(bool condition, string name, string message)
    {
        if (!condition)
        {
            ThrowRange(name, message);
        }
    }

    internal static void CheckArgument(bool condition, string name, string message)
    {
        if (!condition)
        {
            ThrowArgument(name, message);
        }
    }

    [DoesNotReturn]
    private static void ThrowNull(string? name) => throw new ArgumentNullException(name);

    [DoesNotReturn]
    private static void ThrowRange(string name, string message) => throw new ArgumentOutOfRangeException(name, message);

    [DoesNotReturn]
    private static void ThrowArgument(string name, string message) => throw new ArgumentException(message, name);
}
