// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Joins blocks that a page break split: a paragraph that stops without closing punctuation in the middle of
/// a sentence and the paragraph that continues it, and any block followed by one that begins with
/// punctuation no paragraph can begin with (a heading's <c>:副标题</c> on the next line).
/// </summary>
internal static class BlockRepairer
{
    private const int MinSplitLength = 16;
    private const int MaxLabelLength = 12;

    internal static void Repair(List<RawBlock> blocks, ParseContext context)
    {
        // A page number between two pages (— 3 —) stands in the middle of the text it splits: out of the way first,
        // the paragraph it split joins again below.
        var kept = 0;
        var afterPageNumber = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (IsPageNumber(blocks[i], context.Source))
            {
                context.PageNumbers.Add(blocks[i]);
                afterPageNumber = kept > 0;
                continue;
            }

            blocks[i].FollowsPageNumber = afterPageNumber;
            afterPageNumber = false;
            blocks[kept++] = blocks[i];
        }

        blocks.RemoveRange(kept, blocks.Count - kept);

        for (var i = 0; i + 1 < blocks.Count;)
        {
            var previous = blocks[i];
            var next = blocks[i + 1];
            if (!ShouldJoin(previous, next))
            {
                i++;
                continue;
            }

            previous.Text = TextScan.JoinWrapped(previous.Text, next.Text);
            previous.End = next.End;
            blocks.RemoveAt(i + 1);
            context.Report(DiagnosticIds.JoinedPageBreak, DiagnosticSeverity.Info, context.Span(next));
        }
    }

    private static bool ShouldJoin(RawBlock previous, RawBlock next)
    {
        if (next.Kind != RawBlockKind.Paragraph || next.Text.Length == 0 ||
            previous.Kind is not (RawBlockKind.Paragraph or RawBlockKind.Heading or RawBlockKind.ListItem))
        {
            return false;
        }

        if (PageMatter.IsChrome(TextScan.Trim(next.Folded.AsSpan())) || PageMatter.IsChrome(TextScan.Trim(previous.Folded.AsSpan())))
        {
            // 【字号： / 加大 / 还原 / 减小 / 】: a page's buttons, one a line, are not a paragraph split by a page break.
            return false;
        }

        var first = next.Text[0];
        if (Punctuation.Continuation.Contains(first) && first is not ('.' or '．'))
        {
            return !PageMatter.IsNotice(next);
        }

        // Lines of plain text are whole as they stand, but where a page number stood between them: a page broke there.
        if (previous.Kind != RawBlockKind.Paragraph || ((previous.IsPlainLine || next.IsPlainLine) && !next.FollowsPageNumber))
        {
            return false;
        }

        // A web address alone on its line (a digest item's link) is whole as it stands.
        var text = previous.Text.AsSpan().TrimEnd();
        if (text.Length == 0 || Punctuation.Terminal.Contains(text[^1]) || text[^1] is ':' or '：' || TextScan.IsBareLink(text) ||
            TextScan.VisibleLength(text) < MinSplitLength || text.IndexOfAny(Punctuation.Clause) < 0)
        {
            return false;
        }

        return !IsLabelled(previous) && !IsLabelled(next) && !IsNumberedHeading(text) && !OpensItem(next) &&
            !SectionLabel.TryRead(next, out _);
    }

    // Front matter, contact and distribution lines are complete as they stand even without closing punctuation.
    private static bool IsLabelled(RawBlock block)
    {
        var folded = block.Folded;
        return TextScan.StartsWithAny(folded, PaperLexicon.KeywordLabels) is not null ||
            TextScan.StartsWithAny(folded, PaperLexicon.AbstractLabels) is not null ||
            TextScan.StartsWithAny(folded, PaperLexicon.DoiLabels) is not null ||
            TextScan.StartsWithAny(folded, AttributionLexicon.SourceLabels) is not null ||
            TextScan.StartsWithAny(folded, PageLexicon.DistributionLabels) is { Length: > 1 } ||
            PageMatter.TryLabel(block, out _, out _) || OpensWithShortLabel(block.Folded);
    }

    // 时间：…, 地点：…, 王市长小明：…: a line that opens with a short label and a colon starts a unit of its own (a
    // header field, a speaker's turn), where a paragraph broken by a page goes on mid-sentence.
    private static bool OpensWithShortLabel(string folded) => TextScan.LeadingLabelLength(folded, MaxLabelLength) > 0;

    private static bool IsNumberedHeading(ReadOnlySpan<char> text) =>
        OutlineNumber.TryRead(text, out _, out _, out var start) && OutlineNumber.IsTitleLike(text[start..]);

    // - 12 - reads as a list item to Markdown and to the line reader: its line is looked at as written.
    private static bool IsPageNumber(RawBlock block, string source) => block.Kind switch
    {
        RawBlockKind.Paragraph => PageMatter.IsPageNumber(TextScan.Trim(block.Folded.AsSpan())),
        RawBlockKind.ListItem => block.Start >= 0 && block.End <= source.Length && block.Start < block.End &&
            PageMatter.IsPageNumber(TextScan.Trim(source.AsSpan(block.Start, block.End - block.Start))),
        _ => false,
    };

    // 1. 标题, 2、…, 3）…: an item's number; 112.3亿元 opens with a decimal, which continues a sentence.
    private static bool OpensItem(RawBlock block)
    {
        var text = block.Text.AsSpan();
        return Punctuation.Bullets.Contains(text[0]) || text[0] is '【' or '[' or '#' or '/' or '／' ||
            OutlineNumber.TryRead(text, out _, out _, out _) ||
            (TextScan.TryReadInt(text, out _, out var digits) && digits < text.Length && text[digits] is '.' or '、' or ')' or '）' &&
                !(text[digits] == '.' && digits + 1 < text.Length && char.IsAsciiDigit(text[digits + 1])));
    }
}
