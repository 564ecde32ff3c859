// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Buffers;
using System.Collections.Generic;
using System.Linq;
using Bulletin.Model.Lexicons;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Claims;

/// <content>Relations between the claims of a sentence: conversions, from→to pairs, parts, totals, changes of a level.</content>
internal static partial class ClaimScanner
{
    private const int MaxJoinGap = 12;

    // The ends of a sentence that a breakdown does not run past (a semicolon only separates its clauses).
    private static readonly SearchValues<char> s_sentenceEnds = SearchValues.Create("。！？!?");

    private static void LinkRelations(string source, List<ClaimDraft> drafts, int first)
    {
        var text = source.AsSpan();
        for (var i = first + 1; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var previous = drafts[i - 1];
            if (previous.End > draft.Start || previous.SentenceStart != draft.SentenceStart)
            {
                LinkPart(text, drafts, first, i);
                continue;
            }

            var between = text[previous.End..draft.Start];

            // 3500 日元（约合 170 元人民币）
            if (draft.Kind == ClaimKind.Amount && previous.Kind == ClaimKind.Amount &&
                (ClaimLexicon.ConversionWords.OccursIn(text, draft.Start, draft.NumberStart) || EndsWithWord(text, previous.End, draft.Start, ClaimLexicon.ConversionWords)))
            {
                draft.AddRelation(ClaimRelationKind.ConversionOf, previous);
                continue;
            }

            // 由约 800 亿元跃升至 1200 亿元
            if (previous.Unit == draft.Unit && between.Length <= MaxJoinGap && EndsWithAny(TrimEnd(between), "至", "到") &&
                StartsFrom(text, previous))
            {
                previous.AddRelation(ClaimRelationKind.From, draft);
                draft.AddRelation(ClaimRelationKind.To, previous);

                // 交易额由 12 亿元增至 15 亿元: both ends measure what the pair's first end does.
                draft.Subject = previous.Subject;
                LinkChangeBeforePair(text, drafts, first, i);
                continue;
            }

            // 占比 35.5%，比上年的 30.5% 提高 5.0 个百分点: the points are the difference of the two percentages.
            if (draft.Kind == ClaimKind.Pp && previous.Kind is ClaimKind.Share or ClaimKind.Percent && i - 2 >= first &&
                drafts[i - 2] is { } earlier && earlier.Kind == previous.Kind && earlier.SentenceStart == draft.SentenceStart &&
                between.Length <= MaxJoinGap && earlier.End <= previous.Start && ComparesTwo(text[earlier.End..previous.Start]))
            {
                draft.AddRelation(ClaimRelationKind.DifferenceOf, earlier);
                draft.AddRelation(ClaimRelationKind.DifferenceOf, previous);
                continue;
            }

            // 收入 300 亿元，比上年增加 20 亿元: an amount whose clause opens with the comparison and ends with a change verb
            // is the change of the level before it, not a level of its own.
            if (IsChangeAmount(text, previous, draft, between))
            {
                draft.AddRelation(ClaimRelationKind.ChangeOf, previous);
                continue;
            }

            // 出口额 1260.5 亿元，增长 4.2%
            if (draft.Kind is ClaimKind.Change or ClaimKind.Multiple or ClaimKind.Pp &&
                previous.Kind is ClaimKind.Amount or ClaimKind.Count or ClaimKind.Physical or ClaimKind.Index or ClaimKind.Share or ClaimKind.Percent &&
                (draft.Kind == ClaimKind.Pp) == (previous.Kind is ClaimKind.Share or ClaimKind.Percent) &&
                between.Length <= MaxJoinGap && between.IndexOfAny('。', '；') < 0)
            {
                // …比上年增加 35 亿元，增长 9.3%: the rate is of the level, as the amount of change before it is.
                var level = previous.Relations.Find(r => r.Kind == ClaimRelationKind.ChangeOf).Other is { } changed && previous.Kind == changed.Kind && previous.Unit == changed.Unit
                    ? changed
                    : previous;
                draft.AddRelation(ClaimRelationKind.ChangeOf, level);
                continue;
            }

            LinkPart(text, drafts, first, i);
        }

        LinkDimensionBreakdowns(text, drafts, first);
        LinkSharesOfOneWhole(text, drafts, first);
        CompleteBreakdowns(drafts, first);
    }

    // 地区生产总值 1000 亿元。分区域看，东部 600 亿元，西部 400 亿元；分行业看，工业 500 亿元…: each breakdown that
    // 分…看 (按…分, 从…看) opens is a list of parts of the one level before it in its unit, running to the sentence's
    // end or the next opener. Two breakdowns are two lists: each is checked as parts no more than their whole, never
    // as a sum, since a breakdown may leave parts out.
    private static void LinkDimensionBreakdowns(ReadOnlySpan<char> text, List<ClaimDraft> drafts, int first)
    {
        for (var i = first; i < drafts.Count; i++)
        {
            var opensAt = i > first && drafts[i - 1].End <= drafts[i].Start ? drafts[i - 1].End : drafts[i].SentenceStart;
            if (!drafts[i].Kind.IsLevel() || drafts[i].Relations.Count > 0 || opensAt > drafts[i].Start ||
                !OpensBreakdown(text[opensAt..drafts[i].Start]))
            {
                continue;
            }

            var whole = BreakdownWhole(text, drafts, first, i);
            if (whole is null)
            {
                continue;
            }

            ClaimDraft? previous = null;
            var k = i;
            for (; k < drafts.Count; k++)
            {
                var part = drafts[k];
                if (k > i && (text[drafts[k - 1].End..part.Start].IndexOfAny(s_sentenceEnds) >= 0 || HasBlankLine(text[drafts[k - 1].End..part.Start]) ||
                    OpensBreakdown(text[drafts[k - 1].End..part.Start])))
                {
                    break;
                }

                // Rates and changes beside the parts (增长 6%，比上年增加 50 亿元) are the parts' own, not parts.
                if (part.Unit != whole.Unit || part.Kind != whole.Kind || part.Measure != whole.Measure || part.Relations.Count > 0 ||
                    IsComparedChange(text[ClauseStart(text, part.Start, part.SentenceStart)..part.Start].TrimStart("，,、 　")))
                {
                    continue;
                }

                part.AddRelation(ClaimRelationKind.PartOf, whole);
                if (previous is not null)
                {
                    part.AddRelation(ClaimRelationKind.ListMember, previous);
                }

                previous = part;
            }

            i = k - 1;
        }
    }

    // The level a breakdown is of: the nearest before it in the part's unit, in the paragraph, when no other level in
    // that unit stands in its sentence (with two, which one the breakdown divides is a guess).
    private static ClaimDraft? BreakdownWhole(ReadOnlySpan<char> text, List<ClaimDraft> drafts, int first, int i)
    {
        var part = drafts[i];
        for (var j = i - 1; j >= first && part.Start - drafts[j].End < MaxLookBack; j--)
        {
            var candidate = drafts[j];
            if (HasBlankLine(text[candidate.End..part.Start]))
            {
                return null;
            }

            if (candidate.Unit == part.Unit && candidate.Kind == part.Kind && candidate.Measure == part.Measure)
            {
                // A part of the breakdown before: this one divides the same whole (分区域看…；分行业看…).
                if (candidate.Relations.Find(r => r.Kind == ClaimRelationKind.PartOf).Other is { } divided)
                {
                    return divided;
                }

                return IsPart(candidate) || !IsOnlyCandidate(text, drafts, first, i, candidate) ? null : candidate;
            }
        }

        return null;
    }

    // 分区域看，东部: a clause of its own (分区域看， 按行业分： 从产业来看，) before the part's subject says that what
    // follows breaks a level down by one dimension.
    private static bool OpensBreakdown(ReadOnlySpan<char> between)
    {
        var close = between.LastIndexOfAny("，,：:");
        if (close < 0)
        {
            return false;
        }

        var clause = between[..close].TrimEnd(" 　");
        var start = clause.LastIndexOfAny("，,。；;：:\n") + 1;
        clause = clause[start..].Trim(" 　");
        foreach (var closer in ClaimLexicon.BreakdownClosers)
        {
            if (clause.Length >= closer.Length + 2 && clause.EndsWith(closer, StringComparison.Ordinal) &&
                ClaimLexicon.BreakdownOpeners.Contains(clause[0]) && clause[1] != '别')
            {
                // The dimension is a word or two (区域, 经济类型, 三大产业), nothing else.
                var dimension = clause[1..^closer.Length];
                if (dimension.Length > 6)
                {
                    return false;
                }

                foreach (var c in dimension)
                {
                    if (!TextScan.IsCjk(c))
                    {
                        return false;
                    }
                }

                return true;
            }
        }

        return false;
    }

    // 民营企业约占 60%，外资企业占 35% 左右: shares stated clause by clause in one sentence, of groups named alike (the
    // same head noun: 民营企业, 外资企业) and of one whole (named once, or the same each time), are shares of that whole;
    // each is linked to the one before. Shares of different measures (民营企业出口占 60%，进口占 50%) or of different
    // wholes (占全国 8%，占全省 30%) are not.
    private static void LinkSharesOfOneWhole(ReadOnlySpan<char> text, List<ClaimDraft> drafts, int first)
    {
        for (var i = first + 1; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft.Kind != ClaimKind.Share || draft.Relations.Count > 0 || ShareSubject(drafts, first, i) is not { } subject)
            {
                continue;
            }

            // The nearest share before it in the sentence; figures of other kinds may stand between (出口 1.2 万亿元，占 60%).
            var j = i - 1;
            while (j >= first && drafts[j].SentenceStart == draft.SentenceStart && drafts[j].Kind != ClaimKind.Share)
            {
                j--;
            }

            if (j < first || ShareSubject(drafts, first, j) is not { } before)
            {
                continue;
            }

            var previous = drafts[j];
            if (previous.SentenceStart != draft.SentenceStart || previous.End > draft.Start || text[previous.End..draft.Start].IndexOfAny('；', ';') >= 0 ||
                previous.Relations.Exists(r => r.Kind is ClaimRelationKind.ListMember or ClaimRelationKind.PartOf or ClaimRelationKind.ShareOfSum))
            {
                continue;
            }

            // Each in a clause of its own: shares that a list separator joins are a list, read as one only with 分别.
            if (text[previous.End..draft.Start].IndexOfAny('，', ',') < 0)
            {
                continue;
            }

            SplitShareSubject(subject, out var group, out var whole);
            SplitShareSubject(before, out var previousGroup, out var previousWhole);
            if (IsNamedGroup(group) && IsNamedGroup(previousGroup) && !group.SequenceEqual(previousGroup) &&
                group[^2..].SequenceEqual(previousGroup[^2..]) &&
                (whole.IsEmpty || previousWhole.IsEmpty || whole.SequenceEqual(previousWhole)))
            {
                draft.AddRelation(ClaimRelationKind.SameWholeAs, previous);
            }
        }
    }

    // 国有企业出口 120 亿元，占 20%: a share without a subject of its own is the share of the figure right before it.
    private static string? ShareSubject(List<ClaimDraft> drafts, int first, int k) =>
        drafts[k].Subject ?? (k > first && drafts[k - 1] is { Kind: not ClaimKind.Share } level && level.SentenceStart == drafts[k].SentenceStart ? level.Subject : null);

    // A group named in words that ends in a noun of two characters (外资企业, 城镇居民), not a fragment of markup or a
    // list's opening (…分别为).
    private static bool IsNamedGroup(ReadOnlySpan<char> group) =>
        group.Length >= 2 && TextScan.IsCjk(group[^1]) && TextScan.IsCjk(group[^2]) && group.IndexOf("分别") < 0 && group.IndexOfAny('$', '\\') < 0;

    // 第一产业增加值占地区生产总值 → (第一产业增加值, 地区生产总值); 外资企业 → (外资企业, empty).
    private static void SplitShareSubject(string subject, out ReadOnlySpan<char> group, out ReadOnlySpan<char> whole)
    {
        var span = subject.AsSpan().Trim("，,、 　");
        var of = span.LastIndexOf('占');
        group = (of < 0 ? span : span[..of]).TrimEnd("约的 ");
        whole = of < 0 ? ReadOnlySpan<char>.Empty : span[(of + 1)..].TrimEnd("的 ");
    }

    // 加息 50 个基点，将政策利率从 4.25% 上调至 4.75%: a change stated first, in the clause right before a from→to
    // pair it measures, is the change of the pair's end, as it is when it follows the pair (…至 4.75%，上调 50 个基点).
    private static void LinkChangeBeforePair(ReadOnlySpan<char> text, List<ClaimDraft> drafts, int first, int to)
    {
        var from = drafts[to - 1];
        if (to - 2 < first || drafts[to - 2] is not { } change || change.SentenceStart != from.SentenceStart ||
            change.Relations.Count > 0 || change.End > from.Start)
        {
            return;
        }

        var measures = change.Kind switch
        {
            ClaimKind.Pp => from.Kind is ClaimKind.Share or ClaimKind.Percent,
            ClaimKind.Change or ClaimKind.Multiple => from.Kind.IsLevel() || from.Kind == ClaimKind.Index,
            _ => false,
        };

        // One clause break at most between them, and no other figure: the pair must be what the change is of.
        var between = text[change.End..from.Start];
        if (measures && between.Length <= MaxJoinGap + 8 && between.IndexOfAny(s_sentenceEnds) < 0 && between.IndexOf('；') < 0 &&
            between.Count('，') + between.Count(',') <= 1)
        {
            change.AddRelation(ClaimRelationKind.ChangeOf, drafts[to]);
        }
    }

    // 出入境人员 12 万人次，其中出境 5 万人次；入境 7 万人次: a whole named as the sum of two parts, broken down into
    // exactly those parts, is their total, and the sum is then checked as BLT2103 checks any total.
    private static void CompleteBreakdowns(List<ClaimDraft> drafts, int first)
    {
        // Each whole's parts, gathered in one pass: asking every later figure about every whole was quadratic in a
        // long text of many breakdowns.
        Dictionary<ClaimDraft, List<ClaimDraft>>? partsOf = null;
        for (var p = first; p < drafts.Count; p++)
        {
            foreach (var (kind, other) in drafts[p].Relations)
            {
                // Whether the whole is named as its parts is asked once per whole, below.
                if (kind == ClaimRelationKind.PartOf)
                {
                    partsOf ??= new Dictionary<ClaimDraft, List<ClaimDraft>>(ReferenceEqualityComparer.Instance);
                    if (!partsOf.TryGetValue(other, out var list))
                    {
                        partsOf[other] = list = [];
                    }

                    list.Add(drafts[p]);
                }
            }
        }

        if (partsOf is null)
        {
            return;
        }

        // The wholes that have parts, in the order their first part was met; the rest are not asked at all.
        foreach (var (whole, all) in partsOf)
        {
            if (whole.Start < drafts[first].Start || whole.Subject is not { } name || !ClaimLexicon.CompoundWholes.FirstIn(name, 0, name.Length, out _, out var names))
            {
                continue;
            }

            // Only the figures after the whole break it down (drafts stand in source order).
            var parts = all.Where(part => part.Start > whole.Start).ToList();
            if (parts.Count == names.Length && Array.TrueForAll(names, n => parts.Count(part => Names(part, n)) == 1))
            {
                foreach (var part in parts)
                {
                    whole.AddRelation(ClaimRelationKind.TotalOf, part);
                }
            }
        }
    }

    // Whether the part's subject starts with the name (出口, 出口额, 出口总值); the subject has left 其中 out already.
    private static bool Names(ClaimDraft part, string name) =>
        part.Subject.AsSpan().TrimStart("，,、 　").StartsWith(name, StringComparison.Ordinal);

    private static bool IsChangeAmount(ReadOnlySpan<char> text, ClaimDraft previous, ClaimDraft draft, ReadOnlySpan<char> between)
    {
        if (!draft.Kind.IsLevel() || previous.Kind != draft.Kind || previous.Unit != draft.Unit ||
            between.Length > MaxJoinGap + 4 || between.IndexOfAny('。', '；') >= 0 || previous.Relations.Exists(r => r.Kind == ClaimRelationKind.ChangeOf))
        {
            return false;
        }

        var clause = between.TrimStart("，,、 　");
        return clause.Length != between.Length && IsComparedChange(clause);
    }

    // 比上年增加 (20 亿元): a clause that opens with the base of a comparison and ends with a change verb states an
    // amount of change.
    private static bool IsComparedChange(ReadOnlySpan<char> clause)
    {
        if (!ClaimLexicon.ComparisonOpeners.MatchAt(clause, 0, clause.Length, out _, out var opens) || !opens)
        {
            return false;
        }

        var end = clause.TrimEnd(" 了").Length;
        return ClaimLexicon.ChangeVerbs.MatchBefore(clause, end, 0, out _, out _);
    }

    // 其中 … : a part of the nearest earlier level in the same unit; 合计 … : the total of the list before it.
    private static void LinkPart(ReadOnlySpan<char> text, List<ClaimDraft> drafts, int first, int i)
    {
        var draft = drafts[i];
        var clauseStart = ClauseStart(text, draft.Start, draft.SentenceStart);

        // 其中出口 412.5 亿元、进口 306.8 亿元: the list that 其中 opens is parts of the one whole, each of them.
        if (i > first && draft.Relations.Has(ClaimRelationKind.ListMember, drafts[i - 1]) &&
            drafts[i - 1].Relations.Find(r => r.Kind == ClaimRelationKind.PartOf).Other is { } whole &&
            whole.Unit == draft.Unit && whole.Kind == draft.Kind)
        {
            draft.AddRelation(ClaimRelationKind.PartOf, whole);
            return;
        }

        // 其中 may open the sentence and be followed by a comma (其中，出口 739.4 亿元); the part is the first figure after it.
        if (LastWordStart(text, ClaimLexicon.PartWords, draft.SentenceStart, draft.Start) is { } partWord &&
            (i == first || drafts[i - 1].Start < partWord))
        {
            for (var j = i - 1; j >= first && draft.Start - drafts[j].End < MaxLookBack && !HasBlankLine(text[drafts[j].End..draft.Start]); j--)
            {
                if (drafts[j].Unit == draft.Unit && drafts[j].Kind == draft.Kind && !IsPart(drafts[j]))
                {
                    draft.AddRelation(ClaimRelationKind.PartOf, drafts[j]);
                    return;
                }
            }
        }

        // 其中，铁路 310 万吨，增长 2%；公路 450 万吨: the breakdown that 其中 opens goes on past the semicolon,
        // clause by clause, each clause's first figure in the whole's unit another part of it.
        if (ContinuedPart(text, drafts, first, i) is { } continued)
        {
            draft.AddRelation(ClaimRelationKind.PartOf, continued);
            return;
        }

        // 进出口总额 800 亿元，其中出口 500 亿元，增长 6%，进口 300 亿元: after a comma too, the other part that a compound
        // whole names (进出口 is 出口 and 进口) is a part of it.
        if (NamedSiblingPart(text, drafts, first, i) is { } named)
        {
            draft.AddRelation(ClaimRelationKind.PartOf, named);
            return;
        }

        // 合计 totals the list right before it (A、B 和 C，合计 T), not every figure of the sentence.
        if (ClaimLexicon.TotalWords.OccursIn(text, clauseStart, draft.Start) && i > first && drafts[i - 1].SentenceStart == draft.SentenceStart)
        {
            var j = i - 1;
            var parts = new List<ClaimDraft> { drafts[j] };
            while (drafts[j].Relations.Exists(r => r.Kind == ClaimRelationKind.ListMember) && j > first)
            {
                j--;
                parts.Add(drafts[j]);
            }

            if (parts.Count >= 2 && AllLike(parts, draft.Unit, draft.Kind))
            {
                foreach (var part in parts)
                {
                    draft.AddRelation(ClaimRelationKind.TotalOf, part);
                }
            }
            else if (parts.Count >= 2 && draft.Kind == ClaimKind.Share && AllLevelsIn(parts, parts[0].Unit))
            {
                // A、B、C，合计占…的 49.4%: the share the list makes of a whole stated elsewhere.
                foreach (var part in parts)
                {
                    draft.AddRelation(ClaimRelationKind.ShareOfSum, part);
                }
            }
        }
    }

    // The whole of the part before this clause, when this draft opens a clause after a semicolon and the nearest
    // earlier figure in its unit is a part of it. Its value is not asked: a part printed larger than its whole is an
    // error to report, not a reason to unlink it; what ends the breakdown is a clause that names a whole of its own.
    private static ClaimDraft? ContinuedPart(ReadOnlySpan<char> text, List<ClaimDraft> drafts, int first, int i)
    {
        var draft = drafts[i];
        if (!draft.Kind.IsLevel() || draft.SentenceStart == 0 || text[draft.SentenceStart - 1] is not ('；' or ';') ||
            (i > first && drafts[i - 1].SentenceStart == draft.SentenceStart))
        {
            return null;
        }

        for (var j = i - 1; j >= first && draft.Start - drafts[j].End < MaxLookBack; j--)
        {
            var between = text[drafts[j].End..draft.Start];
            if (between.IndexOfAny(s_sentenceEnds) >= 0 || HasBlankLine(between))
            {
                return null;
            }

            if (drafts[j].Unit != draft.Unit || drafts[j].Kind != draft.Kind)
            {
                continue;
            }

            return drafts[j].Relations.Find(r => r.Kind == ClaimRelationKind.PartOf).Other is { } whole &&
                whole.Unit == draft.Unit && whole.Kind == draft.Kind && !NamesAWhole(draft, whole) && IsOnlyCandidate(text, drafts, first, j, whole)
                ? whole
                : null;
        }

        return null;
    }

    // The whole of the part before this level in its sentence, when the whole's name is compound and this level's
    // subject names one of its parts that no part has taken yet.
    private static ClaimDraft? NamedSiblingPart(ReadOnlySpan<char> text, List<ClaimDraft> drafts, int first, int i)
    {
        var draft = drafts[i];
        if (!draft.Kind.IsLevel() || draft.Subject is null)
        {
            return null;
        }

        for (var j = i - 1; j >= first && drafts[j].SentenceStart == draft.SentenceStart; j--)
        {
            var previous = drafts[j];
            if (previous.Unit != draft.Unit || previous.Kind != draft.Kind || previous.Measure != draft.Measure)
            {
                continue;
            }

            if (previous.Relations.Find(r => r.Kind == ClaimRelationKind.PartOf).Other is not { Subject: { } name } whole ||
                !ClaimLexicon.CompoundWholes.FirstIn(name, 0, name.Length, out _, out var names) || text[previous.End..draft.Start].IndexOfAny('；', ';') >= 0)
            {
                return null;
            }

            foreach (var part in names)
            {
                if (Names(draft, part) && !Names(previous, part))
                {
                    return whole;
                }
            }

            return null;
        }

        return null;
    }

    // 营收 1611.2 亿元；盈利 476.3 亿元。其中，A 139 亿元；B 504 亿元: with two levels in the unit before the
    // breakdown, the nearest is only a guess at its whole, and a guess is not carried on to the later clauses.
    private static bool IsOnlyCandidate(ReadOnlySpan<char> text, List<ClaimDraft> drafts, int first, int part, ClaimDraft whole)
    {
        // The whole stands before its part, near it: found by walking back from the part, not from the text's start.
        var at = part;
        while (at >= first && !ReferenceEquals(drafts[at], whole))
        {
            at--;
        }

        for (var k = at - 1; k >= first; k--)
        {
            var other = drafts[k];
            if (text[other.End..whole.Start].IndexOfAny(s_sentenceEnds) >= 0)
            {
                return true;
            }

            if (other.Unit == whole.Unit && other.Kind == whole.Kind && !IsPart(other))
            {
                return false;
            }
        }

        return true;
    }

    // 全省货运量 5200 万吨 after a breakdown of 货运量: a subject with a scope word, or one that holds the whole's own
    // subject, is another whole.
    private static bool NamesAWhole(ClaimDraft draft, ClaimDraft whole) =>
        draft.Subject is { } subject &&
        (ClaimLexicon.WholeScopeWords.OccursIn(subject, 0, subject.Length) ||
         (whole.Subject is { Length: >= 2 } named && subject.Contains(named, StringComparison.Ordinal)));

    // Loops, not lambdas: a lambda capturing LinkPart's parameters made a closure on every call of it.
    private static bool AllLike(List<ClaimDraft> parts, string unit, ClaimKind kind)
    {
        foreach (var p in parts)
        {
            if (p.Unit != unit || p.Kind != kind)
            {
                return false;
            }
        }

        return true;
    }

    private static bool AllLevelsIn(List<ClaimDraft> parts, string unit)
    {
        foreach (var p in parts)
        {
            if (p.Unit != unit || !p.Kind.IsLevel())
            {
                return false;
            }
        }

        return true;
    }

    private static int? LastWordStart(ReadOnlySpan<char> text, WordTable<bool> words, int start, int end)
    {
        for (var k = end - 1; k >= start; k--)
        {
            // Back by a vectorized search to the next character a word can start with.
            k = CharFold.LastIn(text, start, k + 1, words.Starts);
            if (k < 0)
            {
                break;
            }
            if (words.MatchAt(text, k, end, out _, out _))
            {
                return k;
            }
        }

        return null;
    }

    // 比, 较 or a bracket (either width: the fold makes （ an ASCII one) between two percentages sets them side by side.
    private static bool ComparesTwo(ReadOnlySpan<char> between)
    {
        foreach (var c in between)
        {
            if (CharFold.Fold(c) is '比' or '较' or '(')
            {
                return true;
            }
        }

        return false;
    }

    // A blank line ends a paragraph: a part's whole is stated in its own paragraph, not in the item before.
    private static bool HasBlankLine(ReadOnlySpan<char> between)
    {
        for (var at = between.IndexOf('\n'); at >= 0;)
        {
            var rest = between[(at + 1)..];
            var next = rest.IndexOf('\n');
            if (next >= 0 && rest[..next].Trim(" \t\r　").IsEmpty)
            {
                return true;
            }

            between = rest;
            at = next;
        }

        return false;
    }

    private static bool IsPart(ClaimDraft draft) => draft.Relations.Exists(r => r.Kind == ClaimRelationKind.PartOf);

    private static bool StartsFrom(ReadOnlySpan<char> text, ClaimDraft draft)
    {
        var k = draft.Start;
        k = ClaimScanner.BackOverSpaces(text, k, draft.SentenceStart);

        return k > draft.SentenceStart && CharFold.Fold(text[k - 1]) is '由' or '从';
    }

    private static ReadOnlySpan<char> TrimEnd(ReadOnlySpan<char> text) => text.TrimEnd(' ');

    private static bool EndsWithWord(ReadOnlySpan<char> text, int start, int end, WordTable<bool> words)
    {
        while (end > start && text[end - 1] is ' ' or '（' or '(')
        {
            end--;
        }

        return words.MatchBefore(text, end, start, out _, out _);
    }

    private static bool EndsWithAny(ReadOnlySpan<char> text, params ReadOnlySpan<string> words)
    {
        var trimmed = text.TrimEnd(" （(");
        foreach (var word in words)
        {
            if (trimmed.EndsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
