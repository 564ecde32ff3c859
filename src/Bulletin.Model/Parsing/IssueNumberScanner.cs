// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using NodaTime;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Reads the numbers of a masthead line: <c>2024 年第 7 期</c>, <c>（总第 58 期）</c>, <c>第 5 期</c>, and a
/// full date <c>2023 年 11 月 7 日</c>. White space between the parts is allowed, as converters insert it.
/// </summary>
internal static class IssueNumberScanner
{
    internal readonly record struct IssueNumber(int? Year, int? Number, int? Cumulative, int? Volume = null);

    internal static bool TryRead(ReadOnlySpan<char> text, out IssueNumber result)
    {
        int? year = null, number = null, cumulative = null;
        var i = 0;
        while (i < text.Length)
        {
            var at = text[i..].IndexOf('期');
            if (at < 0)
            {
                break;
            }

            var qi = i + at;
            var before = SkipWhiteBack(text, qi - 1);
            var digitsEnd = before + 1;
            var digitsStart = digitsEnd;
            while (digitsStart > 0 && TextScan.IsDigit(text[digitsStart - 1]))
            {
                digitsStart--;
            }

            if (digitsStart < digitsEnd && TextScan.TryReadInt(text[digitsStart..digitsEnd], out var value, out _))
            {
                var di = SkipWhiteBack(text, digitsStart - 1);
                if (di >= 0 && text[di] == '第')
                {
                    var ti = SkipWhiteBack(text, di - 1);
                    if (ti >= 0 && text[ti] == '总')
                    {
                        cumulative = value;
                    }
                    else
                    {
                        number = value;
                        if (ti >= 0 && text[ti] == '年')
                        {
                            year = ReadNumberBefore(text, ti);
                        }
                    }
                }
            }

            i = qi + 1;
        }

        result = new IssueNumber(year is >= 1900 and <= 2200 ? year : null, number, cumulative, number is null ? null : ReadVolume(text));
        return number is not null || cumulative is not null;
    }

    // 第48卷　第6期, 第 12 卷第 3 期: the volume, read only beside an issue number.
    private static int? ReadVolume(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf('卷');
        if (at <= 1)
        {
            return null;
        }

        var end = SkipWhiteBack(text, at - 1) + 1;
        var start = end;
        while (start > 0 && TextScan.IsDigit(text[start - 1]) && end - start < 5)
        {
            start--;
        }

        var di = SkipWhiteBack(text, start - 1);
        return start < end && di >= 0 && text[di] == '第' && TextScan.TryReadInt(text[start..end], out var volume, out _) ? volume : null;
    }

    /// <summary>Reads <c>YYYY 年 M 月 D 日</c> anywhere in the text.</summary>
    internal static bool TryReadDate(ReadOnlySpan<char> text, out LocalDate date, out int start, out int end)
    {
        date = default;
        start = end = 0;
        var i = 0;
        while (i < text.Length)
        {
            var at = text[i..].IndexOf('年');
            if (at < 0)
            {
                return false;
            }

            var yi = i + at;
            var year = ReadNumberBefore(text, yi);
            var p = SkipWhite(text, yi + 1);
            if (year is >= 1900 and <= 2200 && ReadNumberAfter(text, ref p) is { } month && p < text.Length && text[p] == '月')
            {
                p = SkipWhite(text, p + 1);
                if (ReadNumberAfter(text, ref p) is { } day && p < text.Length && text[p] is '日' or '号' &&
                    PartialDate.TryCreate(year, month, day, out var partial) && partial.TryGetLocalDate(out date))
                {
                    start = yi;
                    while (start > 0 && (TextScan.IsDigit(text[start - 1]) || TextScan.IsWhite(text[start - 1])))
                    {
                        start--;
                    }

                    while (start < yi && TextScan.IsWhite(text[start]))
                    {
                        start++;
                    }

                    end = p + 1;
                    return true;
                }
            }

            i = yi + 1;
        }

        return false;
    }

    internal static int? ReadNumberBefore(ReadOnlySpan<char> text, int index)
    {
        var end = SkipWhiteBack(text, index - 1) + 1;
        var start = end;
        while (start > 0 && TextScan.IsDigit(text[start - 1]) && end - start < 6)
        {
            start--;
        }

        return start < end && TextScan.TryReadInt(text[start..end], out var value, out _) ? value : null;
    }

    internal static int? ReadNumberAfter(ReadOnlySpan<char> text, ref int position)
    {
        if (position < text.Length && TextScan.TryReadInt(text[position..], out var value, out var length) && length <= 4)
        {
            position = SkipWhite(text, position + length);
            return value;
        }

        return null;
    }

    internal static int SkipWhite(ReadOnlySpan<char> text, int index)
    {
        while (index < text.Length && TextScan.IsWhite(text[index]))
        {
            index++;
        }

        return index;
    }

    internal static int SkipWhiteBack(ReadOnlySpan<char> text, int index)
    {
        while (index >= 0 && TextScan.IsWhite(text[index]))
        {
            index--;
        }

        return index;
    }
}
