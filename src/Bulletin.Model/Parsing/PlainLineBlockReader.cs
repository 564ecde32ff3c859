// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;

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
                continue;
            }

            var offset = start + LeadingWhite(line);
            blocks.Add(Classify(trimmed, offset, offset + trimmed.Length));
        }

        return blocks;
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
