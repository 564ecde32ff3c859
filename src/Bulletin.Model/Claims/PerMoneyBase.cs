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
    /// <summary>Rebases a yuan amount to a rate per yuan when <paramref name="words"/> name a money base.</summary>
    internal static void Apply(ReadOnlySpan<char> words, ClaimDraft draft)
    {
        if (draft.Kind != ClaimKind.Amount || draft.Unit != "CNY" || Base(words) is not { } divisor)
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

    private static decimal? Base(ReadOnlySpan<char> words)
    {
        for (var at = words.IndexOf('每'); at >= 0; at = words[(at + 1)..].IndexOf('每') is var next and >= 0 ? at + 1 + next : -1)
        {
            if (ClaimLexicon.PerMoneyBases.MatchAt(words, at, words.Length, out _, out var divisor))
            {
                return divisor;
            }
        }

        return null;
    }
}
