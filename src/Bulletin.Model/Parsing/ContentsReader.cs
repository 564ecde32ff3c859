// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Reads a table of contents: a run of entries with pages (<c>3. 标题..... 7</c>, <c>(8) 国内资讯</c>),
/// sub-entries (<c>/标题</c>) and section labels, opened by a marker (<c>目录</c>) or by the first entry.
/// </summary>
internal static class ContentsReader
{
    private const int MaxTitleLength = 120;

    private enum LineKind
    {
        None,
        Marker,
        Label,
        Entry,
        SubEntry,
        Separator,
    }

    /// <summary>Whether a contents region starts at this block.</summary>
    internal static bool StartsRegion(List<RawBlock> blocks, int index)
    {
        var kind = Classify(blocks[index], markedRegion: false, out _);
        return kind == LineKind.Marker || (kind == LineKind.Entry && IsLeaderEntry(blocks[index])) ||
            (kind == LineKind.Label && NextIsEntry(blocks, index, markedRegion: false));
    }

    /// <summary>Reads the contents starting at <paramref name="index"/>; returns the top-level nodes.</summary>
    internal static List<ContentsNode> Read(List<RawBlock> blocks, ref int index)
    {
        var roots = new List<ContentsNode>();
        if (index >= blocks.Count || !StartsRegion(blocks, index))
        {
            return roots;
        }

        var marked = Classify(blocks[index], false, out _) == LineKind.Marker;
        ContentsNode? label = null;
        ContentsNode? entry = null;
        var entries = 0;
        var leadered = 0;
        var i = index;
        for (; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var kind = Classify(block, marked, out var parsed);
            switch (kind)
            {
                case LineKind.Marker:
                case LineKind.Separator:
                    continue;
                case LineKind.Label when NextIsEntry(blocks, i, marked):
                    label = parsed!;
                    entry = null;
                    roots.Add(label);
                    continue;
                case LineKind.Entry:
                    entry = parsed!;
                    entries++;
                    leadered += IsLeaderEntry(block) ? 1 : 0;
                    Attach(entry, label, roots);
                    continue;
                case LineKind.SubEntry when entry is not null:
                    entries++;
                    parsed!.Parent = entry;
                    entry.Children.Add(parsed);
                    continue;
            }

            break;
        }

        // One entry is a contents only under its 目录 marker and with a leader to its page (1. 标题 ..... 1); any other
        // single line is more likely a list item of the body.
        if (entries < 2 && !(marked && entries == 1 && leadered == 1))
        {
            return [];
        }

        index = i;
        return roots;
    }

    private static void Attach(ContentsNode entry, ContentsNode? label, List<ContentsNode> roots)
    {
        if (label is null)
        {
            roots.Add(entry);
            return;
        }

        entry.Parent = label;
        label.Children.Add(entry);
    }

    private static bool NextIsEntry(List<RawBlock> blocks, int index, bool markedRegion)
    {
        for (var j = index + 1; j < blocks.Count; j++)
        {
            var kind = Classify(blocks[j], markedRegion, out _);
            if (kind == LineKind.Separator)
            {
                continue;
            }

            return kind == LineKind.Entry;
        }

        return false;
    }

    private static bool IsLeaderEntry(RawBlock block) => TryLeaderPage(TextScan.SingleLine(block.Text), spacesLead: false, out _, out _);

    private static LineKind Classify(RawBlock block, bool markedRegion, out ContentsNode? node)
    {
        node = null;
        if (block.Kind == RawBlockKind.Separator)
        {
            return LineKind.Separator;
        }

        if (block.Kind is not (RawBlockKind.Paragraph or RawBlockKind.ListItem or RawBlockKind.Heading))
        {
            return LineKind.None;
        }

        var text = TextScan.Trim(TextScan.SingleLine(block.Text));
        var folded = TextScan.Trim(TextScan.SingleLine(block.Folded));
        if (text.Length == 0 || text.Length > MaxTitleLength + 10)
        {
            return LineKind.None;
        }

        // 目录, 目 录, 目　　录: a marker spaced out to the width of a heading is the same marker.
        var compact = TextScan.WithoutSpaces(folded);
        if (TextScan.StartsWithAny(compact, MastheadLexicon.ContentsMarkers) is { } marker &&
            (compact.Length == marker.Length || !TextScan.IsCjk(compact[marker.Length]) || IssueNumberScanner.TryRead(folded, out _)))
        {
            return LineKind.Marker;
        }

        if (markedRegion && IssueNumberScanner.TryRead(folded, out _) && folded.Length <= 40)
        {
            return LineKind.Marker;
        }

        if (SectionLabel.TryRead(block, out var label))
        {
            node = new ContentsNode(label, 0, block.Start, block.End);
            return LineKind.Label;
        }

        if (text[0] is '/' or '／' && text.Length > 1)
        {
            node = new ContentsNode(TextScan.Trim(text[1..]), 2, block.Start, block.End);
            return LineKind.SubEntry;
        }

        // (8) 国内资讯 — the page first, in brackets.
        if (text[0] is '(' or '（' && TextScan.TryReadInt(text.AsSpan(1), out var page, out var digits) &&
            1 + digits < text.Length && text[1 + digits] is ')' or '）')
        {
            var title = TextScan.Trim(text[(digits + 2)..]);
            if (title.Length > 0)
            {
                node = new ContentsNode(title, 1, block.Start, block.End) { Page = page };
                return LineKind.Entry;
            }
        }

        // 3. 标题..... 7 — dot leaders and the page last; the ordinal may be a list marker or in the text.
        if (TryLeaderPage(text, markedRegion, out var leaderTitle, out var leaderPage))
        {
            var number = block.Kind == RawBlockKind.ListItem ? block.Marker : null;
            var titleSpan = leaderTitle.AsSpan();
            if (number is null && TextScan.TryReadInt(titleSpan, out _, out var n) && n < titleSpan.Length &&
                titleSpan[n] is '.' or '、' or '．')
            {
                number = leaderTitle[..(n + 1)];
                leaderTitle = TextScan.Trim(leaderTitle[(n + 1)..]);
            }

            node = new ContentsNode(leaderTitle, 1, block.Start, block.End) { Page = leaderPage, Number = number };
            return LineKind.Entry;
        }

        // 本期节目主要内容： / 1.【两会受权发布】关于政府工作报告的决议: under its marker a contents may list its items
        // numbered, with no pages, as a broadcast or a newsletter lists them. Elsewhere such a line is a list of the body.
        if (markedRegion && TryNumberedTitle(block, text, out var numbered, out var numberedTitle))
        {
            node = new ContentsNode(numberedTitle, 1, block.Start, block.End) { Number = numbered };
            return LineKind.Entry;
        }

        return LineKind.None;
    }

    // 1. 标题, 2、标题, （3）标题, or a list item's text: a title (no sentence ends in it) after an item number.
    private static bool TryNumberedTitle(RawBlock block, string text, out string number, out string title)
    {
        number = string.Empty;
        title = string.Empty;
        var span = text.AsSpan();
        if (block.Kind == RawBlockKind.ListItem && block.Marker is { Length: > 0 } marker)
        {
            number = marker;
        }
        else
        {
            var bracketed = span[0] is '（' or '(';
            var at = bracketed ? 1 : 0;
            if (!TextScan.TryReadInt(span[at..], out _, out var digits) || digits > 3 || at + digits >= span.Length)
            {
                return false;
            }

            var after = at + digits;
            var closes = bracketed ? span[after] is '）' or ')' : span[after] is '.' or '、' or '．';

            // 2.5亿元 is a number, not item 2.
            if (!closes || (after + 1 < span.Length && TextScan.IsDigit(span[after + 1])))
            {
                return false;
            }

            number = text[..(after + 1)];
            span = span[(after + 1)..];
        }

        span = TextScan.Trim(span);
        if (span.IsEmpty || TextScan.VisibleLength(span) > MaxTitleLength || span.IndexOfAny("。！？；") >= 0)
        {
            return false;
        }

        title = span.ToString();
        return true;
    }

    // Under a 目录 marker the leader may be white space alone (总则          1), as text exported from a word
    // processor aligns the pages; anywhere else it takes dots, since a gap before a figure is a table's too.
    private const int MinWhiteLeader = 3;

    private static bool TryLeaderPage(string text, bool spacesLead, out string title, out int page)
    {
        title = string.Empty;
        var span = text.AsSpan().TrimEnd();
        var leaderStart = LeaderStart(span, spacesLead, out page);
        if (leaderStart <= 0)
        {
            return false;
        }

        title = TextScan.Trim(span[..leaderStart].ToString());
        return title.Length > 0;
    }

    /// <summary>
    /// Whether a line ends as a contents entry does, with a leader to a page number: dots (<c>总则 ..... 1</c>), or
    /// white space where <paramref name="spacesLead"/> allows it (<c>总则          1</c>).
    /// </summary>
    internal static bool EndsWithLeaderPage(ReadOnlySpan<char> line, bool spacesLead) => LeaderStart(line.TrimEnd(), spacesLead, out _) > 0;

    // Where the leader before the page number at the line's end starts, or -1.
    private static int LeaderStart(ReadOnlySpan<char> span, bool spacesLead, out int page)
    {
        page = 0;
        var end = span.Length;
        var start = end;
        while (start > 0 && TextScan.IsDigit(span[start - 1]) && end - start < 4)
        {
            start--;
        }

        if (start == end || start == 0 || !TextScan.TryReadInt(span[start..end], out page, out _))
        {
            return -1;
        }

        var leaderStart = start;
        var dots = 0;
        var white = 0;
        while (leaderStart > 0 && Punctuation.Leader.Contains(span[leaderStart - 1]))
        {
            dots += span[leaderStart - 1] is '.' or '．' or '…' or '·' ? 1 : 0;
            white += span[leaderStart - 1] switch { ' ' => 1, '　' => 2, '\t' => MinWhiteLeader, _ => 0 };
            leaderStart--;
        }

        return (dots < 2 && !(spacesLead && white >= MinWhiteLeader)) || leaderStart == 0 ? -1 : leaderStart;
    }
}
