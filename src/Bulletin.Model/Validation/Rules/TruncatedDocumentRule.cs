// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Parsing;

namespace Bulletin.Model.Validation.Rules;

/// <summary>BLT2008: a document that begins in the middle of a sentence, or whose last paragraph stops mid-sentence.</summary>
internal sealed class TruncatedDocumentRule : IValidationRule
{
    public string Id => "BLT2008";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Document cut off";

    public void Validate(ValidationContext context)
    {
        if (DocumentChecks.FindTruncatedStart(context.Issue) is { } start)
        {
            context.Report($"The body begins in the middle of a sentence (\"{DocumentChecks.Quote(start.Text)}\"); its start seems to be missing.", start.Span);
        }

        if (DocumentChecks.FindTruncatedEnd(DocumentChecks.Paragraphs(context.Issue)) is { } end && context.Issue.Distribution.IsEmpty &&
            context.Issue.Contact is null && context.Issue.SideMatter.IsEmpty)
        {
            context.Report($"The last paragraph stops in the middle of a sentence (\"…{DocumentChecks.Tail(end.Text)}\").", end.Span);
        }
    }
}
