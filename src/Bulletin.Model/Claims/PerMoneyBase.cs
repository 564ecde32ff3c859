// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Claims;

/// <summary>
/// Figures stated per a sum of money (<c>每百元收入中的费用为7.2元</c>, a column <c>每百元收入中的成本（元）</c>):
/// yuan per hundred yuan, so a rate of 0.072 CNY/CNY, and so is the change stated with it (<c>同比减少0.3元</c>).
/// </summary>
internal static class PerMoneyBase
{
    /// <summary>
    /// Rebases a yuan amount to a rate per yuan when the words before it in its clause group (back to the sentence's
    /// start or its last <c>；</c>) name a money base.
    /// </summary>
    internal static void Apply(ReadOnlySpan<char> before, ClaimDraft draft)
    {
        if (draft.Kind != ClaimKind.Amount || draft.Unit != "CNY")
        {
            return;
        }

        var group = before[(before.LastIndexOfAny('；', ';') + 1)..];
        if (!ClaimLexicon.PerMoneyBases.FirstIn(group, 0, group.Length, out _, out var divisor))
        {
            return;
        }

        draft.Kind = ClaimKind.Rate;
        draft.Unit = "CNY/CNY";
        draft.Value /= divisor;
        draft.Lower /= divisor;
        draft.Upper /= divisor;
        draft.Precision /= divisor;
    }
}
