// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Immutable;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <content>Datelines: 新华社上海3月5日电（记者 …）.</content>
internal static partial class Attribution
{
    /// <summary>
    /// A dateline at the start of a paragraph or as a note: <c>据新华社上海3月5日电（记者 李青 周敏）</c>,
    /// <c>中新网宁波 4 月 9 日电(陈涛)</c>. Returns the length of the dateline in the text.
    /// </summary>
    internal static bool TryDateline(string text, string folded, out DatelineParts parts, out int length)
    {
        parts = default;
        length = 0;
        var position = 0;
        if (folded.StartsWith('据'))
        {
            position = 1;
        }

        var agencyLength = TextScan.StartsWithAny(folded.AsSpan(position), AttributionLexicon.Agencies)?.Length ?? UnlistedAgencyLength(folded.AsSpan(position));
        if (agencyLength == 0)
        {
            return false;
        }

        var agencyText = text.Substring(position, agencyLength);
        position += agencyLength;
        var placeStart = position;
        while (position < folded.Length && position - placeStart <= MaxPlaceLength && !TextScan.IsDigit(folded[position]) &&
            folded[position] is not ('，' or '。' or '（' or '(') && !TextScan.IsWhite(folded[position]))
        {
            position++;
        }

        var place = text[placeStart..position];
        position = IssueNumberScanner.SkipWhite(folded, position);
        int? year = null;
        var p = position;
        var first = IssueNumberScanner.ReadNumberAfter(folded, ref p);
        if (first is >= 1900 && p < folded.Length && folded[p] == '年')
        {
            year = first;
            p = IssueNumberScanner.SkipWhite(folded, p + 1);
            first = IssueNumberScanner.ReadNumberAfter(folded, ref p);
        }

        if (first is null || p >= folded.Length || folded[p] != '月')
        {
            return false;
        }

        p = IssueNumberScanner.SkipWhite(folded, p + 1);
        var day = IssueNumberScanner.ReadNumberAfter(folded, ref p);
        if (day is null || p + 1 >= folded.Length + 1 || p >= folded.Length || folded[p] is not ('日' or '号'))
        {
            return false;
        }

        p = IssueNumberScanner.SkipWhite(folded, p + 1);
        if (p >= folded.Length || folded[p] is not ('电' or '讯'))
        {
            return false;
        }

        p++;
        var reporters = ImmutableArray<string>.Empty;
        var q = IssueNumberScanner.SkipWhite(folded, p);
        if (q < folded.Length && folded[q] is '（' or '(')
        {
            var close = folded.IndexOfAny(['）', ')'], q);
            if (close > q && close - q <= 30)
            {
                var inner = text[(q + 1)..close];
                var innerFolded = folded[(q + 1)..close];
                if (!TryReporters(inner, innerFolded, out reporters))
                {
                    reporters = SplitNames(inner);
                }

                p = close + 1;
            }
        }

        PartialDate? date = PartialDate.TryCreate(year, first, day, out var d) ? d : null;
        parts = new DatelineParts(agencyText, place.Length == 0 ? null : place, date, reporters);
        length = p;
        return true;
    }

    // An outlet not in the lexicon: the name up to the last 社/网/报/台 before the date (滨海新闻网3月15日电).
    private static int UnlistedAgencyLength(ReadOnlySpan<char> text)
    {
        var end = 0;
        for (var i = 0; i < text.Length && i <= MaxPlaceLength + 6; i++)
        {
            var c = text[i];
            if (TextScan.IsDigit(c) || TextScan.IsWhite(c))
            {
                break;
            }

            if (!TextScan.IsCjk(c))
            {
                return 0;
            }

            if (c is '社' or '网' or '报' or '台' && i >= 1)
            {
                end = i + 1;
            }
        }

        return end;
    }

    /// <summary>
    /// A news item's opening without a date: <c>海港台消息（晚间新闻）：</c>, <c>新华社消息：</c>. The agency is the dateline's
    /// and the item's source; the length runs through the colon.
    /// </summary>
    internal static bool TryMessageDateline(string text, string folded, out DatelineParts parts, out int length)
    {
        parts = default;
        length = 0;
        var agencyLength = TextScan.StartsWithAny(folded, AttributionLexicon.Agencies)?.Length ?? 0;
        if (agencyLength == 0 || !folded.AsSpan(agencyLength).StartsWith("消息", StringComparison.Ordinal))
        {
            // An outlet not in the lexicon: CJK up to 消息, ending in 社/网/报/台 (海港台消息：).
            var message = folded.AsSpan(0, Math.Min(folded.Length, MaxPlaceLength + 8)).IndexOf("消息", StringComparison.Ordinal);
            if (message < 2 || folded[message - 1] is not ('社' or '网' or '报' or '台') || !TextScan.IsAllCjk(folded.AsSpan(0, message)))
            {
                return false;
            }

            agencyLength = message;
        }

        var p = agencyLength + 2;
        if (p < folded.Length && folded[p] is '（' or '(')
        {
            var close = folded.AsSpan(p).IndexOfAny('）', ')');
            if (close < 0 || close > MaxPlaceLength + 8)
            {
                return false;
            }

            p += close + 1;
        }

        if (p >= folded.Length || folded[p] is not ('：' or ':'))
        {
            return false;
        }

        parts = new DatelineParts(text[..agencyLength], null, null, []);
        length = p + 1;
        return true;
    }
}
