// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;

namespace Bulletin.Model.Tests.Support;

/// <summary>
/// The layout score of <c>shared/tools/score_layout.py</c>, ported rule for rule so that the test suite computes the
/// same figures as the corpus's own scorer: masthead fields, section F1, article-title F1, article count, attribution
/// and paper fields, and their mean. Keep the two in step: a change to one is a change to the other.
/// </summary>
internal sealed class LayoutScore
{
    private static readonly string Removed = "*#【】[]（）()《》“”\"'：:、，,。.·•●—-";

    internal double? Masthead { get; private init; }

    internal double? Sections { get; private init; }

    internal double? ArticleTitles { get; private init; }

    internal double? ArticleCount { get; private init; }

    internal double? Attribution { get; private init; }

    internal double? Paper { get; private init; }

    internal double Score { get; private init; }

    internal List<string> Notes { get; } = [];

    internal static LayoutScore Compute(JsonNode gold, JsonNode doc)
    {
        var notes = new List<string>();
        var arts = AllArticles(doc);
        var first = arts.Count > 0 ? arts[0].Article : new JsonObject();

        var fields = new (string Name, JsonNode? Gold, JsonNode? Parsed)[]
        {
            ("kind", gold["kind"], doc["kind"]),
            ("script", gold["script"], doc["script"]),
            ("publication.name", gold["publication"]?["name"], doc["publication"]?["name"]),
            ("publication.publisher", gold["publication"]?["publisher"], Or(doc["publication"]?["publisher"], doc["publication"]?["editor"])),
            ("publication.frequency", gold["publication"]?["frequency"], doc["publication"]?["frequency"]),
            ("year", gold["year"], doc["year"]),
            ("number", gold["number"], doc["number"]),
            ("cumulativeNumber", gold["cumulativeNumber"], doc["cumulativeNumber"]),
            ("volume", gold["volume"], doc["volume"]),
            ("publishedOn", gold["publishedOn"], doc["publishedOn"]),
            ("title", gold["title"], Or(doc["title"], first["title"])),
        };
        int right = 0, total = 0;
        foreach (var (name, g, p) in fields)
        {
            if (g is null)
            {
                continue;
            }

            total++;
            var ok = Norm(Str(g)) == Norm(Str(p));
            right += ok ? 1 : 0;
            if (!ok)
            {
                notes.Add($"{name}: want {Str(g)}, got {Str(p) ?? "null"}");
            }
        }

        if (gold["authors"] is JsonArray { Count: > 0 } goldAuthors)
        {
            total++;
            var got = Names(Or(doc["authors"], first["authors"]));
            var ok = F1(Names(goldAuthors), got) == 1.0;
            right += ok ? 1 : 0;
            if (!ok)
            {
                notes.Add($"authors: want {string.Join(",", Names(goldAuthors))}, got {string.Join(",", got)}");
            }
        }

        double? masthead = total > 0 ? (double)right / total : null;

        var gs = (gold["sections"] as JsonArray ?? []).Select(s => Heading(Str(s))).ToList();
        var ps = AllSections(doc).Select(Heading).ToList();
        double? sections = gs.Count > 0 ? F1(gs, ps) : null;
        if (sections is < 1)
        {
            notes.Add($"sections: want {string.Join(" / ", (gold["sections"] as JsonArray ?? []).Select(Str))}, got {string.Join(" / ", AllSections(doc))}");
        }

        double? titles = null, count = null, attribution = null;
        var ga = (gold["articles"] as JsonArray ?? []).Where(a => a is not null).Select(a => a!).ToList();
        if (ga.Count > 0)
        {
            count = Math.Max(0.0, 1 - ((double)Math.Abs(arts.Count - ga.Count) / ga.Count));
            var gt = ga.Where(a => Str(a["title"]) is { Length: > 0 }).Select(a => Norm(Str(a["title"]))).ToList();
            var pt = arts.Where(a => Str(a.Article["title"]) is { Length: > 0 }).Select(a => Norm(Str(a.Article["title"]))).ToList();
            titles = gt.Count > 0 ? F1(gt, pt) : null;

            int checks = 0, hits = 0;
            var byTitle = new Dictionary<string, (JsonNode Article, string? Section)>();
            foreach (var a in arts)
            {
                if (Str(a.Article["title"]) is { Length: > 0 } t)
                {
                    byTitle[Norm(t)!] = a;
                }
            }

            for (var i = 0; i < ga.Count; i++)
            {
                var g = ga[i];
                (JsonNode Article, string? Section)? m = Str(g["title"]) is { Length: > 0 } title
                    ? byTitle.TryGetValue(Norm(title)!, out var found) ? found : null
                    : i < arts.Count ? arts[i] : null;
                foreach (var key in new[] { "source", "publishedAt", "section", "column" })
                {
                    if (g[key] is null)
                    {
                        continue;
                    }

                    checks++;
                    if (m is not { } match)
                    {
                        continue;
                    }

                    var p = key == "section" ? match.Section : Str(match.Article[key]);
                    if (key == "column" && p is null)
                    {
                        p = Str(match.Article["section"]) ?? match.Section;
                    }

                    if (key == "publishedAt" && p is null)
                    {
                        p = Str(match.Article["dateline"]?["date"]);
                    }

                    var want = Norm(Str(g[key]));
                    if (want == Norm(p) || (p is { Length: > 0 } && Norm(p)!.Contains(want!, StringComparison.Ordinal)))
                    {
                        hits++;
                    }
                }

                if (g["authors"] is JsonArray { Count: > 0 } authors)
                {
                    checks++;
                    if (m is { } match)
                    {
                        var have = Names(match.Article["authors"]).Concat(Names(match.Article["dateline"]?["reporters"])).ToHashSet();
                        if (Names(authors).All(have.Contains))
                        {
                            hits++;
                        }
                    }
                }
            }

            attribution = checks > 0 ? (double)hits / checks : null;
            if (arts.Count != ga.Count)
            {
                notes.Add($"articles: want {ga.Count}, got {arts.Count}");
            }
        }

        double? paper = null;
        if (Str(gold["kind"]) == "paper")
        {
            int pc = 0, ph = 0;
            if (gold["keywords"] is JsonArray { Count: > 0 } keywords)
            {
                pc++;
                ph += keywords.Select(k => Norm(Str(k))).SequenceEqual((first["keywords"] as JsonArray ?? []).Select(k => Norm(Str(k)))) ? 1 : 0;
            }

            if (Str(gold["doi"]) is { Length: > 0 } doi)
            {
                pc++;
                ph += Norm(doi) == Norm(Str(first["doi"])) ? 1 : 0;
            }

            if (gold["references"] is JsonValue references)
            {
                pc++;
                ph += references.GetValue<int>() == (first["references"] as JsonArray ?? []).Count ? 1 : 0;
            }

            if (Str(gold["abstractStartsWith"]) is { Length: > 0 } start)
            {
                pc++;
                var abs = Str(first["abstract"]);
                var want = Norm(start)!;
                ph += abs is { Length: > 0 } && Norm(abs)!.StartsWith(want[..Math.Min(12, want.Length)], StringComparison.Ordinal) ? 1 : 0;
            }

            paper = pc > 0 ? (double)ph / pc : null;
        }

        var present = new[] { masthead, sections, titles, count, attribution, paper }.Where(v => v is not null).Select(v => v!.Value).ToList();
        var score = new LayoutScore
        {
            Masthead = masthead,
            Sections = sections,
            ArticleTitles = titles,
            ArticleCount = count,
            Attribution = attribution,
            Paper = paper,
            Score = present.Count > 0 ? Math.Round(present.Average(), 4) : 0.0,
        };
        score.Notes.AddRange(notes);
        return score;
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"score {Score:0.000} (masthead {Show(Masthead)}, sections {Show(Sections)}, titles {Show(ArticleTitles)}, count {Show(ArticleCount)}, attribution {Show(Attribution)}, paper {Show(Paper)})");

    internal static string Show(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "—";

    private static JsonNode? Or(JsonNode? a, JsonNode? b) => IsFalsy(a) ? b : a;

    private static bool IsFalsy(JsonNode? node) => node switch
    {
        null => true,
        JsonValue v when v.TryGetValue<string>(out var s) => s.Length == 0,
        JsonValue v when v.TryGetValue<int>(out var i) => i == 0,
        JsonArray a => a.Count == 0,
        _ => false,
    };

    // Python's str() of a JSON value, as the scorer compares them: numbers as written, strings as they are.
    private static string? Str(JsonNode? node) => node switch
    {
        null => null,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "True" : "False",
        _ => node.ToJsonString(),
    };

    internal static string? Norm(string? text)
    {
        if (text is null)
        {
            return null;
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u3000' && !Removed.Contains(c, StringComparison.Ordinal))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    // A section heading without its numbering: 一、 1 1. 1.2 (一) — the scorer's regular expression, spelled out.
    private static string? Heading(string? text)
    {
        var t = (text ?? string.Empty).AsSpan().TrimStart();
        var i = 0;
        while (i < t.Length && "一二三四五六七八九十".Contains(t[i]))
        {
            i++;
        }

        if (i > 0 && i < t.Length && t[i] == '、')
        {
            t = t[(i + 1)..];
        }
        else if (t.Length > 2 && t[0] is '(' or '（')
        {
            var j = 1;
            while (j < t.Length && ("一二三四五六七八九十".Contains(t[j]) || char.IsAsciiDigit(t[j])))
            {
                j++;
            }

            if (j > 1 && j < t.Length && t[j] is ')' or '）')
            {
                t = t[(j + 1)..];
            }
        }
        else
        {
            var j = 0;
            while (j < t.Length && char.IsAsciiDigit(t[j]))
            {
                j++;
            }

            if (j > 0)
            {
                while (j + 1 < t.Length && t[j] == '.' && char.IsAsciiDigit(t[j + 1]))
                {
                    j++;
                    while (j < t.Length && char.IsAsciiDigit(t[j]))
                    {
                        j++;
                    }
                }

                if (j < t.Length && t[j] is '.' or '、')
                {
                    j++;
                }

                t = t[j..];
            }
        }

        return Norm(t.TrimStart().ToString());
    }

    private static double? F1(List<string?> gold, List<string?> predicted)
    {
        var g = gold.Where(x => !string.IsNullOrEmpty(x)).Select(x => x!).ToList();
        var pool = predicted.Where(x => !string.IsNullOrEmpty(x)).Select(x => x!).ToList();
        if (g.Count == 0 && pool.Count == 0)
        {
            return null;
        }

        var predictedCount = pool.Count;
        var tp = 0;
        foreach (var want in g)
        {
            for (var i = 0; i < pool.Count; i++)
            {
                var p = pool[i];
                if (p == want || (want.Length >= 6 && (p.Contains(want, StringComparison.Ordinal) || want.Contains(p, StringComparison.Ordinal))))
                {
                    tp++;
                    pool.RemoveAt(i);
                    break;
                }
            }
        }

        var precision = predictedCount > 0 ? (double)tp / predictedCount : 0.0;
        var recall = g.Count > 0 ? (double)tp / g.Count : 0.0;
        return precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0;
    }

    private static List<string?> Names(JsonNode? node) =>
        node is JsonArray array
            ? array.Select(a => Norm(a is JsonObject o ? Str(o["name"]) : Str(a))).ToList()
            : [];

    private static List<(JsonNode Article, string? Section)> AllArticles(JsonNode doc)
    {
        var result = new List<(JsonNode, string?)>();
        Walk(doc, null);
        return result;

        void Walk(JsonNode node, string? section)
        {
            foreach (var a in node["articles"] as JsonArray ?? [])
            {
                if (a is not null)
                {
                    result.Add((a, section));
                }
            }

            foreach (var s in node["sections"] as JsonArray ?? [])
            {
                if (s is not null)
                {
                    Walk(s, Str(Or(s["heading"], s["title"])));
                }
            }
        }
    }

    private static List<string?> AllSections(JsonNode doc)
    {
        var sections = (doc["sections"] as JsonArray ?? []).Select(s => Str(Or(s?["heading"], s?["title"]))).ToList();
        if (sections.Count == 0 && Str(doc["kind"]) == "paper")
        {
            var arts = AllArticles(doc);
            if (arts.Count > 0)
            {
                var a = arts[0].Article;
                sections = (a["sections"] as JsonArray ?? []).Select(s => Str(Or(s?["heading"], s?["title"]))).ToList();
                if (sections.Count == 0)
                {
                    sections = (a["blocks"] as JsonArray ?? [])
                        .Where(b => Str(b?["kind"]) == "heading" && (b?["level"]?.GetValue<int>() ?? 1) <= 1)
                        .Select(b => Str(b?["text"]))
                        .ToList();
                }
            }
        }

        return sections;
    }
}
