// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Bulletin.Model.Parsing;
using Bulletin.Model.Utility;

namespace Bulletin.Model.Claims;

/// <summary>
/// Extracts quantified claims (docs/claims.md) from text: from any string a caller passes, or from every
/// block, heading and contents line of a parsed issue, each claim attached to its article and block.
/// </summary>
/// <threadsafety>This type is immutable; one instance may serve any number of threads at once.</threadsafety>
public sealed class ClaimExtractor
{
    private const int MaxCaptionLength = 60;

    private ClaimExtractor()
    {
    }

    /// <summary>Gets the extractor.</summary>
    public static ClaimExtractor Default { get; } = new();

    /// <summary>Extracts the claims of a plain string. Never throws for any string.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The claims in reading order; spans are offsets into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    public ImmutableArray<QuantifiedClaim> Extract(string text) => Extract(text, ClaimExtractorOptions.Default);

    /// <summary>Extracts the claims of a plain string, read as the options say. Never throws for any string.</summary>
    /// <param name="text">The text.</param>
    /// <param name="options">The reference date and default currency.</param>
    /// <returns>The claims in reading order; spans are offsets into <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    public ImmutableArray<QuantifiedClaim> Extract(string text, ClaimExtractorOptions options)
    {
        Preconditions.CheckNotNull(text);
        Preconditions.CheckNotNull(options);
        var drafts = new List<ClaimDraft>();
        ClaimScanner.Scan(text, 0, text.Length, drafts, options.ReferenceDate?.Year);
        PeriodContext.ApplyToText(text, drafts, options.ReferenceDate?.Year);
        var locale = new DocumentLocale(options.DefaultCurrency, false);
        foreach (var draft in drafts)
        {
            locale.Apply(text, draft);
        }

        // Claims come in source order, so one forward walk gives their lines without a map of the whole text.
        var walker = new LineWalker(text);
        return Freeze(text, drafts, walker.Span, static _ => (null, null));
    }

    /// <summary>Extracts the claims of a parsed issue from the regions that hold its text.</summary>
    internal static ImmutableArray<QuantifiedClaim> Extract(BulletinIssue issue, string source, LineMap lines)
    {
        var regions = new List<(int Start, int End)>();
        foreach (var entry in issue.EnumerateContents())
        {
            regions.Add((entry.Span.Start, entry.Span.End));
        }

        // The chair's lines of a sitting record state figures (发言不得超过15分钟) though they belong to no item, and
        // so may an issue's preface.
        foreach (var side in issue.SideMatter)
        {
            if (side.Kind is SideMatterKind.Procedure or SideMatterKind.Preface)
            {
                regions.Add((side.Span.Start, side.Span.End));
            }
        }

        var articles = issue.EnumerateArticles();
        var excluded = new List<(int Start, int End)>();
        foreach (var article in articles)
        {
            regions.Add((article.Span.Start, article.Span.End));
            foreach (var reference in article.References)
            {
                excluded.Add((reference.Span.Start, reference.Span.End));
            }

            foreach (var block in article.Blocks)
            {
                // A heading's own number (3 人工智能…) is not a figure.
                if (block is { Kind: BlockKind.Heading, Number: { } number })
                {
                    var at = source.IndexOf(number, block.Span.Start, Math.Min(block.Span.Length, source.Length - block.Span.Start), StringComparison.Ordinal);
                    if (at >= 0)
                    {
                        excluded.Add((at, at + number.Length));
                    }
                }
            }
        }

        var drafts = new List<ClaimDraft>();
        var referenceYear = issue.PublishedOn?.Year ?? issue.Year;
        var locale = DocumentLocale.Of(issue, source);
        foreach (var (start, end) in Subtract(regions, excluded))
        {
            ClaimScanner.Scan(source, start, end, drafts, referenceYear, locale.RocYears);
        }

        if (issue.Kind == DocumentKind.Paper)
        {
            // A paper's percentages are measurements — accuracies, error rates, gains — unless a word makes one a part
            // of a whole (占, 比例, 的 60%): with no such word, a percentage is a percent there, not a share.
            foreach (var draft in drafts)
            {
                if (draft.KindByDefault && draft.Kind == ClaimKind.Share)
                {
                    draft.Kind = ClaimKind.Percent;
                }
            }
        }

        AddTableClaims(source, articles, referenceYear, locale.RocYears, drafts);
        PeriodContext.Apply(issue, source, articles, drafts, referenceYear, locale.RocYears);
        foreach (var draft in drafts)
        {
            locale.Apply(source, draft);
        }

        return Freeze(source, drafts, lines.Span, start => Locate(articles, start));
    }

    // The regions, sorted and merged, less the excluded stretches: one sweep over both sorted lists.
    private static List<(int Start, int End)> Subtract(List<(int Start, int End)> regions, List<(int Start, int End)> excluded)
    {
        regions.Sort();
        excluded.Sort();
        var result = new List<(int Start, int End)>();
        var scanned = 0;
        var cut = 0;
        foreach (var (regionStart, regionEnd) in regions)
        {
            var start = Math.Max(regionStart, scanned);
            while (cut < excluded.Count && excluded[cut].End <= start)
            {
                cut++;
            }

            for (var k = cut; k < excluded.Count && excluded[k].Start < regionEnd; k++)
            {
                if (excluded[k].Start > start)
                {
                    result.Add((start, excluded[k].Start));
                }

                start = Math.Max(start, excluded[k].End);
            }

            if (start < regionEnd)
            {
                result.Add((start, regionEnd));
            }

            scanned = Math.Max(scanned, regionEnd);
        }

        return result;
    }

    private static void AddTableClaims(string source, IReadOnlyList<Article> articles, int? referenceYear, bool rocYears, List<ClaimDraft> drafts)
    {
        var before = drafts.Count;
        foreach (var article in articles)
        {
            for (var b = 0; b < article.Blocks.Length; b++)
            {
                if (article.Blocks[b].Kind == BlockKind.Table)
                {
                    TableClaims.Add(source, article.Blocks[b], CaptionOf(article, b), referenceYear, drafts, before, rocYears);
                }
            }
        }

        if (drafts.Count > before)
        {
            MergeByStart(drafts, before);
        }
    }

    // The prose drafts before split and the table drafts after it are each in source order, and no two start at one
    // place (a cell a prose figure covers is not read again): one merge puts them in order, where a sort had been a
    // few per cent of a table-heavy parse. Runs out of order, which the readers do not make, still get a full sort.
    private static void MergeByStart(List<ClaimDraft> drafts, int split)
    {
        if (!IsInStartOrder(drafts, 0, split) || !IsInStartOrder(drafts, split, drafts.Count))
        {
            drafts.Sort(static (x, y) => x.Start.CompareTo(y.Start));
            return;
        }

        if (split == 0 || drafts[split - 1].Start < drafts[split].Start)
        {
            return;
        }

        var merged = new ClaimDraft[drafts.Count];
        int left = 0, right = split, k = 0;
        while (left < split && right < drafts.Count)
        {
            merged[k++] = drafts[left].Start <= drafts[right].Start ? drafts[left++] : drafts[right++];
        }

        while (left < split)
        {
            merged[k++] = drafts[left++];
        }

        while (right < drafts.Count)
        {
            merged[k++] = drafts[right++];
        }

        for (k = 0; k < merged.Length; k++)
        {
            drafts[k] = merged[k];
        }
    }

    private static bool IsInStartOrder(List<ClaimDraft> drafts, int from, int to)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (drafts[k - 1].Start >= drafts[k].Start)
            {
                return false;
            }
        }

        return true;
    }

    // The lines right above a table: a 单位： line and a caption (表2 …, 2025年主要工业产品产量), in either order.
    private static TableClaims.Caption CaptionOf(Article article, int table)
    {
        string? unit = null;
        string? caption = null;
        for (var b = table - 1; b >= 0 && b >= table - 3; b--)
        {
            var block = article.Blocks[b];
            if (block.Kind is not (BlockKind.Paragraph or BlockKind.Heading))
            {
                break;
            }

            if (unit is null && TableClaims.CaptionUnit(block.Text) is { } found)
            {
                unit = found;
                continue;
            }

            if (block.Text.Length <= MaxCaptionLength)
            {
                caption = block.Text;
            }

            break;
        }

        return new TableClaims.Caption(caption, unit);
    }

    // Articles and their blocks are in source order: find the one holding a position by binary search.
    private static (int? Article, int? Block) Locate(IReadOnlyList<Article> articles, int position)
    {
        var a = LastStartingAtOrBefore(articles.Count, articles, static (list, i) => list[i].Span.Start, position);
        if (a < 0 || position >= articles[a].Span.End)
        {
            return (null, null);
        }

        var blocks = articles[a].Blocks;
        var b = LastStartingAtOrBefore(blocks.Length, blocks, static (list, i) => list[i].Span.Start, position);
        return b >= 0 && position < blocks[b].Span.End ? (a, b) : (a, null);
    }

    /// <summary>The last of <paramref name="count"/> items in start order that starts at or before a position, or -1.</summary>
    internal static int LastStartingAtOrBefore<TItems>(int count, TItems items, Func<TItems, int, int> startOf, int position)
    {
        int low = 0, high = count - 1, found = -1;
        while (low <= high)
        {
            var mid = low + ((high - low) / 2);
            if (startOf(items, mid) <= position)
            {
                found = mid;
                low = mid + 1;
            }
            else
            {
                high = mid - 1;
            }
        }

        return found;
    }

    private static ImmutableArray<QuantifiedClaim> Freeze(string source, List<ClaimDraft> drafts, Func<int, int, SourceSpan> spanOf, Func<int, (int?, int?)> locate)
    {
        for (var i = 0; i < drafts.Count; i++)
        {
            drafts[i].Id = i + 1;
        }

        var claims = ImmutableArray.CreateBuilder<QuantifiedClaim>(drafts.Count);
        foreach (var d in drafts)
        {
            // Most claims relate to nothing: the shared empty array, and no builder for the rest.
            var relations = d.Relations.Count == 0 ? [] : new ClaimRelation[d.Relations.Count];
            var r = 0;
            foreach (var (kind, other) in d.Relations)
            {
                relations[r++] = new ClaimRelation(kind, other.Id);
            }

            var (article, block) = locate(d.Start);
            claims.Add(new QuantifiedClaim(
                d.Id,
                source[d.Start..d.End],
                spanOf(d.Start, d.End),
                d.Kind,
                Normalize(d.Value),
                Normalize(d.Lower),
                Normalize(d.Upper),
                Normalize(d.Precision),
                d.Qualifier,
                d.Unit,
                d.Measure,
                d.Period,
                d.Modality,
                d.Basis,
                d.Subject,
                ImmutableCollectionsMarshal.AsImmutableArray(relations),
                article,
                block));
        }

        return claims.MoveToImmutable();
    }

    // 126050000000.0 and 126050000000 are the same figure; write the shorter.
    private static decimal? Normalize(decimal? value) => value is { } v ? NumberReader.Normalize(v) : null;
}
