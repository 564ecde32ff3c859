// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>Seed 004: a page of news items with datelines, a truncated start and a paragraph printed twice.</summary>
public sealed class SeedLayoutTests_NewsPage
{
    private const string Seed = "004";

    [CorpusFact]
    public void Parse_TrendArticle_KeepsItsFourPartsAsSubHeadings()
    {
        var issue = Corpus.ParseSeed(Seed);
        Assert.Equal(DocumentKind.NewsPage, issue.Kind);
        var articles = issue.EnumerateArticles();
        Assert.Equal(7, articles.Count);
        Assert.Equal(4, articles[0].EnumerateHeadings().Count());
        Assert.Equal(("新华社", "北京", PartialDate.Create(null, 1, 28)), (articles[0].Dateline!.Agency, articles[0].Dateline!.Place, articles[0].Dateline!.Date!.Value));
    }

    [CorpusFact]
    public void Parse_NewsItems_HaveTheirDatelines()
    {
        var items = Corpus.ParseSeed(Seed).EnumerateArticles().Skip(1).ToList();
        Assert.All(items, a => Assert.Equal("新华社", a.Dateline?.Agency));
        Assert.Equal(["北京", "北京", "法兰克福", "华盛顿", "首尔"], items.Take(5).Select(a => a.Dateline!.Place!));
        Assert.All(items.Take(5), a => Assert.Equal(PartialDate.Create(null, 1, 28), a.Dateline!.Date));
        Assert.Equal(["赵博", "王承昊"], items[0].Dateline!.Reporters.ToArray());
        Assert.Equal(["尹亮", "马悦然"], items[2].Dateline!.Reporters.ToArray());
        Assert.StartsWith("国务院台办发言人", items[0].Blocks.First(b => b.Kind == BlockKind.Paragraph).Text, System.StringComparison.Ordinal);
    }

    [CorpusFact]
    public void Parse_TruncatedStartAndRepeatedParagraphs_AreReported()
    {
        var text = Corpus.SeedText(Seed);
        var result = Bulletin.Model.Parsing.BulletinParser.Default.Parse(text);
        var truncated = Assert.Single(result.Diagnostics, d => d.Id == DiagnosticIds.TruncatedStart);
        Assert.StartsWith("中低三种", text.Substring(truncated.Span.Start, truncated.Span.Length), System.StringComparison.Ordinal);
        var repeats = result.Diagnostics.Where(d => d.Id == DiagnosticIds.DuplicateParagraph).ToList();
        Assert.Contains(repeats, d => text.Substring(d.Span.Start, d.Span.Length).StartsWith("数据显示，中英互为", System.StringComparison.Ordinal));
        Assert.Contains(repeats, d => text.Substring(d.Span.Start, d.Span.Length).StartsWith("午在京举办", System.StringComparison.Ordinal));
        Assert.All(repeats, d => Assert.Single(d.AdditionalSpans));
    }
}
