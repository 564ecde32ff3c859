// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using NodaTime;
using Bulletin.Model.Lexicons;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Claims;

/// <summary>
/// Claims in table cells (docs/claims.md, "Tables and signs"): a cell that holds only a number is a claim whose unit,
/// magnitude and kind come from its column's header cells (<c>利润总额(亿元)</c>, <c>同比增长(%)</c>, <c>（元/人）</c>)
/// or from a <c>单位：</c> line above the table, whose period comes from the column's header (<c>1-3月</c>,
/// <c>6月末</c>) within the year of the caption or the document, and whose subject is its row label.
/// </summary>
/// <remarks>
/// Header rows are read top-down into one header text per column. A row with as many cells as the table is
/// aligned; the top row with fewer cells is a stub and column groups that share the columns evenly
/// (<c>地区 | 出口 | 进口</c> over four figure columns); a lower row with fewer cells repeats under each group
/// (<c>金额 | 增速</c> under three groups), or else spreads over the columns evenly.
/// </remarks>
internal static class TableClaims
{
    private readonly record struct ColumnUnit(ClaimKind Kind, string Unit, decimal Factor);

    /// <summary>What stands above a table: the caption's text and the unit of a <c>单位：</c> line.</summary>
    internal readonly record struct Caption(string? Text, string? Unit);

    /// <summary>Adds the claims of a table's cells.</summary>
    /// <param name="source">The document's text.</param>
    /// <param name="table">The table block.</param>
    /// <param name="caption">What stands above it.</param>
    /// <param name="referenceYear">The document's year, for periods that need one.</param>
    /// <param name="drafts">The claims so far; the first <paramref name="scanned"/> are the text scanner's, sorted by start.</param>
    /// <param name="scanned">How many of <paramref name="drafts"/> the text scanner found.</param>
    /// <param name="rocYears">Whether the document counts years from 1912, so a header's <c>112年度</c> is 2023.</param>
    internal static void Add(string source, Block table, Caption caption, int? referenceYear, List<ClaimDraft> drafts, int scanned, bool rocYears = false)
    {
        if (table.Rows.IsDefaultOrEmpty)
        {
            return;
        }

        var width = 0;
        foreach (var row in table.Rows)
        {
            width = Math.Max(width, row.Cells.Length);
        }

        var headers = ColumnHeaders(table, width);
        var fallback = caption.Unit is null ? (ColumnUnit?)null : ReadUnit(caption.Unit);
        var captionPeriod = caption.Text is { Length: > 0 } c ? PeriodReader.Find(c, 0, c.Length, referenceYear, rocYears) : null;
        var year = captionPeriod?.End?.Year ?? referenceYear;
        var headerUnits = new ColumnUnit?[width];
        var periods = new ClaimPeriod?[width];
        var sinceYearStart = new bool[width];
        for (var col = 0; col < width; col++)
        {
            headerUnits[col] = ReadUnit(headers[col]);
            periods[col] = HeaderPeriod(headers[col], year, rocYears);
        }

        for (var col = 1; col < width; col++)
        {
            // 1-3月 | 增长（%）: a rate of change stands beside the level it belongs to, over the same period.
            if (periods[col] is null && (headerUnits[col] ?? fallback) is { Kind: ClaimKind.Change } && periods[col - 1] is { } left)
            {
                periods[col] = left;
            }

            // 3月末 | 比年初增减额: the change since the year began, up to the balance beside it.
            if (periods[col] is null && IsSinceYearStart(headers[col]) && periods[col - 1] is { } balance)
            {
                periods[col] = SinceYearStart(balance);
                sinceYearStart[col] = true;
            }
        }

        for (var col = 0; col < width; col++)
        {
            periods[col] ??= captionPeriod;
        }

        // Where several columns hold figures, the column names what the row's figure measures (营业收入, 利润总额):
        // the row label alone would make a row's revenue and its profit one subject.
        var measures = new string?[width];
        for (var col = 1; col < width && width > 2; col++)
        {
            measures[col] = ColumnMeasure(headers[col]);
        }

        var unitColumn = UnitColumn(headers);
        var body = new List<TableTotals.Row>();
        foreach (var row in table.Rows)
        {
            if (row.IsHeader)
            {
                continue;
            }

            var cells = new ClaimDraft?[width];
            if (row.Cells.Length > 0)
            {
                var (depth, partial, total) = TableTotals.ReadLabel(row.Cells[0]);
                body.Add(new TableTotals.Row(depth, partial, total, cells));
            }

            var subject = row.Cells.Length > 0 ? RowLabel(row.Cells[0]) : null;

            // 出口（亿元） | 2024 | 2025, 耗时(s) | 甲 | 乙: a table whose rows are its indicators puts the unit in the row's
            // label; a column's own unit still comes first, the 单位 line last.
            var rowUnit = subject is not null && width > 1 ? ReadUnit(row.Cells[0]) : null;
            if (rowUnit is not null)
            {
                subject = ColumnMeasure(subject!) ?? subject;
            }

            // 指标 | 单位 | 绝对数: a column of units gives each row its own (亿元, 个, 万吨).
            if (rowUnit is null && unitColumn > 0 && unitColumn < row.Cells.Length && row.Cells[unitColumn] is { Length: > 0 } unitCell)
            {
                rowUnit = ReadUnit("(" + unitCell + ")");
            }

            var counted = subject is not null && width > 1 && rowUnit is null ? CountedThings(subject) : null;
            var position = row.Span.Start;
            for (var col = 0; col < row.Cells.Length; col++)
            {
                var cell = row.Cells[col];
                var limit = Math.Min(row.Span.End, source.Length);
                var at = cell.Length == 0 || position >= limit ? -1 : source.IndexOf(cell, position, limit - position, StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                position = at + cell.Length;
                if (col == 0 && width > 1)
                {
                    continue;
                }

                if (!TryBareNumber(cell, out var value, out var precision, out var percent))
                {
                    continue;
                }

                var unit = headerUnits[col] ?? rowUnit ?? fallback ??
                    (percent ? new ColumnUnit(ClaimKind.Percent, "%", 1m) : counted is not null && value == decimal.Truncate(value) ? new ColumnUnit(ClaimKind.Count, "count", 1m) : null);
                if (unit is not { } u || (percent && u.Unit != "%") || Covered(drafts, scanned, at))
                {
                    continue;
                }

                if (!NumberReader.TryMultiply(value, u.Factor, out var scaled) || !NumberReader.TryMultiply(precision, u.Factor, out var scaledPrecision))
                {
                    continue;
                }

                var draft = new ClaimDraft
                {
                    Start = at,
                    NumberStart = at,
                    End = at + cell.Length,
                    Kind = u.Kind,
                    Unit = u.Unit,
                    Value = scaled,
                    Precision = scaledPrecision,
                    HasUnitWord = true,
                    KindFromContext = true,
                    Period = periods[col],
                    Subject = subject is not null && measures[col] is { } measure ? subject + " " + measure : subject,
                    Measure = u.Kind == ClaimKind.Count ? counted : null,
                };
                PerMoneyBase.Apply(headers[col], draft);
                drafts.Add(draft);
                cells[col] = draft;

                // 3月末 | 比年初增减额: the change is of the balance beside it, from the year's start.
                if (sinceYearStart[col] && cells[col - 1] is { } level && level.Kind == draft.Kind && level.Unit == draft.Unit)
                {
                    draft.AddRelation(ClaimRelationKind.ChangeOf, level);
                }
            }
        }

        // 主要产品产量 lists the main products, not all of them; 主要经济指标 names the main columns, and its rows
        // are still every part.
        var mainItemsOnly = caption.Text is { } captionText && ClaimLexicon.MainItemsWords.OccursIn(captionText, 0, captionText.Length) &&
            !ClaimLexicon.IndicatorWords.OccursIn(captionText, 0, captionText.Length);
        TableTotals.Link(body, mainItemsOnly);
    }

    // 绝对数, 数值: the column holds the row's value, and says nothing of what it measures.
    private static bool IsValueColumnWord(ReadOnlySpan<char> word) =>
        ClaimLexicon.ValueColumnHeaders.MatchAt(word, 0, word.Length, out var value, out _) && value.Length == word.Length;

    // The column whose header says it holds the rows' units, or -1.
    private static int UnitColumn(string[] headers)
    {
        for (var col = 1; col < headers.Length; col++)
        {
            var folded = TextScan.WithoutSpaces(ChineseScript.ToSimplified(headers[col]));
            if (ClaimLexicon.UnitColumnHeaders.Contains(folded))
            {
                return col;
            }
        }

        return -1;
    }

    /// <summary>Reads <c>单位：亿元</c> from a line next to a table.</summary>
    internal static string? CaptionUnit(string text)
    {
        var folded = ChineseScript.ToSimplified(text);
        var at = folded.IndexOf("单位", StringComparison.Ordinal);
        if (at < 0 || at > 8)
        {
            return null;
        }

        var rest = folded.AsSpan(at + 2).TrimStart(" 　");
        if (rest.Length == 0 || rest[0] is not ('：' or ':'))
        {
            return null;
        }

        rest = rest[1..].TrimStart(" 　");
        var end = rest.IndexOfAny("，,；;。)）、");
        return "(" + (end < 0 ? rest : rest[..end]).Trim().ToString() + ")";
    }

    // One header text per column, the header rows' cells above it joined by spaces.
    private static string[] ColumnHeaders(Block table, int width)
    {
        var headers = new StringBuilder[width];
        for (var i = 0; i < width; i++)
        {
            headers[i] = new StringBuilder();
        }

        var groups = 0;
        var first = true;
        foreach (var row in table.Rows)
        {
            if (!row.IsHeader)
            {
                break;
            }

            var cells = row.Cells;
            var k = cells.Length;
            if (k >= width)
            {
                for (var c = 0; c < width; c++)
                {
                    Append(headers[c], cells[c]);
                }

                groups = 0;
            }
            else if (first && k >= 2 && (width - 1) % (k - 1) == 0)
            {
                // 地区 | 出口 | 进口 over 地区 and four figure columns: a stub, then groups of equal width.
                Append(headers[0], cells[0]);
                var span = (width - 1) / (k - 1);
                for (var g = 1; g < k; g++)
                {
                    for (var s = 0; s < span; s++)
                    {
                        Append(headers[1 + ((g - 1) * span) + s], cells[g]);
                    }
                }

                groups = span > 1 ? k - 1 : 0;
            }
            else if (groups > 0 && k * groups == width - 1)
            {
                // 金额 | 增速 given once for every group.
                for (var g = 0; g < groups; g++)
                {
                    for (var c = 0; c < k; c++)
                    {
                        Append(headers[1 + (g * k) + c], cells[c]);
                    }
                }
            }
            else if (k == width - 1)
            {
                for (var c = 0; c < k; c++)
                {
                    Append(headers[c + 1], cells[c]);
                }
            }
            else if (k > 0 && k < width - 1 && !first && UnitRuns(headers, cells) is { } runs)
            {
                // （%） | （元） | （万元/人） under eight named columns: a converter kept one cell of each run of
                // equal units; each cell goes to the run of columns whose names agree with it.
                for (var c = 1; c < width; c++)
                {
                    Append(headers[c], cells[runs[c - 1]]);
                }
            }
            else if (k > 0 && (width - 1) % k == 0)
            {
                var span = (width - 1) / k;
                for (var c = 0; c < k; c++)
                {
                    for (var s = 0; s < span; s++)
                    {
                        Append(headers[1 + (c * span) + s], cells[c]);
                    }
                }
            }
            else if (!(k < width - 1 && AllUnits(cells)))
            {
                // A short row of units nothing can place is left out rather than laid from the left.
                for (var c = 0; c < k; c++)
                {
                    Append(headers[c], cells[c]);
                }
            }

            first = false;
        }

        var result = new string[width];
        for (var i = 0; i < width; i++)
        {
            result[i] = headers[i].ToString();
        }

        return result;
    }

    // The cell of a short row of units each named column takes: runs in order, every cell used, the columns' names
    // agreeing with their units as far as they say (ClaimLexicon.ColumnKindHints). Null when the row is not all
    // units or the names cannot place every cell. Dynamic programming over columns × cells, for tables of a
    // readable width only.
    private static int[]? UnitRuns(StringBuilder[] headers, ImmutableArray<string> cells)
    {
        const int MaxColumns = 64;
        var n = headers.Length - 1;
        var k = cells.Length;
        if (n > MaxColumns || k < 2)
        {
            return null;
        }

        var kinds = new ClaimKind[k];
        for (var i = 0; i < k; i++)
        {
            if (UnitCell(cells[i]) is not { Kind: var kind })
            {
                return null;
            }

            kinds[i] = kind is ClaimKind.Share or ClaimKind.Change ? ClaimKind.Percent : kind;
        }

        var score = new int[n, k];
        for (var j = 0; j < n; j++)
        {
            var name = ChineseScript.ToSimplified(headers[j + 1].ToString()).AsSpan();
            // The most telling word wins: 人均营业收入 is per person, 营业收入利润率 a percentage.
            ClaimKind? hint = null;
            for (var e = name.Length; e > 0; e--)
            {
                if (ClaimLexicon.ColumnKindHints.MatchBefore(name, e, 0, out _, out var kind) && HintRank(kind) > (hint is { } h ? HintRank(h) : -1))
                {
                    hint = kind;
                }
            }

            for (var i = 0; i < k; i++)
            {
                score[j, i] = hint is not { } h ? 0 : h == kinds[i] ? 2 : -2;
            }
        }

        // best[j, i]: the best total for columns 0..j with column j on cell i and cells 0..i all used.
        var best = new int[n, k];
        var fromSame = new bool[n, k];
        for (var j = 0; j < n; j++)
        {
            for (var i = 0; i < k; i++)
            {
                best[j, i] = int.MinValue;
                if (i > j || k - i > n - j)
                {
                    continue;
                }

                if (j == 0)
                {
                    best[j, i] = i == 0 ? score[0, 0] : int.MinValue;
                    continue;
                }

                var same = best[j - 1, i];
                var next = i > 0 ? best[j - 1, i - 1] : int.MinValue;
                if (same == int.MinValue && next == int.MinValue)
                {
                    continue;
                }

                fromSame[j, i] = same >= next;
                best[j, i] = Math.Max(same, next) + score[j, i];
            }
        }

        if (best[n - 1, k - 1] == int.MinValue)
        {
            return null;
        }

        var runs = new int[n];
        var matched = new bool[k];
        for (int j = n - 1, i = k - 1; j >= 0; j--)
        {
            runs[j] = i;
            matched[i] |= score[j, i] > 0;
            if (j > 0 && !fromSame[j, i])
            {
                i--;
            }
        }

        return Array.TrueForAll(matched, m => m) ? runs : null;
    }

    // （%）, （万元/人）: a cell that is a unit in brackets and nothing else.
    private static ColumnUnit? UnitCell(string cell)
    {
        var trimmed = cell.AsSpan().Trim();
        return trimmed.Length >= 3 && trimmed[0] is '(' or '（' ? ReadUnit("x" + trimmed.ToString()) : null;
    }

    private static bool AllUnits(ImmutableArray<string> cells)
    {
        foreach (var cell in cells)
        {
            if (UnitCell(cell) is null)
            {
                return false;
            }
        }

        return cells.Length > 0;
    }

    private static int HintRank(ClaimKind kind) => kind switch
    {
        ClaimKind.Rate => 3,
        ClaimKind.Duration => 2,
        ClaimKind.Percent => 1,
        _ => 0,
    };

    private static void Append(StringBuilder header, string cell)
    {
        if (cell.Length == 0)
        {
            return;
        }

        if (header.Length > 0)
        {
            header.Append(' ');
        }

        header.Append(cell);
    }

    // 其中：港口, #内资企业, 　　零售业: the label without the marks of a sub-row.
    internal static string? RowLabel(string cell)
    {
        var label = cell.AsSpan().TrimStart(" 　\t#＃");
        foreach (var mark in (ReadOnlySpan<string>)["其中：", "其中:", "其中"])
        {
            if (label.StartsWith(mark, StringComparison.Ordinal))
            {
                label = label[mark.Length..].TrimStart(" 　");
                break;
            }
        }

        return label.Length == 0 || TableRecognizer.IsFigure(label) ? null : label.ToString();
    }

    // 营业收入 金额（亿元） → 营业收入 金额: the header's words less its brackets and the words that hold digits (periods
    // such as 1-9月 differ from issue to issue while the measure stays).
    private static string? ColumnMeasure(string header)
    {
        var words = new StringBuilder();
        var depth = 0;
        var wordStart = -1;
        for (var i = 0; i <= header.Length; i++)
        {
            var c = i < header.Length ? header[i] : ' ';
            if (c is '（' or '(' or '［' or '[')
            {
                depth++;
            }

            var inside = depth > 0;
            if (c is '）' or ')' or '］' or ']')
            {
                depth = Math.Max(0, depth - 1);
                inside = true;
            }

            if (!inside && !TextScan.IsWhite(c) && c != '　')
            {
                wordStart = wordStart < 0 ? i : wordStart;
                continue;
            }

            if (wordStart >= 0)
            {
                var word = header.AsSpan(wordStart, i - wordStart);
                if (!word.ContainsAnyInRange('0', '9') && !word.ContainsAnyInRange('０', '９') && !IsValueColumnWord(word))
                {
                    words.Append(words.Length > 0 ? " " : string.Empty).Append(word);
                }

                wordStart = -1;
            }
        }

        return words.Length == 0 ? null : words.ToString();
    }

    // 1-6月 / 1—5月份 / 6月末 / 2024年1-9月: the column's period, in the year the caption or document gives; with no
    // year known, the header's words as written (asof 3月末, 1-3月), as docs/claims.md writes a period it cannot resolve.
    private static ClaimPeriod? HeaderPeriod(string header, int? year, bool rocYears)
    {
        if (header.Length == 0)
        {
            return null;
        }

        var folded = ChineseScript.ToSimplified(header);
        var month = folded.IndexOf('月');
        if (month < 0)
        {
            return folded.Contains('年', StringComparison.Ordinal) ? PeriodReader.Find(folded, 0, folded.Length, year, rocYears) : null;
        }

        var end = month + 1;
        var asOf = end < folded.Length && folded[end] is '末' or '底';
        if (year is not null || folded.AsSpan(0, month).Contains('年'))
        {
            var found = PeriodReader.Find(folded + "：", 0, folded.Length + 1, year, rocYears);
            if (found is not null)
            {
                return asOf && !found.Text.StartsWith("asof", StringComparison.Ordinal) && found.End is { } last
                    ? new ClaimPeriod($"asof {new IsoDate(last)}", found.Words, null, last)
                    : found;
            }
        }

        var start = month;
        while (start > 0 && (TextScan.IsDigit(folded[start - 1]) || ClaimScanner.IsRangeConnector(CharFold.Fold(folded[start - 1]))))
        {
            start--;
        }

        if (start == month)
        {
            return null;
        }

        var words = header.Substring(start, end - start + (asOf ? 1 : 0));
        var text = new StringBuilder(words.Length);
        foreach (var ch in words)
        {
            text.Append(ClaimScanner.IsRangeConnector(CharFold.Fold(ch)) ? '-' : CharFold.Fold(ch));
        }

        return new ClaimPeriod(asOf ? "asof " + text : text.ToString(), words, null, null);
    }

    private static bool IsSinceYearStart(string header)
    {
        var folded = ChineseScript.ToSimplified(header);
        return folded.Contains("比年初", StringComparison.Ordinal) || folded.Contains("较年初", StringComparison.Ordinal);
    }

    // asof 2025-03-31 → 2025-01/2025-03; with no year, the header's words (年初/3月末), as docs/claims.md writes a
    // period it cannot resolve.
    private static ClaimPeriod SinceYearStart(ClaimPeriod balance)
    {
        if (balance.End is { } end)
        {
            var first = new LocalDate(end.Year, 1, 1);
            var label = end.Month == 1 ? $"{end.Year}-01" : $"{end.Year}-01/{IsoDate.Month(end)}";
            return new ClaimPeriod(label, "年初/" + balance.Words, first, end);
        }

        return new ClaimPeriod("年初/" + balance.Words, "年初/" + balance.Words, null, null);
    }

    // Whether a claim the text scanner found (drafts[0..scanned), sorted by start) covers the position: a binary
    // search, so that a table of a million cells stays linear.
    private static bool Covered(List<ClaimDraft> drafts, int scanned, int position)
    {
        var found = ClaimExtractor.LastStartingAtOrBefore(scanned, drafts, static (list, i) => list[i].Start, position);
        return found >= 0 && position < drafts[found].End;
    }

    // 利润总额(亿元), 同比增长（%）, 占比(%), 增速（±%）, 期末数（万户）, （元/人）, （天）: the words in brackets give unit and
    // magnitude, the words before them the kind. A percent sign needs no brackets (增减%, 比上年增长％, 同比±%).
    private static ColumnUnit? ReadUnit(string header)
    {
        var folded = ChineseScript.ToSimplified(header);
        var open = folded.AsSpan().LastIndexOfAny('(', '（');
        var close = folded.AsSpan().LastIndexOfAny(')', '）');
        ReadOnlySpan<char> label, inside;
        var trimmed = folded.AsSpan().TrimEnd(" 　");
        if (open >= 0 && close > open)
        {
            label = folded.AsSpan(0, open);
            inside = folded.AsSpan(open + 1, close - open - 1).Trim().TrimStart("±+-");
        }
        else if (trimmed.Length > 1 && trimmed[^1] is '%' or '％')
        {
            label = trimmed[..^1].TrimEnd("±+-－ 　");
            inside = "%";
        }
        else
        {
            // No unit in brackets: a change column still says so in its words (增长, 同比).
            return null;
        }

        // 人民币万元, 新台币亿元: a currency named before the magnitude says whose 元.
        string? currency = null;
        if (ClaimLexicon.Units.MatchAt(inside, 0, inside.Length, out var named, out var namedUnit) && named.Length < inside.Length &&
            namedUnit.Kind == ClaimKind.Amount && ClaimLexicon.Magnitude(inside[named.Length]) > 0m)
        {
            currency = namedUnit.Code;
            inside = inside[named.Length..];
        }

        var factor = 1m;
        var i = 0;
        while (i < inside.Length && ClaimLexicon.Magnitude(inside[i]) is var m and > 0m)
        {
            factor *= m;
            i++;
        }

        var unitText = inside[i..].ToString();
        if (unitText is "%" or "％")
        {
            var kind = ClaimLexicon.ChangeVerbs.MatchBefore(label, label.Length, 0, out _, out _) || label.IndexOf("增") >= 0 || label.IndexOf("同比") >= 0
                ? ClaimKind.Change
                : label.IndexOf("比重") >= 0 || label.IndexOf("占") >= 0 || label.IndexOf("份额") >= 0 ? ClaimKind.Share : ClaimKind.Percent;
            return new ColumnUnit(kind, "%", 1m);
        }

        if (unitText.Length == 0)
        {
            return factor > 1m ? new ColumnUnit(ClaimKind.Count, "count", factor) : null;
        }

        var slash = unitText.IndexOf('/');
        if (slash > 0 && slash < unitText.Length - 1)
        {
            // 元/人, 万元/人, 美元/吨: a figure per unit is a rate.
            var top = unitText[..slash];
            var per = unitText[(slash + 1)..];
            if (ClaimLexicon.Units.MatchAt(top, 0, top.Length, out var word, out var money) && word.Length == top.Length && money.Kind == ClaimKind.Amount)
            {
                var denominator = ClaimLexicon.Units.MatchAt(per, 0, per.Length, out var perWord, out var perUnit) && perWord.Length == per.Length && perUnit.Kind == ClaimKind.Physical
                    ? perUnit.Code
                    : per;
                return new ColumnUnit(ClaimKind.Rate, money.Code + "/" + denominator, factor);
            }

            return null;
        }

        if (ClaimLexicon.Units.MatchAt(unitText, 0, unitText.Length, out var unitWord, out var unit) && unitWord.Length == unitText.Length && unit.Kind != ClaimKind.Index)
        {
            return new ColumnUnit(unit.Kind, currency is not null && unit.Kind == ClaimKind.Amount ? currency : unit.Code, factor);
        }

        if (ClaimLexicon.HeaderUnitSymbols.MatchAt(unitText, 0, unitText.Length, out var symbol, out var symbolUnit) && symbol.Length == unitText.Length)
        {
            return new ColumnUnit(symbolUnit.Kind, symbolUnit.Code, factor);
        }

        return ClaimLexicon.MeasureWords.MatchAt(unitText, 0, unitText.Length, out var measure, out _) && measure.Length == unitText.Length
            ? new ColumnUnit(ClaimKind.Count, "count", factor)
            : null;
    }

    // 企业数, 补丁数, 样本个数: a row label that names the number of things, not a coefficient or an index (系数, 指数).
    // Returns the things counted (企业), or null.
    private static string? CountedThings(string label)
    {
        var folded = ChineseScript.ToSimplified(label).AsSpan().TrimEnd(" 　");
        foreach (var ending in (ReadOnlySpan<string>)["数量", "个数", "数"])
        {
            if (folded.Length > ending.Length && folded.EndsWith(ending, StringComparison.Ordinal))
            {
                if (ClaimLexicon.NotCountNouns.MatchBefore(folded, folded.Length, 0, out var word, out _) && word.Length >= 2)
                {
                    return null;
                }

                var things = label.AsSpan().TrimEnd(" 　");
                return things[..^ending.Length].TrimEnd(" 　").ToString();
            }
        }

        return null;
    }

    private static bool TryBareNumber(string cell, out decimal value, out decimal precision, out bool percent)
    {
        value = 0m;
        precision = 0m;
        percent = false;
        var text = cell.AsSpan().Trim(" 　");
        var negative = text.Length > 1 && text[0] is '-' or '−' or '－';
        if (negative || (text.Length > 1 && text[0] == '+'))
        {
            text = text[1..];
        }

        if (text.Length > 1 && text[^1] is '%' or '％')
        {
            percent = true;
            text = text[..^1];
        }

        if (text.Length == 0 || text.ContainsAnyExcept(Punctuation.AsciiFigureCharacters) || !NumberReader.TryParse(text, out var reading) ||
            reading.Value is not { } v || reading.Lower is not null)
        {
            return false;
        }

        var decimals = text.IndexOf('.') is var dot and >= 0 ? text.Length - dot - 1 : 0;
        value = negative ? -v : v;
        precision = NumberReader.HalfUnit(Math.Min(decimals, 27));
        return true;
    }
}
