// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using System.Linq;

namespace Bulletin.Model;

/// <summary>Thrown by <see cref="ParseResult{T}.GetValueOrThrow"/> when a parse produced no value.</summary>
public sealed class BulletinFormatException : FormatException
{
    /// <summary>Initializes a new exception from the diagnostics of a failed parse.</summary>
    /// <param name="diagnostics">The diagnostics; the first error becomes the message.</param>
    public BulletinFormatException(ImmutableArray<Diagnostic> diagnostics)
        : base(Describe(diagnostics))
    {
        Diagnostics = diagnostics.IsDefault ? ImmutableArray<Diagnostic>.Empty : diagnostics;
    }

    /// <summary>Initializes a new exception with a message.</summary>
    public BulletinFormatException()
        : this(ImmutableArray<Diagnostic>.Empty)
    {
    }

    /// <summary>Initializes a new exception with a message.</summary>
    /// <param name="message">The message.</param>
    public BulletinFormatException(string message)
        : base(message)
    {
        Diagnostics = ImmutableArray<Diagnostic>.Empty;
    }

    /// <summary>Initializes a new exception with a message and an inner exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public BulletinFormatException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = ImmutableArray<Diagnostic>.Empty;
    }

    /// <summary>Gets the diagnostics of the failed parse.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    private static string Describe(ImmutableArray<Diagnostic> diagnostics)
    {
        var first = diagnostics.IsDefaultOrEmpty
            ? null
            : diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) ?? diagnostics[0];
        return first is null ? "The input could not be parsed." : first.ToString();
    }
}
