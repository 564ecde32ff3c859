// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using Bulletin.Model.Lexicons;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Claims;

/// <summary>
/// Claims in table cells (CLAIMS-SPEC, "Tables and signs"): a cell that holds only a number takes its unit and
/// magnitude from its column header (<c>利润总额(亿元)</c>, <c>同比增长(%)</c>) or from a <c>单位：</c> line above.
/// </summary>
internal static class TableClaims
{
    private readonly record struct ColumnUnit(ClaimKind Kind, string Unit, decimal Factor);

    internal static void Add(string source, Block table, string? captionUnit, List<ClaimDraft> drafts)
    {
        var header = table.Rows.IsDefaultOrEmpty ? null : table.Rows[0].IsHeader ? table.Rows[0] : null;
        var fallback = captionUnit is null ? (ColumnUnit?)null : ReadUnit(captionUnit);
        foreach (var row in table.Rows)
        {
            if (row.IsHeader)
            {
                continue;
            }

            var position = row.Span.Start;
            for (var c = 0; c < row.Cells.Length; c++)
            {
                var cell = row.Cells[c];
                var at = cell.Length == 0 ? -1 : source.IndexOf(cell, position, Math.Max(0, row.Span.End - position), StringComparison.Ordinal);
                if (at < 0)
                {
                    continue;
                }

                position = at + cell.Length;
                var unit = header is not null && c < header.Cells.Length ? ReadUnit(header.Cells[c]) ?? fallback : fallback;
                if (unit is { } u && TryBareNumber(cell, out var value, out var precision) && !Covered(drafts, at))
                {
                    drafts.Add(new ClaimDraft
                    {
                        Start = at,
                        NumberStart = at,
                        End = at + cell.Length,
                        Kind = u.Kind,
                        Unit = u.Unit,
                        Value = value * u.Factor,
                        Precision = precision * u.Factor,
                        HasUnitWord = true,
                        KindFromContext = true,
                    });
                }
            }
        }
    }

    /// <summary>Reads <c>单位：亿元</c> from a line next to a table.</summary>
    internal static string? CaptionUnit(string text)
    {
        var folded = ChineseScript.ToSimplified(text);
        var at = folded.IndexOf("单位", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var rest = folded.AsSpan(at + 2).TrimStart(" ：:");
        var end = rest.IndexOfAny("，,；;。)）");
        return "(" + (end < 0 ? rest : rest[..end]).Trim().ToString() + ")";
    }

    private static bool Covered(List<ClaimDraft> drafts, int position)
    {
        foreach (var draft in drafts)
        {
            if (position >= draft.Start && position < draft.End)
            {
                return true;
            }
        }

        return false;
    }

    // 利润总额(亿元), 同比增长（%）, 占比(%): the words in brackets give unit and magnitude, the words before the kind.
    private static ColumnUnit? ReadUnit(string header)
    {
        var folded = ChineseScript.ToSimplified(header);
        var open = folded.LastIndexOfAny(['(', '（']);
        var close = folded.LastIndexOfAny([')', '）']);
        if (open < 0 || close <= open)
        {
            return null;
        }

        var inside = folded.AsSpan(open + 1, close - open - 1).Trim();
        var label = folded.AsSpan(0, open);
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

        if (ClaimLexicon.Units.MatchAt(unitText, 0, unitText.Length, out var word, out var unit) && word.Length == unitText.Length && unit.Kind != ClaimKind.Index)
        {
            return new ColumnUnit(unit.Kind, unit.Code, factor);
        }

        return ClaimLexicon.MeasureWords.MatchAt(unitText, 0, unitText.Length, out var measure, out _) && measure.Length == unitText.Length
            ? new ColumnUnit(ClaimKind.Count, "count", factor)
            : null;
    }

    private static bool TryBareNumber(string cell, out decimal value, out decimal precision)
    {
        value = 0m;
        precision = 0m;
        var text = cell.AsSpan().Trim();
        var negative = text.Length > 1 && text[0] is '-' or '−' or '－';
        if (negative)
        {
            text = text[1..];
        }

        if (text.Length == 0 || !NumberReader.TryParse(text.ToString(), out var reading) || reading.Value is not { } v || reading.Lower is not null)
        {
            return false;
        }

        var decimals = text.IndexOf('.') is var dot and >= 0 ? text.Length - dot - 1 : 0;
        value = negative ? -v : v;
        precision = NumberReader.Pow10(-decimals) / 2m;
        return !text.ContainsAnyExcept("0123456789.,");
    }
}
