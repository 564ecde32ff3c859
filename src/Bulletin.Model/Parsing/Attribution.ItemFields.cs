// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <content>
/// A digest item's attribution line, which stands under its title and names its fields side by side:
/// <c>来源：海港日报　发布时间：2025-04-18 09:30　栏目：经济</c>.
/// </content>
internal static partial class Attribution
{
    private const int MaxItemFieldsLength = 120;

    /// <summary>The fields of a digest item's attribution line, cut from the text as written.</summary>
    internal readonly record struct ItemFields(string Source, string? Published, string? Column);

    /// <summary>
    /// Reads a line of fields side by side that names a source and at least one more field (a published time, a
    /// column), opening with one of them; a source line alone (<c>来源：新华社</c>) is not one, and stays the closing
    /// attribution it is. A page counter among them (<c>浏览次数：1532</c>) is passed.
    /// </summary>
    internal static bool TryItemFields(string text, string folded, out ItemFields fields)
    {
        fields = default;
        if (folded.Length > MaxItemFieldsLength || folded.Length != text.Length)
        {
            return false;
        }

        var starts = new List<(int Label, int Value, int Kind)>(3);
        for (var i = 0; i < folded.Length; i++)
        {
            if (i > 0 && !TextScan.IsWhite(folded[i - 1]))
            {
                continue;
            }

            if (FieldAt(folded, i) is ({ } length, var kind))
            {
                var value = i + length;
                while (value < folded.Length && TextScan.IsWhite(folded[value]))
                {
                    value++;
                }

                if (value < folded.Length && folded[value] is ':' or '：')
                {
                    starts.Add((i, value + 1, kind));
                    i = value;
                }
            }
        }

        // The fields may stand in any order (发布时间：… 来源：… on a web page, 来源：… 发布时间：… in a digest), opening the line.
        if (starts.Count < 2 || starts[0].Label != 0)
        {
            return false;
        }

        string? source = null, published = null, column = null;
        for (var k = 0; k < starts.Count; k++)
        {
            var end = k + 1 < starts.Count ? starts[k + 1].Label : text.Length;
            var value = TextScan.Trim(text[starts[k].Value..end]);
            switch (starts[k].Kind)
            {
                case SourceField:
                    source ??= value;
                    break;
                case TimeField:
                    published ??= value;
                    break;
                case CounterField:
                    break;
                default:
                    column ??= value;
                    break;
            }
        }

        if (string.IsNullOrEmpty(source) || (published is null && column is null))
        {
            return false;
        }

        fields = new ItemFields(source, published, string.IsNullOrEmpty(column) ? null : column);
        return true;
    }

    private const int SourceField = 0;
    private const int TimeField = 1;
    private const int ColumnField = 2;
    private const int CounterField = 3;

    private static (int? Length, int Kind) FieldAt(string folded, int at)
    {
        var rest = folded.AsSpan(at);
        return TextScan.StartsWithAny(rest, AttributionLexicon.SourceLabels) is { } source ? (source.Length, SourceField)
            : TextScan.StartsWithAny(rest, MastheadLexicon.DateLabels) is { } time ? (time.Length, TimeField)
            : TextScan.StartsWithAny(rest, AttributionLexicon.ColumnLabels) is { } column ? (column.Length, ColumnField)
            : TextScan.StartsWithAny(rest, AttributionLexicon.PageCounterLabels) is { } counter ? (counter.Length, CounterField)
            : (null, 0);
    }
}
