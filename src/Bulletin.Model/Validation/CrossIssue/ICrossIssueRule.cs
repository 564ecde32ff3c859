// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Collections.Generic;

namespace Bulletin.Model.Validation.CrossIssue;

/// <summary>A rule that compares the issues of an archive with one another.</summary>
internal interface ICrossIssueRule
{
    string Id { get; }

    DiagnosticSeverity DefaultSeverity { get; }

    string Title { get; }

    /// <summary>Checks the issues, in archive order, reporting each problem against the issue it concerns.</summary>
    void Check(IReadOnlyList<IssueFacts> issues, CrossIssueReport report);
}

/// <summary>Reports a problem of one issue found by comparing it with another; the message names the other.</summary>
internal delegate void CrossIssueReport(IssueFacts issue, string message, SourceSpan span);
