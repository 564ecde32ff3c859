// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <content>
/// News digests and broadcast transcripts whose items are divided by rules (<c>--------</c>): each part opens with
/// its headline, without the media tag the platform puts before it (<c>[视频]</c>), and a <c>【栏目】</c> label before
/// the headline is the item's column.
/// </content>
internal sealed partial class LayoutBuilder
{
    private const int MinSeparatedItems = 3;
    private const int MaxDigestHeadlineLength = 80;

    private bool _separatedItems;
    private bool _expectItemHeadline = true;

    // Three or more parts between rules, each opening with a line that reads as a headline.
    private void DetectSeparatedItems(int from)
    {
        if (_isPaper || _isReport || _itemLevel > 0 || _contents.Count > 0 || _masthead.HasIssueNumber)
        {
            return;
        }

        var parts = 0;
        var atStart = true;
        for (var i = from; i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            if (block.Kind == RawBlockKind.Separator)
            {
                atStart = true;
                continue;
            }

            if (atStart && block.Kind is RawBlockKind.Paragraph or RawBlockKind.Heading && IsDigestHeadline(block.Folded))
            {
                parts++;
            }

            atStart = false;
        }

        _separatedItems = parts >= MinSeparatedItems;
    }

    private bool TrySeparatedItem(RawBlock block)
    {
        if (block.Kind == RawBlockKind.Separator)
        {
            CloseArticle();
            _article = null;
            _expectItemHeadline = true;
            return true;
        }

        if (!_expectItemHeadline || block.Kind is not (RawBlockKind.Paragraph or RawBlockKind.Heading) || !IsDigestHeadline(block.Folded))
        {
            _expectItemHeadline &= block.Kind is RawBlockKind.Image;
            return false;
        }

        _expectItemHeadline = false;
        var title = TextScan.Trim(TextScan.SingleLine(block.Text));
        if (TextScan.StartsWithAny(ChineseScript.ToSimplified(title), PageLexicon.MediaTags) is { } tag)
        {
            title = TextScan.Trim(title[tag.Length..]);
        }

        string? column = null;
        if (title.Length > 2 && title[0] == '【' && title.IndexOf('】', StringComparison.Ordinal) is var close and > 1)
        {
            column = title[1..close];
            title = TextScan.Trim(title[(close + 1)..]);
        }

        StartArticle(title.Length == 0 ? null : title, 1, block);
        _article!.Column = column;
        return true;
    }

    private static bool IsDigestHeadline(string folded)
    {
        var text = TextScan.Trim(TextScan.SingleLine(folded));
        return text.Length > 0 && TextScan.VisibleLength(text) <= MaxDigestHeadlineLength && !Punctuation.Terminal.Contains(text[^1]) ||
            (text.Length > 0 && text[^1] is '》' or '）' or '”' && TextScan.VisibleLength(text) <= MaxDigestHeadlineLength && text.AsSpan().IndexOfAny("。！？") < 0);
    }
}
