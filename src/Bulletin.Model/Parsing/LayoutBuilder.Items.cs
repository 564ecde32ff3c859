// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <content>
/// Daily and weekly bulletins without a table of contents: Markdown headings of one level are sections, and each
/// numbered item under them (<c>1、**lead phrase**…</c>, <c>2、[title](url)</c>, <c>（3）…</c>) is an article whose
/// title is its bold lead phrase or its link text, or nothing. A section with no numbered item is one article
/// titled by its heading.
/// </content>
internal sealed partial class LayoutBuilder
{
    private const int MaxItemTitleLength = 200;
    private const int MaxLinkNoteLength = 16;

    // The index of the heading that ends a section of navigation links found by OnlyLinksUntilNextHeading.
    private int _navigationEnd = -1;

    /// <summary>The heading level whose headings are item sections, or 0 when the document is not laid out so.</summary>
    private int _itemLevel;

    private string? _itemSectionTitle;

    // Whether the item sections are opened by 【本周要闻】 labels rather than by headings of _itemLevel.
    private bool _itemLabels;

    // Two or more headings of one level that each head at least one numbered item: that level holds the sections.
    // In plain text the sections are labels on lines of their own (【本周要闻】, 【运行监测】), which count as one level.
    private void DetectItemSections(int from)
    {
        if (_isPaper || _isReport || _contents.Count > 0)
        {
            return;
        }

        // Index 0 counts the label sections.
        Span<int> counts = stackalloc int[7];
        counts.Clear();
        var level = -1;
        var counted = false;
        for (var i = from; i < _blocks.Count; i++)
        {
            var block = _blocks[i];
            if (block.Kind == RawBlockKind.Heading && block.Level is >= 1 and <= 6)
            {
                level = block.Level;
                counted = false;
                continue;
            }

            if (block.Kind == RawBlockKind.Paragraph && SectionLabel.MayOpen(block.Text) && SectionLabel.TryRead(block, out _))
            {
                level = 0;
                counted = false;
                continue;
            }

            if (level >= 0 && !counted && IsNumberedItem(block, out _, out _))
            {
                counts[level]++;
                counted = true;
            }
        }

        for (var l = 1; l <= 6; l++)
        {
            if (counts[l] >= 2)
            {
                _itemLevel = l;
                return;
            }
        }

        if (counts[0] >= 2)
        {
            _itemLevel = 1;
            _itemLabels = true;
        }
    }

    // Between the masthead and the first section, a page prints its posting stamp (08-15 06:24万得), its buttons and
    // a note on a whole line in brackets (（本期视频由某某提供）): the page's, not an article of the issue.
    private bool TryBeforeFirstSection(RawBlock block)
    {
        if (block.Kind != RawBlockKind.Paragraph || _article is not null)
        {
            return false;
        }

        var folded = TextScan.Trim(TextScan.SingleLine(block.Folded));
        if (folded.Length == 0)
        {
            // An embed with no text (<video …>): nothing of the issue's.
            return true;
        }

        if (PageMatter.TryPostingStamp(folded, TextScan.Trim(TextScan.SingleLine(block.Text)), out var name))
        {
            _masthead.Publisher ??= name.Length > 0 ? name : null;
            AddSideMatter(SideMatterKind.Metadata, block);
            return true;
        }

        if (PageMatter.IsChrome(folded) || PageMatter.IsPlatformButton(folded))
        {
            AddSideMatter(SideMatterKind.PageChrome, block);
            return true;
        }

        if (PageMatter.IsBracketedNote(folded))
        {
            AddSideMatter(SideMatterKind.Caption, block);
            return true;
        }

        // What the issue says of itself before its sections (本刊每周一出版，收录一周要闻), not a piece of it.
        if (!IsNumberedItem(block, out _, out _))
        {
            AddSideMatter(SideMatterKind.Preface, block);
            return true;
        }

        return false;
    }

    /// <summary>Lays out a block as a section heading or a numbered item; false when the block is body.</summary>
    private bool TryItemLayout(RawBlock block)
    {
        if (!_itemLabels && block.Kind == RawBlockKind.Heading && block.Level is > 0 && block.Level <= _itemLevel)
        {
            var title = TextScan.Trim(TextScan.SingleLine(block.Text));
            OpenSection(title, block);
            _itemSectionTitle = title;
            return true;
        }

        if (_itemLabels && block.Kind == RawBlockKind.Paragraph && SectionLabel.TryRead(block, out var label))
        {
            OpenSection(label, block);
            _itemSectionTitle = label;
            return true;
        }

        if (_section is null && _sections.Count == 0 && TryBeforeFirstSection(block))
        {
            return true;
        }

        if (_section is null || !IsNumberedItem(block, out var markerEnd, out _))
        {
            if (_section is not null && _article is null && _itemSectionTitle is not null && (_index < _navigationEnd || OnlyLinksUntilNextHeading(_index)))
            {
                // 往期回顾: a section of nothing but links to other pages is navigation, not an article.
                AddSideMatter(SideMatterKind.PageChrome, block);
                return true;
            }

            if (_section is not null && _article is null && _itemSectionTitle is { } heading && block.Kind is not (RawBlockKind.Heading or RawBlockKind.Separator))
            {
                // A picture and its caption: a section without numbered items is one article under its heading's title.
                StartArticle(heading, _itemLevel + 1, block);
                _itemSectionTitle = null;
            }

            return false;
        }

        var (itemTitle, link) = ItemTitle(_context.Source, markerEnd, block.End);
        StartArticle(itemTitle, _itemLevel + 1, block);
        _article!.Link = link;
        _article.Source ??= ReportedOutlet(_context.Source, markerEnd, block.End);
        _itemSectionTitle = null;
        OnBody(block);
        return true;
    }

    // Every block from here to the next heading is a paragraph or list item that is one link and nothing else. The
    // section is looked at once: where it holds, the blocks up to the heading are known to be navigation.
    private bool OnlyLinksUntilNextHeading(int from)
    {
        var any = false;
        var i = from;
        for (; i < _blocks.Count && _blocks[i].Kind != RawBlockKind.Heading; i++)
        {
            var block = _blocks[i];
            if (block.Kind == RawBlockKind.Paragraph && PageLexicon.EndMarks.Contains(TextScan.Trim(block.Folded)))
            {
                // The end mark after its last links.
                any = true;
                continue;
            }

            if (block.Kind is not (RawBlockKind.Paragraph or RawBlockKind.ListItem) || !IsLoneLink(block))
            {
                return false;
            }

            any = true;
        }

        _navigationEnd = any ? i : _navigationEnd;
        return any;
    }

    // [text](url) and nothing else on the block's lines but a list bullet before it or a short note in brackets after
    // it (（#332）).
    private bool IsLoneLink(RawBlock block)
    {
        var source = TextScan.Trim(_context.Source.AsSpan(block.Start, Math.Min(block.End, _context.Source.Length) - block.Start));
        if (source.Length > 1 && source[0] is '-' or '*' or '+' && TextScan.IsWhite(source[1]))
        {
            source = TextScan.Trim(source[1..]);
        }

        var close = source.IndexOf("](", StringComparison.Ordinal);
        if (source.Length <= 4 || source[0] != '[' || close <= 1)
        {
            return false;
        }

        var urlEnd = source[(close + 2)..].IndexOfAny(" )\n");
        if (urlEnd < 0 || source[close + 2 + urlEnd] != ')')
        {
            return false;
        }

        var after = TextScan.Trim(source[(close + 3 + urlEnd)..]);
        return after.IsEmpty || (after.Length <= MaxLinkNoteLength && after[0] is '（' or '(' && after[^1] is '）' or ')');
    }

    // 1、… 12. … （3）… (4) …, and ordered Markdown list items, with text after the number.
    private bool IsNumberedItem(RawBlock block, out int markerEnd, out int number)
    {
        markerEnd = 0;
        number = 0;
        if (block.Kind is not (RawBlockKind.Paragraph or RawBlockKind.ListItem))
        {
            return false;
        }

        var source = _context.Source.AsSpan(block.Start, Math.Min(block.End, _context.Source.Length) - block.Start);
        var p = 0;
        while (p < source.Length && TextScan.IsWhite(source[p]))
        {
            p++;
        }

        var text = source[p..];
        var bracketed = text.Length > 0 && text[0] is '（' or '(';
        var digitsAt = bracketed ? 1 : 0;
        if (!TextScan.TryReadInt(text[digitsAt..], out number, out var digits) || digits > 3)
        {
            return false;
        }

        var after = digitsAt + digits;
        if (after >= text.Length)
        {
            return false;
        }

        // 1**、lead phrase**: the bold mark typed before the item's 、 opens the lead phrase after it.
        if (!bracketed && after + 3 < text.Length && text.Slice(after, 2) is "**" or "__" && text[after + 2] == '、')
        {
            markerEnd = block.Start + p + after;
            return true;
        }

        // 2.5亿 is a number, not item 2; after 、 a digit opens the item's text (2、13F报告显示).
        if (bracketed ? text[after] is not ('）' or ')') : text[after] is not ('、' or '.' or '．') || (text[after] != '、' && after + 1 < text.Length && TextScan.IsDigit(text[after + 1])))
        {
            return false;
        }

        var rest = text[(after + 1)..];
        var lineEnd = rest.IndexOfAny('\n', '\r');
        if (bracketed && TextScan.Trim(lineEnd < 0 ? rest : rest[..lineEnd]).IsEmpty)
        {
            // （1） on a line of its own numbers an excerpt's paragraphs, a level below the items; it does not open one.
            // 1、 on a line of its own opens an untitled item (a quotation and the line naming its source).
            return false;
        }

        markerEnd = block.Start + p + after + 1;
        return true;
    }

    private const int MaxOutletLength = 12;

    // 1、**某某时报发文指出，…: an item that reports an outlet's article has that outlet as its source.
    private static string? ReportedOutlet(string source, int at, int end)
    {
        end = Math.Min(end, source.Length);
        var text = source.AsSpan(at, end - at).TrimStart(" \u3000*_、");
        var window = text[..Math.Min(text.Length, MaxOutletLength + 8)].ToString();
        var folded = ChineseScript.ToSimplified(window);
        if (TextScan.IndexOfAny(folded, AttributionLexicon.PublishingVerbs, out _) is not (> 1 and var verb))
        {
            return null;
        }

        var outlet = folded.AsSpan(0, verb);
        foreach (var place in AttributionLexicon.PublishingPlaces)
        {
            if (outlet.EndsWith(place, StringComparison.Ordinal))
            {
                outlet = outlet[..^place.Length];
                break;
            }
        }

        return outlet.Length is >= 2 and <= MaxOutletLength && outlet.IndexOfAny(Punctuation.Clause) < 0 && outlet.IndexOfAny(Punctuation.Terminal) < 0 &&
            outlet.IndexOfAny(" \u3000*") < 0
            ? window[..outlet.Length]
            : null;
    }

    // **lead phrase** or [title](url) right after the number; the title without its closing punctuation.
    private static (string? Title, string? Link) ItemTitle(string source, int at, int end)
    {
        end = Math.Min(end, source.Length);
        var text = source.AsSpan(at, end - at).TrimStart(" \u3000");
        if (text.StartsWith("**", StringComparison.Ordinal) || text.StartsWith("__", StringComparison.Ordinal))
        {
            var close = text[2..].IndexOf(text[..2]);
            if (close > 0 && close <= MaxItemTitleLength)
            {
                return (CleanTitle(text.Slice(2, close)), null);
            }
        }

        if (text.Length > 1 && text[0] == '[')
        {
            var close = text.IndexOf("](", StringComparison.Ordinal);
            var urlEnd = close < 0 ? -1 : text[(close + 2)..].IndexOf(')');
            if (close > 1 && close <= MaxItemTitleLength && urlEnd >= 0)
            {
                return (CleanTitle(text[1..close]), text.Slice(close + 2, urlEnd).ToString());
            }
        }

        return (null, null);
    }

    private static string? CleanTitle(ReadOnlySpan<char> title)
    {
        var t = TextScan.Trim(title).TrimStart("、").TrimEnd("，。；：,;:、 ");

        // [多用`/tmp`目录](…): the link text as read, without the marks of its code spans.
        return t.IsEmpty ? null : t.Contains('`') ? t.ToString().Replace("`", string.Empty, StringComparison.Ordinal) : t.ToString();
    }
}
