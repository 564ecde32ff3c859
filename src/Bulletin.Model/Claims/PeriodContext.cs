// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using Bulletin.Model.Lexicons;
using Bulletin.Model.Parsing;
using NodaTime;

namespace Bulletin.Model.Claims;

/// <summary>
/// Periods from the document's context (docs/claims.md): a figure whose own sentence states no period takes the one
/// stated last before it in its paragraph, else the one its heading states, else its article's title, else the
/// title of a report (<c>2025年…统计公报</c>). A period stated once governs what follows until another is stated.
/// Relative words (<c>今年</c>, <c>去年</c>, <c>asof 今年-07</c>) keep their text as said (docs/claims.md), and
/// their start and end count from the document's year. Where the document fixes its own date — a report, a news
/// page, a dated edition, a single article — that date also serves to count weekdays back (<c>周三</c>).
/// </summary>
/// <remarks>
/// One forward walk over the articles' blocks and the claims, both in source order; the text between two claims is
/// searched once, so the work is linear in the text.
/// </remarks>
internal static class PeriodContext
{
    private const int MaxHeadingLength = 120;

    // How far before a figure a word of its clause is looked for (前值下降0.1%, 终值增长5.1%).
    private const int MaxClauseWordReach = 8;

    // How far before a figure stated to a day a to-date word (月内) may stand and still make it a month-to-date count.
    private const int MaxToDateReach = 160;

    // The words of a period inside a change's slot (从2019年末的, 由上年全年, 从一季度末的).
    private static readonly SearchValues<char> s_slotPeriod = SearchValues.Create("年月末底初全上去今本半季度第一二三四 ");

    internal static void Apply(BulletinIssue issue, string source, IReadOnlyList<Article> articles, List<ClaimDraft> drafts, int? referenceYear, bool rocYears)
    {
        if (drafts.Count == 0)
        {
            return;
        }

        var documentPeriod = issue.Kind == DocumentKind.Report
            ? Stated(issue.Title ?? (articles.Count > 0 ? articles[0].Title : null), referenceYear)
            : null;
        var sectionPeriods = new Dictionary<Article, ClaimPeriod?>(ReferenceEqualityComparer.Instance);
        foreach (var section in issue.Sections)
        {
            CollectSectionPeriods(section, documentPeriod, referenceYear, rocYears, sectionPeriods);
        }

        var walk = new Walk(source, drafts, referenceYear, rocYears, ResolvesRelativeWords(issue) ? issue.PublishedOn : null);

        // A contents line (1. 前三季度全市外贸增长8.2% ..... 1) is its article's headline printed again: its figures
        // take the period its own words state, against the issue's year, as the headline's do.
        foreach (var entry in issue.EnumerateContents())
        {
            walk.SkipTo(entry.Span.Start);
            walk.BeginArticle(Stated(entry.Title, referenceYear) ?? documentPeriod);
            walk.Prose(entry.Span.Start, entry.Span.End);
        }

        foreach (var article in articles)
        {
            walk.SkipTo(article.Span.Start);
            walk.BeginArticle(Stated(article.Title, referenceYear) ?? (sectionPeriods.TryGetValue(article, out var inSection) ? inSection : null) ?? documentPeriod);

            // The headline's own figures (我国一季度GDP增长5.0%) stand before the first block, read as its first line.
            var bodyStart = article.Blocks.Length > 0 ? article.Blocks[0].Span.Start : article.Span.End;
            if (bodyStart > article.Span.Start)
            {
                walk.Prose(article.Span.Start, bodyStart);
            }

            foreach (var block in article.Blocks)
            {
                walk.SkipTo(block.Span.Start);
                switch (block.Kind)
                {
                    case BlockKind.Heading:
                        walk.Heading(HeadingPeriod(source, block.Span.Start, block.Span.End, referenceYear, rocYears));
                        break;
                    case BlockKind.Table:
                        walk.Table(block.Span.End);
                        break;
                    default:
                        walk.Prose(block.Span.Start, block.Span.End);
                        break;
                }
            }
        }

        foreach (var draft in drafts)
        {
            draft.Period = StockOrFlow(source, draft);
        }
    }

    // A change runs over a span, never stands at a point of it: 截至三季度末…环比增长12.5% is the quarter's change.
    // A holding or a balance stands at a point: 二季度…持仓市值3.4亿元 is the level at the quarter's end.
    private static ClaimPeriod? StockOrFlow(string source, ClaimDraft draft)
    {
        if (draft.Period is { Start: null, End: { } day } dated && ToDate(source, draft, day) is { } first)
        {
            return new ClaimPeriod($"{new IsoDate(first)}/{new IsoDate(day)}", dated.Words, first, day);
        }

        if (draft.Period is not { } period || !TryQuarter(period.Text, out var label, out var asOf))
        {
            return draft.Period;
        }

        if (asOf && draft.Kind is ClaimKind.Change or ClaimKind.Pp && period.End is { } end)
        {
            return new ClaimPeriod(label, period.Words, end.PlusMonths(-2).With(DateAdjusters.StartOfMonth), end);
        }

        if (!asOf && draft.Kind is ClaimKind.Amount or ClaimKind.Count or ClaimKind.Share or ClaimKind.Percent &&
            ClaimLexicon.StockWords.OccursIn(source, IndicatorClauseStart(source, draft), draft.Start))
        {
            return new ClaimPeriod("asof " + label, period.Words, null, period.End);
        }

        return period;
    }

    // 截至9月2日，月内新成立基金12只: what the month to that day has seen, from its first day.
    private static LocalDate? ToDate(string source, ClaimDraft draft, LocalDate day)
    {
        if (draft.Period is not { } period || !period.Text.StartsWith("asof ", StringComparison.Ordinal) || period.Text.Length != "asof 2024-08-14".Length ||
            draft.SentenceStart >= draft.Start)
        {
            return null;
        }

        // The word stands in the figure's sentence, near it: a table with no full stop is one long "sentence", and
        // each of its cells searching back to the table's start made the step quadratic in its rows.
        var from = Math.Max(draft.SentenceStart, draft.Start - MaxToDateReach);
        var sentence = source.AsSpan(from, draft.Start - from);
        if (ClaimLexicon.ToDateWords.OccursIn(sentence, 0, sentence.Length))
        {
            return day.With(DateAdjusters.StartOfMonth);
        }

        return null;
    }

    // 2024Q2 or asof 2024Q2: the quarter's label and whether it stands at the quarter's end.
    private static bool TryQuarter(string text, out string label, out bool asOf)
    {
        asOf = text.StartsWith("asof ", StringComparison.Ordinal);
        label = asOf ? text[5..] : text;
        return label.Length == "2024Q2".Length && label[4] == 'Q' && char.IsAsciiDigit(label[0]) && label[5] is >= '1' and <= '4';
    }

    // 资本充足率13.2%，预估13.0%: a clause that only names another reading (预估, 前值) is of the indicator the clause
    // before names; its start, or the figure's own clause's.
    private static int IndicatorClauseStart(string source, ClaimDraft draft)
    {
        var clause = ClauseStart(source, draft.Start, draft.SentenceStart);
        var label = TextScan.Trim(source.AsSpan(clause, draft.Start - clause)).TrimEnd("为是 ");
        return clause > draft.SentenceStart && label.Length > 0 && ClaimLexicon.ReadingLabels.MatchAt(label, 0, label.Length, out var word, out _) &&
            word.Length == label.Length
            ? ClauseStart(source, clause - 1, draft.SentenceStart)
            : clause;
    }

    // Where the figure's clause begins: after the last comma or stop before it, not before its sentence.
    private static int ClauseStart(string source, int start, int floor)
    {
        var at = source.AsSpan(floor, Math.Max(0, start - floor)).LastIndexOfAny(Punctuation.Clause);
        return at < 0 ? floor : floor + at + 1;
    }

    /// <summary>
    /// The same rules for a plain string, read as one paragraph after another: a period stated once governs what
    /// follows, and words that need a year take the nearest one stated, else the reference year.
    /// </summary>
    internal static void ApplyToText(string text, List<ClaimDraft> drafts, int? referenceYear)
    {
        if (drafts.Count == 0)
        {
            return;
        }

        var walk = new Walk(text, drafts, referenceYear, rocYears: false, documentDate: null);
        walk.BeginArticle(null);
        walk.Prose(0, text.Length);
    }

    // One forward walk over the figures, in source order, with what the text has stated so far.
    private sealed class Walk(string source, List<ClaimDraft> drafts, int? referenceYear, bool rocYears, LocalDate? documentDate)
    {
        private int _next;

        // The year stated last anywhere before, for an undated document whose articles state a year only now and
        // then (a news digest: 2026年一季度… in one story, 3月… in the next).
        private int? _lastStated;

        // Words that need a year (一季度, 3月) take the nearest year stated before them — the paragraph, a heading,
        // the article's or section's title — and the document's own year only when nothing nearer states one.
        private int? _year;

        // A period stated once governs what follows in the article until another is stated (docs/claims.md).
        private ClaimPeriod? _carried;
        private ClaimPeriod? _governing;

        // 从2019年末的5.2万元升至2024年末的6.8万元: the two ends of a change have periods of their own, and later pairs
        // (泊位从40个增加到52个) take them, while the figures around keep the period that governs them.
        private ClaimPeriod? _from;

        // The relative word the year in force was said with (今年), or null when it was stated as a number.
        private string? _yearWord;
        private ClaimPeriod? _to;
        private ClaimDraft? _lastFrom;

        internal void SkipTo(int start)
        {
            while (_next < drafts.Count && drafts[_next].Start < start)
            {
                _next++;
            }
        }

        // 今年1月初…到了4月: where the year in force was said as a relative word, a bare month is of that year as
        // said too (今年-04), as its own words would have it.
        private ClaimPeriod? InWordsOfTheYear(ClaimPeriod? period) =>
            _yearWord is { } word && period is { Text: { Length: 7 } text, Start: { } start } && text[4] == '-' && start.Year == _year &&
            char.IsAsciiDigit(text[0])
                ? new ClaimPeriod($"{word}-{text[5..]}", period.Words, period.Start, period.End)
                : period;

        internal void BeginArticle(ClaimPeriod? governing)
        {
            _yearWord = null;
            _governing = governing;
            _year = governing?.End?.Year ?? referenceYear ?? _lastStated;
            _carried = _from = _to = null;
        }

        // A heading that states a period governs what it heads; one that states none ((一)稅課收入) goes on with
        // the period the text stated before it.
        internal void Heading(ClaimPeriod? stated)
        {
            if (stated is null)
            {
                return;
            }

            _governing = stated;
            _year = stated.End?.Year ?? _year;
            _carried = _from = _to = null;
        }

        // A cell's period is its column's; a table does not carry one cell's period to the next.
        internal void Table(int end)
        {
            for (; _next < drafts.Count && drafts[_next].Start < end; _next++)
            {
                drafts[_next].Period ??= _carried ?? _governing;
            }
        }

        internal void Prose(int start, int end)
        {
            var gapStart = start;
            for (; _next < drafts.Count && drafts[_next].Start < end; _next++)
            {
                var draft = drafts[_next];

                // The year stated last before the figure governs the words that need one (2024年三季度… 三季度…).
                if (draft.Start > gapStart && LastYear(source, gapStart, draft.Start) is { } stated)
                {
                    _year = _lastStated = stated;
                    _yearWord = null;
                }

                if (EndOfChange(draft, gapStart) != ChangeEnd.None)
                {
                    gapStart = Math.Max(gapStart, draft.End);
                    continue;
                }

                if (draft.Period is null && draft.Start > gapStart)
                {
                    draft.Period = InWordsOfTheYear(Stated(gapStart, draft));
                }

                if (IsPreviousValue(draft, gapStart))
                {
                    // 7月CPI升2.9%，前值升3%: the reading of the period before; it governs nothing after it.
                    var current = draft.Period ?? _carried ?? _governing;
                    draft.Period = current is null ? null : PeriodShift.Previous(current);
                }
                else if (draft.Period is not null)
                {
                    // 一季度终值增长5.1%: a reading of another period, stated in passing after the one reported,
                    // governs nothing after it.
                    if (_carried is null || !ClauseHas(ClaimLexicon.ReadingWords, draft, gapStart))
                    {
                        _carried = draft.Period;
                        _year = draft.Period.End?.Year ?? _year;
                        _yearWord = PeriodReader.RelativeYearOf(draft.Period.Text);
                    }
                }
                else
                {
                    draft.Period = _carried ?? _governing;
                }

                gapStart = Math.Max(gapStart, draft.End);
            }

            if (gapStart >= end)
            {
                return;
            }

            if (LastYear(source, gapStart, end) is { } trailing)
            {
                _year = _lastStated = trailing;
            }

            // A period the text states after the block's last figure (…2026年，我们将…, 111年度預算的編製概況)
            // governs the figures that follow it; a day stated with no figure (於8月31日送審) dates an event.
            if (PeriodReader.Find(source, gapStart, end, _year, referenceYear, rocYears, documentDate) is { } afterLast && !IsDay(afterLast))
            {
                _carried = afterLast;
                _year = afterLast.End?.Year ?? _year;
            }
        }

        // A figure at either end of 从…到…: its own period if the slot states one (从2020年的…), else the period the
        // last such end stated. The period that governs the text around is left as it was.
        private ChangeEnd EndOfChange(ClaimDraft draft, int floor)
        {
            var text = source.AsSpan();
            var p = SkipLinkWords(text, draft.Start, floor);

            // 由上年全年下降2.1%转为同比增长1.4%: a change verb may stand between a slot's words and its figure.
            if (ClaimLexicon.ChangeVerbs.MatchBefore(text, p, floor, out var verb, out _))
            {
                p -= verb.Length;
            }

            var slotStart = p;
            while (p > floor && (char.IsAsciiDigit(text[p - 1]) || s_slotPeriod.Contains(CharFold.Fold(text[p - 1]))))
            {
                p--;
            }

            var ownPeriod = p < slotStart;
            var lead = p > floor ? CharFold.Fold(text[p - 1]) : '\0';
            var turnsInto = lead == '为' && p - 1 > floor && CharFold.Fold(text[p - 2]) is '转' or '变';
            ChangeEnd end;
            if (lead is '从' or '由')
            {
                end = ChangeEnd.From;
                _lastFrom = draft;
            }
            else if ((lead is '到' or '至' || turnsInto) && _lastFrom is { } from && from.SentenceStart == draft.SentenceStart && from.End <= p)
            {
                end = ChangeEnd.To;
                _lastFrom = null;
            }
            else
            {
                return ChangeEnd.None;
            }

            // “十四五”以来，收入从…: what the text states before the change governs the figures around it.
            if (p - 1 > floor && PeriodReader.Find(source, floor, p - 1, _year, referenceYear, rocYears, documentDate) is { } around)
            {
                _carried = around;
            }

            if (ownPeriod && PeriodReader.Find(source, p, slotStart, _year, referenceYear, rocYears, documentDate) is { } stated)
            {
                draft.Period = stated;
                if (end == ChangeEnd.From)
                {
                    _from = stated;
                }
                else
                {
                    _to = stated;
                }
            }
            else
            {
                // The sentence's period found before the pair belongs to its start; the far end takes the period
                // the last pair's far end stated, else the one that governs.
                draft.Period = end == ChangeEnd.From ? _from ?? draft.Period ?? _carried ?? _governing : _to ?? _carried ?? _governing;
            }

            return end;
        }

        // The period the text states between the last figure and this one. A day counts only in the figure's own
        // sentence: 3月10日，园区投入运营。园区面积6.5万平方米 dates an event, not the area.
        private ClaimPeriod? Stated(int gapStart, ClaimDraft draft)
        {
            var sentence = Math.Clamp(draft.SentenceStart, gapStart, draft.Start);
            if (sentence < draft.Start && PeriodReader.Find(source, sentence, draft.Start, _year, referenceYear, rocYears, documentDate) is { } own)
            {
                return own;
            }

            // Back past the days, each search ending where the day it found begins, so the walk stays linear.
            var end = sentence;
            while (end > gapStart && PeriodReader.Find(source, gapStart, end, _year, referenceYear, rocYears, documentDate, out var at) is { } before)
            {
                if (!IsDay(before))
                {
                    return before;
                }

                end = at;
            }

            return null;
        }

        // 前值上涨1.6%, 上次为52万吨: a previous-value word just before the figure, in its own clause.
        private bool IsPreviousValue(ClaimDraft draft, int floor) => ClauseHas(ClaimLexicon.PreviousValueWords, draft, floor);

        private bool ClauseHas(WordTable<bool> words, ClaimDraft draft, int floor)
        {
            var text = source.AsSpan();
            var from = Math.Max(floor, draft.Start - MaxClauseWordReach);
            for (var e = draft.Start; e > from; e--)
            {
                if (words.MatchBefore(text, e, from, out _, out _))
                {
                    return true;
                }

                if (Punctuation.Clause.Contains(text[e - 1]))
                {
                    return false;
                }
            }

            return false;
        }

        // Back over 的 and spaces between a slot's words and its figure (从2019年末的 5.2万元).
        private static int SkipLinkWords(ReadOnlySpan<char> text, int at, int floor)
        {
            while (at > floor && (text[at - 1] == ' ' || CharFold.Fold(text[at - 1]) == '的'))
            {
                at--;
            }

            return at;
        }
    }

    private enum ChangeEnd
    {
        None,
        From,
        To,
    }

    private static bool IsDay(ClaimPeriod period) => period.Words.AsSpan().IndexOfAny('日', '号') >= 0;

    // A section's heading (一、2023年工作回顾) governs its articles, and its sub-sections unless they state their own.
    private static void CollectSectionPeriods(Section section, ClaimPeriod? outer, int? referenceYear, bool rocYears, Dictionary<Article, ClaimPeriod?> into)
    {
        var own = Stated(section.Heading, referenceYear, rocYears) ?? outer;
        foreach (var article in section.Articles)
        {
            into[article] = own;
        }

        foreach (var child in section.Sections)
        {
            CollectSectionPeriods(child, own, referenceYear, rocYears, into);
        }
    }

    // 今年 → 2024, asof 今年-07 → asof 2024-07-31, 去年 → 2023: the words as a year, once the document fixes its year.
    private static bool ResolvesRelativeWords(BulletinIssue issue) => issue.Kind switch
    {
        DocumentKind.Report or DocumentKind.NewsPage or DocumentKind.Article => true,
        DocumentKind.BulletinIssue => issue.Number is null && issue.CumulativeNumber is null && issue.PublishedOn is not null,
        _ => false,
    };

    // A heading states the period of what it heads by the first period in it: 一、2023年工作回顾和“十四五”展望 is 2023.
    private static ClaimPeriod? HeadingPeriod(string source, int start, int end, int? referenceYear, bool rocYears = false)
    {
        end = Math.Min(end, Math.Min(source.Length, start + MaxHeadingLength));
        var year = source.AsSpan(start, end - start).IndexOf('年');
        if (year < 0)
        {
            return PeriodReader.Find(source, start, end, referenceYear, rocYears);
        }

        // Read the first period whole (2023年1—5月份, 2024年第三季度), and nothing after it.
        var stop = start + year + 1;
        while (stop < end && (char.IsAsciiDigit(source[stop]) || ClaimScanner.IsRangeConnector(source[stop]) || "月份末底初第一二三四季度上下半前".Contains(source[stop], StringComparison.Ordinal)))
        {
            stop++;
        }

        return PeriodReader.Find(source, start, Math.Min(end, stop + 1), referenceYear, rocYears);
    }

    // The last four-digit year (YYYY年) in a stretch of text that states when things happened, read in one pass. A
    // year that is a comparison's base (较2020年, 比2019年) or a starting point (2021年3月以来, 自2018年起) says
    // nothing about the time of what follows, so it is passed over.
    private static int? LastYear(string source, int start, int end)
    {
        int? last = null;
        end = Math.Min(end, source.Length);
        for (var i = source.IndexOf('年', start, end - start); i >= 0; i = i + 1 < end ? source.IndexOf('年', i + 1, end - i - 1) : -1)
        {
            if (i - start >= 4 && char.IsAsciiDigit(source[i - 1]) && char.IsAsciiDigit(source[i - 4]) && (i - 5 < start || !char.IsAsciiDigit(source[i - 5])) &&
                int.TryParse(source.AsSpan(i - 4, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200 &&
                !PeriodReader.IsReferencePoint(source, start, i - 4, i + 1, end))
            {
                last = y;
            }
        }

        return last;
    }

    private static ClaimPeriod? Stated(string? title, int? referenceYear, bool rocYears = false)
    {
        if (string.IsNullOrEmpty(title))
        {
            return null;
        }

        var text = title.Length > MaxHeadingLength ? title[..MaxHeadingLength] : title;
        return HeadingPeriod(text + "：", 0, text.Length + 1, referenceYear, rocYears);
    }
}
