// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <summary>Checks on the whole document once it is read: repeated paragraphs, and a start or end cut off.</summary>
internal static class DocumentChecks
{
    private const int MinRepeatLength = 20;
    private const int TailKeyLength = 16;
    private const int QuoteLength = 12;

    // Words that point back to something said before: a document's first sentence cannot open with the
    // connectives, nor use the demonstratives for a thing it has not named yet.
    private static readonly ImmutableArray<string> s_connectives = ["此外", "与此同时", "另一方面", "同时", "而且", "但是", "因此"];
    private static readonly ImmutableArray<string> s_demonstratives = ["这一", "上述", "这些", "该"];

    // Characters that cannot begin a sentence: particles and suffixes that need a word before them.
    private const string NonInitial = "的了着们地得吗呢吧之";

    internal static void Run(BulletinIssue issue, ParseContext context)
    {
        var paragraphs = Paragraphs(issue);
        foreach (var (repeat, first, whole) in FindRepeats(paragraphs))
        {
            Report(context, repeat, first, whole ? "the paragraph" : "the end of the paragraph");
        }

        if (FindTruncatedStart(issue) is { } start)
        {
            context.Report(DiagnosticIds.TruncatedStart, DiagnosticSeverity.Warning, start.Span, Quote(start.Text));
        }

        if (FindTruncatedEnd(paragraphs) is { } end && end.Span.End >= context.Source.AsSpan().TrimEnd().Length - 2)
        {
            context.Report(DiagnosticIds.TruncatedEnd, DiagnosticSeverity.Warning, end.Span, "…" + Tail(end.Text));
        }
    }

    internal static List<Block> Paragraphs(BulletinIssue issue)
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

        return paragraphs;
    }

    internal static string Quote(string text) => text.Length <= QuoteLength ? text : text[..TextScan.WholeCharacter(text, QuoteLength, -1)] + "…";

    internal static string Tail(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed.Length <= QuoteLength ? trimmed : trimmed[^QuoteLength..];
    }

    /// <summary>Paragraphs printed again, wholly or as the end of an earlier one, each with the first copy.</summary>
    internal static List<(Block Repeat, Block First, bool Whole)> FindRepeats(List<Block> paragraphs)
    {
        var found = new List<(Block, Block, bool)>();
        var whole = new Dictionary<string, Block>(paragraphs.Count, StringComparer.Ordinal);

        // The paragraphs that end alike, in reading order, as chains through one list keyed by the paragraph text
        // itself under a comparer of its last characters: no list and no tail string per paragraph.
        var chain = new List<(string Key, Block Block, int Next)>(paragraphs.Count);
        var byTail = new Dictionary<string, (int First, int Last)>(paragraphs.Count, TailComparer.Instance);
        foreach (var paragraph in paragraphs)
        {
            var key = Compact(paragraph.Text);
            if (key.Length < MinRepeatLength)
            {
                continue;
            }

            if (whole.TryGetValue(key, out var first))
            {
                found.Add((paragraph, first, true));
                continue;
            }

            ref var ends = ref CollectionsMarshal.GetValueRefOrAddDefault(byTail, key, out var seen);
            if (seen)
            {
                Block? earlier = null;
                for (var k = ends.First; k >= 0; k = chain[k].Next)
                {
                    if (chain[k].Key.Length > key.Length && chain[k].Key.EndsWith(key, StringComparison.Ordinal))
                    {
                        earlier = chain[k].Block;
                        break;
                    }
                }

                if (earlier is not null)
                {
                    found.Add((paragraph, earlier, false));
                    continue;
                }

                chain.Add((key, paragraph, -1));
                chain[ends.Last] = chain[ends.Last] with { Next = chain.Count - 1 };
                ends.Last = chain.Count - 1;
            }
            else
            {
                chain.Add((key, paragraph, -1));
                ends = (chain.Count - 1, chain.Count - 1);
            }

            whole[key] = paragraph;
        }

        return found;
    }

    // Two texts are alike when their last TailKeyLength characters are; every text compared is longer than that.
    private sealed class TailComparer : IEqualityComparer<string>
    {
        internal static readonly TailComparer Instance = new();

        public bool Equals(string? x, string? y) =>
            x is not null && y is not null && x.AsSpan(x.Length - TailKeyLength).SequenceEqual(y.AsSpan(y.Length - TailKeyLength));

        public int GetHashCode(string text) => string.GetHashCode(text.AsSpan(text.Length - TailKeyLength));
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

        var kept = 0;
        foreach (var c in span)
        {
            kept += TextScan.IsWhite(c) ? 0 : 1;
        }

        return string.Create(kept, text, static (dest, source) =>
        {
            var k = 0;
            foreach (var c in source)
            {
                if (!TextScan.IsWhite(c))
                {
                    dest[k++] = c;
                }
            }
        });
    }

    // The first paragraph of the body (after a photo caption) begins mid-sentence when its first character
    // cannot start a sentence, or its first sentence refers back to something never said.
    internal static Block? FindTruncatedStart(BulletinIssue issue)
    {
        if (issue.Kind is DocumentKind.Paper)
        {
            return null;
        }

        var articles = issue.EnumerateArticles();
        if (articles.Count == 0)
        {
            return null;
        }

        foreach (var block in articles[0].Blocks)
        {
            if (block.Kind != BlockKind.Paragraph)
            {
                if (block.Kind is BlockKind.Heading or BlockKind.Quote)
                {
                    return null;
                }

                continue;
            }

            // An empty paragraph (only read from JSON; the parser never makes one) has no first character to judge.
            if (block.Text.Length == 0 || IsPhotoCaption(block.Text))
            {
                continue;
            }

            var folded = ChineseScript.ToSimplified(block.Text);
            var sentenceEnd = folded.AsSpan().IndexOfAny("。！？!?");
            var firstSentence = sentenceEnd < 0 ? folded.AsSpan() : folded.AsSpan(0, sentenceEnd);
            // 地点：议场 is a field of a record's head (a label and its colon), not the tail of a sentence, even when its
            // first character could be a particle.
            if (IsLabelLine(folded))
            {
                return null;
            }

            var truncated = NonInitial.Contains(folded[0], StringComparison.Ordinal) || Punctuation.Continuation.Contains(folded[0]) ||
                TextScan.StartsWithAny(folded, s_connectives) is not null || RefersBackToNothing(firstSentence);
            return truncated ? block : null;
        }

        return null;
    }

    // The longest label a record's field line opens with (会议地点：).
    private const int MaxFieldLabel = 6;

    private static bool IsLabelLine(ReadOnlySpan<char> text)
    {
        var colon = text[..Math.Min(text.Length, MaxFieldLabel + 1)].IndexOfAny('：', ':');
        return colon >= 2 && text[..colon].IndexOfAny("，。；、,;") < 0 && TextScan.IsCjk(text[0]) && TextScan.IsCjk(text[colon - 1]);
    }

    // 这一比例 with no 比例 before it in the sentence: the thing pointed at was in the part that is missing.
    private static bool RefersBackToNothing(ReadOnlySpan<char> sentence)
    {
        var at = TextScan.IndexOfAny(sentence, s_demonstratives, out var word);
        if (at < 0)
        {
            return false;
        }

        var noun = sentence[(at + word!.Length)..];
        noun = noun[..Math.Min(2, noun.Length)];
        return noun.Length == 2 && TextScan.IsCjk(noun[0]) && TextScan.IsCjk(noun[1]) && sentence[..at].IndexOf(noun) < 0;
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

    /// <summary>The last paragraph, when it stops in the middle of a sentence.</summary>
    internal static Block? FindTruncatedEnd(List<Block> paragraphs)
    {
        if (paragraphs.Count == 0)
        {
            return null;
        }

        var last = paragraphs[^1];
        var text = last.Text.AsSpan().TrimEnd();
        return text.Length >= MinRepeatLength && !Punctuation.Terminal.Contains(text[^1]) && text.IndexOfAny(Punctuation.Clause) >= 0 ? last : null;
    }
}
