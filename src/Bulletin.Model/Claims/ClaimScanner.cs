// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using System.Collections.Generic;
using Bulletin.Model.Lexicons;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Claims;

/// <summary>
/// Finds the quantified claims in a stretch of source text: numbers found with a vectorised search, each
/// read with its magnitude, unit or measure word, qualifiers, range partner and surrounding words.
/// The scanner is stateless; one call reads one stretch.
/// </summary>
internal static partial class ClaimScanner
{
    private const int MaxUnitGap = 2;
    private const int MaxPerUnitNoun = 4;

    // How far back in its clause a cue word still colours a number: 指数报 3200 点, 最高气温达到 35 度.
    private const int IndexCueReach = 12;
    private const int TemperatureCueReach = 16;
    private const int MaxNumberRun = 64;
    // How far a formula's $ may stand from a number in it: a caption's formula runs to a hundred characters or more
    // ($( \mathrm { P S N R } ) , 3 2 . 5 \pm 0 . 4 ( \mathrm { S N R } = 1 . 5 \%$).
    private const int MaxMathReach = 160;

    internal static void Scan(string source, int start, int end, List<ClaimDraft> into, int? referenceYear, bool rocYears = false)
    {
        var text = source.AsSpan();
        var first = into.Count;
        var i = start;
        var lastEnd = start;
        ClaimDraft? spare = null;

        // Read once: a static field read in the loop went through the runtime's statics helper at every number.
        var numberStarts = ClaimLexicon.NumberStarts;
        var wordStarts = ClaimLexicon.WordStarts;

        // Inline math is looked for only within the stretch: with no $ in it, no number of it is in a formula.
        var mayHoldMath = text[start..end].Contains('$');
        while (i < end)
        {
            var found = text[i..end].IndexOfAny(numberStarts);
            if (found < 0)
            {
                break;
            }

            var p = i + found;
            if (!IsAloneInCell(text, p, lastEnd, end) && TryReadClaimChecked(source, p, lastEnd, end, rocYears, mayHoldMath, ref spare, out var draft, out var next))
            {
                into.Add(draft);
                i = next;
                lastEnd = draft.End;
            }
            else
            {
                i = SkipRun(text, p, end, numberStarts, wordStarts);
            }
        }

        Resolve(source, into, first, referenceYear, rocYears);
    }

    /// <summary>
    /// Whether the number at <paramref name="p"/> stands alone between two cell rules (<c>| 2291.6 |</c>, <c>| -26.3 |</c>):
    /// digits, points and separators with spaces to a <c>|</c> on both sides, within the stretch. Such a number
    /// has no unit, range, magnitude or counted noun within its cell, so the scanner's reading would refuse it; the
    /// table reader gives it its column's. Told apart before it is read, because reading and refusing every cell of
    /// a table had been most of the time a table-heavy document took.
    /// </summary>
    internal static bool IsAloneInCell(ReadOnlySpan<char> text, int p, int floor, int limit)
    {
        // The rule before is asked first: in prose it is never there, and the answer costs a character or two.
        var b = p;
        if (b > floor && text[b - 1] is '-' or '−' or '+')
        {
            b--;
        }

        b = BackOverSpaces(text, b, floor);
        if (b <= floor || CharFold.Fold(text[b - 1]) != '|')
        {
            return false;
        }

        var q = p;
        while (q < limit && (char.IsAsciiDigit(text[q]) || text[q] is '.' or ','))
        {
            q++;
        }

        if (q == p)
        {
            return false;
        }

        // Only spaces are passed on the way to the rule: whatever else stands in the cell (万, %, a line break) is left
        // to the reader, which may make it the number's own.
        q = SkipSpaces(text, q, limit);
        return q < limit && CharFold.Fold(text[q]) == '|';
    }

    // Past the whole run of number characters, so that a long run of digits is looked at once, not once per digit.
    private static int SkipRun(ReadOnlySpan<char> text, int p, int end, SearchValues<char> numberStarts, SearchValues<char> wordStarts)
    {
        // A run of number characters longer than any figure (十十十…) is passed whole, so that no position of it is
        // read again: the scan stays linear however long the run.
        if (wordStarts.Contains(text[p]))
        {
            return p + 1;
        }

        var j = p + 1;
        while (j < end && numberStarts.Contains(text[j]))
        {
            j++;
        }

        if (j - p <= MaxNumberRun)
        {
            j = Math.Min(j, p + MaxNumberRun);
        }

        while (j < end && (char.IsAsciiDigit(CharFold.Fold(text[j])) || text[j] is '.' or ','))
        {
            j++;
        }

        return j;
    }

    // Inside inline math: a $ shortly before the position and another shortly after, with no CJK text or line break
    // between them (text between two formulas, "$…$ 减少到 $…$", has CJK in it; a formula has none).
    private static bool InLatexMath(ReadOnlySpan<char> text, int p, int floor, int limit)
    {
        var back = text[Math.Max(floor, p - MaxMathReach)..p];
        var open = back.LastIndexOf('$');
        if (open < 0 || HasTextOrBreak(back[(open + 1)..]))
        {
            return false;
        }

        var ahead = text[p..Math.Min(limit, p + MaxMathReach)];
        var close = ahead.IndexOf('$');
        return close >= 0 && !HasTextOrBreak(ahead[..close]);
    }

    private static bool HasTextOrBreak(ReadOnlySpan<char> math)
    {
        foreach (var c in math)
        {
            if (c is '\n' or '\r' || TextScan.IsCjk(c) || c is '，' or '。' or '；')
            {
                return true;
            }
        }

        return false;
    }

    // A figure whose value leaves decimal's range (7441亿EFLOPS, 100亿亿P) is not a claim: the scanner's unit, range and
    // magnitude steps multiply, and one guard here keeps every one of them from throwing.
    internal static bool TryReadClaimChecked(string source, int p, int floor, int limit, bool rocYears, bool mayHoldMath, ref ClaimDraft? spare, out ClaimDraft draft, out int next)
    {
        try
        {
            return TryReadClaim(source, p, floor, limit, rocYears, mayHoldMath, ref spare, out draft, out next);
        }
        catch (OverflowException)
        {
            draft = null!;
            next = p + 1;
            return false;
        }
    }

    // A draft made for a number that proves no figure is left in spare for the next number to use.
    private static bool TryReadClaim(string source, int p, int floor, int limit, bool rocYears, bool mayHoldMath, ref ClaimDraft? spare, out ClaimDraft draft, out int next)
    {
        draft = null!;
        next = p + 1;
        var text = source.AsSpan();
        if (TrySpecial(source, p, floor, limit, out draft, out next))
        {
            return true;
        }

        NumberToken number;
        if (mayHoldMath && InLatexMath(text, p, floor, limit) && NumberReader.TryReadSpacedDigits(text, p, limit, out var spaced))
        {
            // $6 . 3 6 \%$: a PDF converter's math, one digit a token.
            number = spaced;
        }
        else if (IsNamedBefore(text, p, floor) || !NumberReader.TryRead(text, p, limit, out number) || IsExcludedAfterReading(text, p, floor, number))
        {
            return false;
        }

        next = Math.Max(number.End, p + 1);
        draft = spare?.Reset() ?? new ClaimDraft();
        spare = null;
        (draft.Start, draft.NumberStart, draft.End) = (p, p, number.End);
        (draft.Value, draft.Lower, draft.Upper, draft.Precision) = (number.Value, number.Lower, number.Upper, number.Precision);
        (draft.Qualifier, draft.RocYears) = (number.Qualifier, rocYears);
        if (number.IsFraction)
        {
            draft.Kind = ClaimKind.Share;
            draft.Unit = "%";
            draft.HasUnitWord = true;
        }
        else if (ReadQuotedRate(source, number, floor, limit, draft))
        {
            // 中间价报7.1032: read as a quote before any unit word, so 7.1032 元 is a rate and not an amount.
        }
        else if (!ReadUnit(source, ref number, floor, limit, draft))
        {
            // 2 至 3 家, 15-20 天: the unit stands only after the second number; 企业数为 1286: the noun stands before.
            if (!ReadUnitlessRange(source, number, floor, limit, draft) && !ReadCountedBefore(text, number, floor, draft) &&
                !ReadQuotedIndex(text, number, floor, draft))
            {
                spare = draft;
                return false;
            }
        }
        else
        {
            ReadRange(source, number, floor, limit, draft);
            ReadFixing(source, floor, limit, draft);
            ReadPerUnitBefore(text, floor, draft);
        }
        ReadTrailingQualifier(text, limit, draft);
        ReadCurrencyBefore(text, floor, draft);
        if (IsMinusSign(text, p, floor))
        {
            Negate(draft, p - 1);
        }
        else if (draft.Unit == UnitCatalog.CelsiusCode && ClaimLexicon.BelowZeroWords.MatchBefore(text, SkipSpacesBack(text, p, floor), floor, out var below, out _))
        {
            Negate(draft, SkipSpacesBack(text, p, floor) - below.Length);
        }
        else
        {
            ReadLeadingQualifier(text, floor, draft);
        }

        next = Math.Max(draft.End, p + 1);

        // A magnitude with no numeral (万元, 亿元 in a header) is a claim only when qualified: 超百万元, 万元级.
        if (number.IsChinese && number.Qualifier == ClaimQualifier.Exact && !HasDigit(text, number) && draft.Start == draft.NumberStart &&
            !(draft.End < limit && CharFold.Fold(text[draft.End]) == '级'))
        {
            spare = draft;
            return false;
        }

        return true;
    }

    // The longest counted noun taken before 数为: 补丁数为 256 counts 补丁, 本次实验的样本总数为 796 counts 样本.
    private const int MaxCountedNoun = 4;

    // A bare whole number after "the number of X is" (企业数为 1286, 样本的总数达 796) counts X, which stands before
    // the number rather than after it; a coefficient, a score or an index (系数为 0, 指数为 102) is not a count.
    private static bool ReadCountedBefore(ReadOnlySpan<char> text, NumberToken number, int floor, ClaimDraft draft)
    {
        if (number.IsChinese || number.HasMagnitude || number.Lower is not null || number.Value is not { } value || value != decimal.Truncate(value))
        {
            return false;
        }

        var b = SkipSpacesBack(text, number.Start, floor);
        if (!ClaimLexicon.CountCopulas.MatchBefore(text, b, floor, out var copula, out _))
        {
            return false;
        }

        // 数为 ends the noun's 数: 系数为 is matched with the 数 it shares.
        var afterNoun = b - copula.Length;
        if (ClaimLexicon.NotCountNouns.MatchBefore(text, afterNoun + 1, floor, out _, out _))
        {
            return false;
        }

        var end = afterNoun;
        if (end > floor && CharFold.Fold(text[end - 1]) == '的')
        {
            end--;
        }

        var start = end;
        while (start > floor && end - start < MaxCountedNoun && TextScan.IsCjk(text[start - 1]) && CharFold.Fold(text[start - 1]) is not ('的' or '和' or '与' or '及'))
        {
            start--;
        }

        if (start == end)
        {
            return false;
        }

        draft.Kind = ClaimKind.Count;
        draft.Unit = "count";
        draft.Measure = text[start..end].ToString();
        return true;
    }

    private static void Negate(ClaimDraft draft, int start)
    {
        draft.Start = draft.NumberStart = start;
        draft.Value = -draft.Value;
        (draft.Lower, draft.Upper) = (-draft.Upper, -draft.Lower);
    }

    // Numbers that name things rather than measure them, told by what stands before them alone: ordinals, model
    // names, codes, the digits of a link. Asked before the number is read, since most such runs (a URL's) are no
    // figure and reading them cost more than the answer.
    private static bool IsNamedBefore(ReadOnlySpan<char> text, int p, int floor)
    {
        if (p <= floor)
        {
            return false;
        }

        var b = p - 1;
        while (b > floor && text[b] == ' ' && p - b <= 2)
        {
            b--;
        }

        if (CharFold.Fold(text[b]) is '第' or '每' ||
            ClaimLexicon.ReferenceLabels.MatchBefore(text, b + 1, floor, out _, out _))
        {
            return true;
        }

        var before = CharFold.Fold(text[p - 1]);
        if (before is '周' or '初' or '礼' or '星' || char.IsAsciiLetter(before) || (before is '-' && !IsMinusSign(text, p, floor)) ||
            before is '.' or '/' or '_' or '#' or '@' or '+' or '^' or '[' or '~')
        {
            return true;
        }

        return char.IsAsciiDigit(before);
    }

    // Numbers that name things rather than measure them, told once the number is read: formula factors,
    // numerals inside words, per-unit denominators.
    private static bool IsExcludedAfterReading(ReadOnlySpan<char> text, int p, int floor, NumberToken number)
    {
        if (p <= floor)
        {
            return false;
        }

        var before = CharFold.Fold(text[p - 1]);

        // 资本利润率=净利润÷平均资本×100%, 周转天数=360×存货÷成本: the factors of a formula measure nothing.
        var after = number.End < text.Length ? text[number.End] : '\0';
        if ((before is '×' or '÷' or '*' || after is '×' or '÷') && IsInFormula(text, p, floor))
        {
            return true;
        }

        // -3.1%: a minus sign after a word or a space is a sign, not part of a name or a range.
        if (IsMinusSign(text, p, floor))
        {
            return false;
        }

        // A Chinese numeral glued to the character before it is part of a word (统一, 进一步, 唯一).
        var next = number.End < text.Length ? CharFold.Fold(text[number.End]) : '\0';
        if (number.IsChinese && TextScan.IsCjk(before) && !IsNumberIntroducer(text, p, floor) && !(number.Value >= 2m && next is '成' or '倍'))
        {
            return !number.HasMagnitude && number.Lower is null;
        }

        return false;
    }

    // A formula states its name first: an equals sign earlier on the line.
    private static bool IsInFormula(ReadOnlySpan<char> text, int p, int floor)
    {
        var line = text[floor..p];
        var lineStart = line.LastIndexOfAny('\n', '\r') + 1;
        return line[lineStart..].IndexOfAny('=', '＝') >= 0;
    }

    private static bool IsMinusSign(ReadOnlySpan<char> text, int p, int floor)
    {
        if (p <= floor || CharFold.Fold(text[p - 1]) is not ('-' or '−'))
        {
            return false;
        }

        var before = p - 2 >= floor ? CharFold.Fold(text[p - 2]) : ' ';
        return !char.IsAsciiLetterOrDigit(before) && before is not ('.' or '_' or '/' or '-');
    }

    private static bool IsNumberIntroducer(ReadOnlySpan<char> text, int p, int floor) =>
        ClaimLexicon.AttachedQualifiers.MatchBefore(text, p, floor, out _, out _) ||
        CharFold.Fold(text[p - 1]) is '达' or '占' or '的' or '为' or '至' or '到' or '有' or '是' or '了' or '长' or '加' or '增' or '降' or '减' or '升' or '过' or '近' or '超' or '逾';

    private static bool ReadUnit(string source, ref NumberToken number, int floor, int limit, ClaimDraft draft)
    {
        var text = source.AsSpan();
        var at = number.End;
        var gap = at;
        while (gap < limit && gap - at < MaxUnitGap && text[gap] is ' ' or '\u3000' or '\u00A0')
        {
            gap++;
        }

        // 78億\n  元, 26.6\n  %: a converter's hard wrap between the figure and its unit.
        if (gap < limit && text[gap] is '\n' or '\r' && NumberReader.HardWrapEnd(text, gap, limit) is var wrapEnd and > 0 &&
            ClaimLexicon.Units.MatchAt(text, wrapEnd, limit, out _, out _))
        {
            gap = wrapEnd;
        }

        if (!number.IsChinese && (IsDateOrYear(text, number, gap, limit) || (draft.RocYears && IsRocYear(text, number, gap, floor, limit))))
        {
            return false;
        }

        if (!number.IsChinese && gap < limit && char.IsAsciiLetter(CharFold.Fold(text[gap])))
        {
            return ReadAsciiUnit(text, ref number, gap, limit, draft);
        }

        if (!number.IsChinese && gap < limit && text[gap] == '\\' && ReadMathUnit(text, ref number, gap, limit, draft))
        {
            return true;
        }

        if (!number.IsChinese && IsStructureRatio(text, number.Start, Math.Max(0, number.Start - 40), limit))
        {
            // 3.9:59.5:36.6 (三次产业结构): each part is a share in per cent.
            draft.Kind = ClaimKind.Share;
            draft.Unit = "%";
            draft.HasUnitWord = true;
            draft.KindFromContext = true;
            return true;
        }

        if (!number.IsChinese && gap < limit && CharFold.Fold(text[gap]) is ':' && gap + 1 < limit && char.IsAsciiDigit(CharFold.Fold(text[gap + 1])))
        {
            return false;
        }

        if (!number.IsChinese && gap + 1 < limit && CharFold.Fold(text[gap]) == '比' && char.IsAsciiDigit(CharFold.Fold(text[gap + 1])))
        {
            return ReadRatio(source, number, gap, floor, limit, draft);
        }

        if (ClaimLexicon.Units.MatchAt(text, gap, limit, out var word, out var unit) && AcceptsUnit(text, number, word, unit.Kind, gap, floor, limit))
        {
            draft.End = gap + word.Length;
            draft.Kind = unit.Kind;
            draft.Unit = word == "度" && !number.HasMagnitude ? UnitCatalog.CelsiusCode : unit.Code;
            draft.HasUnitWord = true;
            draft.KindFromContext = unit.Kind != ClaimKind.Percent;
            if (word == "成")
            {
                // 七成 is seven tenths: 70 per cent; 三成九 goes on to the hundredths: 39 per cent.
                draft.Value *= 10m;
                draft.Precision *= 10m;
                if (TenthOfTenths(text, draft.End, limit) is var tenths and > 0)
                {
                    draft.Value += tenths;
                    draft.Precision = 0.5m;
                    draft.End++;
                }
            }

            ApplyUnit(text, ref number, limit, draft);
            ReadSpeed(text, floor, draft);
            return true;
        }

        if ((!number.IsChinese || number.HasMagnitude || number.Lower is not null) &&
            ClaimLexicon.MeasureWords.MatchAt(text, gap, limit, out var measure, out _) && AcceptsMeasure(number) &&
            !(ClaimLexicon.MeasureFalseFriends.TryGetValue(measure, out var attributes) && TextScan.StartsWithAny(text[(gap + measure.Length)..limit], attributes) is not null))
        {
            draft.End = gap + measure.Length;
            draft.Kind = ClaimKind.Count;
            draft.Unit = "count";
            draft.Measure = source.Substring(gap, measure.Length);
            draft.HasUnitWord = true;
            return !number.IsChinese || number.HasMagnitude || number.Lower is not null;
        }

        // A bare number with a magnitude is a count (2333 万, 2.4 万亿); a bare magnitude needs a qualifier (超万亿).
        if (number.HasMagnitude || number.IsVagueRange)
        {
            if (number.IsChinese && !HasDigit(text, number) && !ClaimLexicon.AttachedQualifiers.MatchBefore(text, number.Start, floor, out _, out _) && number.Lower is null)
            {
                return false;
            }

            draft.Kind = ClaimKind.Count;
            draft.Unit = "count";
            draft.End = number.End;
            return true;
        }

        // 分别在30和60次试验之后: a bare whole number joined to the next, which has a measure word, counts in it too.
        if (!number.IsChinese && number.Decimals == 0 && !number.HasSeparators && SharedMeasure(source, gap, limit) is { } shared)
        {
            draft.Kind = ClaimKind.Count;
            draft.Unit = "count";
            draft.Measure = shared;
            draft.End = number.End;
            return true;
        }

        return false;
    }

    // 和80次: a joiner, a whole number and its measure word; the measure word as printed, or null.
    private static string? SharedMeasure(string source, int at, int limit)
    {
        var text = source.AsSpan();
        if (!ClaimLexicon.ListJoiners.MatchAt(text, at, limit, out var joiner, out _))
        {
            return null;
        }

        var p = at + joiner.Length;
        while (p < limit && text[p] == ' ')
        {
            p++;
        }

        var digits = p;
        while (p < limit && char.IsAsciiDigit(text[p]))
        {
            p++;
        }

        if (p == digits || (p < limit && text[p] is '.' or ','))
        {
            return null;
        }

        while (p < limit && text[p] == ' ')
        {
            p++;
        }

        return ClaimLexicon.MeasureWords.MatchAt(text, p, limit, out var measure, out _) ? source.Substring(p, measure.Length) : null;
    }

    // 人民币 70 亿元, 约合人民币70亿: a currency named before the number; a bare magnitude then is money.
    private static void ReadCurrencyBefore(ReadOnlySpan<char> text, int floor, ClaimDraft draft)
    {
        var at = BackOverSpaces(text, draft.NumberStart, floor);
        if (!ClaimLexicon.Units.MatchBefore(text, at, floor, out var word, out var unit) || unit.Kind != ClaimKind.Amount || word.Length < 2)
        {
            return;
        }

        if (draft.Kind == ClaimKind.Count && draft.Measure is null && !draft.HasUnitWord)
        {
            draft.Kind = ClaimKind.Amount;
            draft.Unit = unit.Code;
            draft.HasUnitWord = true;
        }

        if (draft.Kind == ClaimKind.Amount && draft.Unit == unit.Code)
        {
            draft.Start = draft.NumberStart = at - word.Length;
        }
    }

    private static bool HasDigit(ReadOnlySpan<char> text, NumberToken number)
    {
        for (var k = number.Start; k < number.End; k++)
        {
            var c = CharFold.Fold(text[k]);
            if (char.IsAsciiDigit(c) || ClaimLexicon.ChineseDigits.Contains(c, StringComparison.Ordinal) || ClaimLexicon.FinancialDigits.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsRangeConnector(char folded) => folded is '至' or '到' or '~' or '-' or '—' or '–' or '〜' or '－' or '－';

    private const int MaxMathUnitLength = 24;

    // $3 . 4 0 \mathrm { G H z }$: a converter's math writes a unit upright, one letter a token.
    private static bool ReadMathUnit(ReadOnlySpan<char> text, ref NumberToken number, int at, int limit, ClaimDraft draft)
    {
        var rest = text[at..Math.Min(limit, at + MaxMathUnitLength)];
        if (!rest.StartsWith("\\mathrm", StringComparison.Ordinal) && !rest.StartsWith("\\text", StringComparison.Ordinal))
        {
            return false;
        }

        var open = rest.IndexOf('{');
        var close = rest.IndexOf('}');
        if (open < 0 || close < open)
        {
            return false;
        }

        Span<char> letters = stackalloc char[MaxMathUnitLength];
        var n = 0;
        foreach (var c in rest[(open + 1)..close])
        {
            if (c != ' ')
            {
                letters[n++] = c;
            }
        }

        if (n == 0 || !ClaimLexicon.Units.MatchAt(letters[..n], 0, n, out var word, out var unit) || word.Length != n)
        {
            return false;
        }

        draft.End = at + close + 1;
        draft.Kind = unit.Kind;
        draft.Unit = unit.Code;
        draft.HasUnitWord = true;
        ApplyUnit(text, ref number, limit, draft);
        return true;
    }

    private static bool ReadAsciiUnit(ReadOnlySpan<char> text, ref NumberToken number, int at, int limit, ClaimDraft draft)
    {
        var end = at;
        while (end < limit && char.IsAsciiLetter(CharFold.Fold(text[end])))
        {
            end++;
        }

        if (ClaimLexicon.Units.MatchAt(text, at, end, out var word, out var unit) && at + word.Length == end)
        {
            draft.End = end;
            draft.Kind = unit.Kind;
            draft.Unit = unit.Code;
            draft.HasUnitWord = true;
            ApplyUnit(text, ref number, limit, draft);
            return true;
        }

        // 10K: 10 000 written short, where a bracket or a stop follows; one digit (4K, 8K) names a resolution.
        if (end == at + 1 && CharFold.Fold(text[at]) is 'K' or 'k' && !number.HasMagnitude && number.Decimals == 0 && number.Value >= 10m &&
            (end == limit || Punctuation.Clause.Contains(CharFold.Fold(text[end])) || CharFold.Fold(text[end]) is ')' or ']'))
        {
            draft.End = end;
            draft.Kind = ClaimKind.Count;
            draft.Unit = "count";
            draft.Value *= 1000m;
            draft.Precision *= 1000m;
            return true;
        }

        // 1000亿Token: a count of the things the word names; a plain number before letters is a name (6G, S1).
        if (number.HasMagnitude)
        {
            draft.End = end;
            draft.Kind = ClaimKind.Count;
            draft.Unit = "count";
            draft.Measure = text[at..end].ToString();
            return true;
        }

        return false;
    }

    // The digit after 成 (三成九): one Chinese digit that no number, magnitude or unit word goes on from, or 0.
    private static int TenthOfTenths(ReadOnlySpan<char> text, int at, int limit)
    {
        const string Digits = "一二三四五六七八九";
        if (at >= limit || Digits.IndexOf(text[at], StringComparison.Ordinal) is not (>= 0 and var digit))
        {
            return 0;
        }

        var next = at + 1 < limit ? text[at + 1] : ' ';
        return ClaimLexicon.NumberStarts.Contains(next) || "年月日个個倍成%％".Contains(next, StringComparison.Ordinal) ? 0 : digit + 1;
    }

    private static bool AcceptsUnit(ReadOnlySpan<char> text, NumberToken number, string word, ClaimKind kind, int at, int floor, int limit)
    {
        var after = at + word.Length < limit ? CharFold.Fold(text[at + word.Length]) : '\0';

        // 他预期10年后，日营收可以达到…: a forecast's horizon is a length of time; 10年前 and 年后 elsewhere stay none.
        if (word == "年" && after == '后' && !number.IsChinese && number.Decimals == 0 &&
            ClauseHas(ClaimLexicon.ForecastWords, text, number.Start, floor, HorizonCueReach))
        {
            return true;
        }

        if (ClaimLexicon.UnitFalseFriends.TryGetValue(word, out var friends) && friends.Contains(after, StringComparison.Ordinal))
        {
            return false;
        }

        switch (word)
        {
            case "成":
                return number.Value is >= 1m and <= 10m && number.Decimals == 0;
            case "点":
                return !number.IsChinese && ClauseHas(ClaimLexicon.IndexWords, text, number.Start, floor, IndexCueReach);
            case "度":
                // 50 亿度 is electricity; 25 度 only where the clause speaks of temperature.
                return (!number.IsChinese && number.HasMagnitude) || (!number.HasMagnitude && IsTemperatureClause(text, number.Start, floor));
            case "P":
                return !number.IsChinese && !char.IsAsciiLetter(after);
            case "天" or "小时" or "个月" or "年":
                return !number.IsChinese || number.Lower is not null;
            case "周":
                return !number.IsChinese && after != '年';
            case "米":
                return !number.IsChinese || number.HasMagnitude;
            case "升":
                return !number.IsChinese;
        }

        if (number.IsChinese && !number.HasMagnitude && number.Lower is null)
        {
            // Chinese numerals make claims with 倍, 成, percentages, money and physical units, not with durations.
            return kind is ClaimKind.Multiple or ClaimKind.Amount or ClaimKind.Pp || (kind == ClaimKind.Physical && word.Length > 1);
        }

        if (kind == ClaimKind.Duration && number.IsChinese)
        {
            return number.Lower is not null;
        }

        return true;
    }

    // A count is whole unless a magnitude scales it: 2350.5 万人 is a count, 3.5 个 is not.
    private static bool AcceptsMeasure(NumberToken number) => number.Decimals == 0 || number.HasMagnitude;

    private static bool IsTemperatureClause(ReadOnlySpan<char> text, int numberStart, int floor) =>
        ClauseHas(ClaimLexicon.TemperatureCues, text, numberStart, floor, TemperatureCueReach);

    // Whether one of the cue words stands before the number in its clause, at most reach characters back.
    // How far before a horizon (10年后) the forecast word that makes it one is looked for (他预期, 预计).
    private const int HorizonCueReach = 8;

    private static bool ClauseHas(WordTable<bool> cues, ReadOnlySpan<char> text, int numberStart, int floor, int reach)
    {
        var stop = Math.Max(floor, numberStart - reach);
        for (var e = numberStart; e > stop; e--)
        {
            // Folded: a full-width ， or ； reads as , or ; here.
            var c = CharFold.Fold(text[e - 1]);
            if (c is ',' or '。' or ';')
            {
                return false;
            }

            if (cues.MatchBefore(text, e, stop, out _, out _))
            {
                return true;
            }
        }

        return false;
    }
}
