// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Claims;

/// <content>Numbers that are dates, years or parts of a structure ratio.</content>
internal static partial class ClaimScanner
{
    // 2025 年, 1—11 月, 28 日, 8 号楼: dates and years are not claims.
    private static bool IsDateOrYear(ReadOnlySpan<char> text, NumberToken number, int at, int limit)
    {
        if (number.HasMagnitude || number.Decimals > 0 || number.HasSeparators)
        {
            return false;
        }

        var c = at < limit ? CharFold.Fold(text[at]) : '\0';
        var value = number.Mantissa;
        if (number.IntegerDigits == 4 && value is >= 1000m and <= 2999m)
        {
            // A four-digit year, alone or in a span of years (2022至2023年, 2021—2025).
            return c is '年' || (IsRangeConnector(c) && NextIsYear(text, at + 1, limit));
        }

        if (c == '月' && value is >= 1m and <= 12m)
        {
            return true;
        }

        if (c is '日' or '号' && value is >= 1m and <= 31m)
        {
            return true;
        }

        // 1—11 月: a span of months.
        if (IsRangeConnector(c) && value is >= 1m and <= 12m)
        {
            var j = at + 1;
            while (j < limit && (char.IsAsciiDigit(CharFold.Fold(text[j])) || text[j] == ' '))
            {
                j++;
            }

            return j < limit && CharFold.Fold(text[j]) is '月' or '日';
        }

        return false;
    }

    // 108年3月底, 自104年起, 97年修法: in a document of the ROC calendar a whole number of years up to 200 is a year,
    // unless words around it make it a length of time (連續3年, 20年來, 3年以上).
    private static bool IsRocYear(ReadOnlySpan<char> text, NumberToken number, int at, int floor, int limit)
    {
        if (number.HasMagnitude || number.Decimals > 0 || number.HasSeparators || number.Mantissa is < 1m or > 200m ||
            at >= limit || CharFold.Fold(text[at]) != '年')
        {
            return false;
        }

        return !IsLengthOfYears(text, number.Start, at, floor, limit);
    }

    /// <summary>
    /// Whether the words around <c>N年</c> (digits from <paramref name="digitsStart"/>, 年 at <paramref name="yearChar"/>)
    /// make it a length of time: 連續3年, 20年來, 3年以上, 近5年.
    /// </summary>
    internal static bool IsLengthOfYears(ReadOnlySpan<char> text, int digitsStart, int yearChar, int floor, int limit)
    {
        var after = yearChar + 1 < limit ? CharFold.Fold(text[yearChar + 1]) : '\0';
        return ClaimLexicon.DurationAfterYear.Contains(after) || ClaimLexicon.DurationBeforeYear.MatchBefore(text, digitsStart, floor, out _, out _);
    }

    private static bool NextIsYear(ReadOnlySpan<char> text, int at, int limit)
    {
        while (at < limit && text[at] == ' ')
        {
            at++;
        }

        return NumberReader.TryRead(text, at, limit, out var next) && !next.IsChinese && next.IntegerDigits == 4 && next.Decimals == 0 && !next.HasMagnitude;
    }

    /// <summary>Moves back over spaces before a position, never below the floor.</summary>
    internal static int BackOverSpaces(ReadOnlySpan<char> text, int at, int floor)
    {
        while (at > floor && text[at - 1] == ' ')
        {
            at--;
        }

        return at;
    }

    // A chain of three or more numbers joined by colons that add up to about 100.
    private static bool IsStructureRatio(ReadOnlySpan<char> text, int numberStart, int floor, int limit)
    {
        // A part of such a chain has a colon beside it: most numbers have none, and are not read again to learn so.
        var after = numberStart;
        while (after < limit && (char.IsAsciiDigit(CharFold.Fold(text[after])) || text[after] == '.'))
        {
            after++;
        }

        if (!(after < limit && text[after] is ':' or '：') && !(numberStart > floor && text[numberStart - 1] is ':' or '：'))
        {
            return false;
        }

        var start = numberStart;
        while (start > floor && (char.IsAsciiDigit(CharFold.Fold(text[start - 1])) || text[start - 1] is '.' or ':' or '：'))
        {
            start--;
        }

        var parts = 0;
        var sum = 0m;
        var i = start;
        while (i < limit && NumberReader.TryRead(text, i, limit, out var part) && !part.IsChinese && !part.HasMagnitude && part.Value is { } v)
        {
            parts++;
            sum += v;
            i = part.End;
            if (i >= limit || CharFold.Fold(text[i]) != ':' || i + 1 >= limit || !char.IsAsciiDigit(CharFold.Fold(text[i + 1])))
            {
                break;
            }

            i++;
        }

        return parts >= 3 && Math.Abs(sum - 100m) <= 1m;
    }
}
