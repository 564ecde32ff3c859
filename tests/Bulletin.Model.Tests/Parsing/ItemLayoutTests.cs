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

    private const string PlainWeekly = """
        江城商务周报

        2025年第18期（总第342期）

        江城市商务局编　　　　　　　　2025年5月12日

        【本周要闻】

        1.市政府召开外贸工作推进会。5月8日，市政府召开全市外贸工作推进会。

        2.自贸片区新增注册企业126家。4月份，片区新增注册企业126家，同比增长18.9%。

        【运行监测】

        1.消费市场持续回暖。4月份，全市社会消费品零售总额86.3亿元，同比增长6.2%。

        2.外贸进出口平稳增长。1-4月，全市进出口总额412.6亿元，同比增长5.4%。

        【政策动态】

        商务部等部门印发促进服务消费的若干措施。

        报：市委、市政府领导
        送：各区商务主管部门
        """;

    // Plain text has no headings: 【】 labels on lines of their own open the sections, and each numbered item under
    // them is an article, as under a heading.
    [Fact]
    public void LabelSectionsOfPlainText_HoldTheirNumberedItems_AsArticles()
    {
        var issue = BulletinParser.Default.Parse(PlainWeekly).GetValueOrThrow();

        Assert.Equal(["本周要闻", "运行监测", "政策动态"], issue.Sections.Select(s => s.Heading));
        Assert.Equal([2, 2, 1], issue.Sections.Select(s => s.Articles.Length));
        Assert.All(issue.Sections.Take(2).SelectMany(s => s.Articles), a => Assert.Single(a.Blocks));
        Assert.Equal("政策动态", issue.Sections[2].Articles[0].Title);
    }

    [Fact]
    public void DistributionLines_RunTogether_AreEachTheirOwnList()
    {
        var issue = BulletinParser.Default.Parse(PlainWeekly).GetValueOrThrow();

        Assert.Equal(["市委", "市政府领导", "各区商务主管部门"], issue.Distribution.ToArray());
    }

    // One label with numbered lines is not an item layout: the lines stay one article's.
    [Fact]
    public void OneLabelSection_KeepsItsNumberedLinesInOneArticle()
    {
        var issue = BulletinParser.Default.Parse("【工作要求】\n\n1.压实责任。各单位要落实主体责任。\n\n2.强化督导。市里将开展专项督查。\n").GetValueOrThrow();

        var article = Assert.Single(issue.EnumerateArticles());
        Assert.Equal(2, article.Blocks.Length);
    }
}
