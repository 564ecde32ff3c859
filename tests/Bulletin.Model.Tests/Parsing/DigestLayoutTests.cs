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
}
