// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using System.Linq;
using Bulletin.Model.Utility;

namespace Bulletin.Model.Validation;

/// <summary>The diagnostics a validation raised, in source order.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ValidationResult
{
    internal ValidationResult(ImmutableArray<Diagnostic> diagnostics) => Diagnostics = diagnostics.OrEmpty();

    /// <summary>Gets the diagnostics, in source order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Gets a value indicating whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Throws when the validation raised an error.</summary>
    /// <exception cref="BulletinValidationException">At least one diagnostic is an error.</exception>
    public void EnsureValid()
    {
        if (HasErrors)
        {
            throw new BulletinValidationException(Diagnostics);
        }
    }
}
