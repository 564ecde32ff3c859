// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>Daily and weekly bulletins without contents: heading sections with numbered items. Our own issue.</summary>
public sealed class ItemLayoutTests
{
    private const string Daily = """
        # 江城财经早报2025年6月3日星期二

        ### 要闻

        1、**江城发布稳外贸十条措施，**涉及出口信贷和海外仓建设。

        2、统计局数据显示，**5月制造业PMI为50.2**，比上月回升0.4个百分点。

        3、江城港集装箱吞吐量同比增长6.1%。

        ### 市场

        1、**沪指收涨0.5%**，成交额1.1万亿元。

        2、[人民币汇率小幅走强](https://example.org/fx)，在岸报7.1820。

        ### 封面

        ![](https://example.org/cover.png)

        江城夜景。
        """;

    [Fact]
    public void HeadingsAreSections_NumberedItemsAreArticles()
    {
        var issue = BulletinParser.Default.Parse(Daily).GetValueOrThrow();

        Assert.Equal(["要闻", "市场", "封面"], issue.Sections.Select(s => s.Heading));
        Assert.Equal([3, 2, 1], issue.Sections.Select(s => s.Articles.Length));
    }

    [Fact]
    public void ItemTitle_IsTheBoldLeadPhraseOrTheLinkText_OrNothing()
    {
        var issue = BulletinParser.Default.Parse(Daily).GetValueOrThrow();
        var titles = issue.EnumerateArticles().Select(a => a.Title).ToArray();

        Assert.Equal(new string?[] { "江城发布稳外贸十条措施", null, null, "沪指收涨0.5%", "人民币汇率小幅走强", "封面" }, titles);
        Assert.Equal("https://example.org/fx", issue.EnumerateArticles()[4].Link);
    }

    [Fact]
    public void ItemFigures_StayClaims()
    {
        var issue = BulletinParser.Default.Parse(Daily).GetValueOrThrow();

        Assert.Contains(issue.Claims, c => c.Text == "6.1%");
        Assert.Contains(issue.Claims, c => c.Text == "1.1万亿元");
    }

    [Fact]
    public void OneSectionWithItems_IsNotEnoughToChangeTheLayout()
    {
        var issue = BulletinParser.Default.Parse("# 标题\n\n## 一节\n\n1、第一点内容。\n\n2、第二点内容。\n").GetValueOrThrow();

        Assert.Empty(issue.Sections);
    }

    private const string Weekly = """
        # 江城周刊（第 12 期）：港口新貌

        ## 工具

        1、[潮汐表](https://example.org/tide)

        一个查询潮汐的小程序。

        2、[航线图](https://example.org/map)

        全市航线一览。

        ## 言论

        1、

        港口的意义不在于船有多大，而在于它连接了多少地方。

        -- [《港口与城市》](https://example.org/essay)

        2、

        好的码头，是城市的客厅。

        —— 江城港务访谈

        ## 往期回顾

        [第 11 期：新航线](https://example.org/11)（#11）

        [第 10 期：旧码头](https://example.org/10)（#10）

        （完）
        """;

    [Fact]
    public void ANumberOnALineOfItsOwn_OpensAnUntitledItem_WhoseDashLineIsItsSource()
    {
        var section = BulletinParser.Default.Parse(Weekly).GetValueOrThrow().Sections.Single(s => s.Heading == "言论");

        Assert.Equal([null, null], section.Articles.Select(a => a.Title));
        Assert.Equal(["《港口与城市》", "江城港务访谈"], section.Articles.Select(a => a.Source));
    }

    [Fact]
    public void ASectionOfLinksToOtherIssues_IsNavigation_NotAnArticle()
    {
        var issue = BulletinParser.Default.Parse(Weekly).GetValueOrThrow();

        Assert.Empty(issue.Sections.Single(s => s.Heading == "往期回顾").Articles);
        Assert.Equal(3, issue.SideMatter.Count(s => s.Kind == SideMatterKind.PageChrome));
        Assert.Equal(4, issue.EnumerateArticles().Count);
    }

    [Theory]
    [InlineData("-- 《港口与城市》", "《港口与城市》")]
    [InlineData("——江城港务访谈", "江城港务访谈")]
    [InlineData("- 一个列表项", null)]
    [InlineData("——这是一句完整的话。后面还有。", null)]
    public void ADashLine_NamesTheWorkAQuotationIsFrom(string line, string? source)
    {
        var found = Attribution.TrySourceLine(line, line, out var read);

        Assert.Equal(source, found ? read : null);
    }

    private const string WebDaily = """
        # 江城财经早报2025年6月3日星期二

        06-03 06:30江城资讯

        EnA+A-

        收藏到云笔记

        <video controls="" src="https://example.org/v.mp4"></video>

        （本期视频由江城云提供技术支持）

        本刊每个交易日早8时发布，每期精选30条财经要闻。

        ### 要闻

        1、江城日报头版刊文称，**稳外贸政策将持续加力**。

        2、12家券商发布研报，认为市场情绪回暖。

        3**、江城港集装箱吞吐量同比增长6.1%**，创历史新高。

        4、统计局数据显示，5月制造业PMI为50.2。

        ### 市场

        1、**沪指收涨0.5%**，成交额1.1万亿元。
        """;

    [Fact]
    public void APagesStampButtonsAndNotesBeforeTheFirstSection_AreNotAnArticle()
    {
        var issue = BulletinParser.Default.Parse(WebDaily).GetValueOrThrow();

        Assert.Equal(5, issue.EnumerateArticles().Count);
        Assert.Equal("江城资讯", issue.Publication.Publisher);
        Assert.Equal(
            [SideMatterKind.Metadata, SideMatterKind.PageChrome, SideMatterKind.PageChrome, SideMatterKind.Caption, SideMatterKind.Preface],
            issue.SideMatter.Select(s => s.Kind));
    }

    [Fact]
    public void WhatAnIssueSaysOfItselfBeforeItsSections_IsItsPreface_AndItsFiguresAreClaims()
    {
        var issue = BulletinParser.Default.Parse(WebDaily).GetValueOrThrow();

        var preface = Assert.Single(issue.SideMatter, s => s.Kind == SideMatterKind.Preface);
        Assert.StartsWith("本刊每个交易日", preface.Text, System.StringComparison.Ordinal);
        Assert.Contains(issue.Claims, c => c.Text == "30条" && c.Value == 30m);
    }

    [Fact]
    public void AnItemWhoseTextOpensWithADigit_OrWithBoldBeforeItsMark_IsAnItem()
    {
        var articles = BulletinParser.Default.Parse(WebDaily).GetValueOrThrow().EnumerateArticles();

        Assert.StartsWith("2、12家券商", articles[1].Blocks[0].Text, System.StringComparison.Ordinal);
        Assert.Equal("江城港集装箱吞吐量同比增长6.1%", articles[2].Title);
    }

    [Fact]
    public void AnItemReportingAnOutletsArticle_HasItAsSource_ButADataSourceIsNone()
    {
        var articles = BulletinParser.Default.Parse(WebDaily).GetValueOrThrow().EnumerateArticles();

        Assert.Equal("江城日报", articles[0].Source);
        Assert.Null(articles[3].Source);
    }

    [Fact]
    public void APicturesCreditInBrackets_IsItsArticlesSource()
    {
        var text = Daily.Replace("江城夜景。", "江城夜景。（via [江城摄影@weibo](https://example.org/p)）", System.StringComparison.Ordinal);

        var cover = BulletinParser.Default.Parse(text).GetValueOrThrow().EnumerateArticles()[^1];

        Assert.Equal("江城摄影@weibo", cover.Source);
        Assert.DoesNotContain(cover.Blocks, b => b.Text.Contains("via", System.StringComparison.Ordinal));
    }

    [Fact]
    public void ALinkTitleWithCodeSpans_IsReadWithoutTheirMarks()
    {
        var text = Daily.Replace("[人民币汇率小幅走强]", "[用`fx`看人民币汇率]", System.StringComparison.Ordinal);

        var titles = BulletinParser.Default.Parse(text).GetValueOrThrow().EnumerateArticles().Select(a => a.Title);

        Assert.Contains("用fx看人民币汇率", titles);
    }
}
