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
        var title = SplitHeadline(TextScan.Trim(TextScan.SingleLine(block.Text)), out var column);
        StartArticle(title.Length == 0 ? null : title, 1, block);
        _article!.Column = column;
        return true;
    }

    // [视频]【一线调研】港区新建泊位投入使用: the headline without the platform's media tag, and the 【栏目】 label
    // before it as the item's column.
    private static string SplitHeadline(string line, out string? column)
    {
        var title = line;
        if (TextScan.StartsWithAny(ChineseScript.ToSimplified(title), PageLexicon.MediaTags) is { } tag)
        {
            title = TextScan.Trim(title[tag.Length..]);
        }

        column = null;
        if (title.Length > 2 && title[0] == '【' && title.IndexOf('】', StringComparison.Ordinal) is var close and > 1)
        {
            column = title[1..close];
            title = TextScan.Trim(title[(close + 1)..]);
        }

        return title;
    }

    // [视频]十四届全国人大三次会议在京闭幕, a line of its own: a broadcast transcript's or a news page's item headline.
    // The media tag says an item opens here, as a rule between items does, so the line needs no rule before it.
    private bool TryTaggedHeadline(RawBlock block)
    {
        if (block.Kind != RawBlockKind.Paragraph)
        {
            return false;
        }

        var folded = TextScan.Trim(block.Folded.AsSpan());
        if (folded.Length < 2 || folded[0] is not ('[' or '【') || TextScan.StartsWithAny(folded, PageLexicon.MediaTags) is not { } tag ||
            folded.IndexOfAny('\n', '\r') >= 0 || !IsDigestHeadline(folded[tag.Length..].ToString()))
        {
            return false;
        }

        var title = SplitHeadline(TextScan.Trim(block.Text), out var column);
        if (title.Length == 0)
        {
            return false;
        }

        StartArticle(title, 1, block);
        _article!.Column = column;
        return true;
    }

    private static bool IsDigestHeadline(string folded)
    {
        var text = TextScan.Trim(TextScan.SingleLine(folded));
        return text.Length > 0 && TextScan.VisibleLength(text) <= MaxDigestHeadlineLength && !Punctuation.Terminal.Contains(text[^1]) ||
            (text.Length > 0 && text[^1] is '》' or '）' or '”' && TextScan.VisibleLength(text) <= MaxDigestHeadlineLength && text.AsSpan().IndexOfAny("。！？") < 0);
    }

    // 一季度全市经济开局良好 / 来源：海港日报　发布时间：2025-04-18　栏目：经济 / its text / its link: a digest's item.
    // The line before the attribution line is the item's title, if it is a short line of its own that went into the
    // article before as a paragraph; the attribution line's fields are the item's.
    private bool TryDigestItem(RawBlock block)
    {
        // Asked of every paragraph of a body: a line that opens with no source label is passed at once.
        if (TextScan.StartsWithAny(TextScan.Trim(block.Folded.AsSpan()), AttributionLexicon.SourceLabels) is null)
        {
            return false;
        }

        var text = TextScan.Trim(block.Text);
        var folded = TextScan.Trim(block.Folded);
        if (!Attribution.TryItemFields(text, folded, out var fields))
        {
            return false;
        }

        var title = _previous is { Kind: RawBlockKind.Paragraph } previous && _article is { Closed: false } open && open.Blocks.Count > 0 &&
            open.Blocks[^1] is { Kind: BlockKind.Paragraph } last && last.Span.Start == _context.Span(previous).Start &&
            TextScan.Trim(previous.Text) is { Length: > 0 } headline && TextScan.VisibleLength(headline) <= MaxDigestHeadlineLength &&
            !Punctuation.Terminal.Contains(headline[^1])
                ? previous
                : null;
        if (title is not null)
        {
            var current = _article!;
            current.Blocks.RemoveAt(current.Blocks.Count - 1);
            if (current is { Blocks.Count: 0, Title: null, Source: null, Dateline: null, Authors.Count: 0, Credits.Count: 0 })
            {
                // The line was all the article held: it was this item's title, not an article.
                (_section?.Articles ?? _looseArticles).Remove(current);
                _articles.Remove(current);
                _article = null;
            }
        }

        if (title is not null || _article is not { Closed: false, Blocks.Count: 0, Title: not null, Source: null, IsDigestItem: false } headed ||
            _previous is null || headed.Start != _previous.Start)
        {
            // The item opens here, unless the layout already made the line before it an article's headline (a short
            // line of its own): that article is the item.
            StartArticle(title is null ? null : TextScan.Trim(title.Text), title is null ? 0 : 1, title ?? block);
        }

        var item = _article!;
        item.IsDigestItem = true;
        item.Source = fields.Source;
        item.Column = fields.Column;
        if (fields.Published is { } published && DateText.TryFind(ChineseScript.ToSimplified(published), out var found))
        {
            item.PublishedAt = found.Date + (found.Time ?? NodaTime.LocalTime.Midnight);
        }

        item.End = block.End;
        return true;
    }

    // https://… alone on its line after a digest item's text: the item's link, not a paragraph of it.
    private bool TryDigestLink(RawBlock block)
    {
        if (_article is not { IsDigestItem: true, Link: null } item || !item.HasBody || !TextScan.IsBareLink(block.Text))
        {
            return false;
        }

        item.Link = TextScan.Trim(block.Text);
        item.End = block.End;
        item.Closed = true;
        return true;
    }
}
