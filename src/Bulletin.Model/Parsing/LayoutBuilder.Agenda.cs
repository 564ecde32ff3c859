// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <content>
/// A gazette's agenda: a heading of its own line (<c>讨论事项</c>, <c>報告事項</c>) is a section, and each numbered item
/// under it (<c>一、本会第一案：海港市自治条例修正草案。</c>) an article, with its formulaic decision line
/// (<c>决定：照案通过。</c>) as its text.
/// </content>
internal sealed partial class LayoutBuilder
{
    private bool _inAgenda;

    private bool TryAgenda(RawBlock block)
    {
        if (_isReport || _proceedings || _isPaper || block.Kind is not (RawBlockKind.Paragraph or RawBlockKind.Heading or RawBlockKind.ListItem))
        {
            return false;
        }

        if (AgendaHeading(block) is { } heading)
        {
            OpenSection(heading, block);
            _inAgenda = true;
            return true;
        }

        if (!_inAgenda)
        {
            return false;
        }

        var text = TextScan.Trim(TextScan.SingleLine(block.Text));
        var number = block.Kind == RawBlockKind.ListItem ? block.Marker : null;
        var titleStart = 0;
        if (number is null && OutlineNumber.TryRead(text, out var read, out var level, out var start) && level == 1)
        {
            number = read;
            titleStart = start;
        }

        var title = TextScan.Trim(text[titleStart..]).TrimEnd('。');
        if (number is null || title.Length == 0)
        {
            return false;
        }

        StartArticle(title, 2, block);
        return true;
    }

    // 讨论事项, 二、讨论事项, 【讨论事项】 or 讨论事项： alone on its line; its words as printed.
    private static string? AgendaHeading(RawBlock block)
    {
        var text = TextScan.Trim(TextScan.SingleLine(block.Text));
        var folded = TextScan.Trim(TextScan.SingleLine(block.Folded));
        if (folded.Length is < 4 or > 12 || folded.Length != text.Length)
        {
            return null;
        }

        var start = OutlineNumber.TryRead(folded, out _, out _, out var titleStart) ? titleStart : 0;
        var words = folded.AsSpan(start).Trim("【】[] 　：:");
        foreach (var heading in ProceedingsLexicon.AgendaHeadings)
        {
            if (words.SequenceEqual(heading))
            {
                return TextScan.Trim(text.AsSpan(start)).Trim("【】[] 　：:").ToString();
            }
        }

        return null;
    }
}
