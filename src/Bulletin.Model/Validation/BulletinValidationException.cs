// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using System.Linq;

namespace Bulletin.Model.Validation;

/// <summary>Thrown by <see cref="ValidationResult.EnsureValid"/> when a validation raised errors.</summary>
public sealed class BulletinValidationException : Exception
{
    /// <summary>Initializes a new exception from a validation's diagnostics.</summary>
    /// <param name="diagnostics">The diagnostics; the first error becomes the message.</param>
    public BulletinValidationException(ImmutableArray<Diagnostic> diagnostics)
        : base(diagnostics.IsDefaultOrEmpty ? "The issue is not valid." : (diagnostics.FirstOrDefault(d => d.Severity == DiagnosticSeverity.Error) ?? diagnostics[0]).ToString())
    {
        Diagnostics = diagnostics.IsDefault ? ImmutableArray<Diagnostic>.Empty : diagnostics;
    }

    /// <summary>Initializes a new exception.</summary>
    public BulletinValidationException()
        : this(ImmutableArray<Diagnostic>.Empty)
    {
    }

    /// <summary>Initializes a new exception with a message.</summary>
    /// <param name="message">The message.</param>
    public BulletinValidationException(string message)
        : base(message)
    {
        Diagnostics = ImmutableArray<Diagnostic>.Empty;
    }

    /// <summary>Initializes a new exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public BulletinValidationException(string message, Exception innerException)
        : base(message, innerException)
    {
        Diagnostics = ImmutableArray<Diagnostic>.Empty;
    }

    /// <summary>Gets the validation's diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }
}
