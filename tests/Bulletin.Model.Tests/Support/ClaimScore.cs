// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Tests.Support;

/// <summary>
/// Compares extracted claims with gold claims, matching by overlapping span, and computes precision, recall,
/// F1 and the share of gold claims whose value, unit and kind are all right.
/// </summary>
internal sealed class ClaimScore
{
    private ClaimScore(int gold, int extracted, int matched, int fullyRight, List<string> misses, List<string> extras, List<string> wrong)
    {
        Gold = gold;
        Extracted = extracted;
        Matched = matched;
        FullyRight = fullyRight;
        Misses = misses;
        Extras = extras;
        Wrong = wrong;
    }

    internal int Gold { get; }

    internal int Extracted { get; }

    internal int Matched { get; }

    internal int FullyRight { get; }

    internal List<string> Misses { get; }

    /// <summary>Gets the number of gold claims that state a period.</summary>
    internal int Dated { get; private init; }

    /// <summary>Gets the number of those whose matched claim has the same period text.</summary>
    internal int PeriodRight { get; private init; }

    /// <summary>Gets the matched claims whose value, unit and kind are right, one count each.</summary>
    internal int ValueRight { get; private init; }

    internal int UnitRight { get; private init; }

    internal int KindRight { get; private init; }

    internal List<string> WrongPeriods { get; } = [];

    internal List<string> Extras { get; }

    internal List<string> Wrong { get; }

    internal double Precision => Extracted == 0 ? 0 : (double)Matched / Extracted;

    internal double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    internal double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    internal double FullyRightShare => Gold == 0 ? 0 : (double)FullyRight / Gold;

    /// <summary>Gets the share of gold claims that state a period whose period was read right (1 when none states one).</summary>
    internal double PeriodShare => Dated == 0 ? 1 : (double)PeriodRight / Dated;

    internal double ValueShare => Gold == 0 ? 0 : (double)ValueRight / Gold;

    internal double UnitShare => Gold == 0 ? 0 : (double)UnitRight / Gold;

    internal double KindShare => Gold == 0 ? 0 : (double)KindRight / Gold;

    internal static ClaimScore Compute(IReadOnlyList<GoldClaim> gold, ImmutableArray<QuantifiedClaim> extracted)
    {
        var used = new bool[extracted.Length];
        var matched = 0;
        var fully = 0;
        var misses = new List<string>();
        var wrong = new List<string>();
        var wrongPeriods = new List<string>();
        int dated = 0, periodRight = 0, valueRight = 0, unitRight = 0, kindRight = 0;
        foreach (var g in gold)
        {
            var index = -1;
            for (var i = 0; i < extracted.Length; i++)
            {
                var c = extracted[i];
                if (!used[i] && c.Span.Start < g.Start + g.Length && g.Start < c.Span.End)
                {
                    index = i;
                    break;
                }
            }

            if (g.Period is not null)
            {
                dated++;
            }

            if (index < 0)
            {
                misses.Add($"{g.Text} ({g.Kind} {g.Value?.ToString(CultureInfo.InvariantCulture)} {g.Unit})");
                continue;
            }

            used[index] = true;
            matched++;
            var claim = extracted[index];
            valueRight += Same(g.Value, claim.Value) && Same(g.Lower, claim.Lower) && Same(g.Upper, claim.Upper) ? 1 : 0;
            unitRight += g.Unit == claim.Unit ? 1 : 0;
            kindRight += g.Kind == Kind(claim.Kind) ? 1 : 0;
            if (g.Period is not null)
            {
                if (g.Period == claim.Period?.Text)
                {
                    periodRight++;
                }
                else
                {
                    wrongPeriods.Add($"{g.Text}: gold {g.Period}; got {claim.Period?.Text ?? "none"}");
                }
            }

            if (IsFullyRight(g, claim))
            {
                fully++;
            }
            else
            {
                wrong.Add($"{g.Text}: gold {g.Kind} {Show(g.Value, g.Lower, g.Upper)} {g.Unit}; got \"{claim.Text}\" {Kind(claim.Kind)} {Show(claim.Value, claim.Lower, claim.Upper)} {claim.Unit}");
            }
        }

        var extras = extracted.Where((c, i) => !used[i]).Select(c => $"{c.Text} ({Kind(c.Kind)} {Show(c.Value, c.Lower, c.Upper)} {c.Unit})").ToList();
        var score = new ClaimScore(gold.Count, extracted.Length, matched, fully, misses, extras, wrong)
        {
            Dated = dated,
            PeriodRight = periodRight,
            ValueRight = valueRight,
            UnitRight = unitRight,
            KindRight = kindRight,
        };
        score.WrongPeriods.AddRange(wrongPeriods);
        return score;
    }

    internal static string Kind(ClaimKind kind) => System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(kind.ToString());

    private static bool IsFullyRight(GoldClaim g, QuantifiedClaim c) =>
        g.Kind == Kind(c.Kind) && g.Unit == c.Unit && Same(g.Value, c.Value) && Same(g.Lower, c.Lower) && Same(g.Upper, c.Upper);

    // Gold values are written as JSON numbers (66.67 for 2/3, 1.5e20 for FLOPS): compare to a relative millionth.
    private static bool Same(decimal? gold, decimal? actual)
    {
        if (gold is null)
        {
            return true;
        }

        if (actual is null)
        {
            return false;
        }

        var scale = Math.Max(Math.Abs(gold.Value), 1m);
        return Math.Abs(gold.Value - actual.Value) <= scale * 0.000001m;
    }

    private static string Show(decimal? value, decimal? lower, decimal? upper) =>
        value is { } v ? v.ToString(CultureInfo.InvariantCulture) : $"[{lower?.ToString(CultureInfo.InvariantCulture)}, {upper?.ToString(CultureInfo.InvariantCulture)}]";

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"gold {Gold}, extracted {Extracted}, matched {Matched}: precision {Precision:0.000}, recall {Recall:0.000}, F1 {F1:0.000}, fully right {FullyRightShare:0.000}, period {PeriodShare:0.000} of {Dated}");
}
