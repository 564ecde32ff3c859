// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using Bulletin.Model.Lexicons;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Claims;

/// <content>Ranges, qualifiers before and after, and the number words that are claims by themselves.</content>
internal static partial class ClaimScanner
{
    // 15% 至 30%, 2万—3万亿元, 4 至 6 家: one claim with lower and upper; the trailing magnitude distributes.
    private static void ReadRange(string source, NumberToken first, int floor, int limit, ClaimDraft draft)
    {
        if (draft.Lower is not null || !TryReadRangeEnd(source, first, draft.End, floor, limit, out var second, out var probe, out var hasUnit))
        {
            return;
        }

        if (!hasUnit && draft.HasUnitWord)
        {
            return;
        }

        if (hasUnit && draft.HasUnitWord && probe.Unit != draft.Unit)
        {
            return;
        }

        if (hasUnit && !draft.HasUnitWord && draft.Kind == ClaimKind.Count && draft.Measure is null && probe.Kind != ClaimKind.Count && !first.HasMagnitude && first.Value > second.Value)
        {
            return;
        }

        var lower = DistributedLower(draft.Value, first, second);
        if (lower is null || probe.Value is null || lower > probe.Value)
        {
            return;
        }

        SetRange(draft, lower, probe);
        if (hasUnit)
        {
            draft.Kind = probe.Kind;
            draft.Unit = probe.Unit;
            draft.Measure = probe.Measure ?? draft.Measure;
            draft.HasUnitWord = true;
        }
    }

    private static bool ReadUnitlessRange(string source, NumberToken first, int floor, int limit, ClaimDraft draft)
    {
        if (first.Lower is not null || first.IsFraction ||
            !TryReadRangeEnd(source, first, first.End, floor, limit, out var second, out var probe, out var hasUnit) ||
            !hasUnit || second.Lower is not null)
        {
            return false;
        }

        var lower = DistributedLower(first.Value, first, second);
        if (lower is null || probe.Value is null || lower > probe.Value || probe.Kind == ClaimKind.Rate)
        {
            return false;
        }

        SetRange(draft, lower, probe);
        draft.Kind = probe.Kind;
        draft.Unit = probe.Unit;
        draft.Measure = probe.Measure;
        draft.HasUnitWord = probe.HasUnitWord;
        draft.KindFromContext = probe.KindFromContext;
        draft.Precision = probe.Precision;
        return true;
    }

    // After a figure: a range connector, then a second number in the same script, its unit read into a probe.
    private static bool TryReadRangeEnd(string source, NumberToken first, int at, int floor, int limit, out NumberToken second, out ClaimDraft probe, out bool hasUnit)
    {
        var text = source.AsSpan();
        second = default;
        probe = null!;
        hasUnit = false;
        at = SkipSpaces(text, at, limit);

        // $6 . 1 3 \%$ 到 $6 . 6 9 \%$: a converted paper closes one formula before the connector and opens another.
        var betweenFormulas = at < limit && text[at] == '$';
        at = betweenFormulas ? SkipSpaces(text, at + 1, limit) : at;
        if (at >= limit || !IsRangeConnector(CharFold.Fold(text[at])))
        {
            return false;
        }

        var secondStart = SkipSpaces(text, at + 1, limit);
        if (betweenFormulas)
        {
            if (secondStart >= limit || text[secondStart] != '$')
            {
                return false;
            }

            secondStart = SkipSpaces(text, secondStart + 1, limit);
        }

        if (!(betweenFormulas && NumberReader.TryReadSpacedDigits(text, secondStart, limit, out second)) && !NumberReader.TryRead(text, secondStart, limit, out second))
        {
            return false;
        }

        if (second.IsChinese != first.IsChinese || second.Value is null)
        {
            return false;
        }

        probe = new ClaimDraft { Start = secondStart, NumberStart = secondStart, End = second.End, Value = second.Value, Precision = second.Precision };
        var copy = second;
        hasUnit = ReadUnit(source, ref copy, floor, limit, probe);
        return true;
    }

    private static int SkipSpaces(ReadOnlySpan<char> text, int at, int limit)
    {
        while (at < limit && text[at] == ' ')
        {
            at++;
        }

        return at;
    }

    private static int SkipSpacesBack(ReadOnlySpan<char> text, int p, int floor)
    {
        while (p > floor && text[p - 1] is ' ' or '\u3000' or '\u00A0')
        {
            p--;
        }

        return p;
    }

    // 2万—3万亿: the first number takes the larger magnitude of the second.
    private static decimal? DistributedLower(decimal? ownValue, NumberToken first, NumberToken second) =>
        (!first.HasMagnitude && second.HasMagnitude) || (first.HasMagnitude && second.Factor > first.Factor)
            ? first.Mantissa * second.Factor
            : ownValue;

    private static void SetRange(ClaimDraft draft, decimal? lower, ClaimDraft probe)
    {
        draft.Lower = lower;
        draft.Upper = probe.Value;
        draft.Value = null;
        draft.End = probe.End;
    }

    // 时速 600 公里: a speed, not a distance; the text starts at 时速.
    private static void ReadSpeed(ReadOnlySpan<char> text, int floor, ClaimDraft draft)
    {
        if (draft.Unit != "Length.Kilometer")
        {
            return;
        }

        var at = draft.NumberStart;
        at = ClaimScanner.BackOverSpaces(text, at, floor);

        if (at - 2 >= floor && CharFold.Fold(text[at - 2]) == '时' && CharFold.Fold(text[at - 1]) == '速')
        {
            draft.Unit = "Speed.KilometerPerHour";
            draft.Start = at - 2;
        }
    }

    private static void ReadTrailingQualifier(ReadOnlySpan<char> text, int limit, ClaimDraft draft)
    {
        var at = draft.End;
        while (at < limit && at - draft.End < MaxUnitGap && text[at] == ' ')
        {
            at++;
        }

        if (ClaimLexicon.TrailingQualifiers.MatchAt(text, at, limit, out var word, out var qualifier))
        {
            draft.End = at + word.Length;
            if (qualifier != ClaimQualifier.Exact)
            {
                draft.Qualifier = qualifier;
            }

            return;
        }

        var c = at < limit ? CharFold.Fold(text[at]) : '\0';

        // 增长了两倍多: 多 after 倍 says more than that many times, below the next whole one, as 3多倍 does.
        if (c is '多' or '余' && draft.Kind == ClaimKind.Multiple && draft.Value is { } times && times == decimal.Truncate(times) &&
            draft.Qualifier == ClaimQualifier.Exact && !(at + 1 < limit && TextScan.IsCjk(text[at + 1]) && CharFold.Fold(text[at + 1]) != '的'))
        {
            draft.End = at + 1;
            draft.Lower = times;
            draft.Upper = times + 1m;
            draft.Qualifier = ClaimQualifier.Over;
            return;
        }

        if (c == '内' && draft.Kind == ClaimKind.Duration)
        {
            draft.End = at + 1;
            draft.Qualifier = ClaimQualifier.Under;
        }
        else if (c == '级' && draft.Qualifier == ClaimQualifier.Exact && draft.Kind is ClaimKind.Amount or ClaimKind.Count)
        {
            draft.Qualifier = ClaimQualifier.Approx;
        }
    }

    private static void ReadLeadingQualifier(ReadOnlySpan<char> text, int floor, ClaimDraft draft)
    {
        var at = draft.NumberStart;
        while (at > floor && at > draft.NumberStart - MaxUnitGap && text[at - 1] == ' ')
        {
            at--;
        }

        // $( < 1 \%$, ≤5%: a comparison sign before the number. < and > count only with a space after them, as math is
        // written; without one they may close a tag (<td>5).
        if (at > floor && MathComparison(text[at - 1], spaced: at < draft.NumberStart) is { } sign)
        {
            draft.Start = at - 1;
            draft.Qualifier = Combine(sign, draft.Qualifier);
            return;
        }

        if (ClaimLexicon.AttachedQualifiers.MatchBefore(text, at, floor, out var word, out var qualifier) && !IsPartOfWord(text, at - word.Length, floor, word))
        {
            draft.Start = at - word.Length;
            draft.Qualifier = Combine(qualifier, draft.Qualifier);
            return;
        }

        // 最高达到 900 亿元: the qualifier stands before a verb; the text starts at the number.
        var stop = Math.Max(floor, draft.NumberStart - 8);
        for (var e = at; e > stop; e--)
        {
            var c = CharFold.Fold(text[e - 1]);
            if (!TextScan.IsCjk(c) && c != ' ')
            {
                break;
            }

            if (ClaimLexicon.DistantQualifiers.MatchBefore(text, e, stop, out var far, out var distant) && !NamesAMeasure(text, e, draft.NumberStart) &&
                !IsPartOfWord(text, e - far.Length, floor, far))
            {
                draft.Qualifier = Combine(distant, draft.Qualifier);
                return;
            }
        }
    }

    private static ClaimQualifier? MathComparison(char sign, bool spaced) => sign switch
    {
        '≤' or '⩽' => ClaimQualifier.AtMost,
        '≥' or '⩾' => ClaimQualifier.AtLeast,
        '＜' => ClaimQualifier.Under,
        '＞' => ClaimQualifier.Over,
        '<' when spaced => ClaimQualifier.Under,
        '>' when spaced => ClaimQualifier.Over,
        _ => null,
    };

    // 最高时速, 最高气温, 最高法院: the words name a measure or a body; they do not qualify the number.
    private static bool NamesAMeasure(ReadOnlySpan<char> text, int wordEnd, int numberStart) =>
        wordEnd < numberStart && ClaimLexicon.MeasureAfterDistantQualifier.Contains(CharFold.Fold(text[wordEnd]), StringComparison.Ordinal);

    private static ClaimQualifier Combine(ClaimQualifier before, ClaimQualifier own) =>
        own == ClaimQualifier.Exact ? before : own;

    // 最近 is "recently", 节约 is "to save": the qualifier letters belong to another word.
    private static bool IsPartOfWord(ReadOnlySpan<char> text, int wordStart, int floor, string word)
    {
        if (wordStart <= floor)
        {
            return false;
        }

        var before = CharFold.Fold(text[wordStart - 1]);
        return ClaimLexicon.QualifierFalseFriends.TryGetValue(word, out var friends) && friends.Contains(before, StringComparison.Ordinal);
    }

    // Claims that are words rather than digits: 百分之十五, 两位数, 一半, 半数, 翻倍, 翻两番.
    private static bool TrySpecial(string source, int p, int floor, int limit, out ClaimDraft draft, out int next)
    {
        draft = null!;
        next = p + 1;
        var text = source.AsSpan();
        var c = CharFold.Fold(text[p]);
        if (c == '百' && Matches(text, p, limit, "百分之") && NumberReader.TryRead(text, p + 3, limit, out var percent) && percent.IsChinese && percent.Value is not null)
        {
            draft = Special(p, percent.End, ClaimKind.Percent, "%", percent.Value, ClaimQualifier.Exact);
        }
        else if (TryChineseFraction(text, p, limit, out var share, out var fractionEnd))
        {
            // 三分之一: a share of a whole.
            draft = Special(p, fractionEnd, ClaimKind.Share, "%", share, ClaimQualifier.Exact);
        }
        else if (ClaimLexicon.DigitCountRates.MatchAt(text, p, limit, out var digitWord, out var range))
        {
            draft = Special(p, p + digitWord.Length, ClaimKind.Change, "%", null, ClaimQualifier.Approx);
            draft.Lower = range.Lower;
            draft.Upper = range.Upper;
            draft.KindFromContext = true;

            // 两位数下降, 个位数的减少: the verb after the words gives the change its sign.
            var verbAt = draft.End < limit && CharFold.Fold(text[draft.End]) == '的' ? draft.End + 1 : draft.End;
            if (ClaimLexicon.ChangeVerbs.MatchAt(text, verbAt, limit, out _, out var sign) && sign < 0)
            {
                (draft.Lower, draft.Upper) = (-range.Upper, -range.Lower);
            }
        }
        else if (c == '一' && Matches(text, p, limit, "一半"))
        {
            draft = Special(p, p + 2, ClaimKind.Share, "%", 50m, ClaimQualifier.Exact);
        }
        else if (c == '半' && Matches(text, p, limit, "半数"))
        {
            draft = Special(p, p + 2, ClaimKind.Share, "%", 50m, ClaimQualifier.Exact);
        }
        else if (c == '翻' && ClaimLexicon.DoublingWords.MatchAt(text, p, limit, out var doubling, out var factor))
        {
            draft = Special(p, p + doubling.Length, ClaimKind.Multiple, "x", factor, ClaimQualifier.Exact);
        }
        else
        {
            return false;
        }

        ReadTrailingQualifier(text, limit, draft);
        ReadLeadingQualifier(text, floor, draft);
        next = draft.End;
        return true;
    }

    // How far after its first numeral a fraction's 分之 can stand: a denominator below 100 (九十九) and the gaps a
    // number may hold.
    private const int FractionReach = 12;

    private static bool TryChineseFraction(ReadOnlySpan<char> text, int p, int limit, out decimal share, out int end)
    {
        share = 0m;
        end = p;

        // 三分之一 is written in Chinese numerals: a digit here begins no fraction, and is not read twice to learn so.
        if (TextScan.IsDigit(text[p]))
        {
            return false;
        }

        // Nor does a numeral with no 分之 shortly after it (一些, 统一): one vectorized look instead of reading the number.
        if (text[p..Math.Min(limit, p + FractionReach)].IndexOf("分之", StringComparison.Ordinal) < 0)
        {
            return false;
        }

        if (!NumberReader.TryRead(text, p, limit, out var denominator) || !denominator.IsChinese || denominator.Value is not { } d ||
            d is < 2m or 100m || !Matches(text, denominator.End, limit, "分之") ||
            !NumberReader.TryRead(text, denominator.End + 2, limit, out var numerator) || !numerator.IsChinese || numerator.Value is not { } n ||
            n <= 0m || n >= d)
        {
            return false;
        }

        share = decimal.Round(n * 100m / d, 2, MidpointRounding.AwayFromZero);
        end = numerator.End;
        return true;
    }

    private static ClaimDraft Special(int start, int end, ClaimKind kind, string unit, decimal? value, ClaimQualifier qualifier) => new()
    {
        Start = start,
        NumberStart = start,
        End = end,
        Kind = kind,
        Unit = unit,
        Value = value,
        Qualifier = qualifier,
        HasUnitWord = true,
        KindFromContext = kind != ClaimKind.Percent,
        Precision = 0.5m,
    };

    private static bool Matches(ReadOnlySpan<char> text, int at, int limit, string word)
    {
        if (at + word.Length > limit)
        {
            return false;
        }

        for (var k = 0; k < word.Length; k++)
        {
            if (CharFold.Fold(text[at + k]) != word[k])
            {
                return false;
            }
        }

        return true;
    }
}
