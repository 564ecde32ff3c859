// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <summary>Reads what belongs to the page: distribution lists, contact blocks, prompts and notices.</summary>
internal static class PageMatter
{
    private const int MaxPromptLength = 30;

    /// <summary>A distribution list: <c>印送：市商务局、市口岸办；…</c>.</summary>
    internal static bool TryDistribution(RawBlock block, List<string> into)
    {
        var folded = block.Folded;
        if (TextScan.StartsWithAny(folded, PageLexicon.DistributionLabels) is not { } label)
        {
            return false;
        }

        var p = IssueNumberScanner.SkipWhite(folded, label.Length);
        if (p >= folded.Length || folded[p] is not ('：' or ':'))
        {
            return false;
        }

        var text = block.Text;
        var from = p + 1;
        while (from < text.Length)
        {
            // 报：市委、市政府领导 / 送：各区商务主管部门 on lines run together: the next label and its colon open another list.
            var next = NextDistributionLabel(folded, from, out var valueStart);
            foreach (var part in text[from..(next < 0 ? text.Length : next)].Split(['、', '；', ';', '，', ',', '\n'], StringSplitOptions.RemoveEmptyEntries))
            {
                var recipient = TextScan.Trim(part.AsSpan().Trim().TrimEnd("。.").ToString());
                if (recipient.Length > 0)
                {
                    into.Add(recipient);
                }
            }

            if (next < 0)
            {
                break;
            }

            from = valueStart;
        }

        return into.Count > 0;
    }

    // Where a distribution label followed by its colon starts after from (送：), and where its value starts; -1 if none.
    private static int NextDistributionLabel(string folded, int from, out int valueStart)
    {
        valueStart = -1;
        for (var colon = NextColon(folded, from); colon > from; colon = NextColon(folded, colon + 1))
        {
            if (TextScan.EndsWithAny(folded.AsSpan(from, colon - from), PageLexicon.DistributionLabels) is { } label)
            {
                valueStart = colon + 1;
                return colon - label.Length;
            }
        }

        return -1;
    }

    private static int NextColon(string text, int from) =>
        text.AsSpan(from).IndexOfAny('：', ':') is var at and >= 0 ? from + at : -1;

    /// <summary>Whether a block opens a contact block: a header, or the first of two labelled lines.</summary>
    internal static bool StartsContact(List<RawBlock> blocks, int index)
    {
        if (IsContactHeader(blocks[index].Folded))
        {
            return true;
        }

        return TryLabel(blocks[index], out _, out _) && index + 1 < blocks.Count && TryLabel(blocks[index + 1], out _, out _);
    }

    /// <summary>Whether a folded line is a contact section's header (<c>## 联系我们：</c>), compared in place.</summary>
    internal static bool IsContactHeader(string folded)
    {
        var key = TextScan.Trim(folded.AsSpan().Trim("*# ").TrimEnd(":："));
        foreach (var header in PageLexicon.ContactHeaders)
        {
            if (key.SequenceEqual(header))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A labelled contact line: <c>电话: 0411-…</c>.</summary>
    internal static bool TryLabel(RawBlock block, out ContactField field, out string value)
    {
        field = default;
        value = string.Empty;
        if (block.Kind is not (RawBlockKind.Paragraph or RawBlockKind.ListItem))
        {
            return false;
        }

        var folded = block.Folded;
        foreach (var (label, f) in PageLexicon.ContactLabels)
        {
            if (!folded.StartsWith(label, StringComparison.Ordinal))
            {
                continue;
            }

            var p = IssueNumberScanner.SkipWhite(folded, label.Length);
            if (p < folded.Length && folded[p] is '：' or ':')
            {
                field = f;
                value = TextScan.Trim(TextScan.SingleLine(block.Text[(p + 1)..]));
                return value.Length > 0;
            }
        }

        return false;
    }

    /// <summary>A platform's prompt to the reader (<c>点击上图▲立即收听</c>).</summary>
    internal static bool IsPrompt(RawBlock block)
    {
        var folded = block.Folded;
        return block.Kind == RawBlockKind.Paragraph && folded.Length <= MaxPromptLength &&
            (TextScan.IndexOfAny(folded, PageLexicon.PromptPhrases, out _) >= 0 ||
             (folded.AsSpan().IndexOfAny("▲▼↑↓👆👇") >= 0 && folded.Contains("点击", StringComparison.Ordinal)));
    }

    /// <summary>A platform's notice or disclaimer.</summary>
    internal static bool IsNotice(RawBlock block) =>
        block.Kind is RawBlockKind.Paragraph or RawBlockKind.Quote &&
        TextScan.StartsWithAny(TextScan.Trim(block.Folded), PageLexicon.NoticePhrases) is not null;

    private const int MaxStampNameLength = 20;

    /// <summary>
    /// A page's posting stamp: a day and a time and, run on after them, the name that posted it (<c>08-15 06:24万得</c>,
    /// <c>2024-08-15 06:24 海港日报</c>); the name, or an empty string when the stamp names none.
    /// </summary>
    internal static bool TryPostingStamp(string folded, string text, out string name)
    {
        name = string.Empty;
        var line = folded.AsSpan();
        var p = 0;
        var parts = 0;
        while (parts < 3 && TextScan.TryReadInt(line[p..], out _, out var digits) && digits <= 4)
        {
            p += digits;
            parts++;
            if (p >= line.Length || line[p] is not ('-' or '/' or '.'))
            {
                break;
            }

            p++;
        }

        // Two or three numbers joined by - or / (08-15, 2024-08-15), then a space and a time.
        if (parts < 2 || p >= line.Length || !TextScan.IsWhite(line[p]) || !DateText.TryTime(line, p, out _, out var end))
        {
            return false;
        }

        var rest = TextScan.Trim(text.AsSpan(Math.Min(end, text.Length)));
        if (rest.Length > MaxStampNameLength || rest.IndexOfAny(Punctuation.Clause) >= 0 || rest.IndexOfAny(Punctuation.Terminal) >= 0)
        {
            return false;
        }

        name = rest.ToString();
        return true;
    }

    /// <summary>A platform's button to save the page to a service (<c>收藏到某某</c>), a line of its own.</summary>
    internal static bool IsPlatformButton(string folded) =>
        folded.Length <= MaxPromptLength && TextScan.StartsWithAny(folded, PageLexicon.PlatformButtons) is { } button && button.Length < folded.Length;

    /// <summary>A line of a web page's buttons and labels (<c>打印</c>, <c>【字号：</c>, <c>A+ A-</c>), folded and trimmed.</summary>
    internal static bool IsChrome(ReadOnlySpan<char> folded)
    {
        // Chrome lines are short: a paragraph is told apart by its length before any comparison.
        if (folded.Length == 0 || folded.Length > s_longestChrome)
        {
            return IsChromeRun(folded);
        }

        foreach (var line in PageLexicon.ChromeLines)
        {
            if (folded.SequenceEqual(line))
            {
                return true;
            }
        }

        // A+A- and the like: font-size buttons run together.
        return (folded.Length <= 10 && folded.Contains("A+", StringComparison.Ordinal) && folded.Contains("A-", StringComparison.Ordinal)) ||
            IsChromeRun(folded);
    }

    private const int MaxChromeRun = 48;

    private static readonly SearchValues<char> s_chromeStarts = SearchValues.Create(string.Concat(PageLexicon.ChromeLines.Select(l => l[0])));

    // 【字号： 大 中 小】 打印 关闭: buttons written on one line, or on lines run together, are the page's as one button is.
    // Read greedily, the longest button first at each place; any character no button covers makes it text (大中小企业).
    private static bool IsChromeRun(ReadOnlySpan<char> folded)
    {
        if (folded.Length > MaxChromeRun)
        {
            return false;
        }

        var pieces = 0;
        var p = 0;
        while (p < folded.Length)
        {
            if (TextScan.IsWhite(folded[p]))
            {
                p++;
                continue;
            }

            // Most text is told apart at its first character, which opens no button.
            if (!s_chromeStarts.Contains(folded[p]))
            {
                return false;
            }

            if (TextScan.StartsWithAny(folded[p..], PageLexicon.ChromeLines) is not { } button)
            {
                return false;
            }

            pieces++;
            p += button.Length;
        }

        return pieces > 1;
    }

    /// <summary>
    /// A page number on a line of its own, as a converter keeps it from a printed page: <c>— 3 —</c>, <c>- 3 -</c>,
    /// <c>—3—</c>, <c>第3页</c>, <c>第 3 页 共 12 页</c>; folded and trimmed.
    /// </summary>
    internal static bool IsPageNumber(ReadOnlySpan<char> folded)
    {
        if (folded.Length is < 3 or > 24)
        {
            return false;
        }

        if (folded[0] is '—' or '-' or '–' or '−' && folded[^1] is '—' or '-' or '–' or '−')
        {
            var inner = folded.Trim("—-–− \t\u3000");
            return !inner.IsEmpty && inner.Length <= 4 && TextScan.TryReadInt(inner, out _, out var digits) && digits == inner.Length;
        }

        if (folded[0] != '第' || !TextScan.TryReadInt(folded[1..].TrimStart(' '), out _, out _))
        {
            return false;
        }

        // 第 3 页, 第3页 共12页, 第3页/共12页: nothing but the page and the count.
        foreach (var c in folded)
        {
            if (!(char.IsAsciiDigit(c) || c is '第' or '页' or '共' or '/' or ' ' or '\u3000' or '，' or ','))
            {
                return false;
            }
        }

        return folded.Contains('页');
    }

    /// <summary>A note in brackets on a line of its own (<c>（此件公开发布）</c>, <c>（本期视频由某某提供）</c>), folded and trimmed.</summary>
    internal static bool IsBracketedNote(ReadOnlySpan<char> folded) =>
        folded.Length > 2 && folded[0] is '（' or '(' && folded[^1] is '）' or ')' && folded[1..^1].IndexOfAny("（()）") < 0;

    private const int MaxBreadcrumbLength = 100;

    /// <summary>
    /// A web page's breadcrumb trail, a line of its own: <c>首页 > 政务公开 > 通知公告</c>, <c>当前位置：首页 >> 新闻中心</c>,
    /// folded and trimmed.
    /// </summary>
    internal static bool IsBreadcrumb(ReadOnlySpan<char> folded)
    {
        if (folded.Length > MaxBreadcrumbLength || folded.IndexOfAny(">›»→") < 0 || folded.IndexOfAny("。，；") >= 0)
        {
            return false;
        }

        if (TextScan.StartsWithAny(folded, PageLexicon.BreadcrumbLeads) is { } lead)
        {
            return true;
        }

        if (TextScan.StartsWithAny(folded, PageLexicon.BreadcrumbHomes) is not { } home)
        {
            return false;
        }

        var next = folded[home.Length..].TrimStart(" \t\u3000");
        return !next.IsEmpty && next[0] is '>' or '›' or '»' or '→' or '/';
    }

    private static readonly int s_longestChrome = Math.Max(10, PageLexicon.ChromeLines.Max(l => l.Length));
}
