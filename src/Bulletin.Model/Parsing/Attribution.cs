// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Bulletin.Model.Lexicons;

namespace Bulletin.Model.Parsing;

/// <summary>
/// Reads the lines and notes that attribute an article: source lines and reprint notes, author notes with
/// the original publication, reporter notes, datelines, credits and bylines. Lexicon look-ups use the text
/// folded to Simplified; what is returned is cut from the text as written.
/// </summary>
internal static partial class Attribution
{
    private const int MaxSourceLength = 40;
    private const int MaxPlaceLength = 8;

    /// <summary>A whole block that names the article's source: <c>文章来源：滨海日报</c>, <c>（转自新华社）</c>, <c>（新华社发）</c>.</summary>
    internal static bool TrySourceLine(string text, string folded, out string source)
    {
        source = string.Empty;
        var (t, f) = (TextScan.Trim(text), TextScan.Trim(folded));
        if (f.Length == 0 || f.Length > MaxSourceLength + 8)
        {
            return false;
        }

        if (Unwrap(t, f, out var inner, out var innerFolded))
        {
            return TryNoteSource(inner, innerFolded, out source);
        }

        if (TextScan.StartsWithAny(f, AttributionLexicon.SourceLabels) is { } label)
        {
            var rest = f.AsSpan(label.Length);
            var skip = 0;
            while (skip < rest.Length && (TextScan.IsWhite(rest[skip]) || rest[skip] is ':' or '：' or '|' or '｜'))
            {
                skip++;
            }

            if (skip > 0 && skip < rest.Length)
            {
                source = CleanSource(t[(label.Length + skip)..]);
                return source.Length > 0;
            }
        }

        if (TextScan.StartsWithAny(f, AttributionLexicon.ReprintVerbs) is { } verb && f.Length - verb.Length <= MaxSourceLength)
        {
            source = CleanSource(t[verb.Length..]);
            return source.Length > 0;
        }

        return TryDashSource(t, out source);
    }

    // -- 《一篇文章》, —— 某某访谈: the dash line under a quotation names the work it is taken from.
    private static bool TryDashSource(string text, out string source)
    {
        source = string.Empty;
        var dashes = 0;
        while (dashes < text.Length && text[dashes] is '-' or '—' or '―' or '－')
        {
            dashes++;
        }

        if (dashes is < 1 or > 3 || (dashes == 1 && text[0] == '-') || dashes >= text.Length || !TextScan.IsWhite(text[dashes]) && text[0] == '-')
        {
            return false;
        }

        var rest = TextScan.Trim(text[dashes..]);
        if (rest.Length is 0 or > MaxSourceLength || rest.AsSpan().IndexOfAny("。！？") >= 0)
        {
            return false;
        }

        source = CleanSource(rest);
        return source.Length > 0;
    }

    /// <summary>A note in brackets that names a source: <c>转自X</c>, <c>来源：X</c>, <c>X发</c>.</summary>
    private static bool TryNoteSource(string inner, string innerFolded, out string source)
    {
        source = string.Empty;
        if (TrySourceLine(inner, innerFolded, out source))
        {
            return true;
        }

        // （新华社发） — "released by".
        if (innerFolded.EndsWith('发') && TextScan.StartsWithAny(innerFolded, AttributionLexicon.Agencies) is { } agency &&
            agency.Length == innerFolded.Length - 1)
        {
            source = inner[..agency.Length];
            return true;
        }

        return false;
    }

    private static string CleanSource(string text) =>
        TextScan.Trim(text.AsSpan().TrimEnd("。.；;）)").ToString());

    /// <summary>If the text is wholly in brackets, gives what is inside.</summary>
    internal static bool Unwrap(string text, string folded, out string inner, out string innerFolded)
    {
        inner = innerFolded = string.Empty;
        var t = text.AsSpan().TrimEnd("。. ");
        if (t.Length < 3 || t[0] is not ('（' or '(') || t[^1] is not ('）' or ')'))
        {
            return false;
        }

        var body = t[1..^1];
        if (body.IndexOfAny('（', '(') >= 0 && body.IndexOfAny('）', ')') < body.IndexOfAny('（', '('))
        {
            return false;
        }

        inner = TextScan.Trim(body.ToString());
        innerFolded = TextScan.Trim(folded.Substring(1, body.Length));
        return inner.Length > 0;
    }

    /// <summary>Finds a bracketed note at the end of a paragraph; returns where it starts, or -1.</summary>
    internal static int TrailingNoteStart(string text)
    {
        var t = text.AsSpan().TrimEnd();
        if (t.Length < 4 || t[^1] is not ('）' or ')'))
        {
            return -1;
        }

        var depth = 0;
        for (var i = t.Length - 1; i >= 0; i--)
        {
            if (t[i] is '）' or ')')
            {
                depth++;
            }
            else if (t[i] is '（' or '(')
            {
                depth--;
                if (depth == 0)
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Reporters named in a note: <c>记者李青</c>, <c>记者 李青 周敏</c>.</summary>
    internal static bool TryReporters(string inner, string innerFolded, out ImmutableArray<string> reporters)
    {
        reporters = ImmutableArray<string>.Empty;
        if (TextScan.StartsWithAny(innerFolded, AttributionLexicon.ReporterWords) is not { } word)
        {
            return false;
        }

        reporters = SplitNames(inner[word.Length..]);
        return !reporters.IsEmpty;
    }

    internal static ImmutableArray<string> SplitNames(string text)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var part in text.Split([' ', '\u3000', '、', '，', ',', '/', '／'], StringSplitOptions.RemoveEmptyEntries))
        {
            var name = TextScan.Trim(part.AsSpan().Trim("。.；;").ToString());
            if (name.Length > 0)
            {
                names.Add(name);
            }
        }

        return names.ToImmutable();
    }

    /// <summary>An author note: <c>作者王晓明，系…研究中心研究员。原文刊载于《…》2024年3月12日第2版。</c></summary>
    internal static bool TryAuthorNote(string inner, string innerFolded, out Author? author, out OriginalPublication? original)
    {
        author = null;
        original = TryOriginalPublication(inner, innerFolded);
        if (!innerFolded.StartsWith("作者", StringComparison.Ordinal))
        {
            return original is not null;
        }

        var rest = inner.AsSpan(2).TrimStart(" ：:");
        var nameEnd = rest.IndexOfAny("，,；;。 ");
        var name = (nameEnd < 0 ? rest : rest[..nameEnd]).ToString();
        string? affiliation = null;
        string? role = null;
        if (nameEnd >= 0)
        {
            var after = rest[(nameEnd + 1)..].TrimStart(" ");
            if (after.StartsWith("系") || after.StartsWith("为") || after.StartsWith("係"))
            {
                after = after[1..];
            }

            var end = after.IndexOfAny("。；;");
            var desc = TextScan.Trim((end < 0 ? after : after[..end]).ToString());
            var descFolded = ChineseScript.ToSimplified(desc);
            if (desc.Length > 0 && !descFolded.Contains("刊", StringComparison.Ordinal))
            {
                if (TextScan.EndsWithAny(descFolded, AttributionLexicon.AuthorRoles) is { } r)
                {
                    role = desc[^r.Length..];
                    affiliation = desc[..^r.Length].Length > 0 ? desc[..^r.Length] : null;
                }
                else
                {
                    affiliation = desc;
                }
            }
        }

        if (name.Length is 0 or > 12)
        {
            return original is not null;
        }

        author = new Author(name, affiliation, role, null, null);
        return true;
    }

    /// <summary>Where an article first appeared: <c>原文刊载于《滨海经济报》2024年3月12日第2版</c>.</summary>
    internal static OriginalPublication? TryOriginalPublication(string text, string folded)
    {
        var at = TextScan.IndexOfAny(folded, AttributionLexicon.OriginalPublicationVerbs, out var verb);
        if (at < 0)
        {
            return null;
        }

        var rest = text.AsSpan(at + verb!.Length);
        var open = rest.IndexOf('《');
        var close = rest.IndexOf('》');
        if (open is < 0 or > 2 || close < open)
        {
            return null;
        }

        var name = rest[(open + 1)..close].ToString();
        var after = rest[(close + 1)..];
        PartialDate? date = null;
        if (IssueNumberScanner.TryReadDate(after, out var local, out var ds, out var de) && ds <= 2)
        {
            date = PartialDate.FromLocalDate(local);
            after = after[de..];
        }

        int? page = null;
        var p = IssueNumberScanner.SkipWhite(after, 0);
        if (p < after.Length && after[p] == '第')
        {
            p = IssueNumberScanner.SkipWhite(after, p + 1);
            if (IssueNumberScanner.ReadNumberAfter(after, ref p) is { } n && p < after.Length && after[p] is '版' or '页' or '期')
            {
                page = n;
            }
        }

        return name.Length == 0 ? null : new OriginalPublication(name, date, page);
    }

    /// <summary>Credits written as role|name pairs: <c>本篇作者| 陈一|责任编辑|王二</c>.</summary>
    internal static bool TryCredits(string text, string folded, List<Credit> into)
    {
        if (folded.AsSpan().IndexOfAny('|', '｜') < 0)
        {
            return false;
        }

        var tokens = text.Split(['|', '｜']);
        var foldedTokens = folded.Split(['|', '｜']);
        var credits = new List<Credit>();
        string? role = null;
        var names = ImmutableArray.CreateBuilder<string>();
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = TextScan.Trim(tokens[i]);
            var key = TextScan.Trim(foldedTokens[i]);
            var prefix = key.StartsWith("本篇", StringComparison.Ordinal) || key.StartsWith("本文", StringComparison.Ordinal) ? 2 : 0;
            if (AttributionLexicon.CreditRoles.Contains(key[prefix..]))
            {
                Flush();
                role = token[prefix..];
                continue;
            }

            if (role is null)
            {
                return false;
            }

            names.AddRange(SplitNames(token));
        }

        Flush();
        if (credits.Count == 0)
        {
            return false;
        }

        into.AddRange(credits);
        return true;

        void Flush()
        {
            if (role is not null && names.Count > 0)
            {
                credits.Add(new Credit(role, names.ToImmutable()));
            }

            names.Clear();
        }
    }

    /// <summary>A byline: <c>文 /李晓(微信公众号:滨海观察)</c>, <c>作者：张三</c>.</summary>
    internal static bool TryByline(string text, string folded, out Author? author)
    {
        author = null;
        if (folded.Length > MaxSourceLength || TextScan.StartsWithAny(folded, AttributionLexicon.BylineMarkers) is not { } marker)
        {
            return false;
        }

        var p = IssueNumberScanner.SkipWhite(folded, marker.Length);
        if (p >= folded.Length || folded[p] is not ('/' or '／' or '|' or '｜' or '：' or ':'))
        {
            return false;
        }

        var rest = text.AsSpan(p + 1).Trim();
        var open = rest.IndexOfAny('(', '（');
        var name = TextScan.Trim((open < 0 ? rest : rest[..open]).ToString());
        string? affiliation = null;
        if (open >= 0)
        {
            var inner = rest[(open + 1)..].TrimEnd(")） ");
            var colon = inner.IndexOfAny(':', '：');
            affiliation = TextScan.Trim((colon < 0 ? inner : inner[(colon + 1)..]).ToString());
        }

        if (name.Length is 0 or > 20)
        {
            return false;
        }

        author = new Author(name, string.IsNullOrEmpty(affiliation) ? null : affiliation, null, null, null);
        return true;
    }
}
