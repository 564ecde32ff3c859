// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using NodaTime;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <content>
/// The head of a document without a bulletin masthead: front matter, web-page chrome, a headline that carries
/// the name and date of an edition, a report's title, delivery line, date lines and speaker.
/// </content>
internal sealed partial class LayoutBuilder
{
    private const int MaxHeadBlocks = 16;
    private const int MaxHeadlineLength = 60;
    private const int MaxSpeakerLineLength = 24;

    // Two or three bodies side by side fit in this; a longer line is a sentence about them.
    private const int MaxIssuingBodiesLength = 60;
    private const int MaxChapterLength = 40;

    private readonly List<Author> _headAuthors = [];
    private string? _title;
    private string? _headSource;
    private LocalDateTime? _publishedAt;
    private bool _isReport;
    private bool _datedEdition;
    private SectionBucket? _appendix;

    private void ReadFrontMatter(FrontMatter front)
    {
        _sideMatter.Add(new SideMatter(SideMatterKind.Metadata, _context.Source[front.Start..front.End].TrimEnd(), _context.Span(front.Start, front.End)));
        _title = front.Title;
        if (front.TryGetDate(out var date, out var time))
        {
            DateTheDocument(date);
            _publishedAt = time is { } t ? date + t : null;
        }
    }

    // The first date the document gives itself is its date, and its year the year, unless either is known already.
    private void DateTheDocument(LocalDate date)
    {
        _masthead.PublishedOn ??= date;
        _masthead.Year ??= date.Year;
    }

    /// <summary>Reads the head from <paramref name="index"/>; returns the index of the first block of the body.</summary>
    private int ReadHead(int index)
    {
        var headlineSeen = false;
        var limit = Math.Min(_blocks.Count, index + MaxHeadBlocks);
        for (var i = index; i < limit; i++)
        {
            var block = _blocks[i];
            var folded = TextScan.Trim(TextScan.SingleLine(block.Folded));
            if (block.Kind is RawBlockKind.Paragraph or RawBlockKind.Heading && (PageMatter.IsChrome(folded) || PageMatter.IsBreadcrumb(folded)))
            {
                AddSideMatter(SideMatterKind.PageChrome, block);
                index = i + 1;
                continue;
            }

            if (block.Kind is not (RawBlockKind.Paragraph or RawBlockKind.Heading))
            {
                break;
            }

            if (TryDateLine(folded, out var found))
            {
                // 时间：2025-01-12 / 發布時間：… : the date a page gives itself; a delivery line, when there is one, wins.
                DateTheDocument(found.Date);
                _publishedAt ??= found.Time is { } t ? found.Date + t : null;

                // 发布时间：2025-06-18 10:20　来源：市政府办公室　浏览次数：1532: the source beside the time is the piece's.
                if (Attribution.TryItemFields(TextScan.Trim(block.Text), TextScan.Trim(block.Folded), out var fields))
                {
                    _headSource ??= fields.Source;
                }

                AddSideMatter(SideMatterKind.Metadata, block);
                index = i + 1;
                continue;
            }

            if (!headlineSeen)
            {
                headlineSeen = true;
                if (ReadHeadline(block, folded))
                {
                    index = i + 1;
                    continue;
                }

                break;
            }

            if (IsDeliveryLine(folded, out var delivered))
            {
                _masthead.PublishedOn = delivered;
                _masthead.Year ??= delivered.Year;
                AddSideMatter(SideMatterKind.Metadata, block);
                index = i + 1;
                continue;
            }

            if (_isReport && Attribution.TrySourceLine(block.Text, block.Folded, out var source))
            {
                _headSource ??= source;
                index = i + 1;
                continue;
            }

            if (_isReport && TrySpeaker(block.Text, folded, out var speaker))
            {
                _headAuthors.Add(speaker);
                index = i + 1;
                continue;
            }

            // 海港市统计局 / 国家统计局　国务院第三次全国经济普查领导小组办公室 under a communiqué's title: who issues it.
            if (_isReport && _masthead.Publisher is null && IsIssuingBodies(folded))
            {
                _masthead.Publisher = TextScan.Trim(TextScan.SingleLine(block.Text));
                AddSideMatter(SideMatterKind.Metadata, block);
                index = i + 1;
                continue;
            }

            // 2025年3月10日, （2025年3月10日）: a date alone on its line under the title is the document's.
            if (_isReport && IsDateAlone(folded, out var dated))
            {
                DateTheDocument(dated);
                AddSideMatter(SideMatterKind.Metadata, block);
                index = i + 1;
                continue;
            }

            break;
        }

        return index;
    }

    // The first line: an edition's name and date (海港晨报2025年3月4日星期二), or a report's title.
    private bool ReadHeadline(RawBlock block, string folded)
    {
        if (TextScan.VisibleLength(folded) > MaxHeadlineLength || Punctuation.Terminal.Contains(folded.Length > 0 ? folded[^1] : '。') && !folded.EndsWith('）'))
        {
            return false;
        }

        var original = TextScan.Trim(TextScan.SingleLine(block.Text));
        if (DateText.TryFind(folded, out var found) && found.Start >= 2 && TextScan.VisibleLength(folded.AsSpan(found.End)) == 0)
        {
            var name = TextScan.Trim(original[..found.Start]);
            if (name.AsSpan().IndexOfAny(Punctuation.Clause) < 0)
            {
                _masthead.Name ??= name;
                DateTheDocument(found.Date);
                _datedEdition = true;
                return true;
            }
        }

        if (_title is { } metadataTitle && ChineseScript.ToSimplified(TextScan.Trim(metadataTitle)) == folded)
        {
            // The front matter's title printed again as the headline: the headline of the document's first article.
            StartArticle(original, Math.Max(1, block.Level), block);
            return true;
        }

        if (TextScan.EndsWithAny(folded, MastheadLexicon.ReportTitleEndings) is not null && folded.AsSpan().IndexOfAny(Punctuation.Clause) < 0)
        {
            _title ??= original;
            _isReport = true;
            if (IssueNumberScanner.TryReadDate(folded, out _, out _, out _) is false && ReadYearOfTitle(folded) is { } year)
            {
                _masthead.Year ??= year;
            }

            return true;
        }

        // 海港市人民政府办公室关于印发…若干措施的通知: an official document's title heads the one piece the page carries.
        if (TextScan.EndsWithAny(folded, MastheadLexicon.DocumentTitleEndings) is not null && folded.AsSpan().IndexOfAny(Punctuation.Clause) < 0)
        {
            StartArticle(original, Math.Max(1, block.Level), block);
            return true;
        }

        return false;
    }

    // 2025年海港市政府工作报告: a title that opens with a year dates the report.
    private static int? ReadYearOfTitle(string folded)
    {
        var at = folded.IndexOf('年');
        return at is >= 4 and <= 6 && IssueNumberScanner.ReadNumberBefore(folded, at) is { } year and >= 1900 and <= 2200 ? year : null;
    }

    // 时间：2025-01-12, 发布时间: 2025-09-10 17:45, 時間：中華民國112年5月2日（星期二）10時30分.
    private static bool TryDateLine(string folded, out DateText.Found found)
    {
        found = default;
        var label = TextScan.StartsWithAny(folded, MastheadLexicon.DateLabels);
        if (label is null)
        {
            return false;
        }

        var rest = folded.AsSpan(label.Length).TrimStart(" 　");
        if (rest.Length == 0 || rest[0] is not ('：' or ':'))
        {
            return false;
        }

        rest = rest[1..];
        return DateText.TryFind(rest, out found) && TextScan.VisibleLength(rest[..found.Start]) == 0;
    }

    private const int MaxAfterSignature = 4;

    // 海港市人民政府办公室 / 2025年3月10日 at the end of a notice or a communiqué, on two lines or in two paragraphs: who
    // issued it and when, not the last of its text. The page's buttons and a note in brackets (（此件公开发布）) may
    // follow it. Read when nothing before dated the document, or when the document is one piece, whose signature it is.
    private void ReadClosingSignature()
    {
        if (_article is not { } last || last.Blocks.Count == 0 || (_masthead.PublishedOn is not null && _articles.Count > 1))
        {
            return;
        }

        var i = _blocks.Count - 1;
        var k = last.Blocks.Count - 1;
        for (var passed = 0; ; passed++)
        {
            if (i < 0 || k < 0 || passed > MaxAfterSignature)
            {
                return;
            }

            if (last.Blocks[k].Span.Start == _context.Span(_blocks[i]).Start)
            {
                // （2025年3月10日） is the signature's date in brackets, not a note after it.
                var folded = TextScan.Trim(_blocks[i].Folded);
                if (!PageMatter.IsBracketedNote(folded) || IsDateAlone(folded, out _))
                {
                    break;
                }

                k--;
            }

            i--;
        }

        var dateBlock = _blocks[i];
        if (dateBlock.Kind is not (RawBlockKind.Paragraph or RawBlockKind.Heading))
        {
            return;
        }

        // The office and the date run together into one paragraph when no blank line parts them.
        var lines = TextScan.Trim(_context.Source.AsSpan(dateBlock.Start, Math.Min(dateBlock.End, _context.Source.Length) - dateBlock.Start));
        var split = lines.IndexOfAny('\n', '\r');
        if (split > 0 && TextScan.Trim(lines[split..]).IndexOfAny('\n', '\r') < 0 && dateBlock.Kind == RawBlockKind.Paragraph)
        {
            var office = TextScan.Trim(lines[..split]).ToString();
            if (IsIssuingBodies(ChineseScript.ToSimplified(office)) && IsDateAlone(ChineseScript.ToSimplified(TextScan.Trim(lines[split..]).ToString()), out var joinedDate))
            {
                last.Blocks.RemoveAt(k);
                Sign(office, joinedDate, dateBlock, null);
            }

            return;
        }

        if (i < 1 || k < 1 || !IsDateAlone(TextScan.Trim(TextScan.SingleLine(dateBlock.Folded)), out var date))
        {
            return;
        }

        var bodyBlock = _blocks[i - 1];
        if (bodyBlock.Kind is not (RawBlockKind.Paragraph or RawBlockKind.Heading) || !IsIssuingBodies(TextScan.Trim(TextScan.SingleLine(bodyBlock.Folded))) ||
            last.Blocks[k - 1].Span.Start != _context.Span(bodyBlock).Start)
        {
            return;
        }

        last.Blocks.RemoveRange(k - 1, 2);
        Sign(TextScan.Trim(TextScan.SingleLine(bodyBlock.Text)), date, bodyBlock, dateBlock);
    }

    private void Sign(string office, LocalDate date, RawBlock first, RawBlock? second)
    {
        _masthead.Publisher ??= office;
        if (_masthead.PublishedOn is null)
        {
            DateTheDocument(date);
        }

        AddSideMatter(SideMatterKind.Metadata, first);
        if (second is not null)
        {
            AddSideMatter(SideMatterKind.Metadata, second);
        }
    }

    // One or more bodies side by side, each a name ending as bodies do (局, 办公室, 委员会, 政府), and nothing else.
    private static bool IsIssuingBodies(string folded)
    {
        if (TextScan.VisibleLength(folded) > MaxIssuingBodiesLength || folded.AsSpan().IndexOfAny(Punctuation.Clause) >= 0 ||
            folded.AsSpan().IndexOfAny(Punctuation.Terminal) >= 0)
        {
            return false;
        }

        var bodies = 0;
        foreach (var range in folded.AsSpan().SplitAny(" \u3000\t"))
        {
            var body = folded.AsSpan()[range];
            if (body.IsEmpty)
            {
                continue;
            }

            if (body.Length < 3 || !TextScan.IsAllCjk(body) || TextScan.EndsWithAny(body, MastheadLexicon.BodySuffixes) is null)
            {
                return false;
            }

            bodies++;
        }

        return bodies > 0;
    }

    private static bool IsDateAlone(string folded, out LocalDate date)
    {
        date = default;
        var line = folded.AsSpan().Trim(" \u3000").TrimStart("（(").TrimEnd("）)");
        if (!DateText.TryFind(line, out var found) || TextScan.VisibleLength(line[..found.Start]) + TextScan.VisibleLength(line[found.End..]) > 0)
        {
            return false;
        }

        date = found.Date;
        return true;
    }

    // 2025年1月9日在海港市第三届人民代表大会第五次会议上.
    private static bool IsDeliveryLine(string folded, out LocalDate date)
    {
        date = default;
        if (!IssueNumberScanner.TryReadDate(folded, out var found, out var start, out var end) || start > 1 ||
            TextScan.EndsWithAny(folded.TrimEnd("）)"), MastheadLexicon.DeliveryWords) is null)
        {
            return false;
        }

        date = found;
        return end < folded.Length;
    }

    // How far into the body a report says on whose behalf it is delivered (我代表市人民政府向大会报告工作).
    private const int MaxOnBehalfBlocks = 4;
    private const int MaxOnBehalfReach = 14;

    // 我代表市人民政府: the government a report is delivered for issues it; an office that names only its level (省, 市)
    // takes the region from the speaker's role (海港市市长 → 海港市人民政府).
    private void ReadOnBehalfOf(int from)
    {
        if (!_isReport || _masthead.Publisher is not null)
        {
            return;
        }

        for (int i = from, seen = 0; i < _blocks.Count && seen < MaxOnBehalfBlocks; i++)
        {
            if (_blocks[i].Kind != RawBlockKind.Paragraph)
            {
                continue;
            }

            seen++;
            var folded = _blocks[i].Folded;
            var at = folded.IndexOf(MastheadLexicon.OnBehalfOf, StringComparison.Ordinal);
            if (at < 0)
            {
                continue;
            }

            var start = at + MastheadLexicon.OnBehalfOf.Length;
            var window = folded.AsSpan(start, Math.Min(MaxOnBehalfReach, folded.Length - start));
            if (TextScan.IndexOfAny(window, MastheadLexicon.GovernmentBodies, out var found) is not (>= 0 and var end) || found is not { } body ||
                window[..end].IndexOfAny(Punctuation.Clause) >= 0)
            {
                return;
            }

            var office = _blocks[i].Text.Substring(start, end + body.Length);
            var level = window[..end];
            if (level.IsEmpty || !MastheadLexicon.RegionLevels.Contains(level.ToString()))
            {
                // 我代表国务院 names its body; 我代表政府 alone names none.
                _masthead.Publisher = level.IsEmpty && !MastheadLexicon.NamedBodies.Contains(body) ? null : office;
                return;
            }

            // 省 alone: the region is the speaker's role without its office word, when it ends at that level.
            foreach (var speaker in _headAuthors)
            {
                if (speaker.Role is { } role && TextScan.EndsWithAny(ChineseScript.ToSimplified(role), MastheadLexicon.SpeakerRoles) is { } word &&
                    role[..^word.Length] is { Length: > 1 } region && ChineseScript.ToSimplified(region).AsSpan().EndsWith(level, StringComparison.Ordinal))
                {
                    _masthead.Publisher = region + office[level.Length..];
                    return;
                }
            }

            return;
        }
    }

    // A news page that prints no date of its own but says, item after item, what day "today" is (今天（4月16日）)
    // is of that day; its year is the latest year those same paragraphs state (国家统计局今天发布2026年一季度数据).
    // Pages whose items name different days, or that state no year beside the day, stay undated.
    private void DateFromToday(int from)
    {
        if (_masthead.PublishedOn is not null || _isPaper || _proceedings)
        {
            return;
        }

        (int Month, int Day)? day = null;
        var year = 0;
        for (var i = from; i < _blocks.Count; i++)
        {
            var folded = _blocks[i].Folded;
            if (_blocks[i].Kind != RawBlockKind.Paragraph || TodayIn(folded) is not { } said)
            {
                continue;
            }

            if (day is { } seen && seen != said)
            {
                return;
            }

            day = said;
            year = Math.Max(year, LatestYear(folded));
        }

        if (day is { } today && year > 0 && today.Day <= CalendarSystem.Iso.GetDaysInMonth(year, today.Month))
        {
            DateTheDocument(new LocalDate(year, today.Month, today.Day));
        }
    }

    // 今天（4月16日）: the month and day a paragraph gives its "today".
    private static (int Month, int Day)? TodayIn(string folded)
    {
        foreach (var word in MastheadLexicon.TodayWords)
        {
            for (var at = folded.IndexOf(word, StringComparison.Ordinal); at >= 0; at = folded.IndexOf(word, at + 1, StringComparison.Ordinal))
            {
                var p = at + word.Length;
                if (p >= folded.Length || folded[p] is not ('（' or '('))
                {
                    continue;
                }

                p++;
                if (IssueNumberScanner.ReadNumberAfter(folded, ref p) is { } month and >= 1 and <= 12 && p < folded.Length && folded[p] == '月')
                {
                    p++;
                    if (IssueNumberScanner.ReadNumberAfter(folded, ref p) is { } day and >= 1 and <= 31 && p + 1 < folded.Length && folded[p] == '日' &&
                        folded[p + 1] is '）' or ')')
                    {
                        return (month, day);
                    }
                }
            }
        }

        return null;
    }

    // The latest year a paragraph states with a part of it (2026年一季度, 2026年3月, 2026年以来), or 0: a year
    // alone may be a plan's horizon (到2035年), not the year the news is of.
    private static int LatestYear(string folded)
    {
        var latest = 0;
        for (var at = folded.IndexOf('年'); at >= 0; at = folded.IndexOf('年', at + 1))
        {
            if (at + 1 < folded.Length && TextScan.StartsWithAny(folded.AsSpan(at + 1), MastheadLexicon.PartOfYearStarts) is not null &&
                IssueNumberScanner.ReadNumberBefore(folded, at) is { } year and >= 1900 and <= 2200)
            {
                latest = Math.Max(latest, year);
            }
        }

        return latest;
    }

    // 海港市市长 周明远: a role word, a space, a name of two to four characters.
    private static bool TrySpeaker(string text, string folded, out Author speaker)
    {
        speaker = null!;
        var line = TextScan.Trim(TextScan.SingleLine(text));
        if (TextScan.VisibleLength(folded) > MaxSpeakerLineLength)
        {
            return false;
        }

        var space = line.LastIndexOfAny([' ', '\u3000']);
        if (space <= 0)
        {
            return false;
        }

        var role = TextScan.Trim(line[..space]);
        var name = TextScan.Trim(line[(space + 1)..]);
        if (name.Length is < 2 or > 4 || !TextScan.IsAllCjk(name) || TextScan.EndsWithAny(ChineseScript.ToSimplified(role), MastheadLexicon.SpeakerRoles) is null)
        {
            return false;
        }

        speaker = new Author(name, null, role, null, null);
        return true;
    }

    // A document of tables with their unit lines and no masthead or contents is a statistics release: a report.
    private bool IsRawDataRelease(int from)
    {
        if (_masthead.HasIssueNumber || _contents.Count > 0 || _datedEdition || _isPaper)
        {
            return false;
        }

        var numbered = 0;
        for (var i = from + 1; i < _blocks.Count; i++)
        {
            if (_blocks[i].Kind != RawBlockKind.Table)
            {
                continue;
            }

            if (Claims.TableClaims.CaptionUnit(_blocks[i - 1].Text) is not null || (i >= 2 && Claims.TableClaims.CaptionUnit(_blocks[i - 2].Text) is not null))
            {
                return true;
            }

            // 表1 …, 表2 …: a release of numbered tables.
            var caption = _blocks[i - 1].Folded.AsSpan().TrimStart();
            numbered += caption.Length > 1 && caption[0] == '表' && TextScan.IsDigit(caption[1]) ? 1 : 0;
        }

        return numbered >= 2;
    }

    /// <summary>A report's chapters: <c>一、…</c> headings, closing parts (<c>附注：</c>), a table group's heading.</summary>
    private bool TryReportChapter(RawBlock block, int index)
    {
        if (block.Kind is not (RawBlockKind.Paragraph or RawBlockKind.Heading))
        {
            return false;
        }

        var text = TextScan.Trim(TextScan.SingleLine(block.Text));
        var folded = ChineseScript.ToSimplified(text);
        if (TextScan.VisibleLength(folded) > MaxChapterLength || folded.AsSpan().IndexOfAny("，,。；;") >= 0)
        {
            return false;
        }

        if (TextScan.TryReadChineseSmall(folded, out _, out var numeral) && numeral < folded.Length && folded[numeral] == '、' && numeral + 1 < folded.Length)
        {
            // 附注： 一、指标解释… 二、统计范围: the parts of the notes are sections within them.
            AddChapter(TextScan.Trim(text[(numeral + 1)..]), text[..(numeral + 1)], block, _appendix);
            return true;
        }

        var bare = folded.TrimEnd('：').TrimEnd(':');
        if (MastheadLexicon.ReportAppendixHeadings.Contains(bare))
        {
            _appendix = AddChapter(text.TrimEnd('：').TrimEnd(':'), null, block, null);
            return true;
        }

        // 工  业 over 单位：亿元 and a table: the heading of a group of tables; 表2 … is a caption, not a chapter.
        if (index + 1 < _blocks.Count && LooksLikePlainHeading(block) && !(folded.Length > 1 && folded[0] is '表' or '图' && TextScan.IsDigit(folded[1])) &&
            (_blocks[index + 1].Kind == RawBlockKind.Table || Claims.TableClaims.CaptionUnit(_blocks[index + 1].Text) is not null))
        {
            AddChapter(text, null, block, null);
            return true;
        }

        return false;
    }

    // A report is one article with chapters (LAYOUT-SPEC): each chapter is a heading of that article and a section of
    // the document's outline, whose span says where the chapter starts; the chapter's text stays in the article.
    private SectionBucket AddChapter(string title, string? number, RawBlock block, SectionBucket? parent)
    {
        var section = new SectionBucket(title, fromContents: false, block.Start, block.End, parent);
        (parent?.Children ?? _sections).Add(section);
        var article = _article is { Closed: false } open ? open : EnsureArticle(block);
        article.Blocks.Add(Block.Heading(title.Length == 0 ? TextScan.Trim(block.Text) : title, parent is null ? 1 : 2, number, _context.Span(block)));
        article.End = block.End;
        return section;
    }
}
