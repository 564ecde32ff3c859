// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Claims;
using Bulletin.Model.Lexicons;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2111: a figure stated in the text and in a table cell of the same row, column measure and period, with values
/// that disagree after unit conversion (<c>3.25万亿元</c> against <c>32500.0</c> in a column of 亿元; <c>增长1.45倍</c>
/// against <c>145.0</c> in a column of %). A text figure names a row when its subject holds the row's label, and a
/// table's total row when it holds no row's label at all; it names the column when its subject, or the level its
/// change is of, holds the column's measure (营业收入, 利润总额) — or, in a list that gives the measure once
/// (<c>A利润总额增长1.57倍，B增长1.55倍</c>), when an earlier figure of the same paragraph held it.
/// </summary>
internal sealed class TextVersusTableRule : IValidationRule
{
    public string Id => "BLT2111";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Text against a table";

    public void Validate(ValidationContext context)
    {
        foreach (var (text, cells) in Pairs(context))
        {
            if (!cells.Exists(cell => Agree(text, cell)))
            {
                var cell = cells[0];
                context.Report(
                    $"The text says {text.Text} for \"{DocumentChecks.Quote(cell.Subject!)}\" ({cell.Period!.Text}); the table at line {cell.Span.Line} says {cell.Text}.",
                    text.Span,
                    text,
                    cell);
            }
        }
    }

    /// <summary>Each text figure that a table also states, with the cells it is compared with.</summary>
    internal static IEnumerable<(QuantifiedClaim Text, List<QuantifiedClaim> Cells)> Pairs(ValidationContext context)
    {
        // The cells of each row label and column measure, and of the total rows under no label, so that a text
        // figure is compared with its row's cells only, not with every cell of the issue. Each row's cells are a
        // chain through one list, in source order, rather than a list of their own.
        var byRow = new Dictionary<(string Measure, string? Label), (int Head, int Tail)>();
        var chain = new List<(QuantifiedClaim Claim, int Next)>();
        void Add((string Measure, string? Label) key, QuantifiedClaim claim)
        {
            chain.Add((claim, -1));
            var at = chain.Count - 1;
            if (byRow.TryGetValue(key, out var ends))
            {
                chain[ends.Tail] = (chain[ends.Tail].Claim, at);
                byRow[key] = (ends.Head, at);
            }
            else
            {
                byRow[key] = (at, at);
            }
        }

        var rowLabels = new HashSet<string>(StringComparer.Ordinal);
        var measureSet = new HashSet<string>(StringComparer.Ordinal);
        var wholeCaptions = new List<(int? Article, string Caption)>();
        var row = new RowCursor(-1, -1, -1, null, false, null);
        foreach (var claim in context.Issue.Claims)
        {
            if (CellOf(context, claim, ref row, measureSet) is not { } cell)
            {
                continue;
            }

            Add((cell.Measure, cell.Label), claim);
            if (!cell.IsTotal)
            {
                rowLabels.Add(cell.Label);
                continue;
            }

            Add((cell.Measure, null), claim);
            if (cell.Caption is { } caption && !wholeCaptions.Contains((claim.ArticleIndex, caption)))
            {
                wholeCaptions.Add((claim.ArticleIndex, caption));
            }
        }

        if (chain.Count == 0)
        {
            yield break;
        }

        var measures = measureSet.OrderByDescending(m => m.Length).ToList();
        var labels = new RowLabels(rowLabels);
        (int? Article, int? Block, string? Measure) last = default;
        foreach (var text in context.Issue.Claims)
        {
            if (text.Period is null || text.Value is null || FigureRule.IsInTable(context, text) || Named(context, text) is not { } named)
            {
                continue;
            }

            string? measure = null;
            foreach (var m in measures)
            {
                if (named.Contains(m, StringComparison.Ordinal))
                {
                    measure = m;
                    break;
                }
            }

            if (measure is not null)
            {
                last = (text.ArticleIndex, text.BlockIndex, measure);
            }
            else if (last.Article == text.ArticleIndex && last.Block == text.BlockIndex)
            {
                measure = last.Measure;
            }

            if (measure is null)
            {
                continue;
            }

            // The row whose label the subject holds whole is its row. A subject that shares a longer run with another
            // label (制造业 in 电子设备制造业, whose label the text cut short) names no row for sure and is not compared.
            // A subject that shares no more than a word with any label is of the total when it says so (全省, 总体)
            // or shares the table caption's scope (重点园区企业).
            var (label, sharesNoName) = labels.Read(named);
            bool total;
            if (label is not null)
            {
                total = false;
            }
            else if (sharesNoName && byRow.ContainsKey((measure, null)) && NamesWhole(named, text, wholeCaptions))
            {
                total = true;
            }
            else
            {
                continue;
            }

            if (!byRow.TryGetValue((measure, total ? null : label), out var ends))
            {
                continue;
            }

            List<QuantifiedClaim>? matched = null;
            for (var at = ends.Head; at >= 0; at = chain[at].Next)
            {
                var c = chain[at].Claim;
                if (c.Period!.Text == text.Period.Text && Comparable(text, c))
                {
                    (matched ??= []).Add(c);
                }
            }

            if (matched is not null)
            {
                yield return (text, matched);
            }
        }
    }

    private readonly record struct Cell(QuantifiedClaim Claim, string Label, string Measure, bool IsTotal, string? Caption);

    // The table row the last cell stood in, with its label read once for all its cells.
    private record struct RowCursor(int Article, int Block, int Row, string? Label, bool IsTotal, string? Caption);

    // How many characters a subject must share with a table caption to speak of the table's whole.
    private const int MinCaptionScope = 4;

    // The captions of the tables with a total row are gathered once per issue, not once per cell of the total row.
    private static bool NamesWhole(string named, QuantifiedClaim text, List<(int? Article, string Caption)> wholeCaptions)
    {
        if (ClaimLexicon.WholeScopeWords.OccursIn(named, 0, named.Length))
        {
            return true;
        }

        foreach (var (article, caption) in wholeCaptions)
        {
            if (article == text.ArticleIndex && FigureRule.SharesRun(caption, named, MinCaptionScope))
            {
                return true;
            }
        }

        return false;
    }

    private static Cell? CellOf(ValidationContext context, QuantifiedClaim claim, ref RowCursor row, HashSet<string> measures)
    {
        if (claim.Period is null || claim.Value is null || claim.Subject is not { } subject ||
            !FigureRule.TryBlockOf(context, claim, out var blocks, out var b) || blocks[b].Rows.IsDefaultOrEmpty)
        {
            return null;
        }

        var a = claim.ArticleIndex!.Value;
        if (row.Article != a || row.Block != b)
        {
            var caption = b > 0 && blocks[b - 1].Rows.IsDefaultOrEmpty ? blocks[b - 1].Text : null;
            row = new RowCursor(a, b, -1, null, false, caption);
        }

        var r = RowIndexOf(blocks[b], claim, row.Row);
        if (r < 0)
        {
            return null;
        }

        if (r != row.Row)
        {
            var cells = blocks[b].Rows[r].Cells;
            var label = cells.Length == 0 ? null : TableClaims.RowLabel(cells[0]);
            row = row with { Row = r, Label = label, IsTotal = label is not null && TableTotals.ReadLabel(cells[0]).IsTotal };
        }

        if (row.Label is not { } rowLabel || subject.Length <= rowLabel.Length || subject[rowLabel.Length] != ' ' ||
            !subject.StartsWith(rowLabel, StringComparison.Ordinal))
        {
            return null;
        }

        // 营业收入 金额 → 营业收入: the first word names what is measured; 金额 and 同比增长 say what the kind says.
        var measure = subject.AsSpan(rowLabel.Length + 1);
        var space = measure.IndexOf(' ');
        measure = space < 0 ? measure : measure[..space];
        if (measure.Length < 2)
        {
            return null;
        }

        // A column's measure is one string for all its cells.
        var lookup = measures.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!lookup.TryGetValue(measure, out var name))
        {
            name = measure.ToString();
            measures.Add(name);
        }

        return new Cell(claim, rowLabel, name, row.IsTotal, row.Caption);
    }

    // The body row holding the claim, searched from the row of the claim before it: claims come in source order, so
    // a table's rows are walked once (an issue read from JSON may list claims in any order, and is searched whole).
    private static int RowIndexOf(Block block, QuantifiedClaim claim, int from)
    {
        var rows = block.Rows;
        var start = from >= 0 && rows[from].Span.Start <= claim.Span.Start ? from : 0;
        for (var i = start; i < rows.Length; i++)
        {
            var row = rows[i];
            if (row.Span.Start > claim.Span.Start)
            {
                break;
            }

            if (!row.IsHeader && claim.Span.Start < row.Span.End)
            {
                return i;
            }
        }

        return -1;
    }

    // What the text figure is of: its own subject, or for a change without one the level it is the change of.
    private static string? Named(ValidationContext context, QuantifiedClaim claim) =>
        claim.Subject ?? (claim.Kind is ClaimKind.Change or ClaimKind.Multiple
            ? FigureRule.FirstRelated(context, claim, ClaimRelationKind.ChangeOf)?.Subject
            : null);

    private static bool Comparable(QuantifiedClaim text, QuantifiedClaim cell) =>
        (text.Kind == cell.Kind && text.Unit == cell.Unit) ||
        (text.Kind == ClaimKind.Multiple && cell.Kind == ClaimKind.Change && cell.Unit == "%");

    private static bool Agree(QuantifiedClaim text, QuantifiedClaim cell)
    {
        var stated = FigureInterval.Of(text);
        var tabled = FigureInterval.Of(cell);
        if (text.Kind != ClaimKind.Multiple || cell.Kind != ClaimKind.Change)
        {
            return stated.Overlaps(tabled);
        }

        // 增长1.45倍 is growth by 145%; some writers mean 1.45 times the base (growth by 45%): either reading agrees.
        var growth = stated.Times(100m);
        var times = new FigureInterval(growth.Low - 100m, growth.High - 100m);
        return growth.Overlaps(tabled) || times.Overlaps(tabled);
    }
}
