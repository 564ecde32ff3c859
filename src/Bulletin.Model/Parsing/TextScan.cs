// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Bulletin.Model.Parsing;

/// <summary>Small span helpers shared by the scanners.</summary>
internal static class TextScan
{
    private const string ChineseDigits = "〇零一二三四五六七八九";

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsCjk(char c) => c is >= '\u3400' and <= '\u9FFF' or >= '\uF900' and <= '\uFAFF';

    /// <summary>Whether the text holds a CJK character anywhere (see <see cref="IsCjk(char)"/>).</summary>
    internal static bool ContainsCjk(ReadOnlySpan<char> text) =>
        text.ContainsAnyInRange('\u3400', '\u9FFF') || text.ContainsAnyInRange('\uF900', '\uFAFF');

    /// <summary>The text without its spaces, ASCII and full-width (<c>目  录</c> → <c>目录</c>); the same string when it has none.</summary>
    internal static string WithoutSpaces(string text) =>
        text.AsSpan().IndexOfAny(' ', '\u3000') < 0
            ? text
            : text.Replace(" ", string.Empty, StringComparison.Ordinal).Replace("\u3000", string.Empty, StringComparison.Ordinal);

    /// <summary>Whether the text is one web address and nothing else (<c>https://…</c>).</summary>
    internal static bool IsBareLink(ReadOnlySpan<char> text)
    {
        var t = Trim(text);
        return (t.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || t.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) &&
            t.IndexOfAny(" \u3000\t\n") < 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsWhite(char c) => c is ' ' or '\t' or '\u3000' or '\u00A0' or '\r' or '\n' or '\f' or '\v';

    /// <summary>
    /// Whether the text holds nothing but white space of any Unicode kind — separators (U+2003, U+2028, U+3000),
    /// controls, and the zero-width marks that show nothing (U+200B, U+2060, U+FEFF).
    /// </summary>
    internal static bool IsBlank(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c is not ('\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether every character of the text is CJK (as <see cref="IsCjk"/> has it).</summary>
    internal static bool IsAllCjk(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!IsCjk(c))
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsDigit(char c) => c is >= '0' and <= '9' or >= '０' and <= '９';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int DigitValue(char c) => c <= '9' ? c - '0' : c - '０';

    internal static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsWhite(text[start]))
        {
            start++;
        }

        while (end > start && IsWhite(text[end - 1]))
        {
            end--;
        }

        return text[start..end];
    }

    internal static string Trim(string text)
    {
        var trimmed = Trim(text.AsSpan());
        return trimmed.Length == text.Length ? text : trimmed.ToString();
    }

    /// <summary>Counts the characters that are not white space.</summary>
    internal static int VisibleLength(ReadOnlySpan<char> text)
    {
        var count = 0;
        foreach (var c in text)
        {
            count += IsWhite(c) ? 0 : 1;
        }

        return count;
    }

    /// <summary>Finds the longest entry of a lexicon that the text starts with.</summary>
    internal static string? StartsWithAny(ReadOnlySpan<char> text, ImmutableArray<string> lexicon)
    {
        string? best = null;
        foreach (var word in lexicon)
        {
            if (text.StartsWith(word, StringComparison.Ordinal) && (best is null || word.Length > best.Length))
            {
                best = word;
            }
        }

        return best;
    }

    /// <summary>Finds the longest entry of a lexicon that the text ends with.</summary>
    internal static string? EndsWithAny(ReadOnlySpan<char> text, ImmutableArray<string> lexicon)
    {
        string? best = null;
        foreach (var word in lexicon)
        {
            if (text.EndsWith(word, StringComparison.Ordinal) && (best is null || word.Length > best.Length))
            {
                best = word;
            }
        }

        return best;
    }

    /// <summary>Finds the first occurrence of any lexicon entry; returns its index or -1.</summary>
    internal static int IndexOfAny(ReadOnlySpan<char> text, ImmutableArray<string> lexicon, out string? found)
    {
        var best = -1;
        found = null;
        foreach (var word in lexicon)
        {
            var at = text.IndexOf(word, StringComparison.Ordinal);
            if (at >= 0 && (best < 0 || at < best || (at == best && word.Length > found!.Length)))
            {
                best = at;
                found = word;
            }
        }

        return best;
    }

    /// <summary>Reads an unsigned integer of ASCII or full-width digits at the start of the text.</summary>
    internal static bool TryReadInt(ReadOnlySpan<char> text, out int value, out int length)
    {
        value = 0;
        length = 0;
        while (length < text.Length && IsDigit(text[length]) && length < 9)
        {
            value = (value * 10) + DigitValue(text[length]);
            length++;
        }

        return length > 0;
    }

    /// <summary>Reads an integer written in Chinese numerals up to 99 (<c>三</c>, <c>十二</c>, <c>二十一</c>).</summary>
    internal static bool TryReadChineseSmall(ReadOnlySpan<char> text, out int value, out int length)
    {
        value = 0;
        length = 0;
        var current = 0;
        var sawTen = false;
        while (length < text.Length && length < 4)
        {
            var c = text[length];
            var digit = ChineseDigits.IndexOf(c, StringComparison.Ordinal);
            if (digit >= 0)
            {
                current = digit <= 1 ? 0 : digit - 1;
            }
            else if (c == '两')
            {
                current = 2;
            }
            else if (c == '十' && !sawTen)
            {
                value = (current == 0 ? 1 : current) * 10;
                current = 0;
                sawTen = true;
            }
            else
            {
                break;
            }

            length++;
        }

        value += current;
        return length > 0 && value > 0;
    }

    /// <summary>
    /// <paramref name="index"/>, moved one place by <paramref name="step"/> (−1 or +1) when it would fall between the
    /// halves of a surrogate pair: a window of a fixed length cut there leaves half a character, which JSON cannot carry.
    /// </summary>
    internal static int WholeCharacter(ReadOnlySpan<char> text, int index, int step) =>
        index > 0 && index < text.Length && char.IsLowSurrogate(text[index]) && char.IsHighSurrogate(text[index - 1]) ? index + step : index;

    /// <summary>Joins two pieces of text the way a wrapped line joins: nothing between CJK, a space between words.</summary>
    internal static string JoinWrapped(string left, string right)
    {
        var l = left.AsSpan().TrimEnd();
        var r = right.AsSpan().TrimStart();
        if (l.Length == 0)
        {
            return r.ToString();
        }

        if (r.Length == 0)
        {
            return l.ToString();
        }

        var needsSpace = !IsCjk(l[^1]) && !IsCjk(r[0]) && char.IsLetterOrDigit(l[^1]) && char.IsLetterOrDigit(r[0]);
        return needsSpace ? string.Concat(l, " ", r) : string.Concat(l, r);
    }

    /// <summary>Collapses a multi-line text into one line, joining wraps.</summary>
    internal static string SingleLine(string text)
    {
        if (text.AsSpan().IndexOfAny('\n', '\r') < 0)
        {
            return text;
        }

        var result = string.Empty;
        foreach (var part in text.Split('\n'))
        {
            result = JoinWrapped(result, part);
        }

        return result;
    }

    /// <summary>
    /// The length of a short label of Chinese characters before a colon that opens the text (<c>地点：</c>,
    /// <c>王院长大明：</c>), at least two and at most <paramref name="maxLength"/>; 0 when the text opens with none.
    /// </summary>
    internal static int LeadingLabelLength(ReadOnlySpan<char> text, int maxLength)
    {
        var limit = Math.Min(text.Length, maxLength + 1);
        for (var i = 0; i < limit; i++)
        {
            if (text[i] is '：' or ':')
            {
                return i >= 2 ? i : 0;
            }

            if (!IsCjk(text[i]))
            {
                return 0;
            }
        }

        return 0;
    }
}
