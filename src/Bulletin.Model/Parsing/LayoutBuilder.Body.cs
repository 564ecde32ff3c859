// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <content>Headings and body blocks.</content>
internal sealed partial class LayoutBuilder
{
    private const int MaxPlainHeadingLength = 16;
    private const int MaxCaptionLength = 40;
    private const int MaxRunInTitleLength = 25;
    private const int MaxTrailingNotes = 3;

    // A heading that matches the contents, or follows a closed article, opens an article; inside an open
    // article, numbered headings and headings deeper than the title are its sub-headings.
    private void OnHeading(RawBlock block)
    {
        var title = TextScan.Trim(TextScan.SingleLine(block.Text));
        var numbered = OutlineNumber.TryRead(title, out var number, out var numberLevel, out var titleStart);
        if (_article is { InReferences: false } paper && _isPaper)
        {
            if (!numbered)
            {
                numbered = OutlineNumber.TryReadGlued(title, out number, out numberLevel, out titleStart);
            }

            var opensReferences = PaperLexicon.ReferenceHeadings.Contains(ChineseScript.ToSimplified(title.AsSpan().TrimEnd("：: ").ToString()));

            // A Chinese paper repeats its title in English before its first section (with the English authors,
            // abstract and keywords after it): that heading is front matter, kept as a line of the text, not a section.
            if (!numbered && !opensReferences && !ContainsCjk(title) && paper.Title is { } own && ContainsCjk(own) &&
                !paper.Blocks.Exists(b => b.Kind == BlockKind.Heading))
            {
                paper.Blocks.Add(new Block(BlockKind.Paragraph, title, 0, null, default, default, null, _context.Span(block)));
                paper.End = block.End;
                return;
            }

            // 参考文献： labels the reference list, which the paper holds as its references: not a section of its text.
            paper.InReferences = opensReferences;
            if (opensReferences)
            {
                paper.End = block.End;
                return;
            }

            AddHeading(paper, block, title, numbered, number, numberLevel, titleStart);
            return;
        }

        // ### [视频]国务院常务会议部署稳外贸举措: the media tag says an item opens here, and is no part of its title.
        string? column = null;
        var headline = title;
        var tagged = !numbered && title.Length > 2 && title[0] is '[' or '【' &&
            TextScan.StartsWithAny(block.Folded.AsSpan().TrimStart(), PageLexicon.MediaTags) is not null &&
            (headline = SplitHeadline(title, out column)).Length > 0;
        if (tagged || FindContents(TitleKey.Of(title), anyLevel: false) is not null || _article is null || _article.Closed)
        {
            StartHeadedArticle(tagged ? headline : title, tagged ? column : null, block);
            return;
        }

        var deeper = block.Level == 0 || block.Level > _article.TitleLevel || _article.TitleLevel == 0;
        if ((numbered || deeper) && !OpensNewsItem(block))
        {
            AddHeading(_article, block, title, numbered, number, numberLevel, titleStart);
            return;
        }

        StartArticle(title, block.Level, block);
    }

    private void StartHeadedArticle(string title, string? column, RawBlock block)
    {
        StartArticle(title, block.Level, block);
        if (column is not null)
        {
            _article!.Column = column;
        }
    }

    // A heading whose first paragraph opens with a dateline starts a news item of its own.
    private bool OpensNewsItem(RawBlock heading)
    {
        var at = _index;
        if (_blocks[at] != heading || at + 1 >= _blocks.Count || _blocks[at + 1].Kind != RawBlockKind.Paragraph)
        {
            return false;
        }

        var next = _blocks[at + 1];
        return Attribution.TryDateline(next.Text, next.Folded, out _, out _);
    }

    private void AddHeading(ArticleBucket article, RawBlock block, string title, bool numbered, string number, int numberLevel, int titleStart)
    {
        var level = numbered ? numberLevel : block.Level > 0 && article.TitleLevel > 0 ? Math.Max(1, block.Level - article.TitleLevel) : 1;
        var text = numbered ? TextScan.Trim(title[titleStart..]) : title;
        article.Blocks.Add(Block.Heading(text.Length == 0 ? title : text, level, numbered ? number : null, _context.Span(block)));
        article.End = block.End;
    }

    // Converters print a reference list line by line with no blank line between entries: each line that opens with
    // [n] starts an entry, and a line that does not continues the one before.
    private void AddReferenceLines(ArticleBucket article, RawBlock block)
    {
        var source = _context.Source;
        var end = Math.Min(block.End, source.Length);
        var entryStart = -1;
        var p = block.Start;
        while (p <= end)
        {
            var lineEnd = p < end ? source.IndexOf('\n', p, end - p) : -1;
            lineEnd = lineEnd < 0 ? end : lineEnd;
            var line = source.AsSpan(p, lineEnd - p).TrimStart(" \t\u3000");
            if (line.Length > 0 && line[0] is '[' or '［' && entryStart >= 0)
            {
                AddReference(article, entryStart, p);
                entryStart = -1;
            }

            if (entryStart < 0 && line.Length > 0)
            {
                entryStart = p;
            }

            p = lineEnd + 1;
        }

        if (entryStart >= 0)
        {
            AddReference(article, entryStart, end);
        }
    }

    private void AddReference(ArticleBucket article, int start, int end)
    {
        var raw = _context.Source.AsSpan(start, end - start);
        var trimmed = TextScan.Trim(raw);
        var from = start + (trimmed.IsEmpty ? 0 : raw.IndexOf(trimmed));
        var text = TextScan.SingleLine(trimmed.ToString());
        if (PaperMatter.ReadReference(text, article.References.Count + 1, _context.Span(from, from + trimmed.Length)) is { } reference)
        {
            article.References.Add(reference);
        }
    }

    private bool IsPlainHeading(RawBlock block)
    {
        if (block.Kind != RawBlockKind.Paragraph)
        {
            return false;
        }

        var text = TextScan.Trim(block.Text.AsSpan());
        if (_isPaper && text.Length <= 40)
        {
            if (PaperLexicon.BareHeadings.Contains(ChineseScript.ToSimplified(text.ToString())))
            {
                return true;
            }

            if (OutlineNumber.TryRead(text, out _, out _, out var start) && OutlineNumber.IsTitleLike(text[start..]))
            {
                return true;
            }
        }

        if (!LooksLikePlainHeading(block))
        {
            return false;
        }

        // Right after an image a short line is its caption, unless another short line follows (heading and subtitle).
        if (_previous?.Kind != RawBlockKind.Image)
        {
            return true;
        }

        var at = _index;
        return _blocks[at] == block && at + 1 < _blocks.Count && LooksLikePlainHeading(_blocks[at + 1]);
    }

    private static bool LooksLikePlainHeading(RawBlock block)
    {
        if (!block.IsPlainLine || block.Kind != RawBlockKind.Paragraph)
        {
            return false;
        }

        var text = TextScan.Trim(block.Text.AsSpan());
        return text.Length > 0 && TextScan.VisibleLength(text) <= MaxPlainHeadingLength && text.IndexOfAny(Punctuation.Clause) < 0 &&
            !Punctuation.Terminal.Contains(text[^1]) && !TextScan.IsDigit(text[0]) && ContainsCjk(text);
    }

    private static bool ContainsCjk(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (TextScan.IsCjk(c))
            {
                return true;
            }
        }

        return false;
    }

    private void OnBody(RawBlock block)
    {
        if (block.Kind == RawBlockKind.Paragraph && (TryDigestItem(block) || TryDigestLink(block) || ReadAttributionLine(block)))
        {
            return;
        }

        // An embed with no text (<video …>) opens no article; it has nothing to hold.
        if (block.Kind == RawBlockKind.Paragraph && TextScan.IsBlank(block.Text) && (_article is null || _article.Closed))
        {
            return;
        }

        var article = EnsureArticle(block);
        article.End = block.End;
        if (article.InReferences && block.Kind is RawBlockKind.ListItem or RawBlockKind.Paragraph)
        {
            if (block.Kind == RawBlockKind.Paragraph)
            {
                AddReferenceLines(article, block);
                return;
            }

            var text = block.Marker is { } m && m.EndsWith('.') && !block.Text.StartsWith('[') ? $"[{m.TrimEnd('.')}] {block.Text}" : block.Text;
            if (PaperMatter.ReadReference(text, article.References.Count + 1, _context.Span(block)) is { } reference)
            {
                article.References.Add(reference);
            }

            return;
        }

        switch (block.Kind)
        {
            case RawBlockKind.Image:
                article.Blocks.Add(new Block(BlockKind.Image, block.Text, 0, null, default, default,
                    string.IsNullOrEmpty(block.Url) ? null : block.Url, _context.Span(block)));
                return;
            case RawBlockKind.Table:
                var rows = ImmutableArray.CreateBuilder<TableRow>();
                foreach (var row in block.Rows ?? [])
                {
                    rows.Add(new TableRow([.. row.Cells], row.IsHeader, _context.Span(row.Start, row.End)));
                }

                article.Blocks.Add(new Block(BlockKind.Table, block.Text, 0, null, default, rows.ToImmutable(), null, _context.Span(block)));
                return;
            case RawBlockKind.ListItem:
                AddListItem(article, block);
                return;
            case RawBlockKind.Quote:
                article.Blocks.Add(new Block(BlockKind.Quote, block.Text, 0, null, default, default, null, _context.Span(block)));
                return;
        }

        AddParagraph(article, block);
    }

    private void AddListItem(ArticleBucket article, RawBlock block)
    {
        var item = block.Marker is { Length: > 0 } marker && char.IsDigit(marker[0]) ? marker + block.Text : block.Text;
        if (_previous?.Kind == RawBlockKind.ListItem && article.Blocks.Count > 0 && article.Blocks[^1] is { Kind: BlockKind.List } list)
        {
            var start = list.Span.Start;
            article.Blocks[^1] = new Block(BlockKind.List, string.Empty, 0, null, list.Items.Add(item), default, null, _context.Span(start, block.End));
            return;
        }

        article.Blocks.Add(new Block(BlockKind.List, string.Empty, 0, null, [item], default, null, _context.Span(block)));
    }

    private void AddParagraph(ArticleBucket article, RawBlock block)
    {
        var text = block.Text;
        var folded = block.Folded;
        var start = block.Start;
        if (!article.HasBody && article.Dateline is null && Attribution.TryDateline(text, folded, out var parts, out var length))
        {
            article.Dateline = new Dateline(parts.Agency, parts.Place, parts.Date, parts.Reporters, _context.Span(start, start + length));
            text = text[length..];
            folded = folded[length..];
            start += length;
        }
        else if (!article.HasBody && article.Dateline is null && Attribution.TryMessageDateline(text, folded, out parts, out length))
        {
            // 海港台消息（晚间新闻）：… — the outlet is the item's dateline and its source.
            article.Dateline = new Dateline(parts.Agency, null, null, [], _context.Span(start, start + length));
            article.Source ??= parts.Agency;
            text = text[length..];
            folded = folded[length..];
            start += length;
        }

        for (var n = 0; n < MaxTrailingNotes; n++)
        {
            var noteStart = Attribution.TrailingNoteStart(text);
            if (noteStart <= 0 || !ReadNote(article, text[noteStart..], folded[noteStart..], block))
            {
                break;
            }

            text = text[..noteStart];
            folded = folded[..noteStart];
        }

        text = TextScan.Trim(text);
        if (text.Length == 0)
        {
            return;
        }

        if (TryRunInHeading(article, block, text, start))
        {
            return;
        }

        var span = _context.Span(block);
        if (article.Blocks.Count > 0 && article.Blocks[^1] is { Kind: BlockKind.Image, Text.Length: 0 } image &&
            _previous?.Kind == RawBlockKind.Image && IsCaption(text))
        {
            article.Blocks[^1] = new Block(BlockKind.Image, text, 0, null, default, default, image.Url, _context.Span(image.Span.Start, block.End));
            return;
        }

        var kind = !article.HasBody && IsWhollyQuoted(text) ? BlockKind.Quote : BlockKind.Paragraph;
        article.Blocks.Add(new Block(kind, text, 0, null, default, default, null, span));
    }

    private static bool IsCaption(string text) =>
        TextScan.VisibleLength(text) <= MaxCaptionLength && !Punctuation.Terminal.Contains(text[^1]);

    private static bool IsWhollyQuoted(string text) =>
        text.Length > 2 && text[0] is '“' or '「' && text[^1] is '”' or '」' &&
        text.AsSpan(1, text.Length - 2).IndexOfAny('“', '「') < 0;

    // （一）打造国家旅游品牌。统筹…: the numbered lead phrase is a sub-heading, the rest a paragraph.
    private bool TryRunInHeading(ArticleBucket article, RawBlock block, string text, int start)
    {
        if (!OutlineNumber.TryRead(text, out var number, out var level, out var titleStart) || char.IsAsciiDigit(number[0]))
        {
            return false;
        }

        var rest = text.AsSpan(titleStart);
        var stop = rest.IndexOfAny('。', '；');
        var title = TextScan.Trim((stop < 0 ? rest : rest[..stop]).ToString());
        if (title.Length == 0 || title.Length > MaxRunInTitleLength || title.AsSpan().IndexOfAny(Punctuation.Clause) >= 0)
        {
            return false;
        }

        var headingEnd = Math.Min(block.End, start + titleStart + (stop < 0 ? rest.Length : stop + 1));
        article.Blocks.Add(Block.Heading(title, level, number, _context.Span(start, headingEnd)));
        var body = stop < 0 ? string.Empty : TextScan.Trim(rest[(stop + 1)..].ToString());
        if (body.Length > 0)
        {
            article.Blocks.Add(Block.Paragraph(body, _context.Span(headingEnd, block.End)));
        }

        return true;
    }

    // Notes in brackets at the end of a paragraph: (转自新华社), (记者李青), (作者…), (新华社上海3月5日电).
    private const int MaxViaLength = 40;

    private bool ReadNote(ArticleBucket article, string note, string noteFolded, RawBlock block)
    {
        if (!Attribution.Unwrap(note, noteFolded, out var inner, out var innerFolded))
        {
            return false;
        }

        if (Attribution.TrySourceLine(note, noteFolded, out var source))
        {
            SetSource(article, source, innerFolded, block);
            article.Closed = true;
            return true;
        }

        if (Attribution.TryReporters(inner, innerFolded, out var reporters))
        {
            article.Reporters.AddRange(reporters);
            return true;
        }

        if (Attribution.TryAuthorNote(inner, innerFolded, out var author, out var original))
        {
            if (author is not null)
            {
                article.Authors.Add(author);
            }

            article.Original ??= original;
            article.Closed = true;
            return true;
        }

        if (Attribution.TryDateline(inner, innerFolded, out var parts, out var length) && length >= inner.Length - 1)
        {
            article.Dateline ??= new Dateline(parts.Agency, parts.Place, parts.Date, parts.Reporters, _context.Span(block));
            article.Closed = true;
            return true;
        }

        // （via 某某@instagram）: a picture's credit names where it came from.
        if (TextScan.StartsWithAny(innerFolded, AttributionLexicon.ViaMarkers) is { } via && TextScan.Trim(inner.AsSpan(via.Length)) is { Length: > 0 and <= MaxViaLength } from)
        {
            article.Source ??= from.ToString();
            return true;
        }

        return false;
    }

    private void SetSource(ArticleBucket article, string source, string innerFolded, RawBlock block)
    {
        article.Source ??= source;
        if (innerFolded.EndsWith('发') && article.Dateline is null)
        {
            // (新华社发): a wire item whose only dateline is its agency.
            article.Dateline = new Dateline(source, null, null, ImmutableArray<string>.Empty, _context.Span(block));
        }
    }

    // Whole-paragraph attribution: source lines, author notes, closing datelines, credits and bylines.
    private bool ReadAttributionLine(RawBlock block)
    {
        var text = block.Text;
        var folded = block.Folded;
        var target = _article;
        if (Attribution.TrySourceLine(text, folded, out var source))
        {
            target ??= EnsureArticle(block);
            Attribution.Unwrap(text, folded, out _, out var innerFolded);
            SetSource(target, source, innerFolded, block);
            target.Closed = true;
            target.End = Math.Max(target.End, block.End);
            return true;
        }

        if (target is not null && Attribution.Unwrap(text, folded, out _, out _) && ReadNote(target, text, folded, block))
        {
            target.End = Math.Max(target.End, block.End);
            return true;
        }

        var credits = new System.Collections.Generic.List<Credit>();
        if (Attribution.TryCredits(text, folded, credits))
        {
            target ??= EnsureArticle(block);
            target.Credits.AddRange(credits);
            target.Closed = target.ClosedByCredits = true;
            target.End = Math.Max(target.End, block.End);
            return true;
        }

        if ((target is null || !target.HasBody) && Attribution.TryByline(text, folded, out var author))
        {
            target = EnsureArticle(block);
            target.Authors.Add(author!);
            target.End = block.End;
            return true;
        }

        return false;
    }
}
