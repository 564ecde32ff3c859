// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using Bulletin.Model.Lexicons;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Claims;

/// <summary>
/// Reads the period a figure refers to from the words before it in its sentence: <c>2025 年 1—11 月</c>,
/// <c>截至 2024 年 6 月底</c>, <c>到 2035 年</c>, <c>2024年第二季度</c>, <c>“十三五”期间</c>, <c>今年</c>.
/// </summary>
internal static class PeriodReader
{
    // A leap year, to read the shape of a month or day with no year known (2月29日 is a day).
    private const int ShapeYear = 2024;

    // How far after a period a closing 相比 is looked for (与2020年同期相比).
    private const int MaxBaseTail = 8;

    private static readonly SearchValues<char> s_comparisonLeads = SearchValues.Create("较比");

    private static readonly SearchValues<char> s_comparisonOpeners = SearchValues.Create("与同和跟");

    private static readonly WordTable<string> s_relative = new(
    [
        ("今年", "今年"), ("去年", "去年"), ("明年", "明年"), ("前年", "前年"), ("本年", "今年"), ("过去一年", "过去一年"), ("上年", "上年"),
        ("十四五", "2021/2025"), ("十五五", "2026/2030"), ("十三五", "2016/2020"),
    ]);

    // Parts of a year that need the document's year (docs/claims.md, periods from context): first and last month,
    // whether the figure stands at the end of the span, and the quarter.
    private static readonly WordTable<(int From, int To, bool AsOf, int Quarter)> s_yearParts = new(
    [
        ("全年", (1, 12, false, 0)), ("年末", (12, 12, true, 0)), ("年底", (12, 12, true, 0)), ("上半年", (1, 6, false, 0)),
        ("下半年", (7, 12, false, 0)), ("前三季度", (1, 9, false, 0)), ("前两季度", (1, 6, false, 0)),
        ("一季度", (1, 3, false, 1)), ("二季度", (4, 6, false, 2)), ("三季度", (7, 9, false, 3)), ("四季度", (10, 12, false, 4)),
        ("第一季度", (1, 3, false, 1)), ("第二季度", (4, 6, false, 2)), ("第三季度", (7, 9, false, 3)), ("第四季度", (10, 12, false, 4)),
        ("一季末", (3, 3, true, 0)), ("二季末", (6, 6, true, 0)), ("三季末", (9, 9, true, 0)), ("四季末", (12, 12, true, 0)),
        ("一季度末", (1, 3, true, 1)), ("二季度末", (4, 6, true, 2)), ("三季度末", (7, 9, true, 3)), ("四季度末", (10, 12, true, 4)),
        .. FirstMonths(),
    ]);

    private static readonly WordTable<IsoDayOfWeek> s_weekdays = new(Weekdays());

    // Every period word ends with one of these (folded): the walk back from a figure looks up words only there.
    private static readonly SearchValues<char> s_periodEnds = CharFold.UnfoldedSet(
        s_yearParts.LastCharacters.Concat(s_relative.LastCharacters).Concat(s_weekdays.LastCharacters).Append('年').Append('月').Append('后'));

    // The most years a horizon (10年后) counts; a larger number is no horizon (2030年后 is a year's).
    private const int MaxHorizonYears = 99;

    // 前7个月, 前两个月, 前十一个月: the first months of a year.
    private static IEnumerable<(string, (int, int, bool, int))> FirstMonths()
    {
        string[] chinese = ["", "一", "两", "三", "四", "五", "六", "七", "八", "九", "十", "十一"];
        for (var n = 2; n <= 11; n++)
        {
            yield return ($"前{n}个月", (1, n, false, 0));
            yield return ($"前{chinese[n]}个月", (1, n, false, 0));
        }
    }

    private static IEnumerable<(string, IsoDayOfWeek)> Weekdays()
    {
        string[] names = ["一", "二", "三", "四", "五", "六", "日"];
        for (var d = 0; d < names.Length; d++)
        {
            yield return ($"周{names[d]}", (IsoDayOfWeek)(d + 1));
            yield return ($"星期{names[d]}", (IsoDayOfWeek)(d + 1));
        }

        yield return ("星期天", IsoDayOfWeek.Sunday);
        yield return ("周天", IsoDayOfWeek.Sunday);
    }

    /// <summary>Finds the period of the figure at <paramref name="numberStart"/> from the words before it.</summary>
    /// <param name="source">The text.</param>
    /// <param name="sentenceStart">How far back to look.</param>
    /// <param name="numberStart">Where the figure starts.</param>
    /// <param name="contextYear">The year the text around the figure fixes (its paragraph, heading or title), for
    /// words that need one (<c>全年</c>, <c>一季度</c>, <c>8月</c>); <see langword="null"/> leaves them to the caller.</param>
    /// <param name="documentYear">The year the document is dated, against which <c>今年</c> and <c>去年</c> count.</param>
    /// <param name="rocYears">Whether the document counts years from 1912 (中華民國): <c>113年度</c> is 2024.</param>
    /// <param name="documentDate">The day the document is dated, against which a weekday (<c>周三</c>) counts back.</param>
    /// <returns>The period, or <see langword="null"/>.</returns>
    internal static ClaimPeriod? Find(string source, int sentenceStart, int numberStart, int? contextYear, int? documentYear, bool rocYears = false, LocalDate? documentDate = null) =>
        Find(source, sentenceStart, numberStart, contextYear, documentYear, rocYears, documentDate, out _);

    /// <summary>Finds the period as above, and where in the source its words start.</summary>
    internal static ClaimPeriod? Find(string source, int sentenceStart, int numberStart, int? contextYear, int? documentYear, bool rocYears, LocalDate? documentDate, out int wordsStart)
    {
        wordsStart = -1;
        for (var e = numberStart; e > sentenceStart; e--)
        {
            // A vectorized search back to the next place a period word can end (its characters unfolded).
            e = CharFold.PreviousEnd(source, e, sentenceStart, s_periodEnds);
            if (e < 0)
            {
                break;
            }

            var found = FindEndingAt(source, sentenceStart, e, numberStart, contextYear, documentYear, rocYears, documentDate);
            if (found is null)
            {
                // 到了4月 with no year known yet: the nearest period is that month, whichever year the context
                // gives it; an older period further back (今年1月初) is not this figure's.
                if (contextYear is null && NeedsAYear(source, sentenceStart, e, numberStart))
                {
                    return null;
                }

                continue;
            }

            // The words end at or after e (8月14日 is found at its 月); they are a piece of the source.
            var searchEnd = Math.Min(numberStart, e - 1 + found.Words.Length);
            var at = found.Words.Length > 0 && searchEnd > sentenceStart ? source.LastIndexOf(found.Words, searchEnd - 1, searchEnd - sentenceStart, StringComparison.Ordinal) : -1;
            at = Math.Max(sentenceStart, at >= 0 ? at : e - found.Words.Length);

            // 较110年度增加9%, 比去年同期下降, 与2020年相比, 2021年3月以来: the period named is the base of a
            // comparison or a starting point, not the figure's own; that is stated further back, or carried.
            if (IsReferencePoint(source, sentenceStart, at, e, numberStart))
            {
                e = at + 1;
                continue;
            }

            // 截至5月10日，今年港口吞吐量达…: the year named after a day it runs to is that year to date (the day is in it).
            if (IsThisYear(found) && at > sentenceStart &&
                Find(source, sentenceStart, at, found.Start!.Value.Year, documentYear, rocYears, documentDate, out var earlierStart) is
                    { Start: null, End: { } end } earlier && end.Year == found.Start!.Value.Year)
            {
                wordsStart = earlierStart;
                return earlier;
            }

            wordsStart = at;
            return found;
        }

        return null;
    }

    // 今年 or 本年 read as a whole calendar year.
    private static bool IsThisYear(ClaimPeriod period) =>
        period is { Start: { Month: 1, Day: 1 } start, End: { Month: 12, Day: 31 } end } && start.Year == end.Year &&
        TextScan.Trim(period.Words.AsSpan()) is var words && s_relative.MatchAt(words, 0, words.Length, out _, out var relative) && relative == "今年";

    /// <summary>Finds the period of the figure at <paramref name="numberStart"/>, with one year for both context and relative words.</summary>
    internal static ClaimPeriod? Find(string source, int sentenceStart, int numberStart, int? year, bool rocYears = false) =>
        Find(source, sentenceStart, numberStart, year, year, rocYears);

    // 2030年底, 2025 年末: the 年 of the part word is the year's own; the year, read whole, is what is stated.
    private static bool IsYearsOwn(ReadOnlySpan<char> text, int floor, int wordStart, string partWord)
    {
        if (CharFold.Fold(partWord[0]) != '年')
        {
            return false;
        }

        var before = BackOverWhite(text, wordStart, floor);
        return before > floor && TextScan.IsDigit(text[before - 1]);
    }

    // A part of a year whose year stands with it: 2024年上半年, 去年四季度, 2030年底.
    private static bool HasItsYear(ReadOnlySpan<char> text, int floor, int wordStart, string partWord) =>
        IsYearsOwn(text, floor, wordStart, partWord) || (wordStart > floor && CharFold.Fold(text[wordStart - 1]) == '年');

    // Whether words that need a year end here: a month (8月, 1—9月, 8月14日) or a part of a year (上半年, 一季度).
    private static bool NeedsAYear(string source, int sentenceStart, int e, int numberStart)
    {
        var text = source.AsSpan();
        if (s_yearParts.MatchBefore(text, e, sentenceStart, out var partWord, out _) && !HasItsYear(text, sentenceStart, e - partWord.Length, partWord))
        {
            return true;
        }

        return CharFold.Fold(text[e - 1]) == '月' && TryMonthOnly(source, sentenceStart, e - 1, numberStart, ShapeYear, out var shaped) &&
            !IsReferencePoint(source, sentenceStart, e - shaped!.Words.Length, e, numberStart);
    }

    private static ClaimPeriod? FindEndingAt(string source, int sentenceStart, int e, int numberStart, int? contextYear, int? documentYear, bool rocYears, LocalDate? documentDate)
    {
        var text = source.AsSpan();
        if (documentDate is { } today && s_weekdays.MatchBefore(text, e, sentenceStart, out var dayWord, out var weekday) && Weekday(text, e - dayWord.Length, sentenceStart, today, weekday) is { } day)
        {
            // 周三 in a Thursday's morning report: the Wednesday just gone.
            return new ClaimPeriod(new IsoDate(day).ToString(), source[(e - dayWord.Length)..e], day, day);
        }

        if (s_yearParts.MatchBefore(text, e, sentenceStart, out var partWord, out var part) && !IsYearsOwn(text, sentenceStart, e - partWord.Length, partWord) &&
            YearPart(source, sentenceStart, e - partWord.Length, e, part, contextYear, documentYear) is { } partPeriod)
        {
            return partPeriod;
        }

        if (CharFold.Fold(text[e - 1]) == '年' && TryYear(source, sentenceStart, e - 1, numberStart, rocYears, out var period))
        {
            return period;
        }

        if (contextYear is { } year && CharFold.Fold(text[e - 1]) == '月' && TryMonthOnly(source, sentenceStart, e - 1, numberStart, year, out period))
        {
            return period;
        }

        // 10年后: a horizon, written as said; its year counts from the document's where it has one.
        if (CharFold.Fold(text[e - 1]) == '后' && e - 2 > sentenceStart && CharFold.Fold(text[e - 2]) == '年' &&
            IssueNumberScanner.ReadNumberBefore(text, e - 2) is { } years and > 0 and <= MaxHorizonYears && TextScan.IsDigit(text[e - 3]))
        {
            var from = e - 2;
            while (from > sentenceStart && TextScan.IsDigit(text[from - 1]))
            {
                from--;
            }

            var horizonYear = documentYear + years;
            return new ClaimPeriod($"{years}年后", source[from..e], horizonYear is { } y ? new LocalDate(y, 1, 1) : null, horizonYear is { } z ? new LocalDate(z, 12, 31) : null);
        }

        if (s_relative.MatchBefore(text, e, sentenceStart, out var word, out var value) && !IsInsideWord(text, e - word.Length, sentenceStart))
        {
            var asOf = IsAsOf(text, e - word.Length, sentenceStart);
            var month = MonthAfter(text, e, numberStart, out _);
            var label = month is { } m ? $"{value}-{m:00}" : value;
            var (start, end) = value.Contains('/', StringComparison.Ordinal) ? YearSpan(value) : Relative(value, documentYear, month);
            return new ClaimPeriod(asOf ? "asof " + label : label, source[(e - word.Length)..e], start, end);
        }

        return null;
    }

    /// <summary>
    /// Whether the period words at <paramref name="wordsStart"/>..<paramref name="wordsEnd"/> name a comparison's base
    /// (较2020年, 比去年, 相较于, 与2020年同期相比) or a starting point (2021年3月以来, 2018年起) rather than the time
    /// a figure refers to.
    /// </summary>
    internal static bool IsReferencePoint(ReadOnlySpan<char> text, int floor, int wordsStart, int wordsEnd, int limit)
    {
        var k = BackOverWhite(text, wordsStart, floor);
        var before = k > floor ? CharFold.Fold(text[k - 1]) : '\0';
        if (s_comparisonLeads.Contains(before) || (before == '于' && k - 1 > floor && CharFold.Fold(text[k - 2]) == '较'))
        {
            return true;
        }

        // Past the rest of the date (3月, 15日, 底), to what the date is for.
        var p = wordsEnd;
        while (p < limit && (char.IsAsciiDigit(text[p]) || CharFold.Fold(text[p]) is '月' or '日' or '份' or ' ' or '底' or '末' or '初'))
        {
            p++;
        }

        // 今年以来 is the year to date, the figure's own period; 2021年3月以来 and 去年10月以来 are where a comparison starts.
        var after = text[p..limit];
        var explicitDate = (wordsEnd - wordsStart >= 2 && TextScan.IsDigit(text[wordsEnd - 2])) || !text[wordsEnd..p].Trim(' ').IsEmpty;
        if (explicitDate && after.StartsWith("以来") || after.StartsWith("以前") || after.StartsWith("以后") || after.StartsWith("起") || after.StartsWith("来"))
        {
            return true;
        }

        if (!s_comparisonOpeners.Contains(before))
        {
            return false;
        }

        var window = text[wordsEnd..Math.Min(limit, wordsEnd + MaxBaseTail)];
        foreach (var closer in (ReadOnlySpan<string>)["相比", "相較", "比较", "比較", "对比", "對比"])
        {
            if (window.IndexOf(closer) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // 上半年, 一季度, 年末 in the year stated just before them (2024年上半年, 去年四季度) or the document's year.
    private static ClaimPeriod? YearPart(string source, int floor, int wordStart, int wordEnd, (int From, int To, bool AsOf, int Quarter) part, int? contextYear, int? documentYear)
    {
        var text = source.AsSpan();
        var year = contextYear;
        var wordsStart = wordStart;
        string? relativeYear = null;
        var before = IssueNumberScanner.SkipWhiteBack(text, wordStart - 1);
        if (CharFold.Fold(text[wordStart]) == '年' && s_relative.MatchBefore(text, wordStart + 1, floor, out var own, out var ownValue) &&
            own.Length > 1 && Offset(ownValue) is { } ownOffset)
        {
            // 上年末, 去年底, 今年末: the 年 of the part word closes the relative year (上年 + 年末 share it), so the
            // year is the relative one, and the words start where it does (比上年末 is then seen as a comparison's base).
            if ((documentYear ?? (ownOffset == 0 ? contextYear : null)) is not { } relativeBase)
            {
                return null;
            }

            year = relativeBase + ownOffset;
            wordsStart = wordStart + 1 - own.Length;
        }
        else if (before >= floor && CharFold.Fold(text[before]) == '年')
        {
            if (IssueNumberScanner.ReadNumberBefore(text, before) is { } stated and >= 1900 and <= 2200)
            {
                year = stated;
                wordsStart = before;
                while (wordsStart > floor && TextScan.IsDigit(text[wordsStart - 1]))
                {
                    wordsStart--;
                }
            }
            else if (s_relative.MatchBefore(text, before + 1, floor, out var relative, out var value) && Offset(value) is { } offset &&
                (documentYear ?? (offset == 0 ? contextYear : null)) is { } y)
            {
                // 今年一季度 in a document with no date of its own: the year the text last stated is this year.
                year = y + offset;
                wordsStart = before + 1 - relative.Length;
                relativeYear = value;
            }
            else
            {
                return null;
            }
        }

        if (year is not { } resolved)
        {
            return null;
        }

        var words = source[wordsStart..wordEnd];
        var first = new LocalDate(resolved, part.From, 1);
        var last = new LocalDate(resolved, part.To, 1).PlusMonths(1).PlusDays(-1);
        var asOf = IsAsOf(text, wordsStart, floor);
        if (part.AsOf && part.Quarter > 0)
        {
            // 二季度末: the figure stands at the quarter's end (docs/claims.md writes asof 2025Q3).
            return new ClaimPeriod($"asof {resolved}Q{part.Quarter}", words, null, last);
        }

        if (part.AsOf || (asOf && part.Quarter == 0))
        {
            return new ClaimPeriod($"asof {new IsoDate(last)}", words, null, last);
        }

        var label = part.Quarter > 0 ? $"{(asOf ? "asof " : string.Empty)}{resolved}Q{part.Quarter}"
            : part.From == 1 && part.To == 12 ? relativeYear ?? $"{resolved}"
            : $"{resolved}-{part.From:00}/{resolved}-{part.To:00}";
        // 上年全年 is the year before as said: a relative year keeps its words (docs/claims.md), its dates resolved.
        return new ClaimPeriod(label, words, first, last);
    }

    /// <summary>The relative year a period's text opens with (<c>今年-01</c> → <c>今年</c>), or null.</summary>
    internal static string? RelativeYearOf(string text) =>
        s_relative.MatchAt(text, 0, text.Length, out _, out var value) && Offset(value) is not null && text.StartsWith(value, StringComparison.Ordinal) ? value : null;

    private static int? Offset(string value) => value switch { "今年" => 0, "去年" or "上年" => -1, "明年" => 1, "前年" => -2, _ => null };

    // 今年 in a 2026 issue is 2026; 去年 2025. With a month (截至今年7月), the month of that year.
    private static (LocalDate?, LocalDate?) Relative(string value, int? referenceYear, int? month)
    {
        if (referenceYear is not { } year || Offset(value) is not { } o)
        {
            return (null, null);
        }

        var first = new LocalDate(year + o, month ?? 1, 1);
        var last = month is null ? new LocalDate(year + o, 12, 31) : first.PlusMonths(1).PlusDays(-1);
        return (first, last);
    }

    // 8月, 1—11 月 with no year: the year of the issue (docs/claims.md: months take the year of the issue or dateline).
    private static bool TryMonthOnly(string source, int sentenceStart, int monthChar, int numberStart, int year, out ClaimPeriod? period)
    {
        period = null;
        var text = source.AsSpan();
        // Back over 1—11 and 8, but not over the 至 of 截至8月.
        var p = monthChar;
        while (p > sentenceStart && (TextScan.IsDigit(text[p - 1]) || text[p - 1] == ' ' ||
            (ClaimScanner.IsRangeConnector(CharFold.Fold(text[p - 1])) && p - 2 >= sentenceStart && TextScan.IsDigit(text[p - 2]))))
        {
            p--;
        }

        if (p == monthChar || (p > sentenceStart && CharFold.Fold(text[p - 1]) is '年' or '个'))
        {
            return false;
        }

        if (MonthAfter(text, p, numberStart, out var last) is not { } month)
        {
            return false;
        }

        var next = IssueNumberScanner.SkipWhite(text, monthChar + 1);
        if (next < numberStart && TextScan.IsDigit(text[next]))
        {
            // 8月14日, 8月1-11日: the day or days the figure refers to.
            return last == month && TryDays(source, sentenceStart, p, monthChar + 1, numberStart, year, month, out period);
        }

        if (last == month && TryTenDays(source, p, monthChar + 1, numberStart, year, month, out period))
        {
            return true;
        }

        var start = new LocalDate(year, month, 1);
        var end = new LocalDate(year, last, 1).PlusMonths(1).PlusDays(-1);
        var label = last == month ? $"{year}-{month:00}" : $"{year}-{month:00}/{year}-{last:00}";
        var asOf = IsAsOf(text, p, sentenceStart) || (monthChar + 1 < numberStart && CharFold.Fold(text[monthChar + 1]) is '末' or '底');
        period = new ClaimPeriod(asOf ? $"asof {new IsoDate(end)}" : label, source[p..(monthChar + 1)], asOf ? null : start, end);
        return true;
    }

    // The latest day with that weekday on or before the document's date; 上周三, 下周一, 每周五 are other weeks.
    private static LocalDate? Weekday(ReadOnlySpan<char> text, int wordStart, int floor, LocalDate today, IsoDayOfWeek weekday)
    {
        if (wordStart > floor && CharFold.Fold(text[wordStart - 1]) is '上' or '下' or '每' or '本' or '至' or '到' or '~' or '-' or '—')
        {
            return null;
        }

        var back = ((int)today.DayOfWeek - (int)weekday + 7) % 7;
        return today.PlusDays(-back);
    }

    // 8月上旬, 中旬, 下旬: the first, middle and last ten days of a month.
    private static bool TryTenDays(string source, int wordsStart, int at, int numberStart, int year, int month, out ClaimPeriod? period)
    {
        period = null;
        var text = source.AsSpan();
        var p = IssueNumberScanner.SkipWhite(text, at);
        if (p + 2 > numberStart || CharFold.Fold(text[p + 1]) != '旬')
        {
            return false;
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        (int First, int Last)? span = CharFold.Fold(text[p]) switch { '上' => (1, 10), '中' => (11, 20), '下' => (21, days), _ => null };
        if (span is not { } range)
        {
            return false;
        }

        var start = new LocalDate(year, month, range.First);
        var end = new LocalDate(year, month, range.Last);
        period = new ClaimPeriod($"{new IsoDate(start)}/{new IsoDate(end)}", source[wordsStart..(p + 2)], start, end);
        return true;
    }

    // 14日, 1-11日 after a month: a day (2024-08-14), a span of days (2024-08-01/2024-08-11), or the day a figure
    // stands at (截至6月30日 → asof 2024-06-30). A dateline's day (3月16日电) dates the report, not a figure.
    private static bool TryDays(string source, int sentenceStart, int wordsStart, int at, int numberStart, int year, int month, out ClaimPeriod? period)
    {
        period = null;
        var text = source.AsSpan();
        var p = IssueNumberScanner.SkipWhite(text, at);
        if (IssueNumberScanner.ReadNumberAfter(text, ref p) is not { } first || p >= numberStart)
        {
            return false;
        }

        var last = first;
        if (ClaimScanner.IsRangeConnector(CharFold.Fold(text[p])))
        {
            var q = IssueNumberScanner.SkipWhite(text, p + 1);
            if (IssueNumberScanner.ReadNumberAfter(text, ref q) is { } second && second > first && q < numberStart)
            {
                last = second;
                p = q;
            }
        }

        var days = CalendarSystem.Iso.GetDaysInMonth(year, month);
        if (first < 1 || last > days || CharFold.Fold(text[p]) is not ('日' or '号') ||
            (p + 1 < numberStart && CharFold.Fold(text[p + 1]) is '电' or '讯'))
        {
            return false;
        }

        var start = new LocalDate(year, month, first);
        var end = new LocalDate(year, month, last);
        var words = source[wordsStart..(p + 1)];
        if (last == first && p + 2 < numberStart && text[(p + 1)..numberStart].StartsWith("当周"))
        {
            // 至8月9日当周: the week that ends on that day.
            start = end.PlusDays(-6);
            period = new ClaimPeriod($"{new IsoDate(start)}/{new IsoDate(end)}", source[wordsStart..(p + 3)], start, end);
            return true;
        }

        if (last != first)
        {
            period = new ClaimPeriod($"{new IsoDate(start)}/{new IsoDate(end)}", words, start, end);
        }
        else if (IsAsOf(text, wordsStart, sentenceStart))
        {
            period = new ClaimPeriod($"asof {new IsoDate(end)}", words, null, end);
        }
        else
        {
            period = new ClaimPeriod(new IsoDate(start).ToString(), words, start, end);
        }

        return true;
    }

    private static (LocalDate?, LocalDate?) YearSpan(string value)
    {
        var parts = value.Split('/');
        return (new LocalDate(int.Parse(parts[0], CultureInfo.InvariantCulture), 1, 1), new LocalDate(int.Parse(parts[1], CultureInfo.InvariantCulture), 12, 31));
    }

    private static bool TryYear(string source, int sentenceStart, int yearChar, int numberStart, bool rocYears, out ClaimPeriod? period)
    {
        period = null;
        var text = source.AsSpan();
        if (IssueNumberScanner.ReadNumberBefore(text, yearChar) is not { } stated)
        {
            return false;
        }

        var year = stated;
        if (year is > 2200 and < 1_000_000 && yearChar >= 5 && IsCaptionNumberBefore(text, yearChar - 4))
        {
            // 表32024年…: a caption's number run into the year; the year is the last four digits.
            year = stated % 10_000;
        }
        else if (rocYears && year is >= 10 and <= 200 && !IsSpanOfYears(text, sentenceStart, yearChar))
        {
            // 113年度 in a document of the Republic of China calendar. One digit (前3年度, 1年以上) and a span
            // (屋齡20年以下, 連續3年) count years; they name none.
            year += DateText.RocOffset;
        }

        if (year is < 1900 or > 2200)
        {
            return false;
        }

        var yearStart = yearChar;
        while (yearStart > sentenceStart && (TextScan.IsDigit(text[yearStart - 1]) || text[yearStart - 1] == ' '))
        {
            yearStart--;
        }

        var words = source[yearStart..Math.Min(numberStart, yearChar + 1)];
        var asOf = IsAsOf(text, yearStart, sentenceStart);
        var after = yearChar + 1;

        // 2022至2023年: a span of years.
        var p = yearStart;
        p = ClaimScanner.BackOverSpaces(text, p, sentenceStart);

        if (p > sentenceStart && ClaimScanner.IsRangeConnector(CharFold.Fold(text[p - 1])) &&
            IssueNumberScanner.ReadNumberBefore(text, p - 1) is { } from and >= 1900 and < 2200 && from < year)
        {
            period = new ClaimPeriod($"{from}/{year}", words, new LocalDate(from, 1, 1), new LocalDate(year, 12, 31));
            return true;
        }

        // 2030年，累计投资将达到4万亿美元: a sum that will have been reached in a year to come stands by then. The
        // year stands alone before its clause's comma (2030年底 is a day of its own).
        if (IsBy(text, yearStart, sentenceStart) ||
            (IssueNumberScanner.SkipWhite(text, after) is var comma && comma < numberStart && Punctuation.Clause.Contains(text[comma]) &&
                ClaimLexicon.CumulativeWords.OccursIn(text, comma, numberStart) && ClaimLexicon.ForecastWords.OccursIn(text, comma, numberStart)))
        {
            period = new ClaimPeriod($"by {year}", words, null, new LocalDate(year, 12, 31));
            return true;
        }

        var quarter = QuarterAfter(text, after, numberStart);
        if (quarter is { } q)
        {
            var label = $"{year}Q{q}";
            period = new ClaimPeriod(asOf ? "asof " + label : label, words, new LocalDate(year, (q * 3) - 2, 1), new LocalDate(year, q * 3, 1).PlusMonths(1).PlusDays(-1));
            return true;
        }

        if (MonthAfter(text, after, numberStart, out var lastMonth) is { } month)
        {
            var monthEnd = text[after..numberStart].IndexOf('月');
            if (lastMonth == month && monthEnd >= 0 && IssueNumberScanner.SkipWhite(text, after + monthEnd + 1) is var day && day < numberStart && TextScan.IsDigit(text[day]))
            {
                return TryDays(source, sentenceStart, yearStart, after + monthEnd + 1, numberStart, year, month, out period);
            }

            if (lastMonth == month && monthEnd >= 0 && TryTenDays(source, yearStart, after + monthEnd + 1, numberStart, year, month, out period))
            {
                return true;
            }

            var startDate = new LocalDate(year, month, 1);
            var endDate = new LocalDate(year, lastMonth, 1).PlusMonths(1).PlusDays(-1);
            if (lastMonth != month)
            {
                period = new ClaimPeriod($"{year}-{month:00}/{year}-{lastMonth:00}", words, startDate, endDate);
            }
            else if (asOf)
            {
                period = new ClaimPeriod($"asof {new IsoDate(endDate)}", words, null, endDate);
            }
            else
            {
                period = new ClaimPeriod($"{year}-{month:00}", words, startDate, endDate);
            }

            return true;
        }

        var next = IssueNumberScanner.SkipWhite(text, after);
        var tail = next < numberStart ? CharFold.Fold(text[next]) : '\0';
        if (tail is '底' or '末')
        {
            // 2025年末, 2025年底: the figure stands at the year's end (docs/claims.md: 年末 → asof YYYY-12-31).
            period = new ClaimPeriod($"asof {year}-12-31", words, null, new LocalDate(year, 12, 31));
            return true;
        }

        if (tail == '初')
        {
            period = new ClaimPeriod($"{year}-01", words, new LocalDate(year, 1, 1), new LocalDate(year, 1, 31));
            return true;
        }

        period = new ClaimPeriod(asOf ? $"asof {year}" : $"{year}", words, asOf ? null : new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
        return true;
    }

    private static int BackOverWhite(ReadOnlySpan<char> text, int at, int floor)
    {
        while (at > floor && TextScan.IsWhite(text[at - 1]))
        {
            at--;
        }

        return at;
    }

    // 以前年度 (prior years' surplus) holds 前年 without meaning it; 以前 is the word.
    private static bool IsInsideWord(ReadOnlySpan<char> text, int wordStart, int floor) =>
        wordStart > floor && CharFold.Fold(text[wordStart - 1]) == '以' && CharFold.Fold(text[wordStart]) == '前';

    // 20年以下, 30年來, 近10年, 連續10年, 20~40年: a number of years, not a year of the calendar (the scanner's
    // lexicon of the words that make N年 a length of time decides both).
    private static bool IsSpanOfYears(ReadOnlySpan<char> text, int floor, int yearChar)
    {
        // A converter's hard wrap may stand anywhere in 20~40\n  年.
        var digits = BackOverWhite(text, yearChar, floor);
        while (digits > floor && TextScan.IsDigit(text[digits - 1]))
        {
            digits--;
        }

        var before = BackOverWhite(text, digits, floor);
        var after = yearChar + 1 < text.Length ? CharFold.Fold(text[yearChar + 1]) : '\0';
        return after is '后' or '前' || (before > floor && CharFold.Fold(text[before - 1]) == '~') ||
            ClaimScanner.IsLengthOfYears(text, before, yearChar, floor, text.Length);
    }

    // The digits before a four-digit year belong to a caption's number (表1, 图2) run into it.
    private static bool IsCaptionNumberBefore(ReadOnlySpan<char> text, int yearStart)
    {
        var p = yearStart;
        while (p > 0 && TextScan.IsDigit(text[p - 1]))
        {
            p--;
        }

        return p > 0 && p < yearStart && CharFold.Fold(text[p - 1]) is '表' or '图';
    }

    private static bool IsAsOf(ReadOnlySpan<char> text, int at, int floor)
    {
        var start = Math.Max(floor, at - 4);
        var before = text[start..at];
        return before.IndexOf("截至") >= 0 || before.IndexOf("截止") >= 0;
    }

    private static bool IsBy(ReadOnlySpan<char> text, int at, int floor)
    {
        var k = at;
        k = ClaimScanner.BackOverSpaces(text, k, floor);

        // 到2030年 is a deadline; 升至2024年末的6.8万元 is a level reached then (the change verb takes 到).
        return k > floor && CharFold.Fold(text[k - 1]) is '到' or '至' && !(k - 1 > floor && CharFold.Fold(text[k - 2]) is '截') &&
            !ClaimLexicon.ChangeVerbs.MatchBefore(text, k - 1, floor, out _, out _);
    }

    // 1—11 月 gives (1, 11); 11 月 gives (11, 11).
    private static int? MonthAfter(ReadOnlySpan<char> text, int at, int limit, out int last)
    {
        last = 0;
        var p = IssueNumberScanner.SkipWhite(text, at);
        if (IssueNumberScanner.ReadNumberAfter(text, ref p) is not { } first || first is < 1 or > 12 || p >= limit)
        {
            return null;
        }

        last = first;
        if (ClaimScanner.IsRangeConnector(CharFold.Fold(text[p])))
        {
            var q = IssueNumberScanner.SkipWhite(text, p + 1);
            if (IssueNumberScanner.ReadNumberAfter(text, ref q) is { } second && second >= first && second <= 12 && q < limit)
            {
                last = second;
                p = q;
            }
        }

        return p < limit && CharFold.Fold(text[p]) == '月' ? first : null;
    }

    private static int? QuarterAfter(ReadOnlySpan<char> text, int at, int limit)
    {
        var p = IssueNumberScanner.SkipWhite(text, at);
        if (p < limit && CharFold.Fold(text[p]) == '第')
        {
            p++;
        }

        if (p + 2 < limit && CharFold.Fold(text[p + 1]) == '季' && "一二三四".IndexOf(CharFold.Fold(text[p]), StringComparison.Ordinal) is var q and >= 0)
        {
            return q + 1;
        }

        return p + 2 < limit && TextScan.IsDigit(text[p]) && CharFold.Fold(text[p + 1]) == '季' ? TextScan.DigitValue(text[p]) : null;
    }
}
