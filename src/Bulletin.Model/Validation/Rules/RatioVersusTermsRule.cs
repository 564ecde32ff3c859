// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2116: a ratio the issue defines (<c>资本利润率=净利润÷平均资本×100%</c>), or one of the standard ratios of
/// statistical releases, stated beside both its terms for the same group and period: the quotient of the terms, within
/// their printed precision, must give the ratio. The group is what the subject names before the ratio or term
/// (<c>采矿业</c> in <c>采矿业营业收入利润率</c> and <c>采矿业实现利润总额</c>); a ratio stated without a group is compared only
/// with terms in its own paragraph.
/// </summary>
internal sealed class RatioVersusTermsRule : IValidationRule
{
    // Words a subject may carry after a term without naming another measure: a table's sub-column (金额) or its period.
    private static readonly string[] s_termTails = ["金额", "绝对额", "累计", "本期"];

    // Verbs between a group and its term (全市服务业企业实现营业收入).
    private static readonly string[] s_groupVerbs = ["实现", "完成", "发生", "的"];

    public string Id => "BLT2116";

    public DiagnosticSeverity DefaultSeverity => DiagnosticSeverity.Warning;

    public string Title => "Ratio against its terms";

    public void Validate(ValidationContext context)
    {
        foreach (var (ratio, numerator, denominator, definition) in Triples(context))
        {
            // A rate per unit (每百元收入的费用, CNY/CNY) holds the quotient itself: its 百 is read into the value.
            var scale = ratio.Kind == ClaimKind.Rate ? 1m : definition.Factor;
            var quotient = FigureInterval.Of(numerator).DividedBy(FigureInterval.Of(denominator)).Times(scale);
            if (quotient.IsBounded && !quotient.Overlaps(FigureInterval.Of(ratio)))
            {
                var computed = numerator.Value!.Value / denominator.Value!.Value * definition.Factor;
                var factor = definition.Factor == 1m ? "" : $" × {FigureFormat.Write(definition.Factor, (1m, ""))}";
                context.Report(
                    $"{definition.Name} = {definition.Numerator} ÷ {definition.Denominator}{factor}: {numerator.Text} ÷ {denominator.Text}{factor} = {(ratio.Unit == "%" ? FigureFormat.Percent(computed) : FigureFormat.Write(computed, (1m, "")))}; the text says {ratio.Text}.",
                    ratio.Span,
                    ratio,
                    numerator,
                    denominator);
            }
        }
    }

    /// <summary>Each ratio stated with both its terms: the ratio, the numerator, the denominator and the definition.</summary>
    internal static IEnumerable<(QuantifiedClaim Ratio, QuantifiedClaim Numerator, QuantifiedClaim Denominator, RatioDefinition Definition)> Triples(ValidationContext context)
    {
        var claims = context.Issue.Claims;
        var definitions = RatioDefinition.Of(context.Articles);
        if (definitions.IsEmpty)
        {
            yield break;
        }

        // Names and terms by their last character: a subject is asked only about the words it could end with, since
        // every figure of an issue is asked (a release of many table cells has hundreds).
        var names = ByLastCharacter(definitions, static d => [d.Name]);
        var ratios = new List<(int At, string Name, string Group)>();
        for (var i = 0; i < claims.Length; i++)
        {
            if (claims[i] is { Kind: ClaimKind.Percent or ClaimKind.Rate or ClaimKind.Share, Value: not null, Subject: { } subject } &&
                Candidates(names, subject) is { } candidates)
            {
                foreach (var name in candidates)
                {
                    if (TryGroup(subject, name, out var group))
                    {
                        ratios.Add((i, name, group));
                        break;
                    }
                }
            }
        }

        if (ratios.Count == 0)
        {
            yield break;
        }

        // The levels that name a term, with the group each names, found in one pass.
        var termWords = ByLastCharacter(definitions, static d => [d.Numerator, d.Denominator]);
        var terms = new Dictionary<string, List<(int At, string Group)>>(StringComparer.Ordinal);
        for (var k = 0; k < claims.Length; k++)
        {
            if (claims[k] is { Kind: ClaimKind.Amount or ClaimKind.Count or ClaimKind.Physical, Value: not null, Subject: { } subject } &&
                Candidates(termWords, subject) is { } candidates)
            {
                foreach (var term in candidates)
                {
                    if (TryGroup(subject, term, out var group))
                    {
                        if (!terms.TryGetValue(term, out var levels))
                        {
                            terms[term] = levels = [];
                        }

                        levels.Add((k, group));
                    }
                }
            }
        }

        // A name may have two definitions (资产负债率 of 负债合计 or of 负债总额): the first whose terms stand is the one.
        foreach (var (i, name, group) in ratios)
        {
            foreach (var definition in definitions)
            {
                if (definition.Name == name &&
                    Nearest(claims, terms, i, definition.Numerator, group) is { } numerator &&
                    Nearest(claims, terms, i, definition.Denominator, group) is { } denominator &&
                    numerator.Unit == denominator.Unit && denominator.Value is not 0m)
                {
                    yield return (claims[i], numerator, denominator, definition);
                    break;
                }
            }
        }
    }

    // Words by the last character a subject ending in them ends with: the word's own, and for a total (负债合计) the
    // last of what it totals, which a subject keeps alone (负债).
    private static Dictionary<char, List<string>> ByLastCharacter(System.Collections.Immutable.ImmutableArray<RatioDefinition> definitions, Func<RatioDefinition, string[]> words)
    {
        var byLast = new Dictionary<char, List<string>>();
        foreach (var definition in definitions)
        {
            foreach (var word in words(definition))
            {
                Add(word[^1], word);
                if (word.Length > 3 && word.EndsWith("合计", StringComparison.Ordinal))
                {
                    Add(word[^3], word);
                }
            }
        }

        return byLast;

        void Add(char last, string word)
        {
            if (!byLast.TryGetValue(last, out var list))
            {
                byLast[last] = list = [];
            }

            if (!list.Contains(word))
            {
                list.Add(word);
            }
        }
    }

    private static List<string>? Candidates(Dictionary<char, List<string>> byLast, string subject)
    {
        var stem = Stem(subject);
        return stem.IsEmpty ? null : byLast.GetValueOrDefault(stem[^1]);
    }

    // The level nearest the ratio that names the term for the same group and period. A ratio without a group is the
    // paragraph's (…实现营业收入 120 亿元，利润总额 9 亿元，营业收入利润率 7.5%): its terms are the nearest before it there,
    // of any group.
    private static QuantifiedClaim? Nearest(
        System.Collections.Immutable.ImmutableArray<QuantifiedClaim> claims, Dictionary<string, List<(int At, string Group)>> terms, int at, string term, string group)
    {
        if (!terms.TryGetValue(term, out var levels))
        {
            return null;
        }

        var ratio = claims[at];
        QuantifiedClaim? best = null;
        var distance = int.MaxValue;
        foreach (var (k, own) in levels)
        {
            var claim = claims[k];
            if (k == at || Math.Abs(k - at) >= distance || claim.Period?.Text != ratio.Period?.Text ||
                (group.Length == 0
                    ? k > at || claim.ArticleIndex != ratio.ArticleIndex || claim.BlockIndex != ratio.BlockIndex
                    : own != group))
            {
                continue;
            }

            best = claim;
            distance = Math.Abs(k - at);
        }

        return best;
    }

    // The term ends the subject, or stands before a word that names no other measure (利润总额 金额): compared at the
    // end, not searched for.
    private static ReadOnlySpan<char> Stem(string subject)
    {
        var span = subject.AsSpan().Trim();
        foreach (var tail in s_termTails)
        {
            if (span.Length > tail.Length && span.EndsWith(tail, StringComparison.Ordinal))
            {
                return span[..^tail.Length].TrimEnd();
            }
        }

        return span;
    }

    private static bool TryGroup(string subject, string word, out string group)
    {
        group = "";

        var span = Stem(subject);
        var term = word.AsSpan();

        // 负债合计 120 亿元: the subject keeps what is totalled (负债), the total's 合计 having gone as a verb.
        if (!span.EndsWith(term, StringComparison.Ordinal) && term.EndsWith("合计", StringComparison.Ordinal))
        {
            term = term[..^2];
        }

        if (!span.EndsWith(term, StringComparison.Ordinal))
        {
            return false;
        }

        var head = span[..^term.Length].Trim();
        foreach (var verb in s_groupVerbs)
        {
            if (head.EndsWith(verb, StringComparison.Ordinal))
            {
                head = head[..^verb.Length].Trim();
            }
        }

        group = head.IsEmpty ? string.Empty : head.ToString();
        return true;
    }
}
