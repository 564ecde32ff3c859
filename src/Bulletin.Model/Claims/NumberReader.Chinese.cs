// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Claims;

/// <content>Chinese numerals: 一万亿, 两千零五, financial 壹佰贰拾, vague 数百万 and 上千.</content>
public static partial class NumberReader
{
    private static bool ReadChinese(ReadOnlySpan<char> text, int start, int limit, ref NumberToken token)
    {
        var first = CharFold.Fold(text[start]);
        token.IsChinese = true;

        // 数十 / 数百万: two to nine of the magnitude.
        if (first == '数')
        {
            var factor = ReadMagnitudes(text, start + 1, limit, out var end);
            if (factor <= 1m)
            {
                return false;
            }

            token.Factor = factor;
            token.MagnitudeStart = start + 1;
            token.Lower = 2m * factor;
            token.Upper = 9m * factor;
            token.Qualifier = ClaimQualifier.Approx;
            token.Precision = factor / 2m;
            token.End = end;
            return true;
        }

        // 上千 / 上万 / 上亿: more than the magnitude.
        if (first == '上')
        {
            var factor = ReadMagnitudes(text, start + 1, limit, out var end);
            if (factor < 100m)
            {
                return false;
            }

            token.Factor = factor;
            token.MagnitudeStart = start + 1;
            token.Mantissa = 1m;
            token.Value = factor;
            token.Qualifier = ClaimQualifier.Over;
            token.Precision = factor / 2m;
            token.End = end;
            return true;
        }

        return ReadNumerals(text, start, limit, ref token);
    }

    private static decimal ReadMagnitudes(ReadOnlySpan<char> text, int at, int limit, out int end)
    {
        var factor = 1m;
        end = at;
        while (end < limit && ClaimLexicon.Magnitude(CharFold.Fold(text[end])) is var m and > 0m)
        {
            // 亿亿亿亿…: past 10^24 no figure is meant; stop before decimal's range runs out.
            if (!FitsMaxFactor(factor, m))
            {
                break;
            }

            factor *= m;
            end++;
        }

        return factor;
    }

    // 四千五百六十九万八千三百一十一亿四千八百七十二万五千三百八十二: sections below 万, then 万 and 亿 levels.
    private static bool ReadNumerals(ReadOnlySpan<char> text, int start, int limit, ref NumberToken token)
    {
        decimal yi = 0m, wan = 0m, section = 0m, number = 0m;
        var i = start;
        var sawDigit = false;
        var smallest = 1m;

        // A bounded look-ahead, as the digit reader has: no Chinese numeral of a figure is longer than this, and a
        // longer run (一一一…) is not one, so each reading costs at most this many characters.
        var stop = Math.Min(limit, start + MaxChineseNumeralLength);
        while (i < stop)
        {
            var c = CharFold.Fold(text[i]);
            var digit = DigitOf(c);
            if (digit >= 0)
            {
                number = digit;
                sawDigit = true;
                smallest = 1m;
            }
            else if (c is '十' or '拾' or '百' or '佰' or '千' or '仟')
            {
                var unit = ClaimLexicon.Magnitude(c);
                section += (number == 0m ? 1m : number) * unit;
                number = 0m;
                smallest = unit;
            }
            else if (c == '万')
            {
                wan = (wan + section + OneIfEmpty(yi + wan + section + number, number)) * 10_000m;
                section = number = 0m;
                smallest = 10_000m * Math.Min(smallest, 1_000m);
            }
            else if (c == '亿')
            {
                yi = (yi + wan + section + OneIfEmpty(yi + wan + section + number, number)) * 100_000_000m;
                wan = section = number = 0m;
                smallest = 100_000_000m;
            }
            else
            {
                break;
            }

            i++;
        }

        if (i == start || (i == stop && stop < limit && IsNumeral(CharFold.Fold(text[i]))))
        {
            return false;
        }

        var value = yi + wan + section + number;
        if (value == 0m && !sawDigit)
        {
            return false;
        }

        token.End = i;
        token.Mantissa = value;
        token.Value = value;
        token.Factor = value >= 10_000m && !sawDigit ? value : LargestMagnitude(text, start, i);
        token.MagnitudeStart = token.Factor > 1m ? start : -1;
        token.Precision = smallest / 2m;
        if (i < limit && CharFold.Fold(text[i]) is '多' or '余')
        {
            token.Lower = value;
            token.Upper = value + LastPlace(value);
            token.Qualifier = ClaimQualifier.Over;
            token.End = i + 1;
        }

        return true;
    }

    private const int MaxChineseNumeralLength = 40;

    private static bool IsNumeral(char c) => DigitOf(c) >= 0 || ClaimLexicon.Magnitude(c) > 0m;

    private static decimal OneIfEmpty(decimal all, decimal number) => all == 0m ? 1m : number;

    private static decimal LargestMagnitude(ReadOnlySpan<char> text, int start, int end)
    {
        var largest = 1m;
        for (var k = start; k < end; k++)
        {
            var m = ClaimLexicon.Magnitude(CharFold.Fold(text[k]));
            if (m >= 10_000m && m > largest)
            {
                largest = m;
            }
        }

        return largest;
    }

    private static int DigitOf(char c)
    {
        var at = ClaimLexicon.ChineseDigits.IndexOf(c, StringComparison.Ordinal);
        if (at >= 0)
        {
            return at switch { 0 or 1 => 0, 2 => 1, 3 or 4 => 2, _ => at - 2 };
        }

        at = ClaimLexicon.FinancialDigits.IndexOf(c, StringComparison.Ordinal);
        return at;
    }
}
