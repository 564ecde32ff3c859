// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using Bulletin.Model.Utility;

namespace Bulletin.Model;

/// <summary>
/// A problem found while parsing or validating a document: a stable <see cref="Id"/> that callers can
/// filter or suppress, a severity, a message in plain words, and where in the source it is.
/// </summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Id">The stable rule id (<c>BLT1003</c>); see <see cref="DiagnosticIds"/>.</param>
/// <param name="Severity">How serious it is.</param>
/// <param name="Message">The message, formatted with the invariant culture.</param>
/// <param name="Span">The main place it points at; empty when the problem concerns the whole input.</param>
/// <param name="AdditionalSpans">Other places involved (the first copy of a duplicated paragraph).</param>
/// <param name="ClaimIds">The ids of the claims involved, for figure rules.</param>
public sealed record Diagnostic(
    string Id,
    DiagnosticSeverity Severity,
    string Message,
    SourceSpan Span,
    ImmutableArray<SourceSpan> AdditionalSpans,
    ImmutableArray<int> ClaimIds)
{
    /// <summary>Initializes a diagnostic that involves no claims.</summary>
    /// <param name="id">The stable rule id.</param>
    /// <param name="severity">How serious it is.</param>
    /// <param name="message">The message.</param>
    /// <param name="span">The main place it points at.</param>
    /// <param name="additionalSpans">Other places involved.</param>
    public Diagnostic(string id, DiagnosticSeverity severity, string message, SourceSpan span, ImmutableArray<SourceSpan> additionalSpans)
        : this(id, severity, message, span, additionalSpans, ImmutableArray<int>.Empty)
    {
    }

    /// <summary>Gets the ids of the claims involved.</summary>
    public ImmutableArray<int> ClaimIds { get; } = ClaimIds.OrEmpty();

    /// <summary>Gets the stable rule id (<c>BLT1003</c>); see <see cref="DiagnosticIds"/>.</summary>
    public string Id { get; } = Id;

    /// <summary>Gets how serious it is.</summary>
    public DiagnosticSeverity Severity { get; } = Severity;

    /// <summary>Gets the message, formatted with the invariant culture.</summary>
    public string Message { get; } = Message;

    /// <summary>Gets the main place it points at; empty when the problem concerns the whole input.</summary>
    public SourceSpan Span { get; } = Span;

    /// <summary>Gets the other places involved.</summary>
    public ImmutableArray<SourceSpan> AdditionalSpans { get; } = AdditionalSpans.OrEmpty();

    /// <inheritdoc/>
    public bool Equals(Diagnostic? other) =>
        other is not null && Id == other.Id && Severity == other.Severity && Message == other.Message &&
        Span == other.Span && Equality.Sequence(AdditionalSpans, other.AdditionalSpans) && Equality.Sequence(ClaimIds, other.ClaimIds);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Id, Severity, Message, Span, Equality.Hash(AdditionalSpans));

    /// <summary>Formats the diagnostic as <c>line:column: severity id: message</c>.</summary>
    /// <returns>The diagnostic as one line of text.</returns>
    public override string ToString() =>
        Span.IsEmpty
            ? $"{Severity.ToString().ToLowerInvariant()} {Id}: {Message}"
            : $"{Span.Line}:{Span.Column}: {Severity.ToString().ToLowerInvariant()} {Id}: {Message}";
}
