// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Claims;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Validation;

/// <summary>
/// What the notes under a table (<c>注：…</c>) say about its sums: that totals and parts differ by rounding
/// (<c>四舍五入</c>), which widens the tolerance, or that its groups overlap (<c>各组之间有交叉</c>), so that its rows
/// are not parts of one sum.
/// </summary>
internal readonly record struct TableNote(bool Rounding, bool Overlap)
{
    // The notes stand in the paragraphs right under the table; a third paragraph is the text again.
    private const int NoteBlocks = 2;

    internal static TableNote Of(ValidationContext context, QuantifiedClaim claim)
    {
        if (!Rules.FigureRule.TryBlockOf(context, claim, out var blocks, out var b) || blocks[b].Rows.IsDefaultOrEmpty)
        {
            return default;
        }

        var (rounding, overlap) = (false, false);
        for (var i = b + 1; i < blocks.Length && i <= b + NoteBlocks; i++)
        {
            var text = blocks[i].Text.AsSpan().TrimStart(" 　\t");
            if (!ClaimLexicon.TableNoteOpeners.MatchAt(text, 0, text.Length, out _, out _))
            {
                break;
            }

            for (var k = 0; k < text.Length; k++)
            {
                if (ClaimLexicon.TableNoteWords.MatchAt(text, k, text.Length, out _, out var says))
                {
                    rounding |= says == TableNoteKind.Rounding;
                    overlap |= says == TableNoteKind.Overlap;
                }
            }
        }

        return new TableNote(rounding, overlap);
    }
}
