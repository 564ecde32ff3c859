// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using Bulletin.Model.Claims;

namespace Bulletin.Model.Validation.Rules;

/// <summary>
/// BLT2116: a ratio the issue defines (<c>营业收入利润率=利润总额÷营业收入×100%</c>), or one of the standard ratios of
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
        var definitions = RatioDefinition.Of(context.Issue);
        if (definitions.IsEmpty)
        {
            yield break;
        }

        for (var i = 0; i < claims.Length; i++)
        {
            var ratio = claims[i];
            if (ratio is not { Kind: ClaimKind.Percent or ClaimKind.Rate or ClaimKind.Share, Value: not null, Subject: { } subject })
            {
                continue;
            }

            foreach (var definition in definitions)
            {
                if (!TryGroup(subject, definition.Name, out var group))
                {
                    continue;
                }

                if (Nearest(claims, i, definition.Numerator, group) is { } numerator &&
                    Nearest(claims, i, definition.Denominator, group) is { } denominator &&
                    numerator.Unit == denominator.Unit && denominator.Value is not 0m)
                {
                    yield return (ratio, numerator, denominator, definition);
                }

                break;
            }
        }
    }

    // The level nearest the ratio that names the term for the same group and period. A ratio without a group is the
    // paragraph's (…实现营业收入 120 亿元，利润总额 9 亿元，营业收入利润率 7.5%): its terms are the nearest before it there.
    private static QuantifiedClaim? Nearest(System.Collections.Immutable.ImmutableArray<QuantifiedClaim> claims, int at, string term, string group)
    {
        var ratio = claims[at];
        QuantifiedClaim? best = null;
        var distance = int.MaxValue;
        for (var k = 0; k < claims.Length; k++)
        {
            var claim = claims[k];
            if (k == at || claim is not { Kind: ClaimKind.Amount or ClaimKind.Count or ClaimKind.Physical, Value: not null, Subject: { } subject } ||
                claim.Period?.Text != ratio.Period?.Text || Math.Abs(k - at) >= distance ||
                (group.Length == 0 && (k > at || claim.ArticleIndex != ratio.ArticleIndex || claim.BlockIndex != ratio.BlockIndex)) ||
                !TryGroup(subject, term, out var own) || (group.Length > 0 && own != group))
            {
                continue;
            }

            best = claim;
            distance = Math.Abs(k - at);
        }

        return best;
    }

    // 采矿业 利润总额 金额 → 采矿业 for 利润总额; a subject that names the word inside another (营业收入利润率 for 营业收入)
    // names another measure.
    private static bool TryGroup(string subject, string word, out string group)
    {
        group = "";
        var span = subject.AsSpan().Trim();
        var at = span.LastIndexOf(word);

        // 负债合计 120 亿元: the subject keeps what is totalled (负债), the total's 合计 having gone as a verb.
        if (at < 0 && word.EndsWith("合计", StringComparison.Ordinal) && span.EndsWith(word.AsSpan(0, word.Length - 2), StringComparison.Ordinal))
        {
            word = word[..^2];
            at = span.Length - word.Length;
        }

        if (at < 0)
        {
            return false;
        }

        var tail = span[(at + word.Length)..].Trim();
        if (!tail.IsEmpty && Array.IndexOf(s_termTails, tail.ToString()) < 0)
        {
            return false;
        }

        var head = span[..at].Trim();
        foreach (var verb in s_groupVerbs)
        {
            if (head.EndsWith(verb, StringComparison.Ordinal))
            {
                head = head[..^verb.Length].Trim();
            }
        }

        group = head.ToString();
        return true;
    }
}
