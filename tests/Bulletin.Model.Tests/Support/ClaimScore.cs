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

    internal List<string> Extras { get; }

    internal List<string> Wrong { get; }

    internal double Precision => Extracted == 0 ? 0 : (double)Matched / Extracted;

    internal double Recall => Gold == 0 ? 0 : (double)Matched / Gold;

    internal double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    internal double FullyRightShare => Gold == 0 ? 0 : (double)FullyRight / Gold;

    internal static ClaimScore Compute(IReadOnlyList<GoldClaim> gold, ImmutableArray<QuantifiedClaim> extracted)
    {
        var used = new bool[extracted.Length];
        var matched = 0;
        var fully = 0;
        var misses = new List<string>();
        var wrong = new List<string>();
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

            if (index < 0)
            {
                misses.Add($"{g.Text} ({g.Kind} {g.Value?.ToString(CultureInfo.InvariantCulture)} {g.Unit})");
                continue;
            }

            used[index] = true;
            matched++;
            var claim = extracted[index];
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
        return new ClaimScore(gold.Count, extracted.Length, matched, fully, misses, extras, wrong);
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
        string.Create(CultureInfo.InvariantCulture, $"gold {Gold}, extracted {Extracted}, matched {Matched}: precision {Precision:0.000}, recall {Recall:0.000}, F1 {F1:0.000}, fully right {FullyRightShare:0.000}");
}
