// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Lexicons;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Claims;

/// <content>What the words around a number say: change or share, its sign, lists, modality, basis and subject.</content>
internal static partial class ClaimScanner
{
    private const int ForwardWindow = 10;
    private const int MaxSubjectLength = 20;
    private const int MaxLookBack = 200;
    private const int MaxListLabel = 8;

    private static void Resolve(string source, List<ClaimDraft> drafts, int first, int? referenceYear, bool rocYears)
    {
        var text = source.AsSpan();
        var modality = new ModalityWords();
        for (var i = first; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var floor = i > first ? Math.Min(drafts[i - 1].End, draft.Start) : 0;
            floor = Math.Max(0, Math.Min(floor, draft.Start));
            draft.SentenceStart = SentenceStart(text, draft.Start, 0);
            var clauseStart = NarrowAtEnumeration(text, ClauseStart(text, draft.Start, draft.SentenceStart), draft.Start);
            switch (draft.Kind)
            {
                case ClaimKind.Percent:
                    ClassifyPercent(text, draft, clauseStart);
                    break;
                case ClaimKind.Pp:
                    draft.Sign = ClauseSign(text, draft, clauseStart);
                    break;
                case ClaimKind.Count or ClaimKind.Amount or ClaimKind.Index or ClaimKind.Physical:
                    draft.Sign = AdjacentSign(text, draft, clauseStart);
                    break;
            }

            if (draft.Kind == ClaimKind.Share && !draft.KindFromContext && i > first && drafts[i - 1] is { KindFromContext: true } previous &&
                previous.SentenceStart == draft.SentenceStart && previous.Unit == "%" && !NamesItsOwnLevel(text, previous.End, draft.Start))
            {
                draft.Kind = previous.Kind;
                draft.Sign = previous.Sign;
                draft.KindByDefault = false;
            }

            if (draft.FromBasisPoints && IsQuoteContext(text, clauseStart, draft.Start, draft.SentenceStart))
            {
                // 中间价调升41个基点: basis points of an exchange-rate quote are ten-thousandths of it.
                draft.Kind = ClaimKind.Rate;
                draft.Value /= 100m;
                draft.Precision /= 100m;
                draft.Unit = CurrencyPair(text, draft.Start, draft.SentenceStart) ?? "ratio";
            }

            ApplySign(draft);

            // 每百元收入中的费用为7.2元，同比减少0.3元: both per hundred yuan, up to the clause group's end (；).
            PerMoneyBase.Apply(text[draft.SentenceStart..draft.Start], draft);
            draft.Modality = modality.Of(text, draft);
            draft.Basis = Basis(text, clauseStart, draft.Start);
            draft.Subject = Subject(source, clauseStart, draft.Start);
            if (draft is { Kind: ClaimKind.Count, Measure: null, HasUnitWord: false, Subject: { } measured } && text[draft.NumberStart..draft.End].IndexOfAny("万亿萬億") >= 0 &&
                ClaimLexicon.MoneyAggregates.OccursIn(measured, 0, measured.Length))
            {
                // 生产总值突破5万亿, 进出口总额3.2万亿: what is measured is money, so a bare magnitude is an amount of it.
                draft.Kind = ClaimKind.Amount;
                draft.Unit = "CNY";
            }
            if (draft.Subject is { Length: > 0 } own && CharFold.Fold(own[0]) == '占' && i > first &&
                drafts[i - 1] is { Subject: { } part } before && before.SentenceStart == draft.SentenceStart && CharFold.Fold(part[0]) != '占')
            {
                // 出口增长4.1%，占全市总量38.5%: 占… names the whole; the part is what the sentence's figures
                // measure, so two shares of one whole are told apart by their parts.
                draft.Subject = part + own;
            }
            else if (draft.Subject is { } reading && i > first && NamesReading(reading) && SentenceHead(drafts, first, i) is { } head)
            {
                // 出口同比升3.5%，…，上月终值升2.1%: a reading (终值, 前值) of what the sentence opened with; alone its
                // words would make the final readings of two indicators one subject.
                draft.Subject = head + " " + reading;
            }
            // Words that need a year (全年, 一季度, 8月) are left to the document's context, which knows the year the
            // paragraph or heading states; only what the sentence itself fixes is read here.
            draft.Period = PeriodReader.Find(source, draft.SentenceStart, draft.Start, contextYear: null, documentYear: referenceYear, rocYears);
        }

        try
        {
            LinkLists(source, drafts, first);
            LinkRelations(source, drafts, first);
        }
        catch (OverflowException)
        {
            // Relating figures near decimal's limits (a list whose sum leaves its range) is given up; the figures stay.
        }
    }

    private static readonly SearchValues<char> s_sentenceBreaks = SearchValues.Create("。！？!?；;\n");

    private static readonly SearchValues<char> s_clauseOpeners = SearchValues.Create("，,：:（(");

    internal static int SentenceStart(ReadOnlySpan<char> text, int at, int floor)
    {
        // Sentences in bulletins are short; looking back further than this only costs time on unpunctuated input.
        floor = Math.Max(floor, at - MaxLookBack);

        // A vectorized search back between the characters that can end a sentence.
        for (var k = at - 1; k >= floor; k--)
        {
            k = CharFold.LastIn(text, floor, k + 1, s_sentenceBreaks);
            if (k < 0)
            {
                break;
            }
            if (text[k] != '\n' || EndsParagraph(text, k, floor))
            {
                return k + 1;
            }
        }

        return floor;
    }

    // A line break ends a sentence after closing punctuation or at a blank line; otherwise it only wraps the text.
    private static bool EndsParagraph(ReadOnlySpan<char> text, int newline, int floor)
    {
        var k = newline - 1;
        while (k >= floor && text[k] is ' ' or '\t' or '\r' or '\u3000')
        {
            k--;
        }

        return k < floor || text[k] == '\n' || Punctuation.Terminal.Contains(text[k]) || text[k] is ':' or '：';
    }

    private static int ClauseStart(ReadOnlySpan<char> text, int at, int floor)
    {
        floor = Math.Max(floor, at - MaxLookBack);
        for (var k = at - 1; k >= floor; k--)
        {
            k = CharFold.LastIn(text, floor, k + 1, s_clauseOpeners);
            if (k < 0)
            {
                break;
            }

            // 略微减少 $( < 1 \%$: a bracket that opens right before the figure, right after a change verb, holds the
            // verb's figure.
            if (text[k] is '（' or '(' && text[(k + 1)..at].Trim(" $<>≤≥＜＞").IsEmpty &&
                text[floor..k].TrimEnd(" $") is var before && ClaimLexicon.ChangeVerbs.MatchBefore(before, before.Length, 0, out _, out _))
            {
                continue;
            }

            // 16:30收盘报7.1790: a colon between digits writes a time or a ratio, and parts no clause.
            if (text[k] is ':' && k > floor && k + 1 < at && char.IsAsciiDigit(text[k - 1]) && char.IsAsciiDigit(text[k + 1]))
            {
                continue;
            }

            if (text[k] is '，' or ',' or '：' or ':' or '（' or '(')
            {
                return k + 1;
            }
        }

        return floor;
    }

    // 、 parts clauses with subjects of their own (产量提升 3-5 倍、废品率降至 1.2%), not members of one list (5%、7.5%).
    private static int NarrowAtEnumeration(ReadOnlySpan<char> text, int clauseStart, int numberStart)
    {
        // The nearest 、 decides.
        var found = numberStart > clauseStart ? text[clauseStart..numberStart].LastIndexOf('、') : -1;
        if (found < 0)
        {
            return clauseStart;
        }

        // A clause of its own has CJK words after the 、 other than a qualifier attached to the figure (约, 超).
        var k = clauseStart + found;
        var hasWords = false;
        foreach (var c in text[(k + 1)..numberStart])
        {
            if (TextScan.IsCjk(c))
            {
                hasWords = true;
                break;
            }
        }

        return hasWords && !ClaimLexicon.AttachedQualifiers.MatchAt(text, k + 1, numberStart, out _, out _) ? k + 1 : clauseStart;
    }

    private static int ClauseEnd(ReadOnlySpan<char> text, int at)
    {
        var end = Math.Min(text.Length, at + ForwardWindow);
        for (var k = at; k < end; k++)
        {
            if (text[k] is '，' or ',' or '。' or '；' or ';' or '\n' or '）' or ')')
            {
                return k;
            }
        }

        return end;
    }

    // The nearest words before the number decide: a change verb (not one that leads to a level: 降至, 提升到),
    // a share word, or a rate noun (…率, 关税). After the number, 的增长 makes a change and a rate noun a percent.
    // Where a change verb, a share word or a rate noun can end: the walk back from a percentage stops only there.
    private static readonly SearchValues<char> s_percentCueEnds = CharFold.UnfoldedSet(
        ClaimLexicon.ChangeVerbs.LastCharacters.Concat(ClaimLexicon.ShareWords.LastCharacters).Concat(ClaimLexicon.RateNouns.LastCharacters));

    private static void ClassifyPercent(ReadOnlySpan<char> text, ClaimDraft draft, int clauseStart)
    {
        int verbAt = -1, shareAt = -1, rateAt = -1, sign = 1;
        // 跌4.1个基点报2.65%: after a quote verb the figure is the level the move ended at, not the move.
        var toLevel = LeadsToLevel(text, PreviousWordEnd(text, draft.Start, clauseStart), draft.Start) ||
            ClaimLexicon.QuoteVerbs.MatchBefore(text, SkipSpacesBack(text, draft.Start, clauseStart), clauseStart, out _, out _);
        for (var e = draft.Start; e > clauseStart && ((verbAt < 0 && !toLevel) || shareAt < 0 || rateAt < 0); e--)
        {
            e = CharFold.PreviousEnd(text, e, clauseStart, s_percentCueEnds);
            if (e < 0)
            {
                break;
            }

            if (verbAt < 0 && !toLevel && ClaimLexicon.ChangeVerbs.MatchBefore(text, e, clauseStart, out var verb, out var verbSign) && !LeadsToLevel(text, e, draft.Start))
            {
                verbAt = e;
                sign = verbSign;
            }

            if (shareAt < 0 && ClaimLexicon.ShareWords.MatchBefore(text, e, clauseStart, out _, out _))
            {
                shareAt = e;
            }

            if (rateAt < 0 && ClaimLexicon.RateNouns.MatchBefore(text, e, clauseStart, out _, out _))
            {
                rateAt = e;
            }
        }

        draft.KindFromContext = true;
        if (verbAt >= 0 && shareAt <= verbAt)
        {
            draft.Kind = ClaimKind.Change;
            draft.Sign = sign;
            return;
        }

        if (shareAt >= 0)
        {
            draft.Kind = ClaimKind.Share;
            return;
        }

        if (rateAt >= 0)
        {
            draft.Kind = ClaimKind.Percent;
            return;
        }

        var end = ClauseEnd(text, draft.End);
        for (var k = draft.End; k < end; k++)
        {
            if (CharFold.Fold(text[k]) == '的' && ClaimLexicon.ChangeVerbs.MatchAt(text, k + 1, end, out _, out var afterSign))
            {
                draft.Kind = ClaimKind.Change;
                draft.Sign = afterSign;
                return;
            }

            if (ClaimLexicon.RateNouns.ContainsWordAt(text, k, end))
            {
                draft.Kind = ClaimKind.Percent;
                return;
            }
        }

        // With no word to say what it is, a percentage is taken as a share, unless it cannot be one: above 100 it is a
        // percent, and written with a minus (−4.1%, 0至-100%) it is a signed rate of change.
        draft.Kind = (draft.Value ?? draft.Upper) > 100m ? ClaimKind.Percent
            : (draft.Value ?? draft.Lower) < 0m ? ClaimKind.Change
            : ClaimKind.Share;
        draft.KindFromContext = false;

        // 35% 的样本 and α 的 60% are parts of a whole by their 的, though no word names a share.
        draft.KindByDefault = draft.Kind == ClaimKind.Share && !IsOfNoun(text, draft.End, end) && !IsOfWhole(text, draft.Start, clauseStart);
    }

    // Whether the figure qualifies the noun after it: glued to it (80%以上从业者), or through 的 and a Chinese noun
    // past spaces and the $ that closes a formula (35% 的样本; 0.1% 的 FAR, a rate written in letters, is not a part).
    private static bool IsOfNoun(ReadOnlySpan<char> text, int at, int end)
    {
        if (at < end && TextScan.IsCjk(text[at]) && !Punctuation.Clause.Contains(text[at]))
        {
            return true;
        }

        while (at < end && text[at] is ' ' or '\u3000' or '$')
        {
            at++;
        }

        return at + 1 < end && CharFold.Fold(text[at]) == '的' && TextScan.IsCjk(text[at + 1]);
    }

    // Whether 的 stands just before the figure, past spaces and the $ that opens a formula.
    private static bool IsOfWhole(ReadOnlySpan<char> text, int start, int floor)
    {
        var at = start;
        while (at > floor && text[at - 1] is ' ' or '\u3000' or '$')
        {
            at--;
        }

        return at > floor && CharFold.Fold(text[at - 1]) == '的';
    }

    // The position just after the word before the number: 下行1.15bp至2.31% puts 2.31% right after 至, and so does
    // 减少到了 $6 . 3 6 \%$ (past the 了 and the $ that opens a formula).
    private static int PreviousWordEnd(ReadOnlySpan<char> text, int start, int floor)
    {
        var k = start;
        k = ClaimScanner.BackOverSpaces(text, k, floor);
        while (k > floor && text[k - 1] == '$')
        {
            k = ClaimScanner.BackOverSpaces(text, k - 1, floor);
        }

        if (k > floor && CharFold.Fold(text[k - 1]) == '了')
        {
            k--;
        }

        return k > floor && CharFold.Fold(text[k - 1]) is '至' or '到' ? k - 1 : start;
    }

    // 降至, 提升到, 增长为: the verb leads to the level that follows, so the number is not a change.
    private static bool LeadsToLevel(ReadOnlySpan<char> text, int verbEnd, int numberStart)
    {
        var k = verbEnd;
        while (k < numberStart && (text[k] == ' ' || CharFold.Fold(text[k]) == '了'))
        {
            k++;
        }

        return k < numberStart && CharFold.Fold(text[k]) is '至' or '到' or '为' or '成';
    }

    private static int ClauseSign(ReadOnlySpan<char> text, ClaimDraft draft, int clauseStart)
    {
        for (var e = draft.Start; e > clauseStart; e--)
        {
            e = CharFold.PreviousEnd(text, e, clauseStart, ClaimLexicon.ChangeVerbs.Ends);
            if (e < 0)
            {
                break;
            }

            if (ClaimLexicon.ChangeVerbs.MatchBefore(text, e, clauseStart, out _, out var sign) && !LeadsToLevel(text, e, draft.Start))
            {
                return sign;
            }
        }

        return 1;
    }

    // 比上年减少0.04万人: only a decline verb right before the number makes a level negative.
    private static int AdjacentSign(ReadOnlySpan<char> text, ClaimDraft draft, int clauseStart)
    {
        var e = draft.Start;
        while (e > clauseStart && (text[e - 1] == ' ' || CharFold.Fold(text[e - 1]) == '了'))
        {
            e--;
        }

        return ClaimLexicon.ChangeVerbs.MatchBefore(text, e, clauseStart, out _, out var sign) && sign < 0 ? -1 : 1;
    }

    // 中间价调升41个基点, or 人民币对美元汇率中间价报7.1032，调升41个基点: the quote is named in the clause, or earlier in the
    // sentence with its currency pair when the clause speaks of no yield.
    private static bool IsQuoteContext(ReadOnlySpan<char> text, int clauseStart, int at, int sentenceStart) =>
        ClaimLexicon.QuoteWords.OccursIn(text, clauseStart, at) ||
        (ClaimLexicon.QuoteWords.OccursIn(text, sentenceStart, at) && !ClaimLexicon.YieldWords.OccursIn(text, clauseStart, at) &&
            CurrencyPair(text, at, sentenceStart) is not null);

    private static void ApplySign(ClaimDraft draft)
    {
        if (draft.Sign >= 0)
        {
            return;
        }

        draft.Value = -draft.Value;
        (draft.Lower, draft.Upper) = (-draft.Upper, -draft.Lower);
    }

    // The modality words of a sentence, found once for all its figures: each figure asked the two word tables at
    // every character back to its sentence's start, which cost a long sentence of many figures its length for each.
    private sealed class ModalityWords
    {
        private static readonly SearchValues<char> s_modalityEnds =
            CharFold.UnfoldedSet(ClaimLexicon.TargetWords.LastCharacters.Concat(ClaimLexicon.ForecastWords.LastCharacters));

        // Where each word ends, in reading order, and whether it makes a target (else a forecast).
        private readonly List<(int End, string Word, bool Target)> _found = [];
        private int _sentence = -1;
        private int _scanned;

        internal ClaimModality Of(ReadOnlySpan<char> text, ClaimDraft draft)
        {
            if (draft.SentenceStart != _sentence || draft.Start < _scanned - 1)
            {
                _sentence = draft.SentenceStart;
                _scanned = draft.SentenceStart + 1;
                _found.Clear();
            }

            // Words that end at each place up to the figure, the target table first as the single scan asked it;
            // a search jumps between the characters a word of either table can end with.
            for (var e = _scanned; e <= draft.Start; e++)
            {
                var at = CharFold.NextIn(text, e - 1, draft.Start, s_modalityEnds);
                if (at < 0)
                {
                    break;
                }

                e = at + 1;
                if (ClaimLexicon.TargetWords.MatchBefore(text, e, draft.SentenceStart, out var target, out _))
                {
                    _found.Add((e, target, true));
                }
                else if (ClaimLexicon.ForecastWords.MatchBefore(text, e, draft.SentenceStart, out var forecast, out _))
                {
                    _found.Add((e, forecast, false));
                }
            }

            _scanned = Math.Max(_scanned, draft.Start + 1);

            // The nearest word before the figure decides; 将 before its object (the 把 construction) decides nothing.
            for (var k = _found.Count - 1; k >= 0; k--)
            {
                var (end, word, isTarget) = _found[k];
                if (end > draft.Start)
                {
                    continue;
                }

                if (isTarget)
                {
                    return ClaimModality.Target;
                }

                if (!(word == "将" && IsDisposal(text[end..draft.Start])))
                {
                    return ClaimModality.Forecast;
                }
            }

            return ClaimModality.Actual;
        }
    }

    // 将利率从 5.5% 降至 5.25%, 将目标区间下调至 4%: 将 with its object before the verb marks what was acted on (as 把
    // does), not the future; 将于明年降至, 将降至 and 将在年内增至 are the future tense. What follows 将 up to the figure
    // tells them apart: an object of two characters or more, then the from→to or a change verb that ends in 至, 到 or 为.
    private static bool IsDisposal(ReadOnlySpan<char> afterWord)
    {
        if (afterWord.Length < 3 || afterWord[0] is '于' or '在' or '会' or '要' or '可' or '能' or '再' || afterWord.StartsWith("继续"))
        {
            return false;
        }

        var from = afterWord.IndexOfAny('从', '由');
        if (from >= 2)
        {
            return true;
        }

        var end = afterWord.TrimEnd(" 了").Length;
        if (end < 3 || afterWord[end - 1] is not ('至' or '到' or '为'))
        {
            return false;
        }

        for (var k = 2; k < end - 1; k++)
        {
            if (ClaimLexicon.ChangeVerbs.MatchAt(afterWord, k, end - 1, out var verb, out _) && k + verb.Length == end - 1)
            {
                return true;
            }
        }

        return false;
    }

    private static string? Basis(ReadOnlySpan<char> text, int clauseStart, int end)
    {
        if (ClaimLexicon.BasisWords.FirstIn(text, clauseStart, end, out _, out var basis))
        {
            return basis;
        }

        // 比 2019 年: a change against a named year.
        var clause = text[clauseStart..end];
        var than = clause.IndexOf('比');
        if (than >= 0 && than + 1 < clause.Length && (TextScan.IsDigit(clause[than + 1]) || clause[than + 1] == ' '))
        {
            var yearAt = clause[than..].IndexOf('年');
            return yearAt > 0 ? clause.Slice(than, yearAt + 1).ToString() : null;
        }

        return null;
    }

    private static bool NamesReading(string subject) =>
        ClaimLexicon.ReadingWords.OccursIn(subject, 0, subject.Length) || ClaimLexicon.PreviousValueWords.OccursIn(subject, 0, subject.Length);

    // The subject of the sentence's first figure: the indicator whose readings follow.
    private static string? SentenceHead(List<ClaimDraft> drafts, int first, int i)
    {
        var j = i;
        while (j > first && drafts[j - 1].SentenceStart == drafts[i].SentenceStart)
        {
            j--;
        }

        return j < i ? drafts[j].Subject : null;
    }

    // The clause before the number, less the verbs and qualifiers that lead to it: 外贸货物吞吐量.
    private static string? Subject(string source, int clauseStart, int numberStart)
    {
        var text = source.AsSpan();
        var end = numberStart;
        var changed = true;
        while (changed && end > clauseStart)
        {
            changed = false;
            while (end > clauseStart && TextScan.IsWhite(text[end - 1]))
            {
                end--;
            }

            // Whole words first: 累计 goes as a word, before its 计 could go alone and leave 累.
            if (ClaimLexicon.ChangeVerbs.MatchBefore(text, end, clauseStart, out var verb, out _) ||
                ClaimLexicon.LeadVerbs.MatchBefore(text, end, clauseStart, out verb, out _) ||
                (ClaimLexicon.AttachedQualifiers.MatchBefore(text, end, clauseStart, out verb, out _) && !IsPartOfWord(text, end - verb.Length, clauseStart, verb)) ||
                ClaimLexicon.ShareWords.MatchBefore(text, end, clauseStart, out verb, out _))
            {
                end -= verb.Length;
                changed = true;
            }
            else if (EndsWithParticle(text, end, clauseStart))
            {
                end--;
                changed = true;
            }
        }

        var start = TextScan.WholeCharacter(text, Math.Max(clauseStart, end - MaxSubjectLength), +1);

        // 工业增加值比上年四季度 (加快 1.1 个百分点): the base of a comparison is not what is measured; the subject
        // ends where the base begins, and a clause that is only a base has none.
        for (var k = start; k < end; k++)
        {
            k = CharFold.NextIn(text, k, end, ClaimLexicon.ComparisonOpeners.Starts);
            if (k < 0)
            {
                break;
            }

            if (ClaimLexicon.ComparisonOpeners.MatchAt(text, k, end, out var opener, out var opens))
            {
                if (opens)
                {
                    // 与上年相比: the base opens at 与 (or 同, 和, 跟), before the word that closes it.
                    var opensAt = opener[0] == '相' ? text[start..k].LastIndexOfAny("与同和跟") : -1;
                    end = opensAt >= 0 ? start + opensAt : k;
                    break;
                }

                k += opener.Length - 1;
            }
        }

        // Markup and arithmetic (** `, 621 =) name nothing; nor do a heading's marks (## 前三季度出口).
        var subject = TextScan.Trim(source[start..end]);
        var marks = 0;
        while (marks < subject.Length && subject[marks] == '#')
        {
            marks++;
        }

        if (marks > 0 && marks < subject.Length && subject[marks] == ' ')
        {
            subject = TextScan.Trim(subject[marks..]);
        }

        // 1. 前三季度出口, 2、园区产值, （3）税收: a list item's or a contents line's number names nothing.
        subject = WithoutItemNumber(subject);

        // 其中出口: 其中 says the figure is a part (the relation records it); what is measured is 出口.
        if (ClaimLexicon.PartWords.MatchAt(subject, 0, subject.Length, out var partWord, out _))
        {
            subject = subject.AsSpan(partWord.Length).TrimStart("，,、：: 　").ToString();
        }

        foreach (var c in subject)
        {
            if (char.IsLetter(c))
            {
                return subject;
            }
        }

        return null;
    }

    // A particle or verb before the number that names nothing (了, 的, 达, 约…), unless it is a character of a word
    // the subject keeps (签约, 最近, 资产总计).
    private static bool EndsWithParticle(ReadOnlySpan<char> text, int end, int clauseStart)
    {
        if (end <= clauseStart)
        {
            return false;
        }

        var c = CharFold.Fold(text[end - 1]);
        return c switch
        {
            '约' => !IsPartOfWord(text, end - 1, clauseStart, "约"),
            '近' => !IsPartOfWord(text, end - 1, clauseStart, "近"),
            '超' => !IsPartOfWord(text, end - 1, clauseStart, "超"),
            '计' => !(end - 1 > clauseStart && CharFold.Fold(text[end - 2]) == '总'),
            '了' or '的' or '达' or '为' or '是' or '在' or '至' or '到' or '均' or '都' or '共' or '合' or '由' or '从' => true,
            _ => false,
        };
    }

    // 环比增长37.5%，前五大持股集中度达到62.3%: a clause that names what it measures and states it as a level
    // (达到, 为) is a figure of its own, not another member of the rates before it.
    private static bool NamesItsOwnLevel(ReadOnlySpan<char> text, int previousEnd, int start)
    {
        if (previousEnd >= start)
        {
            return false;
        }

        var between = text[previousEnd..start].TrimEnd(" ");
        var clause = between.LastIndexOfAny("，,；;");
        if (clause < 0)
        {
            return false;
        }

        var own = between[(clause + 1)..];
        return own.Length >= 4 && (own.EndsWith("达到") || own.EndsWith("达到了") || (own.EndsWith("为") && !own.EndsWith("分别为")));
    }

    private static string WithoutItemNumber(string subject)
    {
        var span = subject.AsSpan();
        var k = span.Length > 0 && span[0] is '（' or '(' ? 1 : 0;
        var digits = k;
        while (digits < span.Length && digits - k < 3 && char.IsAsciiDigit(span[digits]))
        {
            digits++;
        }

        if (digits == k || digits >= span.Length)
        {
            return subject;
        }

        // The opening bracket may stand outside the clause the subject is taken from: 3）税收 is (3) too.
        var close = span[digits] is '）' or ')' || (k == 0 && span[digits] is '.' or '、' or '．');
        if (!close || (span[digits] == '.' && digits + 1 < span.Length && char.IsAsciiDigit(span[digits + 1])))
        {
            return subject;
        }

        var rest = TextScan.Trim(span[(digits + 1)..]);
        return rest.IsEmpty ? subject : rest.ToString();
    }

    // 5%、7.5%和 12.1%: members of one list; a list that ends in a currency gives it to its bare members.
    private static void LinkLists(string source, List<ClaimDraft> drafts, int first)
    {
        var text = source.AsSpan();
        var groupStart = first;
        for (var i = first; i <= drafts.Count; i++)
        {
            var joined = i < drafts.Count && i > first && drafts[i - 1].End <= drafts[i].Start && IsListJoin(text[drafts[i - 1].End..drafts[i].Start]);
            if (joined)
            {
                drafts[i].AddRelation(ClaimRelationKind.ListMember, drafts[i - 1]);

                // 增长8%、5.5%和12.1%: a bare member measures what the list's first member does; the words before it
                // are the previous member and a joiner, not a subject.
                if (IsBareJoin(text[drafts[i - 1].End..drafts[i].Start]))
                {
                    drafts[i].Subject = drafts[i - 1].Subject;
                }

                continue;
            }

            if (i - groupStart > 1)
            {
                // Only a list of bare figures (120.5 亿、98.2 亿元) shares the currency of its last member; labelled
                // members (用户 300 万、营收 20 亿元) may measure different things.
                var last = drafts[i - 1];
                for (var k = i - 2; k >= groupStart && IsBareJoin(text[drafts[k].End..drafts[k + 1].Start]); k--)
                {
                    if (last.Kind == ClaimKind.Amount && drafts[k].Kind == ClaimKind.Count && !drafts[k].HasUnitWord)
                    {
                        drafts[k].Kind = ClaimKind.Amount;
                        drafts[k].Unit = last.Unit;
                    }
                }
            }

            groupStart = i;
        }
    }

    private static bool IsBareJoin(ReadOnlySpan<char> between)
    {
        var trimmed = TextScan.Trim(between);
        return trimmed.Length > 0 && ClaimLexicon.ListJoiners.MatchAt(trimmed, 0, trimmed.Length, out var word, out _) && word.Length == trimmed.Length;
    }

    private static bool IsListJoin(ReadOnlySpan<char> between)
    {
        // 8%、6.5%: a bare joiner; 东部 30 亿元、西部 20 亿元: a joiner and the next member's short label.
        var trimmed = TextScan.Trim(between);
        if (trimmed.Length == 0 || !ClaimLexicon.ListJoiners.MatchAt(trimmed, 0, trimmed.Length, out var word, out _))
        {
            return false;
        }

        var label = trimmed[word.Length..];
        return label.Length <= MaxListLabel && label.IndexOfAny(Punctuation.Clause) < 0 && !label.ContainsAnyInRange('0', '9');
    }
}
