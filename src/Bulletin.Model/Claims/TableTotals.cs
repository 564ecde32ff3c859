// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Claims;

/// <summary>
/// The parts of a table's total row (<c>总计</c>, <c>合计</c>, <c>全省</c>), column by column. The rows that follow the
/// total at one indentation, unmarked, are its breakdown: the total is their sum (<see cref="ClaimRelationKind.TotalOf"/>).
/// A group opened by <c>其中</c> or <c>#</c> names only some of the parts, as does any group of a table whose caption
/// says it shows the main items (<c>主要</c>): each of its cells is a part no larger than the total
/// (<see cref="ClaimRelationKind.PartOf"/>), never a sum. Deeper-indented rows are parts of the row above them, not
/// of the total, and are left out.
/// </summary>
internal static class TableTotals
{
    /// <summary>One body row of a table: its label's indentation, how it opens, and its cells' claims by column.</summary>
    internal sealed record Row(int Depth, bool OpensPartialGroup, bool IsTotal, ClaimDraft?[] Cells);

    /// <summary>Reads what a row label says about the row's place in the breakdown.</summary>
    internal static (int Depth, bool OpensPartialGroup, bool IsTotal) ReadLabel(string cell)
    {
        var depth = 0;
        var i = 0;
        for (; i < cell.Length; i++)
        {
            if (cell[i] == '\u3000')
            {
                depth += 2;
            }
            else if (cell[i] is ' ' or '\u00a0')
            {
                depth++;
            }
            else
            {
                break;
            }
        }

        var label = cell.AsSpan(i);
        var partial = label.Length > 0 && (label[0] is '#' or '＃' || label.StartsWith("其中", StringComparison.Ordinal));

        // 总 计 and 合　计 are spaced for the column's width.
        Span<char> compact = stackalloc char[Math.Min(label.Length, 16)];
        var length = 0;
        foreach (var c in label)
        {
            if (c is not (' ' or '\u3000' or '\u00a0'))
            {
                if (length == compact.Length)
                {
                    return (depth, partial, false);
                }

                compact[length++] = c;
            }
        }

        var total = ClaimLexicon.TotalRowLabels.MatchAt(compact[..length], 0, length, out var word, out _) && word.Length == length;
        return (depth, partial, total);
    }

    /// <summary>Links each total row's cells with the cells of its parts in the same column.</summary>
    /// <param name="rows">The table's body rows, top to bottom.</param>
    /// <param name="mainItemsOnly">Whether the table says it shows only the main items.</param>
    internal static void Link(List<Row> rows, bool mainItemsOnly)
    {
        var t = rows.FindIndex(r => r.IsTotal);
        if (t < 0 || t != rows.FindLastIndex(r => r.IsTotal))
        {
            // No total, or several (a table of two years' totals): which rows belong to which is not written down.
            return;
        }

        var total = rows[t];
        var groups = new List<(bool Partial, List<Row> Members)>();
        if (t == rows.Count - 1 && t > 0)
        {
            // 合计 at the foot: the rows above it at the first row's indentation.
            groups.Add((mainItemsOnly, Level(rows, 0, t, rows[0].Depth)));
        }
        else
        {
            // Once a 其中 has opened a partial group, the rows after it are more of the parts named, never a full
            // breakdown; a row without figures (按地区分) heads the next breakdown.
            var i = t + 1;
            var seenPartial = false;
            while (i < rows.Count)
            {
                if (IsHeading(rows[i]))
                {
                    i++;
                    continue;
                }

                seenPartial |= rows[i].OpensPartialGroup;
                var partial = seenPartial || mainItemsOnly;
                var members = new List<Row> { rows[i] };
                var end = i + 1;
                while (end < rows.Count && !rows[end].OpensPartialGroup && !IsHeading(rows[end]) &&
                    (!rows[i].OpensPartialGroup || rows[end].Depth > total.Depth))
                {
                    end++;
                }

                // The group's level is its second row's indentation where the first is marked (其中：A / 　　　B lines up
                // B under A), else its first row's.
                if (end > i + 1)
                {
                    var depth = rows[i].OpensPartialGroup ? rows[i + 1].Depth : rows[i].Depth;
                    members.AddRange(Level(rows, i + 1, end, depth));
                }

                groups.Add((partial, members));
                i = end;
            }
        }

        foreach (var (partial, members) in groups)
        {
            for (var col = 0; col < total.Cells.Length; col++)
            {
                if (total.Cells[col] is not { } whole || !whole.Kind.IsLevel())
                {
                    continue;
                }

                LinkColumn(whole, members, col, partial);
            }
        }
    }

    private static void LinkColumn(ClaimDraft whole, List<Row> members, int col, bool partial)
    {
        // A sum is checked only where every part has its figure: an empty cell or a note in place of a figure leaves
        // the sum unknown.
        if (!partial && (members.Count < 2 || members.Exists(m => col >= m.Cells.Length || m.Cells[col] is not { } c || c.Unit != whole.Unit || c.Kind != whole.Kind)))
        {
            return;
        }

        foreach (var member in members)
        {
            if (col >= member.Cells.Length || member.Cells[col] is not { } part || part.Unit != whole.Unit || part.Kind != whole.Kind)
            {
                continue;
            }

            if (partial)
            {
                part.AddRelation(ClaimRelationKind.PartOf, whole);
            }
            else
            {
                whole.AddRelation(ClaimRelationKind.TotalOf, part);
            }
        }
    }

    private static List<Row> Level(List<Row> rows, int from, int to, int depth)
    {
        var level = new List<Row>();
        for (var i = from; i < to; i++)
        {
            if (rows[i].Depth == depth && !rows[i].IsTotal)
            {
                level.Add(rows[i]);
            }
        }

        return level;
    }

    private static bool IsHeading(Row row) => Array.TrueForAll(row.Cells, c => c is null);
}
