// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Reads the numbers that open headings: <c>2.1 </c> (a paper's decimal outline), <c>一、</c> (level 1 of a
/// Chinese document), <c>（一）</c> (level 2) and <c>第一章</c>.
/// </summary>
internal static class OutlineNumber
{
    private const int MaxTitleLength = 30;

    /// <summary>Reads a heading number and returns the title after it.</summary>
    internal static bool TryRead(ReadOnlySpan<char> text, out string number, out int level, out int titleStart) =>
        TryRead(text, gluedDecimal: false, out number, out level, out titleStart);

    /// <summary>
    /// Reads a heading number as <see cref="TryRead(ReadOnlySpan{char}, out string, out int, out int)"/> does, and also a
    /// decimal outline glued to a Chinese title (<c>2.1实验设置</c>), as a paper converted from PDF loses the space after
    /// its section numbers. Only where headings are known to be numbered: in running headings <c>3家企业</c> is a count.
    /// </summary>
    internal static bool TryReadGlued(ReadOnlySpan<char> text, out string number, out int level, out int titleStart) =>
        TryRead(text, gluedDecimal: true, out number, out level, out titleStart);

    private static bool TryRead(ReadOnlySpan<char> text, bool gluedDecimal, out string number, out int level, out int titleStart)
    {
        number = string.Empty;
        level = 0;
        titleStart = 0;
        if (text.IsEmpty)
        {
            return false;
        }

        // 4.2 一、 / 二、
        if (TextScan.TryReadChineseSmall(text, out _, out var chinese) && chinese < text.Length && text[chinese] is '、' or '．' or '.')
        {
            number = text[..(chinese + 1)].ToString();
            level = 1;
            titleStart = chinese + 1;
            return true;
        }

        // （一） / (八)
        if (text[0] is '（' or '(' && TextScan.TryReadChineseSmall(text[1..], out _, out var inner) &&
            1 + inner < text.Length && text[1 + inner] is '）' or ')')
        {
            number = text[..(inner + 2)].ToString();
            level = 2;
            titleStart = inner + 2;
            return true;
        }

        // 第一章 / 第3节
        if (text[0] == '第' && text.Length > 2)
        {
            var ok = TextScan.TryReadChineseSmall(text[1..], out _, out var len) || TextScan.TryReadInt(text[1..], out _, out len);
            if (ok && 1 + len < text.Length && text[1 + len] is '章' or '节' or '部' or '篇')
            {
                var end = 2 + len;
                if (end < text.Length && text[end] == '分')
                {
                    end++;
                }

                number = text[..end].ToString();
                level = text[1 + len] == '节' ? 2 : 1;
                titleStart = end;
                return true;
            }
        }

        // 1 / 2.1 / 3.2.1 followed by white space: a decimal outline.
        var position = 0;
        var components = 0;
        while (true)
        {
            if (!TextScan.TryReadInt(text[position..], out var value, out var digits) || digits > 2 || value > 50)
            {
                return false;
            }

            position += digits;
            components++;
            if (position < text.Length && text[position] == '.' && position + 1 < text.Length && TextScan.IsDigit(text[position + 1]))
            {
                position++;
                continue;
            }

            break;
        }

        var glued = gluedDecimal && position < text.Length && (TextScan.IsCjk(text[position]) || (components > 1 && char.IsAsciiLetter(text[position])));
        if (position >= text.Length || !(TextScan.IsWhite(text[position]) || glued) || components > 4)
        {
            return false;
        }

        number = text[..position].ToString();
        level = components;
        titleStart = position;
        return true;
    }

    /// <summary>Whether the rest of a line is short and plain enough to be a heading's title.</summary>
    internal static bool IsTitleLike(ReadOnlySpan<char> title)
    {
        var trimmed = TextScan.Trim(title);
        return trimmed.Length is > 0 and <= MaxTitleLength &&
            trimmed.IndexOfAny("，,。；;") < 0 && !Lexicons.Punctuation.Terminal.Contains(trimmed[^1]) &&
            !TextScan.IsDigit(trimmed[0]);
    }
}
