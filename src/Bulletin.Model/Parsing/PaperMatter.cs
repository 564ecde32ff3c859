// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <summary>Reads a paper's front matter (abstract, keywords, DOI, authors and affiliation) and its references.</summary>
internal static class PaperMatter
{
    private const int FrontMatterWindow = 15;

    /// <summary>Whether the first blocks hold both an abstract and keywords: the document is a paper.</summary>
    internal static bool IsPaper(List<RawBlock> blocks)
    {
        var hasAbstract = false;
        var hasKeywords = false;
        for (var i = 0; i < blocks.Count && i < FrontMatterWindow; i++)
        {
            hasAbstract |= TryLabelled(blocks[i], PaperLexicon.AbstractLabels, out _);
            hasKeywords |= TryLabelled(blocks[i], PaperLexicon.KeywordLabels, out _);
        }

        return hasAbstract && hasKeywords;
    }

    /// <summary>Reads a block of the form <c>标签：内容</c> for one of the labels.</summary>
    internal static bool TryLabelled(RawBlock block, ImmutableArray<string> labels, out string value)
    {
        value = string.Empty;
        var folded = block.Folded;
        if (TextScan.StartsWithAny(folded, labels) is not { } label)
        {
            return false;
        }

        var p = IssueNumberScanner.SkipWhite(folded, label.Length);
        if (p >= folded.Length || folded[p] is not ('：' or ':' or ' ' or '\u3000'))
        {
            return false;
        }

        value = TextScan.Trim(TextScan.SingleLine(block.Text[(p + 1)..]));
        if (NextCatalogueField(value.AsSpan()) is var next and > 0)
        {
            value = TextScan.Trim(value[..next]);
        }

        return value.Length > 0;
    }

    // Where the next labelled catalogue field (中图分类号：, doi:) starts after a white space, or -1.
    private static int NextCatalogueField(ReadOnlySpan<char> text)
    {
        for (var p = 1; p < text.Length; p++)
        {
            if (TextScan.IsWhite(text[p - 1]) && TextScan.StartsWithAny(text[p..], PaperLexicon.CatalogueLabels) is { } label)
            {
                var after = p + label.Length;
                while (after < text.Length && TextScan.IsWhite(text[after]))
                {
                    after++;
                }

                if (after < text.Length && text[after] is '：' or ':')
                {
                    return p;
                }
            }
        }

        return -1;
    }

    /// <summary>
    /// Reads a DOI printed among other fields of one line (<c>中图分类号：TP391 doi:10.1000/x.2020.01.003</c>), or null.
    /// </summary>
    internal static string? FindDoi(string text)
    {
        var at = text.IndexOf("doi", StringComparison.OrdinalIgnoreCase);
        while (at >= 0)
        {
            var p = at + 3;
            while (p < text.Length && (TextScan.IsWhite(text[p]) || text[p] is '：' or ':'))
            {
                p++;
            }

            if (p > at + 3 && p + 3 < text.Length && text.AsSpan(p).StartsWith("10.", StringComparison.Ordinal))
            {
                var end = p;
                while (end < text.Length && !TextScan.IsWhite(text[end]) && !TextScan.IsCjk(text[end]))
                {
                    end++;
                }

                return WithoutDocumentCode(text.AsSpan(p, end - p).TrimEnd(".,;，；。").ToString());
            }

            at = text.IndexOf("doi", at + 3, StringComparison.OrdinalIgnoreCase);
        }

        return null;
    }

    // 10.1234/j.issn.1000-0000.2021.04.012B: the DOIs of Chinese journals (j.issn.ISSN.year.issue.item) end in digits, and
    // a capital letter glued after them is the 文献标识码 (A–E) that the converter ran onto the DOI.
    private static string WithoutDocumentCode(string doi)
    {
        var last = doi.Length - 1;
        return doi.Contains("/j.issn.", StringComparison.OrdinalIgnoreCase) && last > 0 && doi[last] is >= 'A' and <= 'E' && TextScan.IsDigit(doi[last - 1])
            ? doi[..last]
            : doi;
    }

    internal static ImmutableArray<string> SplitKeywords(string value)
    {
        var parts = value.Split(['；', ';', '，', ',', '、'], StringSplitOptions.RemoveEmptyEntries);
        var builder = ImmutableArray.CreateBuilder<string>(parts.Length);
        foreach (var part in parts)
        {
            var keyword = TextScan.Trim(part.AsSpan().TrimEnd("。.").ToString());
            if (keyword.Length > 0)
            {
                builder.Add(keyword);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Whether a line names an institution (an affiliation line under a paper's title).</summary>
    internal static bool IsAffiliation(string folded) =>
        TextScan.IndexOfAny(folded, PaperLexicon.InstitutionSuffixes, out _) >= 0 || HasPostalCode(folded);

    private static bool HasPostalCode(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = TextScan.IsDigit(c) ? run + 1 : 0;
            if (run == 6)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Reads <c>滨海大学，浙江省宁波市，315000；</c> into institution, place and postal code.</summary>
    /// <remarks>
    /// The institution is everything before the first comma, its departments included (<c>海港大学 信息学院</c>);
    /// the brackets round the whole line (<c>（海港大学 信息学院，海港 310000）</c>) are not part of it.
    /// </remarks>
    internal static (string Institution, string? Place, string? PostalCode) ReadAffiliation(string text)
    {
        var line = TextScan.Trim(text.AsSpan()).TrimEnd("。.");
        if (line.Length > 2 && line[0] is '(' or '（' && line[^1] is ')' or '）')
        {
            line = TextScan.Trim(line[1..^1]);
        }

        var segments = line.ToString().Split(['，', ',', '；', ';'], StringSplitOptions.RemoveEmptyEntries);
        string? institution = null, place = null, postal = null;
        foreach (var segment in segments)
        {
            var words = segment.Split([' ', '\u3000'], StringSplitOptions.RemoveEmptyEntries);
            var rest = new List<string>(words.Length);
            foreach (var word in words)
            {
                if (postal is null && word.Length == 6 && word.AsSpan().IndexOfAnyExceptInRange('0', '9') < 0)
                {
                    postal = word;
                }
                else
                {
                    rest.Add(word);
                }
            }

            if (rest.Count == 0)
            {
                continue;
            }

            var part = string.Join(' ', rest);
            if (institution is null)
            {
                institution = part;
            }
            else
            {
                place = place is null ? part : place + "，" + part;
            }
        }

        return (institution ?? TextScan.Trim(text), place, postal);
    }

    /// <summary>Reads one GB/T 7714 reference: <c>[3] 甲, 乙. 题名 [J]. 刊名, 2022, 41(09): 70-87. DOI: …</c>.</summary>
    internal static Reference? ReadReference(string text, int fallbackNumber, SourceSpan span)
    {
        var t = TextScan.Trim(text).AsSpan();
        var number = fallbackNumber;
        if (t.Length > 2 && t[0] is '[' or '［' && TextScan.TryReadInt(t[1..], out var n, out var digits) &&
            1 + digits < t.Length && t[1 + digits] is ']' or '］')
        {
            number = n;
            t = t[(digits + 2)..].TrimStart();
        }

        if (number <= 0)
        {
            return null;
        }

        var whole = t.ToString();
        var typeOpen = FindTypeTag(t, out var typeClose);
        string? type = null, title = null, journal = null, volume = null, issue = null, pages = null, doi = null;
        int? year = null;
        var authors = ImmutableArray<string>.Empty;
        var head = typeOpen >= 0 ? t[..typeOpen] : t;
        var authorEnd = head.IndexOf(". ");
        if (authorEnd < 0)
        {
            authorEnd = head.IndexOfAny('．', '。');
        }

        if (authorEnd > 0)
        {
            authors = SplitAuthors(head[..authorEnd].ToString());
            title = TextScan.Trim(head[(authorEnd + 1)..].ToString());
        }
        else
        {
            title = TextScan.Trim(head.ToString());
        }

        if (typeOpen >= 0)
        {
            type = t[(typeOpen + 1)..typeClose].ToString();
            var tail = t[(typeClose + 1)..].TrimStart(". ．");
            var doiAt = tail.IndexOf("DOI", StringComparison.OrdinalIgnoreCase);
            if (doiAt >= 0)
            {
                doi = TextScan.Trim(tail[(doiAt + 3)..].TrimStart(":： ").TrimEnd(". ").ToString());
                tail = tail[..doiAt];
            }

            var yearAt = FindYear(tail, out var yearValue);
            if (yearAt > 0)
            {
                year = yearValue;
                journal = TextScan.Trim(tail[..yearAt].TrimEnd(", ，").ToString());
                var after = tail[(yearAt + 4)..].TrimStart(", ，");
                var colon = after.IndexOfAny(':', '：');
                var volumePart = colon >= 0 ? after[..colon] : after;
                if (colon >= 0)
                {
                    pages = TextScan.Trim(after[(colon + 1)..].TrimEnd(". ").ToString());
                }

                var paren = volumePart.IndexOfAny('(', '（');
                if (paren >= 0)
                {
                    var close = volumePart.IndexOfAny(')', '）');
                    issue = close > paren ? volumePart[(paren + 1)..close].ToString() : null;
                    volumePart = volumePart[..paren];
                }

                var v = TextScan.Trim(volumePart.TrimEnd(", ，").ToString());
                volume = v.Length > 0 ? v : null;
            }
            else
            {
                journal = TextScan.Trim(tail.TrimEnd(". ").ToString());
            }
        }

        return new Reference(number, authors, title, type, journal, year, volume, issue, pages, doi, whole, span);
    }

    private static int FindTypeTag(ReadOnlySpan<char> text, out int close)
    {
        close = -1;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '[')
            {
                continue;
            }

            var end = text[i..].IndexOf(']');
            if (end is > 1 and <= 6 && char.IsAsciiLetterUpper(text[i + 1]))
            {
                close = i + end;
                return i;
            }
        }

        return -1;
    }

    private static int FindYear(ReadOnlySpan<char> text, out int year)
    {
        year = 0;
        for (var i = 1; i + 4 <= text.Length; i++)
        {
            if (text[i - 1] is ',' or ' ' or '，' && TextScan.TryReadInt(text.Slice(i, 4), out var y, out var len) && len == 4 &&
                y is >= 1800 and <= 2200 && (i + 4 == text.Length || !TextScan.IsDigit(text[i + 4])))
            {
                year = y;
                return i;
            }
        }

        return -1;
    }

    private static ImmutableArray<string> SplitAuthors(string text)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        foreach (var part in text.Split([',', '，', '、', ';', '；'], StringSplitOptions.RemoveEmptyEntries))
        {
            var name = TextScan.Trim(part);
            if (name.Length > 0 && name is not ("等" or "et al" or "et al."))
            {
                builder.Add(name);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Finds citation markers (<c>^[3]</c>, <c>[1,2]</c>, <c>[4-6]</c>) in a stretch of the source.</summary>
    internal static void FindCitations(string source, int start, int end, int maxReference, ParseContext context, List<Citation> into)
    {
        var span = source.AsSpan(start, end - start);
        var i = 0;
        while (i < span.Length)
        {
            var open = span[i..].IndexOf('[');
            if (open < 0)
            {
                return;
            }

            var at = i + open;
            var close = span[at..].IndexOf(']');
            if (close is < 2 or > 16)
            {
                i = at + 1;
                continue;
            }

            var inner = span[(at + 1)..(at + close)];
            var markerStart = at > 0 && span[at - 1] == '^' ? at - 1 : at;
            var markerSpan = context.Span(start + markerStart, start + at + close + 1);
            var found = new List<int>();
            foreach (var part in inner.ToString().Split([',', '，', '、']))
            {
                var range = part.Split(['-', '–', '—', '~']);
                if (range.Length is 1 or 2 && int.TryParse(range[0], System.Globalization.CultureInfo.InvariantCulture, out var from))
                {
                    var to = range.Length == 2 && int.TryParse(range[1], System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : from;
                    for (var n = from; n <= to && n - from < 50; n++)
                    {
                        found.Add(n);
                    }
                }
                else
                {
                    found.Clear();
                    break;
                }
            }

            if (found.Count > 0 && found.TrueForAll(n => n >= 1 && n <= maxReference))
            {
                foreach (var n in found)
                {
                    into.Add(new Citation(n, markerSpan));
                }
            }

            i = at + close + 1;
        }
    }
}
