// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Tests.Support;
using NodaTime;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>Seed 000: a bulletin issue with numbered contents, 【sections】, reprinted articles and a 印送 list.</summary>
public sealed class SeedLayoutTests_Bulletin
{
    private const string Seed = "000";

    [CorpusFact]
    public void Parse_Masthead_IsRead()
    {
        var issue = Corpus.ParseSeed(Seed);
        Assert.Equal(DocumentKind.BulletinIssue, issue.Kind);
        Assert.Equal("广西贸促参考", issue.Publication.Name);
        Assert.Equal(2026, issue.Year);
        Assert.Equal(2, issue.Number);
        Assert.Equal(33, issue.CumulativeNumber);
        Assert.Equal(new LocalDate(2026, 2, 26), issue.PublishedOn);
        Assert.Equal("广西贸促会", issue.Publication.Publisher);
    }

    [CorpusFact]
    public void Parse_Contents_HasFiveEntriesWithPagesUnderThreeSections()
    {
        var issue = Corpus.ParseSeed(Seed);
        var leaves = issue.EnumerateContents().Where(e => e.Children.IsEmpty).ToList();
        Assert.Equal([1, 5, 7, 11, 14], leaves.Select(e => e.Page ?? 0));
        Assert.Equal(["专家观点", "海外 AI 资讯", "海外 AI 资讯", "国内 AI 资讯", "国内 AI 资讯"], leaves.Select(e => e.Section!));
        Assert.Equal(["专家观点", "海外 AI 资讯", "国内 AI 资讯"], issue.Contents.Select(e => e.Title));
    }

    [CorpusFact]
    public void Parse_Body_HasThreeSectionsAndFiveArticlesEachMatchedToItsEntry()
    {
        var issue = Corpus.ParseSeed(Seed);
        Assert.Equal(["专家观点", "海外 AI 资讯", "国内 AI 资讯"], issue.Sections.Select(s => s.Heading));
        Assert.Equal([1, 2, 2], issue.Sections.Select(s => s.Articles.Length));
        var articles = issue.EnumerateArticles();
        Assert.Equal(5, articles.Count);
        var leaves = issue.EnumerateContents().Where(e => e.Children.IsEmpty).ToList();
        Assert.Equal([0, 1, 2, 3, 4], leaves.Select(e => e.ArticleIndex ?? -1));
        Assert.StartsWith("特斯拉自动驾驶新突破:手势识别上线", articles[1].Title, System.StringComparison.Ordinal);
    }

    [CorpusFact]
    public void Parse_AuthorNote_GivesAuthorAffiliationRoleAndOriginalPublication()
    {
        var article = Corpus.ParseSeed(Seed).EnumerateArticles()[0];
        var author = Assert.Single(article.Authors);
        Assert.Equal(("刘英", "中国人民大学重阳金融研究院", "研究员"), (author.Name, author.Affiliation, author.Role));
        Assert.Equal(new OriginalPublication("中国贸易报", PartialDate.Create(2026, 1, 29), 8), article.OriginalPublication);
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains("原文刊载", System.StringComparison.Ordinal));
    }

    [CorpusFact]
    public void Parse_ReprintNotes_GiveSourcesAndLeaveTheParagraphText()
    {
        var articles = Corpus.ParseSeed(Seed).EnumerateArticles();
        Assert.Equal(["新浪财经", "新华社", "人民日报", "科技日报"], articles.Skip(1).Select(a => a.Source!));
        var last = articles[2].Blocks.Last(b => b.Kind == BlockKind.Paragraph);
        Assert.EndsWith("1230 亿美元。", last.Text, System.StringComparison.Ordinal);
        Assert.All(articles.SelectMany(a => a.Blocks), b => Assert.DoesNotContain("转自", b.Text, System.StringComparison.Ordinal));
    }

    [CorpusFact]
    public void Parse_DistributionList_IsReadAsRecipients()
    {
        var issue = Corpus.ParseSeed(Seed);
        Assert.Equal(["自治区发展改革委", "商务厅", "广西贸促会领导及各部门", "各市贸促会", "相关企业"], issue.Distribution.ToArray());
    }

    [CorpusFact]
    public void Parse_PageBreakSplits_AreJoined()
    {
        var issue = Corpus.ParseSeed(Seed);
        var paragraphs = issue.EnumerateArticles().SelectMany(a => a.Blocks).Where(b => b.Kind == BlockKind.Paragraph).ToList();
        Assert.Contains(paragraphs, p => p.Text.Contains("进出口保持增长", System.StringComparison.Ordinal));
        Assert.All(paragraphs, p => Assert.Contains(p.Text.TrimEnd()[^1], "。！？”）)…；:："));
    }
}
