// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Utility;

namespace Bulletin.Model.Validation;

/// <summary>A diagnostic found in an archive, with the archived file it concerns.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="EntryName">The archived file's name within the archive.</param>
/// <param name="Diagnostic">The diagnostic; its span points into the source text.</param>
public sealed record ArchiveDiagnostic(string EntryName, Diagnostic Diagnostic)
{
    /// <summary>Gets the archived file's name within the archive.</summary>
    public string EntryName { get; } = Preconditions.CheckNotNull(EntryName);

    /// <summary>Gets the diagnostic; its span points into the source text.</summary>
    public Diagnostic Diagnostic { get; } = Preconditions.CheckNotNull(Diagnostic);

    /// <summary>Formats the diagnostic as <c>entry:line:column: severity id: message</c>.</summary>
    /// <returns>The diagnostic as one line of text.</returns>
    public override string ToString() => EntryName + ":" + (Diagnostic.Span.IsEmpty ? " " : string.Empty) + Diagnostic;
}
