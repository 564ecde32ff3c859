// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Bulletin.Model.Claims;
using Bulletin.Model.Parsing;
using Bulletin.Model.Validation;
using Bulletin.Model.Validation.Rules;

namespace Bulletin.Model.Tests.Validation;

/// <summary>One figure changed in one document, and whether the validator caught it.</summary>
internal sealed record Mutation(string Document, string Relation, int Line, string Figure, string Mutated, bool Caught);

/// <summary>
/// The mutation harness of issue 11: every figure that takes part in a relation the validator knows is changed, one
/// at a time, beyond its rounding and in the direction that breaks the relation, and the validator must report a new
/// warning or error within two lines of it.
/// </summary>
internal static class MutationHarness
{
    // How far from the changed figure a diagnostic may stand and still be the one that caught it.
    private const int Reach = 2;

    /// <summary>The relations, in the order docs/validation.md lists them, with the rule that checks each.</summary>
    internal static readonly (string Relation, string Rule)[] Relations =
    [
        ("parts and their total", "BLT2103"),
        ("part and its whole", "BLT2104"),
        ("share of a part's whole", "BLT2104"),
        ("shares of one whole", "BLT2102"),
        ("from→to and its change", "BLT2105"),
        ("points and two percentages", "BLT2110"),
        ("conversion and its rate", "BLT2106"),
        ("parts and their share of a total", "BLT2109"),
        ("restatement", "BLT2107"),
        ("text and its table", "BLT2111"),
        ("level, its change and rate", "BLT2112"),
        ("balances from one start", "BLT2113"),
        ("ratio and its terms", "BLT2116"),
    ];

    internal static IEnumerable<Mutation> Run(string document, string text)
    {
        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();
        var baseline = Reported(BulletinValidator.Default.Validate(issue).Diagnostics);
        var seen = new HashSet<(string, int)>();
        foreach (var (relation, claim, factor) in Candidates(issue))
        {
            if (!seen.Add((relation, claim.Id)) || Mutate(text, claim, factor) is not { } mutated)
            {
                continue;
            }

            // A relation the unchanged document already breaks is reported already (docs/validation-on-documents.md
            // lists it): changing one of its figures shows nothing new.
            var rule = Array.Find(Relations, r => r.Relation == relation).Rule;
            if (baseline.Any(d => d.Id == rule && d.Lines.Any(line => Math.Abs(line - claim.Span.Line) <= Reach)))
            {
                continue;
            }

            var changed = BulletinParser.Default.Parse(mutated.Text).Value;
            var caught = changed is not null && Reported(BulletinValidator.Default.Validate(changed).Diagnostics)
                .Except(baseline)
                .Any(d => d.Lines.Any(line => Math.Abs(line - claim.Span.Line) <= Reach));
            yield return new Mutation(document, relation, claim.Span.Line, claim.Text, mutated.Figure, caught);
        }
    }

    // Warnings and errors as (id, lines, occurrence): a diagnostic the baseline had already is not a catch.
    private static HashSet<Found> Reported(IEnumerable<Diagnostic> diagnostics)
    {
        var found = new HashSet<Found>();
        foreach (var d in diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning))
        {
            var lines = new[] { d.Span.Line }.Concat(d.AdditionalSpans.Select(s => s.Line)).ToArray();
            var occurrence = 0;
            while (!found.Add(new Found(d.Id, string.Join(',', lines), occurrence, lines)))
            {
                occurrence++;
            }
        }

        return found;
    }

    private sealed record Found(string Id, string Key, int Occurrence, int[] Lines)
    {
        public bool Equals(Found? other) => other is not null && Id == other.Id && Key == other.Key && Occurrence == other.Occurrence;

        public override int GetHashCode() => HashCode.Combine(Id, Key, Occurrence);
    }

    // Each figure of each relation, with the factor that breaks the relation: equalities move by a quarter; a part
    // rises above its whole and a whole falls below its largest part; one share rises until the list passes 100%.
    private static IEnumerable<(string Relation, QuantifiedClaim Claim, decimal Factor)> Candidates(BulletinIssue issue)
    {
        const decimal Quarter = 1.25m;
        var claims = issue.Claims;
        var context = new ValidationContext(issue, ValidationOptions.Default, []);
        var byId = claims.ToDictionary(c => c.Id);
        IEnumerable<QuantifiedClaim> Related(QuantifiedClaim c, ClaimRelationKind kind) =>
            c.Relations.Where(r => r.Kind == kind && byId.ContainsKey(r.Other)).Select(r => byId[r.Other]);

        // An equality can be broken only where every figure in it is bounded: 突破300 and 突破375 can both be true.
        static bool Bounded(IEnumerable<QuantifiedClaim> figures) => figures.All(f => FigureInterval.Of(f).IsBounded);

        foreach (var total in claims)
        {
            var parts = Related(total, ClaimRelationKind.TotalOf).ToList();
            if (parts.Count >= 2 && Bounded(parts.Prepend(total)))
            {
                foreach (var figure in parts.Prepend(total))
                {
                    yield return (Relations[0].Relation, figure, Quarter);
                }
            }
        }

        // A part crosses its whole only where the whole has an upper bound (超过 2900 家 holds any part).
        foreach (var part in claims)
        {
            if (FigureRule.IsLevel(part) && part.Value is > 0m && Related(part, ClaimRelationKind.PartOf).FirstOrDefault() is { Value: > 0m } whole &&
                FigureInterval.Of(whole) is { High: { } high } && FigureInterval.Of(part) is { Low: { } low and > 0m })
            {
                yield return (Relations[1].Relation, part, high / part.Value!.Value * 1.3m);
                yield return (Relations[1].Relation, whole, low / whole.Value!.Value * 0.7m);
            }
        }

        for (var i = 0; i < claims.Length; i++)
        {
            if (Related(claims[i], ClaimRelationKind.PartOf).FirstOrDefault() is { } whole && PartVersusWholeRule.ShareOf(claims, i, whole) is { } share &&
                Bounded([claims[i], whole, share]))
            {
                yield return (Relations[2].Relation, share, Quarter);
                yield return (Relations[2].Relation, claims[i], Quarter);
                yield return (Relations[2].Relation, whole, Quarter);
            }
        }

        foreach (var (part, share, whole) in PartVersusWholeRule.NamedWholeShares(context))
        {
            if (Bounded([part, share, whole]))
            {
                yield return (Relations[2].Relation, share, Quarter);
                yield return (Relations[2].Relation, part, Quarter);
                yield return (Relations[2].Relation, whole, Quarter);
            }
        }

        foreach (var group in SharesExceedWholeRule.WholeGroups(context))
        {
            if (group.All(c => c is { Value: > 0m }))
            {
                var sum = group.Sum(c => c.Value!.Value);
                foreach (var share in group)
                {
                    yield return (Relations[3].Relation, share, (share.Value!.Value + 110m - sum) / share.Value!.Value);
                }
            }
        }

        foreach (var change in claims)
        {
            if (FigureRule.TryFromToPair(context, change, out var from, out var to) && Bounded([change, from, to]))
            {
                yield return (Relations[4].Relation, change, Quarter);
                yield return (Relations[4].Relation, from, Quarter);
                yield return (Relations[4].Relation, to, Quarter);
            }

            var pair = Related(change, ClaimRelationKind.DifferenceOf).ToList();
            if (pair.Count == 2 && Bounded(pair.Prepend(change)))
            {
                foreach (var figure in pair.Prepend(change))
                {
                    yield return (Relations[5].Relation, figure, Quarter);
                }
            }

            if (Related(change, ClaimRelationKind.ConversionOf).FirstOrDefault() is { } original && Bounded([change, original]))
            {
                yield return (Relations[6].Relation, change, Quarter);
                yield return (Relations[6].Relation, original, Quarter);
            }

            var shared = Related(change, ClaimRelationKind.ShareOfSum).ToList();
            if (shared.Count >= 2 && Bounded(shared.Prepend(change)))
            {
                foreach (var figure in shared.Prepend(change))
                {
                    yield return (Relations[7].Relation, figure, Quarter);
                }
            }
        }

        foreach (var (figure, cells) in TextVersusTableRule.Pairs(context))
        {
            if (cells.Count == 1 && Bounded([figure, cells[0]]) && FigureInterval.Of(figure).Overlaps(FigureInterval.Of(cells[0])))
            {
                yield return (Relations[9].Relation, figure, Quarter);
                yield return (Relations[9].Relation, cells[0], Quarter);
            }
        }

        foreach (var (rate, level, amount) in ChangeAmountVersusRateRule.Triples(context))
        {
            if (Bounded([rate, level, amount]))
            {
                yield return (Relations[10].Relation, rate, Quarter);
                yield return (Relations[10].Relation, level, Quarter);
                yield return (Relations[10].Relation, amount, Quarter);
            }
        }

        foreach (var row in BalancesFromOneStartRule.Rows(context))
        {
            foreach (var (balance, change) in row)
            {
                yield return (Relations[11].Relation, balance, Quarter);
                yield return (Relations[11].Relation, change, Quarter);
            }
        }

        foreach (var (ratio, numerator, denominator, _) in RatioVersusTermsRule.Triples(context))
        {
            if (Bounded([ratio, numerator, denominator]))
            {
                yield return (Relations[12].Relation, ratio, Quarter);
                yield return (Relations[12].Relation, numerator, Quarter);
                yield return (Relations[12].Relation, denominator, Quarter);
            }
        }

        // A restatement whose figures disagree already is reported already: changing one of them shows nothing new.
        var restated = ComparableFigures.Of(claims)
            .GroupBy(f => (f.Subject, f.Claim.Period!.Text, f.Claim.Kind, ComparableUnit.Of(f.Claim).Unit, SameFigureTwiceRule.Scope(context, f.Claim)), f => f.Claim)
            .Where(g => g.Select(c => (c.ArticleIndex, c.BlockIndex)).Distinct().Count() >= 2 && Bounded(g) &&
                g.All(c => FigureInterval.Of(c).Overlaps(FigureInterval.Of(g.First()))));
        foreach (var group in restated)
        {
            foreach (var figure in group)
            {
                yield return (Relations[8].Relation, figure, Quarter);
            }
        }
    }

    // The document with the claim's first number written anew, or null where the figure has no digits to change
    // (两位数, 三成) or its span does not hold its text.
    private static (string Text, string Figure)? Mutate(string text, QuantifiedClaim claim, decimal factor)
    {
        var span = claim.Span;
        if (span.Start < 0 || span.Start + span.Length > text.Length || text.AsSpan(span.Start, span.Length).SequenceEqual(claim.Text) is false)
        {
            return null;
        }

        var figure = claim.Text;
        var start = figure.AsSpan().IndexOfAnyInRange('0', '9');
        if (start < 0)
        {
            return null;
        }

        var end = start;
        while (end < figure.Length && (char.IsAsciiDigit(figure[end]) || figure[end] is '.' or ',') )
        {
            end++;
        }

        var written = figure[start..end].TrimEnd('.', ',');
        if (!decimal.TryParse(written.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var number) || number == 0m)
        {
            return null;
        }

        var point = written.IndexOf('.', StringComparison.Ordinal);
        var decimals = point < 0 ? 0 : written.Length - point - 1;
        var step = 1m / (decimal)Math.Pow(10, decimals);
        var value = Math.Round(number * factor, decimals, MidpointRounding.AwayFromZero);

        // 增长 N 倍 has two readings one apart (N× and (N+1)×): a multiple moves by two so that neither reading holds.
        var least = claim.Kind == ClaimKind.Multiple ? 2m : 3m * step;
        if (Math.Abs(value - number) < least)
        {
            value = factor >= 1m ? number + least : number - least;
        }

        if (value <= 0m)
        {
            return null;
        }

        var format = (written.Contains(',', StringComparison.Ordinal) ? "N" : "F") + decimals.ToString(CultureInfo.InvariantCulture);
        var replaced = figure[..start] + value.ToString(format, CultureInfo.InvariantCulture) + figure[(start + written.Length)..];
        return (text[..span.Start] + replaced + text[(span.Start + span.Length)..], replaced);
    }
}
