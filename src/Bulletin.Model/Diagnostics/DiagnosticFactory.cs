// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Frozen;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;

namespace Bulletin.Model;

/// <summary>The message catalogue: every diagnostic's text lives here, keyed by its id.</summary>
internal static class DiagnosticFactory
{
    private const int MaxQuotedLength = 120;

    private static readonly FrozenDictionary<string, string> s_templates = new Dictionary<string, string>
    {
        [DiagnosticIds.EmptyInput] = "The input is empty or holds only white space.",
        [DiagnosticIds.InvalidEncoding] = "The input is not valid UTF-8 at byte {0}; undecodable bytes were replaced with U+FFFD.",
        [DiagnosticIds.BinaryContent] = "The input holds {0} control characters or other binary data; they were read as spaces.",
        [DiagnosticIds.InputTooLong] = "The input is {0} characters long; only the first {1} were parsed.",
        [DiagnosticIds.JoinedPageBreak] = "A paragraph split by a page break was joined with its continuation.",
        [DiagnosticIds.TruncatedStart] = "The document begins in the middle of a sentence (\"{0}\"); its start seems to be missing.",
        [DiagnosticIds.DuplicateParagraph] = "This paragraph repeats {0} at line {1}.",
        [DiagnosticIds.UnmatchedContentsEntry] = "The contents entry \"{0}\" matches no article or section in the body.",
        [DiagnosticIds.TruncatedEnd] = "The document ends in the middle of a sentence (\"{0}\").",
        [DiagnosticIds.LineTooLong] = "A line of {0} characters is longer than the limit of {1}; it was kept as plain text.",
        [DiagnosticIds.TooManyBlocks] = "The document has more than {0} blocks; the rest was kept as plain paragraphs.",
        [DiagnosticIds.UnreadableFile] = "The file could not be read: {0}",
        [DiagnosticIds.MarkdownTooDeep] = "The Markdown is nested deeper than it can be read ({0}); the text was read line by line instead.",
        [DiagnosticIds.LoneSurrogate] = "The text holds {0} halves of surrogate pairs without their other half, which no UTF encoding can carry; they were read as U+FFFD.",
        [DiagnosticIds.UnreadableArchiveEntry] = "The archived file could not be read: {0}",
        [DiagnosticIds.DamagedArchiveEntry] = "The archived file is not a readable issue at {0}: {1}",
        [DiagnosticIds.UnreadableArchive] = "The archive could not be opened: {0}",
    }.ToFrozenDictionary();

    internal static Diagnostic Create(string id, DiagnosticSeverity severity, SourceSpan span, params object?[] arguments) =>
        Create(id, severity, span, ImmutableArray<SourceSpan>.Empty, arguments);

    internal static Diagnostic Create(
        string id,
        DiagnosticSeverity severity,
        SourceSpan span,
        ImmutableArray<SourceSpan> additional,
        params object?[] arguments)
    {
        var template = s_templates.TryGetValue(id, out var found) ? found : id;

        // A message quotes the document, never all of it: a title of 200 MB would otherwise be copied into every report.
        for (var i = 0; i < arguments.Length; i++)
        {
            if (arguments[i] is string { Length: > MaxQuotedLength } text)
            {
                arguments[i] = string.Concat(text.AsSpan(0, MaxQuotedLength), "…");
            }
        }

        var message = string.Format(CultureInfo.InvariantCulture, template, arguments);
        return new Diagnostic(id, severity, message, span, additional);
    }
}
