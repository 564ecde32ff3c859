// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using Bulletin.Model.Utility;

namespace Bulletin.Model.Archives;

/// <summary>
/// One file of an archive as it was read: its name within the archive, the issue when the file held a readable
/// one, and what went wrong when it did not.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Name">The file's path within the archive, with <c>/</c> between folders.</param>
/// <param name="Issue">The issue, or <see langword="null"/> when the file could not be read as one.</param>
/// <param name="Diagnostics">Why the file could not be read (<c>BLT3xxx</c>); empty when it was read.</param>
public sealed record ArchiveEntry(string Name, BulletinIssue? Issue, ImmutableArray<Diagnostic> Diagnostics)
{
    /// <summary>Gets the file's path within the archive, with <c>/</c> between folders.</summary>
    public string Name { get; } = Preconditions.CheckNotNull(Name);

    /// <summary>Gets the issue, or <see langword="null"/> when the file could not be read as one.</summary>
    public BulletinIssue? Issue { get; } = Issue;

    /// <summary>Gets why the file could not be read; empty when it was read.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; } = Diagnostics.OrEmpty();

    /// <inheritdoc/>
    public bool Equals(ArchiveEntry? other) =>
        other is not null && Name == other.Name && Issue == other.Issue && Equality.Sequence(Diagnostics, other.Diagnostics);

    /// <inheritdoc/>
    public override int GetHashCode() => System.HashCode.Combine(Name, Issue);

    /// <summary>Formats the entry as its name followed by each diagnostic.</summary>
    /// <returns>The entry as text.</returns>
    public override string ToString() =>
        Diagnostics.IsEmpty ? Name : Name + ": " + string.Join("; ", Diagnostics);
}
