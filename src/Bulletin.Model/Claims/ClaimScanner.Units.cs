// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using Bulletin.Model.Lexicons;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Claims;

/// <content>Units that change the value (computing power, compound durations), ratios and prices per unit.</content>
internal static partial class ClaimScanner
{
    private static void ApplyUnit(ReadOnlySpan<char> text, ref NumberToken number, int limit, ClaimDraft draft)
    {
        // 1.5万亿元新台币, 350亿元港币: 元 is the unit the figure is counted in, the currency after it says whose.
        if (draft.Unit == "CNY" && draft.End > 0 && CharFold.Fold(text[draft.End - 1]) == '元' &&
            ClaimLexicon.Units.MatchAt(text, draft.End, limit, out var currencyWord, out var currency) &&
            currency.Kind == ClaimKind.Amount && currencyWord.Length > 1)
        {
            draft.Unit = currency.Code;
            draft.End += currencyWord.Length;
        }

        if (draft.Unit.StartsWith("Compute.Flops.", StringComparison.Ordinal))
        {
            // Computing power is stated in FLOPS: 20EFLOPS is 2e19, 500P is 5e17.
            var factor = draft.Unit[^1] switch { 'E' => 1e18m, 'P' => 1e15m, _ => 1e12m };
            draft.Value *= factor;
            draft.Lower *= factor;
            draft.Upper *= factor;
            draft.Precision *= factor;
            draft.Unit = "Compute.Flops";
            return;
        }

        // 1年8个月 is one duration, written in months.
        if (draft.Unit == "Duration.Year" && NumberReader.TryRead(text, draft.End, limit, out var months) && !months.IsChinese &&
            ClaimLexicon.Units.MatchAt(text, months.End, limit, out var word, out var unit) && unit.Code == "Duration.Month")
        {
            draft.Value = (draft.Value * 12m) + months.Value;
            draft.Unit = "Duration.Month";
            draft.End = months.End + word.Length;
            return;
        }

        // 26.30元/股, 94.5万元/人, 美元/吨: a price or a figure per unit is a rate.
        if (draft.End + 1 < limit && CharFold.Fold(text[draft.End]) == '/')
        {
            var at = draft.End + 1;
            if (ClaimLexicon.Units.MatchAt(text, at, limit, out var per, out var perUnit) && perUnit.Kind != ClaimKind.Percent)
            {
                draft.Unit = $"{draft.Unit}/{perUnit.Code}";
                draft.Kind = ClaimKind.Rate;
                draft.End = at + per.Length;
            }
            else if (ClaimLexicon.MeasureWords.MatchAt(text, at, limit, out var perMeasure, out _) || IsCjkWord(text, at, limit, out perMeasure))
            {
                draft.Unit = $"{draft.Unit}/{text.Slice(at, perMeasure.Length)}";
                draft.Kind = ClaimKind.Rate;
                draft.End = at + perMeasure.Length;
            }
        }

        if (draft.Unit == "bp")
        {
            draft.FromBasisPoints = true;
            // Basis points on yields and rates are hundredths of a percentage point.
            draft.Value /= 100m;
            draft.Precision /= 100m;
            draft.Unit = "pp";
        }
    }

    // 1美元对人民币7.1025元, 100日元对人民币4.7531元: a fixing, quoted as units of the second currency per one of the first.
    // Editors space the parts apart (1 美元对人民币 7.10 元); the spaces say nothing. Without the currency word before
    // the price (1 美元兑 7.1 元人民币, 7.1 元人民币兑 1 美元, 1美元兑换7.1元人民币) the price's own unit names the second
    // currency, and the side that is a round base (1, 100) says which way the quote runs; with no round side it is
    // not read as a quote.
    private static void ReadFixing(string source, int floor, int limit, ClaimDraft draft)
    {
        var text = source.AsSpan();
        var to = SkipSpaces(text, draft.End, limit);
        if (draft.Kind != ClaimKind.Amount || draft.Value is not { } firstAmount || firstAmount <= 0m || to >= limit || CharFold.Fold(text[to]) is not ('对' or '兑'))
        {
            return;
        }

        var joiner = to + 1 < limit && CharFold.Fold(text[to + 1]) == '换' ? 2 : 1;
        var quoteAt = SkipSpaces(text, to + joiner, limit);
        var named = ClaimLexicon.Units.MatchAt(text, quoteAt, limit, out var quoteWord, out var quote) && quote.Kind == ClaimKind.Amount;
        var priceAt = named ? SkipSpaces(text, quoteAt + quoteWord.Length, limit) : quoteAt;
        if (!NumberReader.TryRead(text, priceAt, limit, out var price) || price.IsChinese || price.Value is not { } second || second <= 0m)
        {
            return;
        }

        var end = price.End;
        var tailAt = SkipSpaces(text, end, limit);
        var hasTail = ClaimLexicon.Units.MatchAt(text, tailAt, limit, out var tail, out var tailUnit);
        if (named)
        {
            if (hasTail && tailUnit.Code == quote.Code)
            {
                end = tailAt + tail.Length;
            }
        }
        else if (hasTail && tailUnit.Kind == ClaimKind.Amount)
        {
            quote = tailUnit;
            end = tailAt + tail.Length;
        }
        else
        {
            return;
        }

        // 7.1 元人民币兑 1 美元: when only the second side is round, it is the base and the first figure is the price.
        var inverted = !named && !IsRoundBase(firstAmount);
        if (quote.Code == draft.Unit || (inverted && !IsRoundBase(second)))
        {
            return;
        }

        draft.Kind = ClaimKind.Rate;
        draft.Unit = inverted ? $"{draft.Unit}/{quote.Code}" : $"{quote.Code}/{draft.Unit}";
        draft.Precision = inverted ? draft.Precision / second : price.Precision / firstAmount;
        draft.Value = inverted ? firstAmount / second : second / firstAmount;
        draft.End = end;
    }

    // 1, 10, 100, 1000, 10000: the amount one side of a quote is given for.
    private static bool IsRoundBase(decimal amount)
    {
        while (amount >= 10m && amount % 10m == 0m)
        {
            amount /= 10m;
        }

        return amount == 1m;
    }

    // 每桶81.20美元, 每吨 500 元, 每股收益0.52美元: a price or an amount per unit is a rate, the unit named right
    // before it or before the short noun of what is counted per unit.
    private static void ReadPerUnitBefore(ReadOnlySpan<char> text, int floor, ClaimDraft draft)
    {
        if (draft.Kind != ClaimKind.Amount)
        {
            return;
        }

        var at = ClaimScanner.BackOverSpaces(text, draft.Start, floor);
        for (var gap = 0; gap <= MaxPerUnitNoun && at - gap > floor; gap++)
        {
            if (gap > 0 && (!TextScan.IsCjk(text[at - gap]) || CharFold.Fold(text[at - gap]) is '的' or '和' or '与' or '及' or '或'))
            {
                return;
            }

            if (ReadPerUnitEndingAt(text, at - gap, floor, draft))
            {
                return;
            }
        }
    }

    private static bool ReadPerUnitEndingAt(ReadOnlySpan<char> text, int at, int floor, ClaimDraft draft)
    {
        for (var length = 1; length <= 3 && at - length - 1 >= floor; length++)
        {
            if (CharFold.Fold(text[at - length - 1]) != '每')
            {
                continue;
            }

            if (ClaimLexicon.Units.MatchAt(text, at - length, at, out var word, out var unit) && word.Length == length && unit.Kind != ClaimKind.Amount)
            {
                draft.Unit = $"{draft.Unit}/{unit.Code}";
            }
            else if (ClaimLexicon.MeasureWords.MatchAt(text, at - length, at, out var measure, out _) && measure.Length == length)
            {
                draft.Unit = $"{draft.Unit}/{measure}";
            }
            else
            {
                continue;
            }

            draft.Kind = ClaimKind.Rate;
            return true;
        }

        return false;
    }

    private static bool IsCjkWord(ReadOnlySpan<char> text, int at, int limit, out string word)
    {
        var end = at;
        while (end < limit && end - at < 2 && TextScan.IsCjk(text[end]))
        {
            end++;
        }

        word = text[at..end].ToString();
        return end > at;
    }

    // 人民币对美元汇率中间价报7.1032（元）: the level of an exchange-rate quote named earlier in the sentence is a rate in
    // that pair, with or without the quote currency after it.
    private static bool ReadQuotedRate(string source, NumberToken number, int floor, int limit, ClaimDraft draft)
    {
        var text = source.AsSpan();
        var verbEnd = BackOverSpaces(text, number.Start, floor);
        if (number.IsChinese || number.Value is not > 0m || text[number.Start..number.End].IndexOfAny('.', '．') < 0 ||
            !ClaimLexicon.QuoteVerbs.MatchBefore(text, verbEnd, floor, out var verb, out _))
        {
            return false;
        }

        // The pair is the figure's where it stands in the figure's clause (美元兑日元收报151.32, 英镑兑美元升0.2%至1.2790),
        // or anywhere in its sentence, past figures read before, where the clause names nothing but the quote
        // (美元兑日元跌0.6%，报151.32; 人民币对美元，中间价报7.1032). In 人民币对美元升值，某股收报12.35元 the clause names
        // a thing of its own, which the pair before it does not price.
        var sentenceStart = SentenceStart(text, number.Start, 0);
        var clauseStart = ClauseStart(text, number.Start, sentenceStart);
        var subject = text[clauseStart..(verbEnd - verb.Length)];
        var pairFloor = TextScan.ContainsCjk(subject) && !ClaimLexicon.QuoteWords.OccursIn(subject, 0, subject.Length) ? clauseStart : sentenceStart;
        if (CurrencyPair(text, number.Start, pairFloor) is not { } pair)
        {
            return false;
        }

        var end = number.End;
        var gap = SkipSpaces(text, end, limit);
        if (ClaimLexicon.Units.MatchAt(text, gap, limit, out var word, out var unit))
        {
            // 报7.1032元 is the pair's quote in its own currency; 报41563.08点 or 报12.35港元 states another thing in its unit.
            if (unit.Kind != ClaimKind.Amount || !pair.StartsWith(unit.Code + "/", StringComparison.Ordinal))
            {
                return false;
            }

            end = gap + word.Length;
        }

        draft.Kind = ClaimKind.Rate;
        draft.Unit = pair;
        draft.Value = number.Value;
        draft.Precision = number.Precision;
        draft.End = end;
        draft.HasUnitWord = true;
        return true;
    }

    // 美元指数跌0.3%至98.76, 波动率指数报18.5: a quote verb before a bare number states the level of the index its
    // clause names, in points as 3402.66点 is.
    private static bool ReadQuotedIndex(ReadOnlySpan<char> text, NumberToken number, int floor, ClaimDraft draft)
    {
        var verbEnd = BackOverSpaces(text, number.Start, floor);
        if (number.IsChinese || number.Value is not > 0m || number.MagnitudeStart >= 0 ||
            !ClaimLexicon.QuoteVerbs.MatchBefore(text, verbEnd, floor, out var verb, out _))
        {
            return false;
        }

        // The clause is looked at whole, past a figure read before in it (跌0.3%) and past brackets (（PMI）).
        var verbStart = verbEnd - verb.Length;
        var sentenceStart = SentenceStart(text, number.Start, 0);
        var clauseStart = sentenceStart + text[sentenceStart..verbStart].LastIndexOfAny(s_indexClauseBreaks) + 1;
        if (!NamesAnIndex(text, clauseStart, verbStart))
        {
            return false;
        }

        draft.Kind = ClaimKind.Index;
        draft.Unit = "point";
        draft.HasUnitWord = true;

        // 至1728点: the points named after the level are its unit's word.
        if (number.End < text.Length && CharFold.Fold(text[number.End]) == '点')
        {
            draft.End = number.End + 1;
        }

        return true;
    }

    private static readonly SearchValues<char> s_indexClauseBreaks = SearchValues.Create("，,；;：:");

    // 美元指数, 采购经理指数（PMI）: 指数 as the name of what is quoted, not the start of another word (指数化, 指数基金).
    private static bool NamesAnIndex(ReadOnlySpan<char> text, int from, int to)
    {
        for (var at = from; at < to; at++)
        {
            if (!ClaimLexicon.IndexNames.MatchAt(text, at, to, out var name, out _))
            {
                continue;
            }

            var after = at + name.Length;
            if (after >= to || !TextScan.IsCjk(text[after]) || ClaimLexicon.IndexMoveStarts.Contains(CharFold.Fold(text[after])))
            {
                return true;
            }
        }

        return false;
    }

    // 欧元对美元汇率…1比1.2038: an exchange rate, quoted as units of the second currency per unit of the first.
    private static bool ReadRatio(string source, NumberToken first, int at, int floor, int limit, ClaimDraft draft)
    {
        var text = source.AsSpan();
        if (!NumberReader.TryRead(text, at + 1, limit, out var second) || second.IsChinese)
        {
            return false;
        }

        draft.Kind = ClaimKind.Rate;
        draft.Value = second.Value / (first.Value is > 0m ? first.Value : 1m);
        draft.Precision = second.Precision;
        draft.End = second.End;
        draft.Unit = CurrencyPair(text, first.Start, floor) ?? "ratio";
        draft.HasUnitWord = true;
        return true;
    }

    private static string? CurrencyPair(ReadOnlySpan<char> text, int numberStart, int floor)
    {
        var sentenceStart = SentenceStart(text, numberStart, floor);
        for (var i = sentenceStart; i < numberStart; i++)
        {
            if (CharFold.Fold(text[i]) is not ('对' or '兑'))
            {
                continue;
            }

            if (ClaimLexicon.Units.MatchBefore(text, i, sentenceStart, out _, out var baseUnit) && baseUnit.Kind == ClaimKind.Amount &&
                ClaimLexicon.Units.MatchAt(text, i + 1, numberStart, out _, out var quoteUnit) && quoteUnit.Kind == ClaimKind.Amount)
            {
                // 人民币对美元 is quoted in yuan per dollar, whichever currency is named first.
                return baseUnit.Code == "CNY" ? $"CNY/{quoteUnit.Code}" : $"{quoteUnit.Code}/{baseUnit.Code}";
            }
        }

        return null;
    }
}
