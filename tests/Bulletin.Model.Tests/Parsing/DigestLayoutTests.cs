// Copyright (c) Bulletin.Model contributors. Licensed under the MIT License.

using System.Linq;
using Bulletin.Model.Parsing;

namespace Bulletin.Model.Tests.Parsing;

/// <summary>Broadcast transcripts and digests whose items are divided by rules. Our own items.</summary>
public sealed class DigestLayoutTests
{
    private const string Transcript = """
        [视频]海港市举行国际航运论坛
        海港台消息（晚间新闻）：今天，海港市举行国际航运论坛。
        来自20个国家的代表参加论坛。
        论坛发布了航运指数报告。

        --------------------

        [视频]【一线调研】港区新建泊位投入使用
        海港台消息（晚间新闻）：港区新建的4个泊位今天投入使用。
        新泊位年吞吐能力达到600万吨。
        港区计划年内再建2个泊位。

        --------------------

        海港市公布一季度经济数据
        海港台消息（晚间新闻）：2026年一季度，全市生产总值增长5.1%。
        一季度，全市出口增长7.5%。
        """;

    private const string Digest = """
        海港经济要闻摘编

        2025年第12期（总第156期）

        【宏观经济】

        一季度全市经济开局良好

        来源：海港日报　发布时间：2025-04-18 09:30　栏目：经济

        一季度，全市实现地区生产总值865.3亿元，同比增长5.6%。

        https://example.com/news/1.html

        外贸进出口保持增长

        来源：海港晚报　发布时间：2025年4月20日　栏目：外贸

        1-3月，全市进出口总额312.4亿元，同比增长4.1%。

        https://example.com/news/2.html

        【产业动态】

        新能源汽车产量突破10万辆

        来源：海港日报　发布日期：2025-05-02

        今年前4个月，全市新能源汽车产量10.2万辆，同比增长35.6%。
        """;

    // A digest's item: its title line, an attribution line of fields side by side, its text and a bare link. Written
    // between blank lines or a paragraph a line, the fields are the item's and no line of them is its text.
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void DigestItems_TakeTitleSourceTimeColumnAndLinkFromTheirLines(bool withoutBlankLines)
    {
        var text = withoutBlankLines ? Digest.Replace("\n\n", "\n", System.StringComparison.Ordinal) : Digest;

        var articles = BulletinParser.Default.Parse(text).GetValueOrThrow().EnumerateArticles();

        Assert.Equal(["一季度全市经济开局良好", "外贸进出口保持增长", "新能源汽车产量突破10万辆"], articles.Select(a => a.Title!));
        Assert.Equal(["海港日报", "海港晚报", "海港日报"], articles.Select(a => a.Source!));
        Assert.Equal([new NodaTime.LocalDateTime(2025, 4, 18, 9, 30), new NodaTime.LocalDateTime(2025, 4, 20, 0, 0), new NodaTime.LocalDateTime(2025, 5, 2, 0, 0)],
            articles.Select(a => a.PublishedAt!.Value));
        Assert.Equal(["经济", "外贸", null], articles.Select(a => a.Column));
        Assert.Equal(["https://example.com/news/1.html", "https://example.com/news/2.html", null], articles.Select(a => a.Link));
        Assert.All(articles, a => Assert.Single(a.Blocks));
    }

    // A source line alone closes the article it ends, as before: it opens no item.
    [Fact]
    public void ASourceLineAlone_StaysTheClosingAttribution()
    {
        var articles = BulletinParser.Default.Parse("# 海港港口吞吐量创新高\n\n上半年港口吞吐量增长5.1%。\n\n来源：海港日报\n").GetValueOrThrow().EnumerateArticles();

        var article = Assert.Single(articles);
        Assert.Equal("海港港口吞吐量创新高", article.Title);
        Assert.Equal("海港日报", article.Source);
        Assert.Null(article.PublishedAt);
    }

    [Fact]
    public void ItemsBetweenRules_AreArticles_WithTitleColumnAndSource()
    {
        var issue = BulletinParser.Default.Parse(Transcript).GetValueOrThrow();
        var articles = issue.EnumerateArticles();

        Assert.Equal(DocumentKind.NewsPage, issue.Kind);
        Assert.Equal(["海港市举行国际航运论坛", "港区新建泊位投入使用", "海港市公布一季度经济数据"], articles.Select(a => a.Title!));
        Assert.Equal("一线调研", articles[1].Column);
        Assert.All(articles, a => Assert.Equal("海港台", a.Source));
        Assert.All(articles, a => Assert.Equal("海港台", a.Dateline?.Agency));
    }

    [Fact]
    public void AShortItem_OfAHeadlineAndOneLine_KeepsItsHeadline()
    {
        var text = Transcript + "\n" + """

            --------------------

            [视频]港口夜间开放参观
            海港台消息（晚间新闻）：今天起，港口夜间开放参观。

            --------------------

            [视频]本地快讯
            海港台消息（晚间新闻）：
            新航线开通
            海港至北湾的新航线今天开通。
            """;

        var articles = BulletinParser.Default.Parse(text).GetValueOrThrow().EnumerateArticles();

        Assert.Equal(["港口夜间开放参观", "本地快讯"], articles.Skip(3).Select(a => a.Title!));
        Assert.Equal("新航线开通", articles[4].Blocks[0].Text);
    }

    [Fact]
    public void InWrappedMarkdown_ATwoLineParagraphStaysOne()
    {
        // Wrapped Markdown: no paragraph is written a line at a time, so two lines of one sentence stay one.
        const string text = "第一段的文字在这里换行\n接着写完这一句。\n\n第二段同样换行，\n然后结束。\n\n第三段也一样换\n行结束。\n";

        var blocks = BulletinParser.Default.Parse(text).GetValueOrThrow().EnumerateArticles().SelectMany(a => a.Blocks).ToArray();

        Assert.Contains(blocks, b => b.Text == "第一段的文字在这里换行接着写完这一句。");
    }

    [Fact]
    public void LinesThatEndSentences_AreParagraphsOfTheirOwn_EvenBetweenBlankLines()
    {
        var issue = BulletinParser.Default.Parse(Transcript).GetValueOrThrow();

        Assert.Equal(3, issue.EnumerateArticles()[0].Blocks.Count(b => b.Kind == BlockKind.Paragraph));
    }

    [Fact]
    public void AYearStatedInOneParagraph_GivesTheNextParagraphsQuartersTheirYear()
    {
        var issue = BulletinParser.Default.Parse(Transcript).GetValueOrThrow();

        Assert.Equal("2026Q1", issue.Claims.First(c => c.Text == "7.5%").Period?.Text);
    }

    private const string TaggedTranscript = """
        海港新闻联播文字版 2026年3月12日

        本期节目主要内容：

        1.【一线调研】港区新建泊位投入使用

        2.海港市举行国际航运论坛

        3.【两会受权发布】海港市政府工作报告全文

        [视频]【一线调研】港区新建泊位投入使用

        海港台消息（晚间新闻）：港区新建的4个泊位今天投入使用，年吞吐能力达到600万吨。

        港区计划年内再建2个泊位。

        [视频]海港市举行国际航运论坛

        海港台消息（晚间新闻）：今天，来自20个国家的代表参加论坛。
        """;

    // A media tag before a line of its own opens an item, as a rule between items does: no rule is needed.
    [Fact]
    public void TaggedHeadlines_OpenItems_WithoutRulesBetweenThem()
    {
        var articles = BulletinParser.Default.Parse(TaggedTranscript).GetValueOrThrow().EnumerateArticles();

        Assert.Equal(["港区新建泊位投入使用", "海港市举行国际航运论坛"], articles.Select(a => a.Title!));
        Assert.Equal(["一线调研", null], articles.Select(a => a.Column));
        Assert.Equal([2, 1], articles.Select(a => a.Blocks.Length));
        Assert.All(articles, a => Assert.Equal("海港台", a.Source));
    }

    // 本期节目主要内容： lists the items numbered, with no pages; an entry's 【label】 is the column its item prints or not.
    [Fact]
    public void ANumberedListUnderItsMarker_IsTheContents_AndNamesItsItems()
    {
        var issue = BulletinParser.Default.Parse(TaggedTranscript).GetValueOrThrow();

        Assert.Equal(["【一线调研】港区新建泊位投入使用", "海港市举行国际航运论坛", "【两会受权发布】海港市政府工作报告全文"], issue.Contents.Select(c => c.Title));
        Assert.Equal(["1.", "2.", "3."], issue.Contents.Select(c => c.Number!));
        Assert.All(issue.Contents, c => Assert.Null(c.Page));
        Assert.Equal([0, 1, null], issue.Contents.Select(c => c.ArticleIndex));
    }

    [Fact]
    public void TaggedMarkdownHeadings_LoseTheirTag_AndMatchTheirContentsEntries()
    {
        const string text = """
            # 海港晚间新闻 2026年4月2日

            ## 本期主要内容

            1. 海港市部署稳外贸举措
            2. 一季度海港铁路发送旅客1050万人次

            ### [视频]海港市部署稳外贸举措

            海港台消息（晚间新闻）：市政府召开常务会议，部署进一步稳外贸的举措。

            ### [视频]一季度海港铁路发送旅客1050万人次

            海港台消息（晚间新闻）：一季度，海港铁路累计发送旅客1050万人次，同比增长6.3%。
            """;

        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();

        Assert.Equal(["海港市部署稳外贸举措", "一季度海港铁路发送旅客1050万人次"], issue.EnumerateArticles().Select(a => a.Title!));
        Assert.Equal([0, 1], issue.Contents.Select(c => c.ArticleIndex!.Value));
    }

    // Without a marker above them, numbered lines with no pages are a list of the body, and a tagged line that ends a
    // sentence is text, not a headline.
    [Theory]
    [InlineData("海港市召开会议，部署三项工作：\n\n1.稳外贸\n\n2.稳就业\n\n3.稳投资\n\n会议要求抓好落实。\n")]
    [InlineData("[视频]今天，海港市举行国际航运论坛。\n\n来自20个国家的代表参加论坛。\n")]
    [InlineData("【宏观经济】\n\n1.稳外贸\n\n2.稳就业\n\n3.稳投资\n")]
    [InlineData("主要内容：\n\n1.稳外贸\n\n2.稳就业\n\n会议要求抓好落实。\n")]
    public void NumberedLinesWithoutAMarker_AndTaggedSentences_StayText(string text)
    {
        var issue = BulletinParser.Default.Parse(text).GetValueOrThrow();

        Assert.Empty(issue.Contents);
        var article = Assert.Single(issue.EnumerateArticles());
        Assert.Null(article.Title);
    }

    // [图片] alone on its line stands where the page had a picture: an image of the item, not a line of its text.
    [Theory]
    [InlineData("[图片]")]
    [InlineData("【图片】")]
    [InlineData("[图]")]
    public void APicturePlaceholder_IsAnImageOfTheItem(string placeholder)
    {
        var text = "[视频]海港春耕春管有序推进\n\n海港台消息：全市已春播粮食面积超过12万亩。\n\n" + placeholder + "\n\n春耕工作将持续到5月。\n";

        var article = Assert.Single(BulletinParser.Default.Parse(text).GetValueOrThrow().EnumerateArticles());

        Assert.Equal([BlockKind.Paragraph, BlockKind.Image, BlockKind.Paragraph], article.Blocks.Select(b => b.Kind));
        Assert.DoesNotContain(article.Blocks, b => b.Text.Contains('图'));
    }
}
