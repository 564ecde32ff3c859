// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;

namespace Bulletin.Model.Parsing;

/// <summary>Recognises a section label: <c>【专家观点】</c>, <c>● 行业资讯</c>, <c>■ 政策解读</c>.</summary>
internal static class SectionLabel
{
    private const int MaxLabelLength = 24;

    /// <summary>Whether a text opens as a label does (<c>【</c>, a bullet): the cheap gate before <see cref="TryRead"/>.</summary>
    internal static bool MayOpen(string text)
    {
        var trimmed = TextScan.Trim(text.AsSpan());
        return trimmed.Length >= 2 && trimmed[0] is '【' or '●' or '■' or '◆' or '▶' or '►';
    }

    internal static bool TryRead(RawBlock block, out string label)
    {
        label = string.Empty;
        if (block.Kind is not (RawBlockKind.Heading or RawBlockKind.Paragraph or RawBlockKind.ListItem))
        {
            return false;
        }

        var text = TextScan.Trim(TextScan.SingleLine(block.Text).AsSpan());
        if (text.Length < 2 || text.Length > MaxLabelLength)
        {
            return false;
        }

        if (text[0] == '【' && text[^1] == '】' && text[1..^1].IndexOfAny('【', '】') < 0)
        {
            label = TextScan.Trim(text[1..^1]).ToString();
            return label.Length > 0;
        }

        var bullet = block.Kind == RawBlockKind.ListItem && block.Marker is "■" or "●" or "◆" ? block.Marker[0] : text[0];
        var body = block.Kind == RawBlockKind.ListItem && block.Marker is "■" or "●" or "◆" ? text : text[1..];
        if (bullet is '●' or '■' or '◆' or '▶' or '►' && body.IndexOfAny(Lexicons.Punctuation.Clause) < 0)
        {
            label = TextScan.Trim(body).ToString();
            return label.Length > 0;
        }

        return false;
    }
}
