// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Validation.CrossIssue;

/// <summary>One figure an issue ties to a subject and a resolved period.</summary>
internal sealed record FigureFact(
    FigureKey Key,
    FigureInterval Interval,
    string Text,
    SourceSpan Span,
    string PeriodText,
    string Subject);
