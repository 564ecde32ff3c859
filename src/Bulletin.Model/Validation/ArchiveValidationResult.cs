// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Immutable;
using System.Linq;
using Bulletin.Model.Utility;

namespace Bulletin.Model.Validation;

/// <summary>What validating an archive found: each issue's own diagnostics and those of the cross-issue rules.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed class ArchiveValidationResult
{
    internal ArchiveValidationResult(ImmutableArray<ArchiveDiagnostic> diagnostics, int issueCount, int unreadableCount)
    {
        Diagnostics = diagnostics.OrEmpty();
        IssueCount = issueCount;
        UnreadableCount = unreadableCount;
    }

    /// <summary>Gets the diagnostics: files that could not be read, issue rules per file, then cross-issue rules.</summary>
    public ImmutableArray<ArchiveDiagnostic> Diagnostics { get; }

    /// <summary>Gets the number of issues read and validated.</summary>
    public int IssueCount { get; }

    /// <summary>Gets the number of archived files that could not be read as issues.</summary>
    public int UnreadableCount { get; }

    /// <summary>Gets a value indicating whether any diagnostic is an error.</summary>
    public bool HasErrors => Diagnostics.Any(d => d.Diagnostic.Severity == DiagnosticSeverity.Error);
}
