// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <summary>Checks on the whole document once it is read: repeated paragraphs, and a start or end cut off.</summary>
internal static class DocumentChecks
{
    private const int MinRepeatLength = 20;
    private const int TailKeyLength = 16;
    private const int QuoteLength = 12;

    // Words that point back to something said before; a document's first sentence cannot use them.
    private static readonly ImmutableArray<string> s_backReferences = ["这一", "该比例", "上述", "这些", "此外", "与此同时", "另一方面"];

    // Characters that cannot begin a sentence: particles and suffixes that need a word before them.
    private const string NonInitial = "的了着们地得吗呢吧之";

    internal static void Run(BulletinIssue issue, ParseContext context)
    {
        var paragraphs = new List<Block>();
        foreach (var article in issue.EnumerateArticles())
        {
            foreach (var block in article.Blocks)
            {
                if (block.Kind == BlockKind.Paragraph)
                {
                    paragraphs.Add(block);
                }
            }
        }

        FindRepeats(paragraphs, context);
        CheckStart(issue, context);
        CheckEnd(paragraphs, context);
    }

    private static void FindRepeats(List<Block> paragraphs, ParseContext context)
    {
        var whole = new Dictionary<string, Block>(StringComparer.Ordinal);
        var byTail = new Dictionary<string, List<(string Key, Block Block)>>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            var key = Compact(paragraph.Text);
            if (key.Length < MinRepeatLength)
            {
                continue;
            }

            if (whole.TryGetValue(key, out var first))
            {
                Report(context, paragraph, first, "the paragraph");
                continue;
            }

            var tail = key[^TailKeyLength..];
            if (byTail.TryGetValue(tail, out var candidates))
            {
                var found = candidates.Find(c => c.Key.Length > key.Length && c.Key.EndsWith(key, StringComparison.Ordinal));
                if (found.Block is not null)
                {
                    Report(context, paragraph, found.Block, "the end of the paragraph");
                    continue;
                }
            }
            else
            {
                candidates = [];
                byTail[tail] = candidates;
            }

            whole[key] = paragraph;
            candidates.Add((key, paragraph));
        }
    }

    private static void Report(ParseContext context, Block repeat, Block first, string what) =>
        context.Report(DiagnosticFactory.Create(
            DiagnosticIds.DuplicateParagraph,
            DiagnosticSeverity.Warning,
            repeat.Span,
            [first.Span],
            what,
            first.Span.Line.ToString(CultureInfo.InvariantCulture)));

    private static string Compact(string text)
    {
        var span = text.AsSpan();
        if (span.IndexOfAny(" \u3000\t\r\n") < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in span)
        {
            if (!TextScan.IsWhite(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    // The first paragraph of the body (after a photo caption) begins mid-sentence when its first character
    // cannot start a sentence, or its first sentence refers back to something never said.
    private static void CheckStart(BulletinIssue issue, ParseContext context)
    {
        if (issue.Kind is DocumentKind.Paper)
        {
            return;
        }

        var articles = issue.EnumerateArticles();
        if (articles.Count == 0)
        {
            return;
        }

        foreach (var block in articles[0].Blocks)
        {
            if (block.Kind != BlockKind.Paragraph)
            {
                if (block.Kind is BlockKind.Heading or BlockKind.Quote)
                {
                    return;
                }

                continue;
            }

            if (IsPhotoCaption(block.Text))
            {
                continue;
            }

            var folded = ChineseScript.ToSimplified(block.Text);
            var sentenceEnd = folded.AsSpan().IndexOfAny("。！？!?");
            var firstSentence = sentenceEnd < 0 ? folded.AsSpan() : folded.AsSpan(0, sentenceEnd);
            if (NonInitial.Contains(folded[0], StringComparison.Ordinal) || Punctuation.Continuation.Contains(folded[0]) ||
                TextScan.IndexOfAny(firstSentence, s_backReferences, out _) >= 0)
            {
                var quote = block.Text.Length <= QuoteLength ? block.Text : block.Text[..QuoteLength] + "…";
                context.Report(DiagnosticIds.TruncatedStart, DiagnosticSeverity.Warning, block.Span, quote);
            }

            return;
        }
    }

    // Wire-photo captions open with the date and the place: 2024年5月8日，在江苏苏州举行的…
    private static bool IsPhotoCaption(string text)
    {
        if (!IssueNumberScanner.TryReadDate(text, out _, out var start, out var end) || start != 0)
        {
            return false;
        }

        var rest = text.AsSpan(end).TrimStart("，, ");
        return rest.StartsWith("在") && text.Length < 120;
    }

    private static void CheckEnd(List<Block> paragraphs, ParseContext context)
    {
        if (paragraphs.Count == 0)
        {
            return;
        }

        var last = paragraphs[^1];
        var text = last.Text.AsSpan().TrimEnd();
        if (text.Length >= MinRepeatLength && !Punctuation.Terminal.Contains(text[^1]) && text.IndexOfAny(Punctuation.Clause) >= 0 &&
            last.Span.End >= context.Source.AsSpan().TrimEnd().Length - 2)
        {
            var quote = text.Length <= QuoteLength ? text.ToString() : "…" + text[^QuoteLength..].ToString();
            context.Report(DiagnosticIds.TruncatedEnd, DiagnosticSeverity.Warning, last.Span, quote);
        }
    }
}
