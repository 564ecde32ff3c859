// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using NodaTime;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Reads a calendar date, and the time of day after it when there is one, in the notations documents print:
/// <c>2025年3月2日</c>, <c>2025-03-02</c>, <c>2025/3/2</c>, <c>2025.03.02</c>, ROC years (<c>中華民國112年5月2日</c>,
/// <c>民国99年</c>: year + 1911), a weekday after it (<c>星期四</c>, <c>（星期二）</c>, <c>周四</c>), and a time
/// (<c>07:15</c>, <c>19:30:05</c>, <c>10時30分</c>).
/// </summary>
internal static class DateText
{
    /// <summary>The year of the Republic of China calendar's year 0: ROC year 113 is 2024.</summary>
    internal const int RocOffset = 1911;

    /// <summary>A date found in a text: where it stands, and the time that follows it, if any.</summary>
    internal readonly record struct Found(LocalDate Date, LocalTime? Time, int Start, int End);

    /// <summary>Finds the first date in the text (folded to Simplified script).</summary>
    internal static bool TryFind(ReadOnlySpan<char> folded, out Found found)
    {
        found = default;
        var best = -1;
        if (TryRoc(folded, out var roc))
        {
            found = roc;
            best = roc.Start;
        }

        if (IssueNumberScanner.TryReadDate(folded, out var date, out var start, out var end) && (best < 0 || start < best))
        {
            found = new Found(date, null, start, end);
            best = start;
        }

        if (TryNumeric(folded, out var numeric) && (best < 0 || numeric.Start < best))
        {
            found = numeric;
            best = numeric.Start;
        }

        if (best < 0)
        {
            return false;
        }

        var p = SkipWeekday(folded, found.End);
        if (TryTime(folded, p, out var time, out var timeEnd))
        {
            found = found with { Time = time, End = timeEnd };
        }
        else if (p > found.End)
        {
            found = found with { End = p };
        }

        return true;
    }

    // 中華民國112年5月2日 / 民国99年1月1日 (folded: 民国).
    private static bool TryRoc(ReadOnlySpan<char> folded, out Found found)
    {
        found = default;
        var at = folded.IndexOf("民国", StringComparison.Ordinal);
        if (at < 0)
        {
            return false;
        }

        var p = IssueNumberScanner.SkipWhite(folded, at + 2);
        if (IssueNumberScanner.ReadNumberAfter(folded, ref p) is not { } year || year is < 1 or > 300 || p >= folded.Length || folded[p] != '年')
        {
            return false;
        }

        p = IssueNumberScanner.SkipWhite(folded, p + 1);
        if (IssueNumberScanner.ReadNumberAfter(folded, ref p) is not { } month || p >= folded.Length || folded[p] != '月')
        {
            return false;
        }

        p = IssueNumberScanner.SkipWhite(folded, p + 1);
        if (IssueNumberScanner.ReadNumberAfter(folded, ref p) is not { } day || p >= folded.Length || folded[p] is not ('日' or '号') ||
            !PartialDate.TryCreate(year + RocOffset, month, day, out var partial) || !partial.TryGetLocalDate(out var date))
        {
            return false;
        }

        var start = at >= 2 && folded[(at - 2)..at].SequenceEqual("中华") ? at - 2 : at;
        found = new Found(date, null, start, p + 1);
        return true;
    }

    // 2026-01-22, 2026/1/22, 2026.01.22: four digits, a separator, month, the same separator, day; not inside a longer number.
    private static bool TryNumeric(ReadOnlySpan<char> folded, out Found found)
    {
        found = default;
        for (var i = 0; i + 8 <= folded.Length; i++)
        {
            if (!Digits(folded, i, 4) || (i > 0 && TextScan.IsDigit(folded[i - 1])))
            {
                continue;
            }

            var separator = folded[i + 4];
            if (separator is not ('-' or '/' or '.'))
            {
                continue;
            }

            var p = i + 5;
            if (!TextScan.TryReadInt(folded[p..], out var month, out var monthDigits) || monthDigits > 2)
            {
                continue;
            }

            p += monthDigits;
            if (p >= folded.Length || folded[p] != separator)
            {
                continue;
            }

            p++;
            if (!TextScan.TryReadInt(folded[p..], out var day, out var dayDigits) || dayDigits > 2 ||
                (p + dayDigits < folded.Length && TextScan.IsDigit(folded[p + dayDigits])))
            {
                continue;
            }

            TextScan.TryReadInt(folded[i..], out var year, out _);
            if (year is >= 1900 and <= 2200 && PartialDate.TryCreate(year, month, day, out var partial) && partial.TryGetLocalDate(out var date))
            {
                found = new Found(date, null, i, p + dayDigits);
                return true;
            }
        }

        return false;
    }

    private static bool Digits(ReadOnlySpan<char> text, int at, int count)
    {
        for (var k = 0; k < count; k++)
        {
            if (at + k >= text.Length || !TextScan.IsDigit(text[at + k]))
            {
                return false;
            }
        }

        return true;
    }

    // 星期四, （星期二）, 周四, 礼拜三 right after the date.
    private static int SkipWeekday(ReadOnlySpan<char> text, int at)
    {
        var p = IssueNumberScanner.SkipWhite(text, at);
        var open = p < text.Length && text[p] is '（' or '(';
        var q = open ? p + 1 : p;
        foreach (var word in MastheadLexicon.WeekdayWords)
        {
            if (text[q..].StartsWith(word, StringComparison.Ordinal) && q + word.Length < text.Length + 1)
            {
                var e = q + word.Length;
                if (e < text.Length && "一二三四五六日天".Contains(text[e]))
                {
                    e++;
                    if (open && e < text.Length && text[e] is '）' or ')')
                    {
                        e++;
                    }

                    return e;
                }
            }
        }

        return at;
    }

    // 06:24, 19:30:05, 9时3分, 9点30分 (folded), 9时20) with its 分 left out before a closing bracket, after optional spaces.
    internal static bool TryTime(ReadOnlySpan<char> text, int at, out LocalTime time, out int end)
    {
        time = default;
        end = at;
        var p = IssueNumberScanner.SkipWhite(text, at);
        if (!TextScan.TryReadInt(text[p..], out var hour, out var hourDigits) || hourDigits > 2 || hour > 23)
        {
            return false;
        }

        var q = p + hourDigits;
        if (q >= text.Length)
        {
            return false;
        }

        if (text[q] is ':' or '：')
        {
            if (!TextScan.TryReadInt(text[(q + 1)..], out var minute, out var minuteDigits) || minuteDigits != 2 || minute > 59)
            {
                return false;
            }

            q += 1 + minuteDigits;
            var second = 0;
            if (q + 2 < text.Length && text[q] == ':' && TextScan.TryReadInt(text[(q + 1)..], out var s, out var secondDigits) && secondDigits == 2 && s <= 59)
            {
                second = s;
                q += 1 + secondDigits;
            }

            time = new LocalTime(hour, minute, second);
            end = q;
            return true;
        }

        if (text[q] is '时' or '点')
        {
            var minute = 0;
            var r = q + 1;
            if (TextScan.TryReadInt(text[r..], out var m, out var minuteDigits) && minuteDigits <= 2 && m <= 59 &&
                r + minuteDigits < text.Length && text[r + minuteDigits] is '分' or ')' or '）')
            {
                minute = m;
                r += minuteDigits + (text[r + minuteDigits] == '分' ? 1 : 0);
            }

            time = new LocalTime(hour, minute);
            end = r;
            return true;
        }

        return false;
    }
}
