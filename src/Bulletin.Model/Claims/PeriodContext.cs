// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Globalization;

namespace Bulletin.Model.Claims;

/// <summary>
/// Periods from the document's context (CLAIMS-SPEC): a figure whose own sentence states no period takes the one
/// stated last before it in its paragraph, else the one its heading states, else its article's title, else the
/// title of a report (<c>2025年…统计公报</c>). A period stated once governs what follows until another is stated.
/// Where the document fixes its own date — a report, a news page, a dated edition, a single article — relative
/// words (<c>今年</c>, <c>去年</c>) are resolved against it; a bulletin of reprinted articles keeps them as said,
/// since its issue date is not the date its articles were written.
/// </summary>
/// <remarks>
/// One forward walk over the articles' blocks and the claims, both in source order; the text between two claims is
/// searched once, so the work is linear in the text.
/// </remarks>
internal static class PeriodContext
{
    private const int MaxHeadingLength = 120;

    internal static void Apply(BulletinIssue issue, string source, IReadOnlyList<Article> articles, List<ClaimDraft> drafts, int? referenceYear, bool rocYears)
    {
        if (drafts.Count == 0)
        {
            return;
        }

        var documentPeriod = issue.Kind == DocumentKind.Report
            ? Stated(issue.Title ?? (articles.Count > 0 ? articles[0].Title : null), referenceYear)
            : null;
        var sectionPeriods = new Dictionary<Article, ClaimPeriod?>(ReferenceEqualityComparer.Instance);
        foreach (var section in issue.Sections)
        {
            CollectSectionPeriods(section, documentPeriod, referenceYear, rocYears, sectionPeriods);
        }

        var d = 0;
        foreach (var article in articles)
        {
            while (d < drafts.Count && drafts[d].Start < article.Span.Start)
            {
                d++;
            }

            var governing = Stated(article.Title, referenceYear) ?? (sectionPeriods.TryGetValue(article, out var inSection) ? inSection : null) ?? documentPeriod;

            // Words that need a year (一季度, 3月) take the document's, else the year the article last stated.
            var year = referenceYear ?? governing?.End?.Year;
            foreach (var block in article.Blocks)
            {
                var start = block.Span.Start;
                var end = block.Span.End;
                while (d < drafts.Count && drafts[d].Start < start)
                {
                    d++;
                }

                if (block.Kind == BlockKind.Heading)
                {
                    governing = HeadingPeriod(source, start, end, referenceYear, rocYears) ?? governing;
                    year = referenceYear ?? governing?.End?.Year ?? year;
                    continue;
                }

                if (block.Kind == BlockKind.Table)
                {
                    // A cell's period is its column's; a table does not carry one cell's period to the next.
                    for (; d < drafts.Count && drafts[d].Start < end; d++)
                    {
                        drafts[d].Period ??= governing;
                    }

                    continue;
                }

                // The year this block states governs the words that need one in it and after it (2024年三季度… 三季度…).
                if (referenceYear is null && LastYear(source, start, end) is { } stated)
                {
                    year = stated;
                }

                ClaimPeriod? carried = null;
                var gapStart = start;
                for (; d < drafts.Count && drafts[d].Start < end; d++)
                {
                    var draft = drafts[d];
                    if (draft.Period is null && draft.Start > gapStart)
                    {
                        draft.Period = PeriodReader.Find(source, gapStart, draft.Start, year, rocYears);
                    }

                    if (draft.Period is not null)
                    {
                        carried = draft.Period;
                        year = referenceYear ?? draft.Period.End?.Year ?? year;
                    }
                    else
                    {
                        draft.Period = carried ?? governing;
                    }

                    gapStart = Math.Max(gapStart, draft.End);
                }
            }
        }

        if (ResolvesRelativeWords(issue) && referenceYear is { } documentYear)
        {
            foreach (var draft in drafts)
            {
                if (draft.Period is { } period && Resolved(period, documentYear) is { } resolved)
                {
                    draft.Period = resolved;
                }
            }
        }
    }

    // A section's heading (一、2023年工作回顾) governs its articles, and its sub-sections unless they state their own.
    private static void CollectSectionPeriods(Section section, ClaimPeriod? outer, int? referenceYear, bool rocYears, Dictionary<Article, ClaimPeriod?> into)
    {
        var own = Stated(section.Heading, referenceYear, rocYears) ?? outer;
        foreach (var article in section.Articles)
        {
            into[article] = own;
        }

        foreach (var child in section.Sections)
        {
            CollectSectionPeriods(child, own, referenceYear, rocYears, into);
        }
    }

    // 今年 → 2024, asof 今年-07 → asof 2024-07, 去年 → 2023: the words as a year, once the document fixes its year.
    private static ClaimPeriod? Resolved(ClaimPeriod period, int year)
    {
        foreach (var (word, offset) in (ReadOnlySpan<(string, int)>)[("今年", 0), ("去年", -1), ("明年", 1), ("前年", -2)])
        {
            if (period.Text.Contains(word, StringComparison.Ordinal))
            {
                return new ClaimPeriod(period.Text.Replace(word, (year + offset).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal), period.Words, period.Start, period.End);
            }
        }

        return null;
    }

    private static bool ResolvesRelativeWords(BulletinIssue issue) => issue.Kind switch
    {
        DocumentKind.Report or DocumentKind.NewsPage or DocumentKind.Article => true,
        DocumentKind.BulletinIssue => issue.Number is null && issue.CumulativeNumber is null && issue.PublishedOn is not null,
        _ => false,
    };

    // A heading states the period of what it heads by the first period in it: 一、2023年工作回顾和“十四五”展望 is 2023.
    private static ClaimPeriod? HeadingPeriod(string source, int start, int end, int? referenceYear, bool rocYears = false)
    {
        end = Math.Min(end, Math.Min(source.Length, start + MaxHeadingLength));
        var year = source.AsSpan(start, end - start).IndexOf('年');
        if (year < 0)
        {
            return PeriodReader.Find(source, start, end, referenceYear, rocYears);
        }

        // Read the first period whole (2023年1—5月份, 2024年第三季度), and nothing after it.
        var stop = start + year + 1;
        while (stop < end && (char.IsAsciiDigit(source[stop]) || ClaimScanner.IsRangeConnector(source[stop]) || "月份末底初第一二三四季度上下半前".Contains(source[stop], StringComparison.Ordinal)))
        {
            stop++;
        }

        return PeriodReader.Find(source, start, Math.Min(end, stop + 1), referenceYear, rocYears);
    }

    // The last four-digit year (YYYY年) in a stretch of text, read in one pass.
    private static int? LastYear(string source, int start, int end)
    {
        int? last = null;
        end = Math.Min(end, source.Length);
        for (var i = source.IndexOf('年', start, end - start); i >= 0; i = i + 1 < end ? source.IndexOf('年', i + 1, end - i - 1) : -1)
        {
            if (i - start >= 4 && char.IsAsciiDigit(source[i - 1]) && char.IsAsciiDigit(source[i - 4]) && (i - 5 < start || !char.IsAsciiDigit(source[i - 5])) &&
                int.TryParse(source.AsSpan(i - 4, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 1900 and <= 2200)
            {
                last = y;
            }
        }

        return last;
    }

    private static ClaimPeriod? Stated(string? title, int? referenceYear, bool rocYears = false)
    {
        if (string.IsNullOrEmpty(title))
        {
            return null;
        }

        var text = title.Length > MaxHeadingLength ? title[..MaxHeadingLength] : title;
        return HeadingPeriod(text + "：", 0, text.Length + 1, referenceYear, rocYears);
    }
}
