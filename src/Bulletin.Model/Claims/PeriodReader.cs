// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Globalization;
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
    private static readonly WordTable<string> s_relative = new(
    [
        ("今年", "今年"), ("去年", "去年"), ("明年", "明年"), ("前年", "前年"), ("本年", "今年"), ("过去一年", "过去一年"),
        ("十四五", "2021/2025"), ("十五五", "2026/2030"), ("十三五", "2016/2020"),
    ]);

    internal static ClaimPeriod? Find(string source, int sentenceStart, int numberStart, int? referenceYear)
    {
        var text = source.AsSpan();
        for (var e = numberStart; e > sentenceStart; e--)
        {
            if (CharFold.Fold(text[e - 1]) == '年' && TryYear(source, sentenceStart, e - 1, numberStart, out var period))
            {
                return period;
            }

            if (referenceYear is { } year && CharFold.Fold(text[e - 1]) == '月' && TryMonthOnly(source, sentenceStart, e - 1, numberStart, year, out period))
            {
                return period;
            }

            if (s_relative.MatchBefore(text, e, sentenceStart, out var word, out var value))
            {
                var asOf = IsAsOf(text, e - word.Length, sentenceStart);
                var month = MonthAfter(text, e, numberStart, out _);
                var label = month is { } m ? $"{value}-{m:00}" : value;
                var (start, end) = value.Contains('/', StringComparison.Ordinal) ? YearSpan(value) : Relative(value, referenceYear, month);
                return new ClaimPeriod(asOf ? "asof " + label : label, source[(e - word.Length)..e], start, end);
            }
        }

        return null;
    }

    // 今年 in a 2026 issue is 2026; 去年 2025. With a month (截至今年7月), the month of that year.
    private static (LocalDate?, LocalDate?) Relative(string value, int? referenceYear, int? month)
    {
        int? offset = value switch { "今年" => 0, "去年" => -1, "明年" => 1, "前年" => -2, _ => null };
        if (referenceYear is not { } year || offset is not { } o)
        {
            return (null, null);
        }

        var first = new LocalDate(year + o, month ?? 1, 1);
        var last = month is null ? new LocalDate(year + o, 12, 31) : first.PlusMonths(1).PlusDays(-1);
        return (first, last);
    }

    // 8月, 1—11 月 with no year: the year of the issue (CLAIMS-SPEC: months take the year of the issue or dateline).
    private static bool TryMonthOnly(string source, int sentenceStart, int monthChar, int numberStart, int year, out ClaimPeriod? period)
    {
        period = null;
        var text = source.AsSpan();
        var p = monthChar;
        while (p > sentenceStart && (TextScan.IsDigit(text[p - 1]) || text[p - 1] == ' ' || ClaimScanner.IsRangeConnector(CharFold.Fold(text[p - 1]))))
        {
            p--;
        }

        if (p == monthChar || (p > sentenceStart && CharFold.Fold(text[p - 1]) is '年' or '个'))
        {
            return false;
        }

        var next = IssueNumberScanner.SkipWhite(text, monthChar + 1);
        if (next < numberStart && TextScan.IsDigit(text[next]))
        {
            // 1月28日: a day, not a period.
            return false;
        }

        if (MonthAfter(text, p, numberStart, out var last) is not { } month)
        {
            return false;
        }

        var start = new LocalDate(year, month, 1);
        var end = new LocalDate(year, last, 1).PlusMonths(1).PlusDays(-1);
        var label = last == month ? $"{year}-{month:00}" : $"{year}-{month:00}/{year}-{last:00}";
        var asOf = IsAsOf(text, p, sentenceStart);
        period = new ClaimPeriod(asOf ? $"asof {end:uuuu-MM-dd}" : label, source[p..(monthChar + 1)], asOf ? null : start, end);
        return true;
    }

    private static (LocalDate?, LocalDate?) YearSpan(string value)
    {
        var parts = value.Split('/');
        return (new LocalDate(int.Parse(parts[0], CultureInfo.InvariantCulture), 1, 1), new LocalDate(int.Parse(parts[1], CultureInfo.InvariantCulture), 12, 31));
    }

    private static bool TryYear(string source, int sentenceStart, int yearChar, int numberStart, out ClaimPeriod? period)
    {
        period = null;
        var text = source.AsSpan();
        if (IssueNumberScanner.ReadNumberBefore(text, yearChar) is not { } year || year is < 1900 or > 2200)
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

        if (IsBy(text, yearStart, sentenceStart))
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
            var startDate = new LocalDate(year, month, 1);
            var endDate = new LocalDate(year, lastMonth, 1).PlusMonths(1).PlusDays(-1);
            if (lastMonth != month)
            {
                period = new ClaimPeriod($"{year}-{month:00}/{year}-{lastMonth:00}", words, startDate, endDate);
            }
            else if (asOf)
            {
                period = new ClaimPeriod($"asof {endDate:uuuu-MM-dd}", words, null, endDate);
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
            period = asOf
                ? new ClaimPeriod($"asof {year}-12-31", words, null, new LocalDate(year, 12, 31))
                : new ClaimPeriod($"{year}", words, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
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

        return k > floor && CharFold.Fold(text[k - 1]) is '到' or '至' && !(k - 1 > floor && CharFold.Fold(text[k - 2]) is '截');
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
