// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Text;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Finds the tables that are not Markdown pipe tables and makes each a table block, whatever its text form: rows of
/// cells joined by <c> | </c> or <c>｜</c> with no separator row (as PDF and HTML converters write them),
/// tab-separated rows, columns aligned with spaces, and HTML <c>&lt;table&gt;</c> markup inside the text
/// (<c>&lt;tr&gt;</c>, <c>&lt;td&gt;</c>/<c>&lt;th&gt;</c>, <c>colspan</c>). Header rows are the rows before the first row that holds a figure.
/// One pass over the blocks; each line is looked at a bounded number of times, so the work is linear in the text.
/// </summary>
internal static class TableRecognizer
{
    /// <summary>The most cells a row keeps; the rest of a longer row stays in its last cell, so no text is lost.</summary>
    internal const int MaxCells = 65_536;

    private const int MaxHtmlTableBlocks = 4096;

    internal static void Recognize(List<RawBlock> blocks, string source)
    {
        var result = new List<RawBlock>(blocks.Count);
        var changed = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Kind is not (RawBlockKind.Paragraph or RawBlockKind.ListItem or RawBlockKind.Quote))
            {
                result.Add(block);
                continue;
            }

            if (StartsHtmlTable(source, block))
            {
                var last = i;
                while (last < blocks.Count - 1 && last - i < MaxHtmlTableBlocks && !EndsHtmlTable(source, blocks[last]))
                {
                    last++;
                }

                if (HtmlTable(source, block.Start, blocks[last].End) is { } html)
                {
                    result.Add(html);
                    i = last;
                    changed = true;
                    continue;
                }
            }

            if (block.Kind == RawBlockKind.Paragraph && SplitRows(source, block, result))
            {
                changed = true;
                continue;
            }

            result.Add(block);
        }

        if (changed)
        {
            blocks.Clear();
            blocks.AddRange(result);
        }

        JoinRowRuns(blocks);
    }

    // A Markdown paragraph whose lines are rows (Markdig joins lines without a separator row into one paragraph):
    // the rows become a table, the lines around them paragraphs of their own.
    private static bool SplitRows(string source, RawBlock block, List<RawBlock> into)
    {
        if (block.IsPlainLine)
        {
            return false;
        }

        var end = Math.Min(block.End, source.Length);
        var lines = new List<(int Start, int End, bool Row)>();
        var rows = 0;
        for (var p = block.Start; p < end;)
        {
            var lineEnd = source.IndexOf('\n', p, end - p);
            var e = lineEnd < 0 ? end : lineEnd;
            var isRow = IsRow(source.AsSpan(p, e - p));
            rows += isRow ? 1 : 0;
            lines.Add((p, e, isRow));
            p = e + 1;
        }

        if (rows < 2)
        {
            return false;
        }

        var pieces = new List<RawBlock>();
        var tables = 0;
        var k = 0;
        while (k < lines.Count)
        {
            var first = k;
            var isRow = lines[k].Row;
            while (k < lines.Count && lines[k].Row == isRow)
            {
                k++;
            }

            var start = lines[first].Start;
            var stop = lines[k - 1].End;
            if (isRow && k - first >= 2 && RowTable(source, lines, first, k) is { } table)
            {
                pieces.Add(table);
                tables++;
            }
            else
            {
                // The lines around a table in one paragraph are its caption and unit lines: a block each.
                for (var l = first; l < k; l++)
                {
                    var (lineStart, lineEnd, _) = lines[l];
                    var line = TextScan.Trim(source.AsSpan(lineStart, lineEnd - lineStart));
                    if (line.Length > 0)
                    {
                        var at = source.IndexOf(line[0], lineStart);
                        pieces.Add(new RawBlock(RawBlockKind.Paragraph, line.ToString(), at, at + line.Length) { IsPlainLine = true });
                    }
                }
            }
        }

        if (tables == 0)
        {
            return false;
        }

        into.AddRange(pieces);
        return true;
    }

    // Plain lines, one block each: a run of two or more consecutive row lines is one table.
    private static void JoinRowRuns(List<RawBlock> blocks)
    {
        var result = new List<RawBlock>(blocks.Count);
        var changed = false;
        for (var i = 0; i < blocks.Count; i++)
        {
            var run = i;
            while (run < blocks.Count && blocks[run] is { Kind: RawBlockKind.Paragraph, IsPlainLine: true } b && IsRow(b.Text))
            {
                run++;
            }

            // A table takes two rows or more.
            if (run - i < 2)
            {
                result.Add(blocks[i]);
                continue;
            }

            var rows = new List<RawRow>(run - i);
            for (var r = i; r < run; r++)
            {
                rows.Add(new RawRow(SplitCells(blocks[r].Text), false, blocks[r].Start, blocks[r].End));
            }

            if (IsAligned(blocks[i].Text) ? IsAlignedTable(rows) : IsTable(rows))
            {
                result.Add(Table(rows, blocks[i].Start, blocks[run - 1].End));
                changed = true;
            }
            else
            {
                // No later start in the run makes a table either: its rows are some of these, and a figure or three
                // rows alike in them would be in these. So the run is passed whole, not split again from each row.
                for (var r = i; r < run; r++)
                {
                    result.Add(blocks[r]);
                }
            }

            i = run - 1;
        }

        if (changed)
        {
            blocks.Clear();
            blocks.AddRange(result);
        }
    }

    private static RawBlock? RowTable(string source, List<(int Start, int End, bool Row)> lines, int first, int stop)
    {
        var rows = new List<RawRow>(stop - first);
        for (var k = first; k < stop; k++)
        {
            var (start, end, _) = lines[k];
            var line = source.AsSpan(start, end - start).TrimEnd('\r');
            var lead = 0;
            while (lead < line.Length && line[lead] == ' ')
            {
                lead++;
            }

            rows.Add(new RawRow(SplitCells(line[lead..]), false, start + lead, start + line.Length));
        }

        var aligned = IsAligned(source.AsSpan(lines[first].Start, lines[first].End - lines[first].Start));
        return (aligned ? IsAlignedTable(rows) : IsTable(rows)) ? Table(rows, lines[first].Start, lines[stop - 1].End) : null;
    }

    // Rows joined by | are a table when one of them holds a figure, or when three or more have the same three or more
    // cells; two lines of credits (作者| … |编辑| …) are not.
    private static bool IsTable(List<RawRow> rows)
    {
        if (rows.Count < 2)
        {
            return false;
        }

        foreach (var row in rows)
        {
            if (HoldsFigure(row.Cells))
            {
                return true;
            }
        }

        var same = 1;
        for (var r = 1; r < rows.Count; r++)
        {
            same = rows[r].Cells.Length == rows[r - 1].Cells.Length && rows[r].Cells.Length >= 3 ? same + 1 : 1;
            if (same >= 3)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsAligned(ReadOnlySpan<char> line) => line.IndexOfAny('|', '｜', '\t') < 0;

    // Columns aligned with spaces make a table only with a header row above the figures (指标名称  单位  绝对数), or
    // with rows of two figures or more: a contents of a line an entry (第一章  总则  1) has a page number on each
    // line and no header, and three cells alike are too weak a sign where no rule marks the columns.
    private static bool IsAlignedTable(List<RawRow> rows)
    {
        if (rows.Count < 2)
        {
            return false;
        }

        var headed = !HoldsFigure(rows[0].Cells);
        foreach (var row in rows)
        {
            var figures = 0;
            for (var c = 1; c < row.Cells.Length; c++)
            {
                figures += IsFigure(row.Cells[c]) ? 1 : 0;
            }

            if (figures >= 2 || (headed && figures > 0))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Makes a table block of rows, marking as header the rows before the first that holds a figure.</summary>
    internal static RawBlock Table(List<RawRow> rows, int start, int end)
    {
        var firstData = rows.FindIndex(r => HoldsFigure(r.Cells));
        var length = 0;
        foreach (var row in rows)
        {
            foreach (var cell in row.Cells)
            {
                length += cell.Length + 3;
            }
        }

        // Sized once; the last row's line break is left off rather than trimmed off a copy.
        var text = new StringBuilder(length);
        for (var r = 0; r < rows.Count; r++)
        {
            if (r < firstData && !rows[r].IsHeader)
            {
                rows[r] = rows[r] with { IsHeader = true };
            }

            if (r > 0)
            {
                text.Append('\n');
            }

            text.AppendJoin(" | ", rows[r].Cells);
        }

        return new RawBlock(RawBlockKind.Table, text.ToString().TrimEnd(), start, end) { Rows = rows };
    }

    /// <summary>Whether a line is a row of cells: two or more cells joined by <c>|</c>, <c>｜</c> or tabs, or three or more aligned with spaces.</summary>
    internal static bool IsRow(ReadOnlySpan<char> line)
    {
        var trimmed = line.Trim(" \t\r\u3000");
        if (trimmed.Length < 3)
        {
            return false;
        }

        var rule = RuleOf(trimmed);
        var pipe = rule == '\t' ? -1 : trimmed.IndexOf(rule);
        if (pipe >= 0)
        {
            // Cells joined by " | " (or "|" between cells); a line that is only pipes and dashes is a separator row.
            var inner = trimmed.Trim(rule);
            return inner.IndexOf(rule) >= 0 || (pipe > 0 && pipe < trimmed.Length - 1)
                ? inner.ContainsAnyExcept(rule == '|' ? "|-: " : "｜-: －：") && !IsLink(trimmed)
                : false;
        }

        return trimmed.IndexOf('\t') > 0 || IsAlignedRow(trimmed);
    }

    // Marks of a sentence, which a row of a table aligned with spaces does not hold.
    private static readonly SearchValues<char> s_sentenceMarks = SearchValues.Create("。，；！？,;!?");

    // A row of columns aligned with spaces (指标名称      单位      绝对数), as text exported from a word processor or
    // a PDF lays a table out: three cells or more, two spaces or more apart, and no sentence among them.
    private static bool IsAlignedRow(ReadOnlySpan<char> trimmed) =>
        trimmed.IndexOfAny(s_sentenceMarks) < 0 && CountAlignedCells(trimmed, MinAlignedCells) >= MinAlignedCells;

    private const int MinAlignedCells = 3;

    // Two spaces or more (full-width ones too) part two cells; one space stays inside a cell (GDP 增速, 第 一).
    private const int MinAlignedGap = 2;

    private static bool IsGap(char c) => c is ' ' or '\u3000';

    private static int SkipGap(ReadOnlySpan<char> text, int at)
    {
        while (at < text.Length && IsGap(text[at]))
        {
            at++;
        }

        return at;
    }

    // The cells of an aligned row up to enough (a line need be read no further to tell it is a row).
    private static int CountAlignedCells(ReadOnlySpan<char> text, int enough)
    {
        var cells = 0;
        var i = 0;
        while (i < text.Length && cells < enough)
        {
            cells++;
            i = SkipGap(text, AlignedCellEnd(text, i));
        }

        return cells;
    }

    // Where the cell starting at start ends: at the first gap of two spaces or more, or the text's end.
    private static int AlignedCellEnd(ReadOnlySpan<char> text, int start)
    {
        var i = start;
        while (i < text.Length)
        {
            if (!IsGap(text[i]))
            {
                i++;
                continue;
            }

            var gapEnd = SkipGap(text, i);
            if (gapEnd - i >= MinAlignedGap || gapEnd == text.Length)
            {
                return i;
            }

            i = gapEnd;
        }

        return i;
    }

    private static string[] SplitAligned(ReadOnlySpan<char> text)
    {
        var cells = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var end = AlignedCellEnd(text, i);
            if (cells.Count == MaxCells - 1)
            {
                end = text.Length;
            }

            cells.Add(text[i..end].ToString());
            i = SkipGap(text, end);
        }

        return [.. cells];
    }

    // The character a row's cells are ruled with: | as Markdown writes it, else the full-width ｜ some documents rule
    // their tables with, else a tab.
    private static char RuleOf(ReadOnlySpan<char> line) =>
        line.IndexOf('|') >= 0 ? '|' : line.IndexOf('｜') >= 0 ? '｜' : '\t';

    // [a|b](url) and similar are not rows.
    private static bool IsLink(ReadOnlySpan<char> line) => line.IndexOf("](", StringComparison.Ordinal) >= 0 && line.Count('|') == 1;

    internal static string[] SplitCells(ReadOnlySpan<char> line)
    {
        var text = line.Trim(" \r");
        var separator = RuleOf(text);
        if (separator == '\t' && text.IndexOf('\t') < 0)
        {
            return SplitAligned(text.Trim("\u3000"));
        }

        if (separator != '\t')
        {
            if (text.Length > 0 && text[0] == separator)
            {
                text = text[1..];
            }

            if (text.Length > 0 && text[^1] == separator)
            {
                text = text[..^1];
            }
        }

        // Counted first, so the cells go straight into an array of their number.
        var cells = new string[Math.Min(text.Count(separator) + 1, MaxCells)];
        for (var k = 0; ; k++)
        {
            var at = k == cells.Length - 1 ? -1 : text.IndexOf(separator);
            var cell = at < 0 ? text : text[..at];
            cells[k] = cell.Trim(" \t").ToString();
            if (at < 0)
            {
                break;
            }

            text = text[(at + 1)..];
        }

        return cells;
    }

    private static bool HoldsFigure(string[] cells)
    {
        for (var c = 1; c < cells.Length; c++)
        {
            if (IsFigure(cells[c]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a cell is a bare figure: digits with an optional sign, decimal point, separators and %.</summary>
    internal static bool IsFigure(ReadOnlySpan<char> cell)
    {
        var text = cell.Trim(" \u3000");
        if (text.Length > 0 && text[0] is '-' or '−' or '－' or '+')
        {
            text = text[1..];
        }

        if (text.Length > 0 && text[^1] is '%' or '％')
        {
            text = text[..^1];
        }

        return text.Length > 0 && TextScan.IsDigit(text[0]) && !text.ContainsAnyExcept(Punctuation.FigureCharacters);
    }

    // PDF and HTML converters wrap a table in the page's own tags (<html><body><table>, <div><table>): those wrappers
    // are skipped, anything else before the <table> tag means the block is not a table.
    private static bool StartsHtmlTable(string source, RawBlock block)
    {
        var text = source.AsSpan(block.Start, Math.Min(block.End, source.Length) - block.Start).TrimStart();
        while (!text.StartsWith("<table", StringComparison.OrdinalIgnoreCase))
        {
            var gt = text.IndexOf('>');
            if (text.Length < 2 || text[0] != '<' || gt < 0 || TagName(text[1..gt]) is not ("html" or "body" or "div" or "center" or "figure"))
            {
                return false;
            }

            text = text[(gt + 1)..].TrimStart();
        }

        return true;
    }

    private static bool EndsHtmlTable(string source, RawBlock block) =>
        source.AsSpan(block.Start, Math.Min(block.End, source.Length) - block.Start).IndexOf("</table>", StringComparison.OrdinalIgnoreCase) >= 0;

    // <tr><td>…</td><th colspan="2">…</th></tr>: one pass over the tags. A cell's text is what stands between its
    // tags (inner tags dropped, entities as written); a colspan repeats the cell so that columns stay aligned; an
    // unclosed cell or row ends at the next one. Returns null when no row holds a cell.
    private static RawBlock? HtmlTable(string source, int start, int end)
    {
        var rows = new List<RawRow>();
        var span = source.AsSpan(0, Math.Min(end, source.Length));
        List<string>? cells = null;
        var rowStart = 0;
        var rowIsHeader = true;
        var cellStart = -1;
        var cellIsHeader = false;
        var cellSpan = 1;
        var cell = new StringBuilder();
        var p = start;
        while (p < span.Length)
        {
            var lt = span[p..].IndexOf('<');
            if (lt < 0)
            {
                break;
            }

            var at = p + lt;
            if (cellStart >= 0)
            {
                cell.Append(span[p..at]);
            }

            var gt = span[at..].IndexOf('>');
            var tagEnd = gt < 0 ? span.Length : at + gt + 1;
            var tag = span[(at + 1)..Math.Max(at + 1, tagEnd - 1)];
            var closing = tag.Length > 0 && tag[0] == '/';
            var name = TagName(closing ? tag[1..] : tag);
            if (name is "td" or "th" or "tr" or "table")
            {
                if (cellStart >= 0 && cells is not null)
                {
                    // Any of these ends the open cell.
                    AddCell(cells, cell, cellSpan);
                    rowIsHeader &= cellIsHeader;
                    cellStart = -1;
                }

                if ((name is "tr" or "table") && cells is not null)
                {
                    if (cells.Count > 0)
                    {
                        rows.Add(new RawRow([.. cells], rowIsHeader, rowStart, at));
                    }

                    cells = null;
                }

                if (!closing && name == "tr")
                {
                    cells = [];
                    rowStart = at;
                    rowIsHeader = true;
                }
                else if (!closing && name is "td" or "th")
                {
                    if (cells is null)
                    {
                        cells = [];
                        rowStart = at;
                        rowIsHeader = true;
                    }

                    cellStart = tagEnd;
                    cellIsHeader = name == "th";
                    cellSpan = ColSpan(tag);
                    cell.Clear();
                }
            }

            p = tagEnd;
        }

        if (cells is not null)
        {
            if (cellStart >= 0)
            {
                cell.Append(span[Math.Min(p, span.Length)..]);
                AddCell(cells, cell, cellSpan);
            }

            if (cells.Count > 0)
            {
                rows.Add(new RawRow([.. cells], rowIsHeader, rowStart, span.Length));
            }
        }

        return rows.Count == 0 ? null : Table(rows, start, end);
    }

    private static void AddCell(List<string> cells, StringBuilder cell, int span)
    {
        var text = StripTags(cell.ToString());
        var repeat = Math.Clamp(span, 1, Math.Max(0, MaxCells - cells.Count));
        for (var r = 0; r < repeat; r++)
        {
            cells.Add(text);
        }
    }

    private static string TagName(ReadOnlySpan<char> tag)
    {
        var n = 0;
        while (n < tag.Length && n < 8 && char.IsAsciiLetterOrDigit(tag[n]))
        {
            n++;
        }

        return n == 0 || n >= 8 ? string.Empty : tag[..n].ToString().ToLowerInvariant();
    }

    private static int ColSpan(ReadOnlySpan<char> attributes)
    {
        var at = attributes.IndexOf("colspan", StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            return 1;
        }

        var p = at + 7;
        while (p < attributes.Length && attributes[p] is ' ' or '=' or '"' or '\'')
        {
            p++;
        }

        return TextScan.TryReadInt(attributes[p..], out var value, out _) ? value : 1;
    }

    private static string StripTags(ReadOnlySpan<char> html)
    {
        var builder = new StringBuilder(html.Length);
        var inTag = false;
        foreach (var c in html)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>')
            {
                inTag = false;
            }
            else if (!inTag)
            {
                builder.Append(c is '\n' or '\r' or '\t' ? ' ' : c);
            }
        }

        return builder.ToString().Trim(' ');
    }
}
