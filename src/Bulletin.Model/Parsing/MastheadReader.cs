// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Reads a bulletin's masthead from the first blocks: name, issue number line, publisher or editor,
/// classification and date. A masthead is recognised only when an issue number is among them.
/// </summary>
internal static class MastheadReader
{
    private const int MaxMastheadBlocks = 12;
    private const int MaxMastheadLineLength = 40;

    /// <summary>Reads the masthead; returns the number of blocks it takes, 0 when there is none.</summary>
    internal static int Read(List<RawBlock> blocks, MastheadBucket bucket)
    {
        var candidate = new MastheadBucket();
        var consumed = 0;
        for (var i = 0; i < blocks.Count && i < MaxMastheadBlocks; i++)
        {
            var block = blocks[i];
            if (block.Kind == RawBlockKind.Separator)
            {
                continue;
            }

            var text = TextScan.SingleLine(block.Folded);
            if (text.Length > MaxMastheadLineLength || ContentsReader.StartsRegion(blocks, i) || SectionLabel.TryRead(block, out _))
            {
                break;
            }

            if (!Classify(block, text, candidate, i == 0 || consumed == 0))
            {
                break;
            }

            consumed = i + 1;
        }

        if (!candidate.HasIssueNumber)
        {
            return 0;
        }

        bucket.Name = candidate.Name;
        bucket.Frequency = candidate.Frequency;
        bucket.Publisher = candidate.Publisher;
        bucket.Editor = candidate.Editor;
        bucket.Classification = candidate.Classification;
        bucket.Year = candidate.Year;
        bucket.Number = candidate.Number;
        bucket.CumulativeNumber = candidate.CumulativeNumber;
        bucket.Volume = candidate.Volume;
        bucket.PublishedOn = candidate.PublishedOn;
        return consumed;
    }

    private static bool Classify(RawBlock block, string folded, MastheadBucket bucket, bool first)
    {
        var original = TextScan.SingleLine(block.Text);
        if (IssueNumberScanner.TryRead(folded, out var number))
        {
            bucket.Year ??= number.Year;
            bucket.Number ??= number.Number;
            bucket.CumulativeNumber ??= number.Cumulative;
            bucket.Volume ??= number.Volume;

            // 2025年第3期　　2025年10月20日: the number line may carry the issue's date too.
            if (DateText.TryFind(folded, out var dated))
            {
                bucket.PublishedOn ??= dated.Date;
            }

            if (bucket.Name is null && NameBeforeNumber(original, folded) is { } name)
            {
                // 数码观察周刊（第 52 期）：…: the name is what stands before the number.
                bucket.Name = name;
            }

            foreach (var frequency in MastheadLexicon.Frequencies)
            {
                var at = folded.IndexOf(frequency, StringComparison.Ordinal);
                if (at >= 0)
                {
                    bucket.Frequency ??= original.Substring(at, frequency.Length);
                    break;
                }
            }

            return true;
        }

        // 2025年9月8日, 中華民國113年3月15日, 2025-09-08, with a weekday after it or not.
        if (DateText.TryFind(folded, out var found) && found is { Date: var date, Start: var start, End: var end })
        {
            if (TextScan.VisibleLength(folded.AsSpan(0, start)) + TextScan.VisibleLength(folded.AsSpan(end)) <= 2)
            {
                bucket.PublishedOn ??= date;
                return true;
            }

            // 海港市贸促会　2025 年 9 月 8 日: the publisher and the date share one line.
            var before = TextScan.Trim(folded.AsSpan(0, start));
            var nameThenDate = TextScan.VisibleLength(folded.AsSpan(end)) <= 2 && before.IndexOfAny(Punctuation.Clause) < 0;
            if (nameThenDate && TextScan.EndsWithAny(before, MastheadLexicon.BodySuffixes) is not null)
            {
                bucket.Publisher ??= TextScan.Trim(original.AsSpan(0, start)).ToString();
                bucket.PublishedOn ??= date;
                return true;
            }

            // 海港市发展和改革委员会编　2025年6月16日: the body that compiles it, and the date.
            if (nameThenDate && TextScan.EndsWithAny(before, MastheadLexicon.EditorSuffixes) is { } verb && before.Length > verb.Length + 1 &&
                TextScan.EndsWithAny(before[..^verb.Length], MastheadLexicon.BodySuffixes) is not null)
            {
                var editor = TextScan.Trim(original.AsSpan(0, start));
                bucket.Editor ??= TextScan.Trim(editor[..^verb.Length]).ToString();
                bucket.PublishedOn ??= date;
                return true;
            }
        }

        if (MastheadLexicon.Classifications.Contains(folded))
        {
            bucket.Classification ??= original;
            return true;
        }

        if (MastheadLexicon.Frequencies.Contains(folded))
        {
            bucket.Frequency ??= original;
            return true;
        }

        if (folded.AsSpan().IndexOfAny(Punctuation.Clause) >= 0)
        {
            return false;
        }

        if (TextScan.EndsWithAny(folded, MastheadLexicon.EditorSuffixes) is { } suffix && folded.Length > suffix.Length + 1 &&
            TextScan.EndsWithAny(folded.AsSpan(0, folded.Length - suffix.Length), MastheadLexicon.BodySuffixes) is not null)
        {
            bucket.Editor ??= TextScan.Trim(original[..^suffix.Length]);
            return true;
        }

        if (first && bucket.Name is null && !bucket.HasIssueNumber)
        {
            bucket.Name = original;
            return true;
        }

        if (TextScan.EndsWithAny(folded, MastheadLexicon.BodySuffixes) is not null)
        {
            bucket.Publisher ??= original;
            return true;
        }

        return false;
    }

    // The words before 第 N 期 / （第 N 期） on a headline, when they are a name: no digits, no clause punctuation.
    private static string? NameBeforeNumber(string original, string folded)
    {
        var at = folded.IndexOf('第');
        if (at <= 0)
        {
            return null;
        }

        var end = at;
        while (end > 0 && (TextScan.IsWhite(folded[end - 1]) || folded[end - 1] is '（' or '(' or '【' or '['))
        {
            end--;
        }

        var before = folded.AsSpan(0, end);
        if (TextScan.VisibleLength(before) < 2 || before.IndexOfAny(Punctuation.Clause) >= 0 || before.IndexOfAnyInRange('0', '9') >= 0 ||
            before.IndexOfAnyInRange('０', '９') >= 0 || before[^1] == '年')
        {
            return null;
        }

        return TextScan.Trim(original[..end]);
    }
}
