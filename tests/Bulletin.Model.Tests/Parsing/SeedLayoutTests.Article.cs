// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Tests.Support;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>Seed 003: a WeChat article in Traditional script with byline, credits, images and a platform notice.</summary>
public sealed class SeedLayoutTests_Article
{
    private const string Seed = "003";

    [CorpusFact]
    public void Parse_ScriptAndByline_AreRead()
    {
        var issue = Corpus.ParseSeed(Seed);
        Assert.Equal(DocumentKind.Article, issue.Kind);
        Assert.Equal(ScriptKind.Traditional, issue.Script);
        var author = Assert.Single(Assert.Single(issue.EnumerateArticles()).Authors);
        Assert.Equal(("巴九靈", "吳曉波頻道"), (author.Name, author.Affiliation));
    }

    [CorpusFact]
    public void Parse_Credits_AreRead()
    {
        var credits = Corpus.ParseSeed(Seed).EnumerateArticles()[0].Credits;
        Assert.Contains(credits, c => c.Role == "作者" && c.Names.SequenceEqual(["沈曉琴"]));
        Assert.Contains(credits, c => c.Role == "責任編輯" && c.Names.SequenceEqual(["何夢飛"]));
        Assert.Contains(credits, c => c.Role == "主編" && c.Names.SequenceEqual(["何夢飛"]));
    }

    [CorpusFact]
    public void Parse_PlainLineSubHeadingsAndImages_AreRead()
    {
        var article = Corpus.ParseSeed(Seed).EnumerateArticles()[0];
        var headings = article.EnumerateHeadings().Select(h => h.Text).ToList();
        Assert.Equal(["競技場一", "技術創新", "競技場二", "落地應用", "競技場三", "數字基建", "競技場四", "技術獨立性", "決心的較量", "商業的藏寶圖"], headings);
        Assert.Contains(article.Blocks, b => b.Kind == BlockKind.Image && b.Text == "中國品牌博覽會上展出的稀土金屬");
        Assert.True(article.Blocks.Count(b => b.Kind == BlockKind.Image) >= 6);
    }

    [CorpusFact]
    public void Parse_NoticeAndAdvertisement_AreKeptApartFromTheBody()
    {
        var issue = Corpus.ParseSeed(Seed);
        Assert.Contains(issue.SideMatter, s => s.Kind == SideMatterKind.PlatformNotice && s.Text.StartsWith("特別聲明", System.StringComparison.Ordinal));
        Assert.Contains(issue.SideMatter, s => s.Kind == SideMatterKind.PlatformNotice && s.Text.StartsWith("Notice:", System.StringComparison.Ordinal));
        Assert.Contains(issue.SideMatter, s => s.Kind == SideMatterKind.Advertisement && s.Text == "天禧個人超級智能體");
        Assert.Contains(issue.SideMatter, s => s.Kind == SideMatterKind.Prompt);
        var body = issue.EnumerateArticles()[0].Blocks.Select(b => b.Text).ToList();
        Assert.DoesNotContain(body, t => t.Contains("特別聲明", System.StringComparison.Ordinal) || t.Contains("天禧", System.StringComparison.Ordinal));
    }
}
