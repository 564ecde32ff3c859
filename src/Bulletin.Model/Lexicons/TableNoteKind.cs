// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

namespace Bulletin.Model.Lexicons;

/// <summary>What a note under a table says about its sums.</summary>
internal enum TableNoteKind
{
    /// <summary>Totals and parts may differ by rounding (四舍五入).</summary>
    Rounding,

    /// <summary>Groups overlap, so their rows add up to more than the total (各组之间有交叉).</summary>
    Overlap,
}
