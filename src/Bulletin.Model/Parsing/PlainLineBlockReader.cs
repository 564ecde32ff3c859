// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Text;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Reads text that is not Markdown one line at a time: each non-blank line is a block. Lines that carry the
/// few Markdown forms such text still uses (an image, a heading mark, a rule) are recognised.
/// </summary>
internal static class PlainLineBlockReader
{
    internal static List<RawBlock> Read(string text)
    {
        var blocks = new List<RawBlock>();
        var lines = new List<(int Lead, int Width, bool AfterBlank)>();
        var afterBlank = false;
        var span = text.AsSpan();
        var position = 0;
        while (position < span.Length)
        {
            var rest = span[position..];
            var lineEnd = rest.IndexOfAny('\n', '\r');
            var lineLength = lineEnd < 0 ? rest.Length : lineEnd;
            var line = rest[..lineLength];
            var start = position;
            position += lineLength;
            if (position < span.Length)
            {
                position += span[position] == '\r' && position + 1 < span.Length && span[position + 1] == '\n' ? 2 : 1;
            }

            var trimmed = TextScan.Trim(line);
            if (trimmed.Length == 0)
            {
                afterBlank = blocks.Count > 0;
                continue;
            }

            var lead = LeadingWhite(line);
            var offset = start + lead;
            blocks.Add(Classify(trimmed, offset, offset + trimmed.Length));
            // A table row is never wrapped text: it neither counts towards the wrap width nor joins.
            lines.Add((lead, TableRecognizer.IsRow(trimmed) ? 0 : Width(line.TrimEnd()), afterBlank));
            afterBlank = false;
        }

        JoinHardWrapped(blocks, lines);
        return blocks;
    }

    // A line is full when it reaches, within a character or so, the width the text is wrapped at.
    private const int FullSlack = 4;

    // The share of lines that must be full before the text is read as wrapped at a fixed width.
    private const double WrappedShare = 0.3;

    private const int MinWrappedLines = 8;

    // The share of the lines after full lines that must share one indent before it is read as the continuation indent.
    private const double HangingShare = 0.6;

    // Text wrapped narrower than this is a column of short lines (a list of names), not paragraphs.
    private const int MinWrapWidth = 30;

    /// <summary>
    /// Text wrapped at a fixed width (a report or a gazette exported as plain text) breaks every paragraph into
    /// lines, and a number or a label may straddle two of them. Where most long lines end at one width, a line that
    /// reaches it continues into the next, unless the next is indented deeper (a paragraph's first line is), stands
    /// after a blank line, or is no paragraph text (a heading, a list item, an image).
    /// </summary>
    private static void JoinHardWrapped(List<RawBlock> blocks, List<(int Lead, int Width, bool AfterBlank)> lines)
    {
        if (blocks.Count < MinWrappedLines)
        {
            return;
        }

        var widest = 0;
        foreach (var (_, width, _) in lines)
        {
            widest = Math.Max(widest, width);
        }

        // The wrap width is the width most lines reach, not the widest line (a table row may run over).
        var counts = new Dictionary<int, int>();
        foreach (var (_, width, _) in lines)
        {
            if (width * 2 > widest)
            {
                counts[width] = counts.GetValueOrDefault(width) + 1;
            }
        }

        var wrap = 0;
        var best = 0;
        foreach (var (width, count) in counts)
        {
            if (count > best || (count == best && width > wrap))
            {
                (wrap, best) = (width, count);
            }
        }

        if (wrap <= MinWrapWidth)
        {
            return;
        }

        bool Fills(int width) => width >= wrap - FullSlack && width <= wrap + FullSlack;
        var full = 0;
        foreach (var (_, width, _) in lines)
        {
            full += Fills(width) ? 1 : 0;
        }

        if (full < lines.Count * WrappedShare || full < MinWrappedLines)
        {
            return;
        }

        var hanging = ContinuationLead(blocks, lines, Fills);

        // One pass that compacts as it goes: block w is the one being joined onto, its text gathered in a builder
        // until a line does not go on (removing each joined line from the lists had made long wrapped texts
        // quadratic). The joined text so far is the builder's, or the block's own until a line joins it.
        var w = 0;
        StringBuilder? joined = null;
        var lastChar = blocks[0].Text.Length > 0 ? blocks[0].Text[^1] : '\0';
        for (var i = 1; i < blocks.Count; i++)
        {
            var (previous, next) = (blocks[w], blocks[i]);
            var lead = lines[i].Lead;
            var hasText = (joined?.Length ?? previous.Text.Length) > 0;

            // Where continuation lines are indented, a line at that indent goes on whatever the line before it (a
            // speaker's label line at the margin); a line left of it starts a block of its own, unless it stands at
            // the indent of a line that stopped mid-sentence (a heading wrapped at the margin).
            var continues = hanging > 0
                ? lead == hanging || (lead == lines[w].Lead && hasText && !Lexicons.Punctuation.Terminal.Contains(lastChar))
                : lead <= lines[w].Lead;
            if (!Fills(lines[w].Width) || next.Kind != RawBlockKind.Paragraph || previous.Kind is not (RawBlockKind.Paragraph or RawBlockKind.ListItem) ||
                !continues || lines[i].AfterBlank)
            {
                if (joined is not null)
                {
                    previous.Text = joined.ToString();
                    joined = null;
                }

                w++;
                blocks[w] = next;
                lines[w] = lines[i];
                lastChar = next.Text.Length > 0 ? next.Text[^1] : '\0';
                continue;
            }

            joined ??= new StringBuilder(previous.Text);
            if (hasText && next.Text.Length > 0 && char.IsAsciiLetter(lastChar) && char.IsAsciiLetter(next.Text[0]))
            {
                // Lines wrapped at a width split words only between letters of a script that spaces its words.
                joined.Append(' ');
            }

            joined.Append(next.Text);
            lastChar = next.Text.Length > 0 ? next.Text[^1] : lastChar;
            previous.End = next.End;

            // The joined block's last line decides whether it goes on.
            lines[w] = (lines[i].Lead, lines[i].Width, lines[w].AfterBlank);
        }

        if (joined is not null)
        {
            blocks[w].Text = joined.ToString();
        }

        blocks.RemoveRange(w + 1, blocks.Count - w - 1);
        lines.RemoveRange(w + 1, lines.Count - w - 1);
    }

    // Lines after a full line that lead with whitespace are a paragraph's continuation when most of them share
    // one indent, as a gazette prints them (two spaces on a continuation, three at a paragraph's start): that
    // indent, or 0 when continuations stand at the margin (or no indent is common enough to say).
    private static int ContinuationLead(List<RawBlock> blocks, List<(int Lead, int Width, bool AfterBlank)> lines, Func<int, bool> fills)
    {
        var leads = new Dictionary<int, int>();
        var total = 0;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (fills(lines[i].Width) && !lines[i + 1].AfterBlank && blocks[i + 1].Kind == RawBlockKind.Paragraph)
            {
                leads[lines[i + 1].Lead] = leads.GetValueOrDefault(lines[i + 1].Lead) + 1;
                total++;
            }
        }

        var (lead, count) = (0, 0);
        foreach (var (indent, seen) in leads)
        {
            if (seen > count)
            {
                (lead, count) = (indent, seen);
            }
        }

        return lead > 0 && count >= MinWrappedLines && count >= total * HangingShare ? lead : 0;
    }

    // How many columns a line takes: a CJK character or a full-width form two, anything else one.
    internal static int Width(ReadOnlySpan<char> line)
    {
        var width = 0;
        foreach (var c in line)
        {
            width += c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or
                (>= '\uF900' and <= '\uFAFF') or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6')
                ? 2
                : 1;
        }

        return width;
    }

    private static int LeadingWhite(ReadOnlySpan<char> line)
    {
        var lead = 0;
        while (lead < line.Length && TextScan.IsWhite(line[lead]))
        {
            lead++;
        }

        return lead;
    }

    internal static RawBlock Classify(ReadOnlySpan<char> line, int start, int end)
    {
        if (line.StartsWith("![", StringComparison.Ordinal) && line.EndsWith(')') && line.IndexOf("](", StringComparison.Ordinal) is var close and > 0)
        {
            return new RawBlock(RawBlockKind.Image, line[2..close].ToString(), start, end)
            {
                Url = line[(close + 2)..^1].ToString(),
                IsPlainLine = true,
            };
        }

        if (line.Length >= 3 && (line.Trim('-').IsEmpty || line.Trim('*').IsEmpty || line.Trim('_').IsEmpty))
        {
            return new RawBlock(RawBlockKind.Separator, string.Empty, start, end) { IsPlainLine = true };
        }

        var hashes = 0;
        while (hashes < line.Length && hashes < 7 && line[hashes] == '#')
        {
            hashes++;
        }

        if (hashes is >= 1 and <= 6 && hashes < line.Length && line[hashes] == ' ')
        {
            return new RawBlock(RawBlockKind.Heading, StripEmphasis(TextScan.Trim(line[hashes..])), start, end)
            {
                Level = hashes,
                IsPlainLine = true,
            };
        }

        if (line.Length > 1 && line[0] == '>')
        {
            return new RawBlock(RawBlockKind.Quote, StripEmphasis(TextScan.Trim(line[1..])), start, end) { IsPlainLine = true };
        }

        if (TryListMarker(line, out var marker, out var markerLength))
        {
            return new RawBlock(RawBlockKind.ListItem, StripEmphasis(TextScan.Trim(line[markerLength..])), start, end)
            {
                Marker = marker,
                IsPlainLine = true,
            };
        }

        return new RawBlock(RawBlockKind.Paragraph, StripEmphasis(line), start, end) { IsPlainLine = true };
    }

    // 1.美国…, 2、…, - …, ◎一是…: list items. "2.1 …" and "1.5 亿" are not (a digit follows the dot).
    private static bool TryListMarker(ReadOnlySpan<char> line, out string marker, out int length)
    {
        marker = string.Empty;
        length = 0;
        if (line.Length >= 2 && line[0] is '-' or '*' or '+' or '•' or '◎' or '○' or '▪' &&
            (line[0] is '◎' or '○' or '•' or '▪' || line[1] == ' '))
        {
            marker = line[0].ToString();
            length = 1;
            return true;
        }

        if (TextScan.TryReadInt(line, out _, out var digits) && digits <= 3 && digits + 1 < line.Length &&
            line[digits] is '.' or '、' or '．' or ')' or '）' && !TextScan.IsDigit(line[digits + 1]))
        {
            marker = line[..(digits + 1)].ToString();
            length = digits + 1;
            return true;
        }

        return false;
    }

    internal static string StripEmphasis(ReadOnlySpan<char> text)
    {
        if (text.IndexOf("**", StringComparison.Ordinal) < 0 && text.IndexOf("__", StringComparison.Ordinal) < 0)
        {
            return text.ToString();
        }

        return text.ToString().Replace("**", string.Empty, StringComparison.Ordinal).Replace("__", string.Empty, StringComparison.Ordinal);
    }
}
