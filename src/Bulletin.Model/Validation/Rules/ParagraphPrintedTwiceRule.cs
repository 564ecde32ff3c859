// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using Bulletin.Model.Parsing;

namespace Bulletin.Model.Validation.Rules;

/// <summary>BLT2007: a paragraph printed twice, wholly or as the end of an earlier paragraph.</summary>
internal sealed class ParagraphPrintedTwiceRule : IValidationRule
{
    public string Id => "BLT2007";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Paragraph printed twice";

    public void Validate(ValidationContext context)
    {
        foreach (var (repeat, first, whole) in DocumentChecks.FindRepeats(DocumentChecks.Paragraphs(context.Issue)))
        {
            var what = whole ? "the paragraph" : "the end of the paragraph";
            context.ReportAt($"\"{DocumentChecks.Quote(repeat.Text)}\" repeats {what} at line {first.Span.Line}.", repeat.Span, first.Span);
        }
    }
}
